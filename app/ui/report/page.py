"""The Report tab: choose sections and privacy, generate in the background, preview, save, print.

The PDF is written by app.activities.reporting in a worker thread (the window stays responsive)
to a temporary file that the preview, "open in viewer" and "print" all use.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTemporaryDir, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.activities import reporting
from app.core.atomic import OutputError, replacing
from app.core.errors import UserError
from app.core.i18n import fill
from app.i18n import user_text
from app.storage.content_language import content_language
from app.storage.store import Store
from app.ui.messages import show_error
from app.widgets import file_dialogs, worker
from printables.styles import ReportOptions

KEY_ROLE = Qt.ItemDataRole.UserRole
PRINT_DPI = 300
FOLLOW_MS = 700  # after the last change, a shown preview is written again


class ReportPage(QWidget):
    generated = Signal(str)  # path of the fresh PDF
    failed = Signal(str)

    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.language = content_language(store, session_id)  # the session's own language
        self._folder = QTemporaryDir()
        self._count = 0
        self._worker: worker.Worker | None = None
        self.pdf_path: Path | None = None

        self.sections = QListWidget(self)
        self.sections.setToolTip(self.tr("Untick what should stay out of the report"))
        self.keep_empty = QCheckBox(self.tr("Also show activities without results"), self)
        self.keep_empty.setToolTip(
            self.tr("By default an activity without results appears only in the agenda.")
        )
        self.participants = QCheckBox(self.tr("List participants who agreed to be named"), self)
        self.emails = QCheckBox(self.tr("Include their e-mail addresses"), self)
        self.emails.setEnabled(False)
        self.participants.toggled.connect(self._participants_toggled)
        privacy_note = QLabel(
            self.tr("People who did not agree to be named never appear in the report."), self
        )
        privacy_note.setWordWrap(True)
        privacy_note.setObjectName("hint")

        self.generate_button = QPushButton(self.tr("Generate report"), self)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, reporting.STEPS)
        self.progress.setVisible(False)
        self.status = QLabel(self.tr("Choose what goes in, then generate the report."), self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.open_button = QPushButton(self.tr("Open in PDF viewer"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_external)
        self.print_button.clicked.connect(self.print_report)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        sections_box = QGroupBox(self.tr("Sections"), self)
        sections_layout = QVBoxLayout(sections_box)
        sections_layout.addWidget(self.sections)
        sections_layout.addWidget(self.keep_empty)
        privacy_box = QGroupBox(self.tr("Privacy"), self)
        privacy = QVBoxLayout(privacy_box)
        for widget in (self.participants, self.emails, privacy_note):
            privacy.addWidget(widget)
        side = QVBoxLayout()
        side.addWidget(sections_box, 1)
        side.addWidget(privacy_box)
        for part in (self.generate_button, self.progress, self.status, self.save_button,
                     self.open_button, self.print_button):  # fmt: skip
            side.addWidget(part)
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setFixedWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.view, 1)
        self._set_ready(False)
        self.refresh()
        # a preview follows what anyone saves (this laptop or another on a shared database)
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._regenerate_preview)
        self._missed = False
        listener = self._store_changed
        store.changes.subscribe(listener)
        self.destroyed.connect(lambda *_args: store.changes.unsubscribe(listener))

    # -- following changes ---------------------------------------------------------------------
    def _store_changed(self, _table: str, session_id: int) -> None:
        if session_id != self.session_id or self.pdf_path is None:
            return  # nothing previewed yet: the organiser generates when ready
        if self.isVisible():
            self._follow.start()  # a burst of typing makes one new preview, not one per key
        else:
            self._missed = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._missed:
            self._missed = False
            self._follow.start()

    def _regenerate_preview(self) -> None:
        if self._worker is not None:  # still writing the last one: look again when it is done
            self._follow.start()
            return
        self.generate()

    # -- choices -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the section list from the agenda, keeping what the organiser unticked."""
        unticked = {key for key, on in self._section_states().items() if not on}
        self.sections.clear()
        for key, title in reporting.section_keys(self.store, self.session_id):
            item = QListWidgetItem(title, self.sections)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = key not in unticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _section_states(self) -> dict[str, bool]:
        states = {}
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            states[item.data(KEY_ROLE)] = item.checkState() == Qt.CheckState.Checked
        return states

    def _participants_toggled(self, on: bool) -> None:
        self.emails.setEnabled(on)
        if not on:
            self.emails.setChecked(False)

    def options(self) -> ReportOptions:
        states = self._section_states()
        chosen = frozenset(key for key, on in states.items() if on)
        everything = len(chosen) == len(states)
        return ReportOptions(
            include_participants=self.participants.isChecked(),
            include_emails=self.participants.isChecked() and self.emails.isChecked(),
            sections=frozenset() if everything else chosen | {"none"},
            language=content_language(self.store, self.session_id),  # changed since opening?
            keep_empty=self.keep_empty.isChecked(),
        )

    # -- generating ----------------------------------------------------------------------------
    def generate(self) -> None:
        if self._worker is not None:
            return
        self._count += 1
        target = Path(self._folder.path()) / f"report-{self._count}.pdf"
        options = self.options()
        store, session_id = self.store, self.session_id
        self.generate_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing the report…"))

        def job(progress):
            reporting.build_report(store, session_id, target, options, progress)
            return str(target)

        self._worker = worker.start(
            job, finished=self._finished, failed=self._failed, progress=self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _finished(self, path: str) -> None:
        self._worker = None
        self.generate_button.setEnabled(True)
        self.progress.setVisible(False)
        self.document.close()
        self.document.load(path)
        self.pdf_path = Path(path)
        self._set_ready(True)
        self.status.setText(self.tr("Report ready: %n page(s).", "", self.document.pageCount()))
        self.generated.emit(path)

    def _failed(self, error: object) -> None:
        self._worker = None
        self.generate_button.setEnabled(True)
        self.progress.setVisible(False)
        reason = user_text(error) if isinstance(error, UserError) else str(error)
        message = fill(
            self.tr("The report could not be made: {error}"), error=reason or type(error).__name__
        )
        self.status.setText(message)
        self.failed.emit(message)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.open_button, self.print_button):
            button.setEnabled(ready)

    # -- using the PDF -------------------------------------------------------------------------
    def default_file_name(self) -> str:
        meeting = self.store.sessions.get(self.session_id)
        title = meeting.title if meeting else ""
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip()[:80] or "Tafelronde"
        suffix = self.tr("report", "part of the suggested file name")
        return f"{safe} - {suffix}.pdf"

    def save_as(self) -> None:
        if self.pdf_path is None:
            return
        chosen = file_dialogs.save_file(self, self.tr("Save report as"),
                                        self.default_file_name(),
                                        self.tr("PDF documents (*.pdf)"))  # fmt: skip
        if chosen is None:
            return
        target = chosen
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with replacing(target) as temporary:  # whole or not at all (app/core/atomic.py)
                shutil.copyfile(self.pdf_path, temporary)
        except OutputError as error:  # disk full, no permission: the previous file is unchanged
            show_error(self, self.tr("Save report"), error)
            return
        except OSError as error:
            show_error(self, self.tr("Save report"),
                       fill(self.tr("Cannot write {path}: {reason}"),
                           path=target, reason=error.strerror or error))  # fmt: skip
            return
        self.status.setText(fill(self.tr("Saved as {path}"), path=target))

    def open_external(self) -> None:
        if self.pdf_path is not None and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.pdf_path))
        ):
            message = self.tr("No PDF viewer could be started; use Save as… instead.")
            show_error(self, self.tr("Open report"), message)

    def print_report(self) -> None:
        if self.pdf_path is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render each page of the PDF onto the printer; returns the pages printed."""
        first, last = printer.fromPage(), printer.toPage()
        pages = range(self.document.pageCount())
        if first > 0 and last >= first:
            pages = range(first - 1, min(last, self.document.pageCount()))
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, self.tr("Print report"), self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            for number, index in enumerate(pages):
                if number:
                    printer.newPage()
                area = painter.viewport()
                size = self.document.pagePointSize(index)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRect(0, 0, int(size.width() * scale), int(size.height() * scale))
                # 300 dpi is plenty on paper and keeps each page image around 35 MB at most
                dots = min(scale, PRINT_DPI / 72)
                pixels = QSize(int(size.width() * dots), int(size.height() * dots))
                painter.drawImage(target, self.document.render(index, pixels))
                printed += 1
        finally:
            painter.end()
        return printed
