"""The print hub: every paper item of a session in one list, written as one PDF or separately.

Ctrl+P opens it with everything ready ticked; each print button on an activity page opens it with
only its own item ticked (`open_print_hub`). The file name is suggested from the session's title
and the item's, in the session's content language; the folder is the one last used
(app/widgets/file_dialogs.py), so Enter saves. Items that cannot be printed yet are shown greyed
with the reason. Writing runs in a worker thread with progress, so the window never freezes.
It lives with the activities (their pages open it); app/ui/printables_dialog.py is its name for
the main window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.activities import paper
from app.core.atomic import describe
from app.core.i18n import fill
from app.storage.content_language import content_language
from app.storage.store import Store
from app.widgets import file_dialogs, worker

KEY_ROLE = Qt.ItemDataRole.UserRole


class PrintablesDialog(QDialog):
    written = Signal(list)  # the files written (list of str)
    printed = Signal(list)  # the keys of the items written ("bingo:12", ...), see on_printed
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        session_id: int,
        parent: QWidget | None = None,
        preselect: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print materials"))
        self.store = store
        self.session_id = session_id
        self.preselect = preselect
        self.language = content_language(store, session_id)  # the session's own language
        self._worker: worker.Worker | None = None
        self._name_typed = False  # once the user types a name, ticking items leaves it alone
        self.files: list[Path] = []
        self.written_keys: list[str] = []

        intro = QLabel(self.tr("Tick the paper you need for this session."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.itemChanged.connect(self._suggest)
        self.combined = QRadioButton(self.tr("One PDF with everything ticked"), self)
        self.separate = QRadioButton(self.tr("One PDF per item, in the folder"), self)
        self.combined.setChecked(True)
        self.combined.toggled.connect(self._mode_changed)
        self.folder = QLineEdit(str(file_dialogs.last_folder()), self)
        self.folder.setObjectName("printFolder")
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_folder)
        self.name = QLineEdit(self)
        self.name.setObjectName("printFileName")
        self.name.textEdited.connect(self._typed)
        self.make_button = QPushButton(self.tr("Save PDF"), self)
        self.make_button.setDefault(True)  # Enter saves, wherever the focus is
        self.make_button.clicked.connect(self.make)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("File name"), self.name)
        actions = QHBoxLayout()
        actions.addWidget(self.make_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.combined, self.separate):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addLayout(actions)
        for part in (self.progress, self.status, buttons):
            layout.addWidget(part)
        self.resize(620, 560)
        self.items: list[paper.PaperItem] = []
        self.refresh()
        self.name.setFocus()
        self.name.selectAll()

    def refresh(self) -> None:
        self.items = paper.items(self.store, self.session_id, self.language, extras=True)
        self.list.blockSignals(True)
        self.list.clear()
        for index, entry in enumerate(self.items):
            text = entry.title
            if entry.unavailable:
                text = fill(self.tr("{title} ({reason})"), title=entry.title,
                                                            reason=entry.unavailable)  # fmt: skip
            row = QListWidgetItem(text, self.list)
            row.setData(KEY_ROLE, index)
            # from an activity's print button only its item is ticked; else all but variants
            ticked = entry.key == self.preselect if self.preselect else not entry.extra
            if entry.unavailable:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                row.setCheckState(Qt.CheckState.Unchecked)
            else:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if entry.key == self.preselect:
                self.list.setCurrentItem(row)
                self.list.scrollToItem(row)
        self.list.blockSignals(False)
        self._suggest()

    def chosen(self) -> list[paper.PaperItem]:
        picked = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                picked.append(self.items[item.data(KEY_ROLE)])
        return picked

    def suggested_name(self) -> str:
        """The item's own name for one item, "<session> - Materials.pdf" for several."""
        picked = self.chosen()
        if len(picked) == 1:
            return picked[0].file_name
        return paper.combined_name(self.store, self.session_id, self.language)

    def _suggest(self, *_args: object) -> None:
        if not self._name_typed:
            self.name.setText(self.suggested_name())

    def _typed(self, text: str) -> None:
        self._name_typed = bool(text.strip())

    def _mode_changed(self, combined: bool) -> None:
        self.make_button.setText(self.tr("Save PDF") if combined else self.tr("Save PDFs"))
        self.name.setEnabled(combined)  # separately, each item has its own name

    def choose_folder(self) -> None:
        start = Path(self.folder.text().strip()).expanduser()
        chosen = file_dialogs.choose_folder(self, self.tr("Folder for the PDFs"),
                                            start if start.is_dir() else None)  # fmt: skip
        if chosen is not None:
            self.folder.setText(str(chosen))

    # -- writing -------------------------------------------------------------------------------
    def target(self) -> Path | None:
        """Where to write: a file for one PDF, the folder for separate ones. None, with the
        reason in the status line, when the folder or the name cannot be used."""
        typed = self.folder.text().strip()
        folder = Path(typed).expanduser() if typed else None
        if folder is None or not folder.is_absolute() or not folder.is_dir():
            self.status.setText(self.tr("Choose an existing folder to save in."))
            return None
        if self.separate.isChecked():
            return folder
        name = self.name.text().strip()
        if name.lower().endswith(".pdf"):
            name = name[:-4]
        target = folder / paper.file_name(name or self.suggested_name()[:-4])
        if target.exists() and QMessageBox.question(
            self, self.tr("Replace the file?"),
            fill(self.tr("{name} already exists in {folder}. Replace it?"),
                name=target.name, folder=folder),
        ) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return None
        return target

    def make(self) -> None:
        if self._worker is not None:
            return
        picked = self.chosen()
        if not picked:
            self.status.setText(self.tr("Tick at least one item."))
            return
        target = self.target()
        if target is None:
            return
        jobs = []
        for entry in picked:  # on the GUI thread: preparing reads the store
            try:
                jobs.append((entry, entry.prepare()))
            except paper.PaperError as error:
                self._failed(fill(self.tr("{title}: {error}"), title=entry.title, error=error))
                return
        combined = self.combined.isChecked()
        self.written_keys = [entry.key for entry in picked]
        self.make_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setRange(0, len(jobs))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing…"))
        self._worker = worker.start(
            lambda progress: paper.write(jobs, target, combined, progress),
            finished=self._finished,
            failed=lambda error: self._failed(
                fill(
                    self.tr("The materials could not be made: {error}"),
                    error=describe(error, QCoreApplication.translate),
                )
            ),
            progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finished(self, files: list[Path]) -> None:
        self._worker = None
        self.files = list(files)
        self.make_button.setEnabled(True)
        self.progress.setVisible(False)
        self.open_button.setEnabled(bool(self.files))
        if len(self.files) == 1:
            self.status.setText(fill(self.tr("Saved {path}"), path=self.files[0]))
        else:
            folder = self.files[0].parent if self.files else ""
            text = self.tr("%n PDF(s) saved in {folder}", "", len(self.files))
            self.status.setText(fill(text, folder=folder))
        if self.files:
            file_dialogs.remember(self.files[0].parent)
        self.written.emit([str(f) for f in self.files])
        self.on_printed(self.written_keys)

    def on_printed(self, item_keys: list[str]) -> None:
        """The one place that learns which items were just saved (keys as in paper.items): noted
        for the overview's "Ready for the day?" line (app/storage/printed.py), then `printed`.
        The files are written either way: a database that cannot take the note (read-only, a
        role without that right) only leaves the line saying the paper is still to print."""
        from app.storage.errors import StorageError
        from app.storage.printed import record_printed

        for key in item_keys:
            try:
                record_printed(self.store, self.session_id, key)
            except (StorageError, LookupError) as error:
                logging.getLogger(__name__).warning("printed %s not recorded: %s", key, error)
                break
        self.printed.emit(list(item_keys))

    def _failed(self, message: str) -> None:
        self._worker = None
        self.make_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(message)
        self.failed.emit(message)

    def open_result(self) -> None:
        """The combined PDF in the system viewer, or the folder of separate ones."""
        if not self.files:
            return
        shown = self.files[0] if len(self.files) == 1 else self.files[0].parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(shown)))

    def reject(self) -> None:
        """Closing while writing stops the job at its next item and closes at once: a combined
        PDF is written only at the end (atomically), so nothing half-made is left behind;
        separate files already finished stay."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        super().reject()


def open_print_hub(parent: QWidget, store: Store, session_id: int, key: str) -> PrintablesDialog:
    """The print hub for one activity's print button, with its item ticked (window-modal, so
    the page stays responsive behind it and a test can drive it)."""
    dialog = PrintablesDialog(store, session_id, parent, preselect=key)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
