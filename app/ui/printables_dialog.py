"""Print materials: every paper item of a session in one list, written as one PDF or separately.

The list comes from app.activities.paper; items that cannot be printed yet are shown greyed with
the reason. Writing runs in a worker thread with progress, so the window never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.activities import paper
from app.storage.content_language import content_language
from app.storage.store import Store
from app.ui.messages import failure_text
from app.widgets import worker

KEY_ROLE = Qt.ItemDataRole.UserRole


class PrintablesDialog(QDialog):
    written = Signal(list)  # the files written (list of str)
    failed = Signal(str)

    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print materials"))
        self.store = store
        self.session_id = session_id
        self.language = content_language(store, session_id)  # the session's own language
        self._worker: worker.Worker | None = None
        self.files: list[Path] = []

        intro = QLabel(self.tr("Tick the paper you need for this session."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.combined = QRadioButton(self.tr("One PDF with everything"), self)
        self.separate = QRadioButton(self.tr("One PDF per item, in a folder"), self)
        self.combined.setChecked(True)
        self.make_button = QPushButton(self.tr("Make PDF…"), self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.combined.toggled.connect(self._mode_changed)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.combined, self.separate, self.make_button,
                       self.progress, self.status, self.open_button, buttons):  # fmt: skip
            layout.addWidget(widget)
        self.resize(560, 520)
        self.items: list[paper.PaperItem] = []
        self.refresh()

    def refresh(self) -> None:
        self.items = paper.items(self.store, self.session_id, self.language)
        self.list.clear()
        for index, entry in enumerate(self.items):
            text = entry.title
            if entry.unavailable:
                text = self.tr("{title} ({reason})").format(title=entry.title,
                                                            reason=entry.unavailable)  # fmt: skip
            row = QListWidgetItem(text, self.list)
            row.setData(KEY_ROLE, index)
            if entry.unavailable:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                row.setCheckState(Qt.CheckState.Unchecked)
            else:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[paper.PaperItem]:
        picked = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                picked.append(self.items[item.data(KEY_ROLE)])
        return picked

    def _mode_changed(self, combined: bool) -> None:
        self.make_button.setText(self.tr("Make PDF…") if combined else self.tr("Make PDFs…"))

    # -- writing -------------------------------------------------------------------------------
    def ask_target(self) -> Path | None:
        """Where to write: a file for one PDF, a folder for separate ones (None = cancelled)."""
        if self.combined.isChecked():
            meeting = self.store.sessions.get(self.session_id)
            name = paper.file_name(self.tr("{title} - materials").format(
                title=meeting.title if meeting else "Tafelronde"))  # fmt: skip
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save materials as"), str(Path.home() / name),
                self.tr("PDF documents (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return None
            target = Path(chosen)
            return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"),
                                                  str(Path.home()))  # fmt: skip
        return Path(folder) if folder else None

    def make(self) -> None:
        if self._worker is not None:
            return
        picked = self.chosen()
        if not picked:
            self.status.setText(self.tr("Tick at least one item."))
            return
        target = self.ask_target()
        if target is None:
            return
        jobs = []
        for entry in picked:  # on the GUI thread: preparing reads the store
            try:
                jobs.append((entry, entry.prepare()))
            except paper.PaperError as error:
                self._failed(self.tr("{title}: {error}").format(title=entry.title, error=error))
                return
        combined = self.combined.isChecked()
        self.make_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setRange(0, len(jobs))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing…"))
        self._worker = worker.Worker(lambda progress: paper.write(jobs, target, combined, progress))
        self._worker.signals.progress.connect(self._progress)
        self._worker.signals.finished.connect(self._finished)
        self._worker.signals.failed.connect(
            lambda error: self._failed(self.tr("The materials could not be made: {error}").format(
                error=failure_text(error)))
        )  # fmt: skip
        QThreadPool.globalInstance().start(self._worker)

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
            self.status.setText(self.tr("Saved {path}").format(path=self.files[0]))
        else:
            folder = self.files[0].parent if self.files else ""
            text = self.tr("%n PDF(s) saved in {folder}", "", len(self.files))
            self.status.setText(text.format(folder=folder))
        self.written.emit([str(f) for f in self.files])

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
        if self._worker is not None:  # let the running job finish before the dialog goes
            QThreadPool.globalInstance().waitForDone(30000)
        super().reject()
