"""The bingo's page in the session workspace: the statement pool, the cards, and printing them.

Pool edits are saved at once (each is a small config change). Printing gathers the data on the GUI
thread and makes + writes the cards in a worker with a progress bar, so hundreds of cards never
freeze the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.activities.bingo.printing import prepare
from app.activities.bingo.state import BingoGame
from app.activities.context import ActivityContext
from app.core import bingo, bingo_game, bingo_pool
from app.core.atomic import describe
from app.core.bingo_pool import Statement
from app.core.i18n import fill
from app.i18n import translate, user_text
from app.widgets import file_dialogs, worker

STATEMENT_ID = Qt.ItemDataRole.UserRole
SIDE_BY_SIDE = 1100  # from this width the pool and the cards sit side by side


class BingoSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("bingoSetup")
        self.game = BingoGame(context.store, context.activity_id, context.language)
        self.game.ensure_seed()
        self._worker: worker.Worker | None = None
        # pool above the cards on a laptop, side by side on a wide screen (see resizeEvent)
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.columns.addWidget(self._build_pool(), 3)
        self.columns.addWidget(self._build_cards(), 2)
        self.load()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= SIDE_BY_SIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)

    # pool ----------------------------------------------------------------------------------
    def _build_pool(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        self.pool_label = QLabel(box)
        layout.addWidget(self.pool_label)
        self.pool_list = QListWidget(box)
        self.pool_list.setObjectName("bingoPool")
        self.pool_list.setWordWrap(True)
        self.pool_list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.pool_list, 1)
        row = QGridLayout()  # two rows of buttons: one row made the page 1331 px wide
        for index, (text, slot) in enumerate([(self.tr("Add…"), self.add_statement),
                           (self.tr("Edit…"), self.edit_selected),
                           (self.tr("Remove"), self.remove_selected),
                           (self.tr("Up"), lambda: self.move_selected(-1)),
                           (self.tr("Down"), lambda: self.move_selected(1)),
                           (self.tr("Import text file…"), self.import_file),
                           (self.tr("Reset to default"), self.reset_pool)]):  # fmt: skip
            button = QPushButton(text, box)
            button.clicked.connect(slot)
            row.addWidget(button, index // 4, index % 4)
        layout.addLayout(row)
        self.pool_message = QLabel(box)
        self.pool_message.setWordWrap(True)
        layout.addWidget(self.pool_message)
        return box

    def load(self) -> None:
        pool = self.game.pool()
        current = self.pool_list.currentRow()
        self.pool_list.clear()
        for number, statement in enumerate(pool, 1):
            item = QListWidgetItem(f"{number}. {statement.text}")
            item.setData(STATEMENT_ID, statement.id)
            self.pool_list.addItem(item)
        self.pool_list.setCurrentRow(min(current, len(pool) - 1))
        custom = "pool" in self.game.config()
        self.pool_label.setText(
            self.tr("Statement pool: %n statement(s)", "", len(pool))
            + (self.tr(" (edited for this session)") if custom else self.tr(" (default)"))
        )
        self._load_settings()
        self._update_summary()

    def _pool(self) -> list[Statement]:
        return self.game.pool()

    def _save(self, pool: list[Statement], message: str = "") -> None:
        self.game.save_pool(pool)
        self.pool_message.setText(message)
        self.load()

    def _ask(self, title: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, self.tr("Statement:"), text=text)
        if not ok:
            return None
        cleaned = bingo_pool.clean(value)
        problem = bingo_pool.validate(cleaned)
        if problem:
            self.pool_message.setText(translate("Bingo", problem))
            return None
        return cleaned

    def add_statement(self, text: str | None = None) -> None:
        text = text if isinstance(text, str) else self._ask(self.tr("Add a statement"))
        if not text:
            return
        pool = self._pool()
        if any(s.text.casefold() == text.casefold() for s in pool):
            self.pool_message.setText(translate("Bingo", "Already in the pool."))
            return
        row = self.pool_list.currentRow()
        at = row + 1 if row >= 0 else len(pool)
        pool.insert(at, Statement(bingo_pool.new_id(pool), text))
        self._save(pool)
        self.pool_list.setCurrentRow(at)

    def edit_selected(self, text: str | None = None) -> None:
        row = self.pool_list.currentRow()
        pool = self._pool()
        if not 0 <= row < len(pool):
            return
        if not isinstance(text, str):
            text = self._ask(self.tr("Edit the statement"), pool[row].text)
        elif bingo_pool.validate(bingo_pool.clean(text)):
            self.pool_message.setText(
                translate("Bingo", bingo_pool.validate(bingo_pool.clean(text)))
            )
            return
        if text:
            pool[row] = Statement(pool[row].id, bingo_pool.clean(text))  # same id: marks stay
            self._save(pool)

    def remove_selected(self) -> None:
        row = self.pool_list.currentRow()
        pool = self._pool()
        if 0 <= row < len(pool):
            del pool[row]
            self._save(pool)

    def move_selected(self, step: int) -> None:
        row = self.pool_list.currentRow()
        pool = self._pool()
        target = row + step
        if 0 <= row < len(pool) and 0 <= target < len(pool):
            pool[row], pool[target] = pool[target], pool[row]
            self._save(pool)
            self.pool_list.setCurrentRow(target)

    def import_file(self, path: str | None = None) -> None:
        if not isinstance(path, str):
            filters = self.tr("Text files (*.txt);;All files (*)")
            chosen = file_dialogs.open_file(self, self.tr("Import statements"), filters)
            path = str(chosen) if chosen else None
        if not path:
            return
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            self.pool_message.setText(fill(self.tr("Could not read {path}: {reason}"),
                path=path, reason=error.strerror or str(error)))  # fmt: skip
            return
        pool = self._pool()
        result = bingo_pool.parse_lines(bingo_pool.read_text_file(raw), pool)
        for text in result.statements:
            pool.append(Statement(bingo_pool.new_id(pool), text))
        skipped = "; ".join(fill(self.tr("line {n}: {why}"), n=n, why=translate("Bingo", why))
                            for n, why in result.skipped[:5])  # fmt: skip
        message = self.tr("%n statement(s) imported.", "", len(result.statements))
        if skipped:
            message += " " + fill(self.tr("Skipped: {lines}"), lines=skipped)
        self._save(pool, message)

    def reset_pool(self, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(
            self, self.tr("Reset the pool"),
            self.tr("Replace this session's statements by the default pool?"),
        ) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return
        self.game.reset_pool()
        self.pool_message.setText(self.tr("The default pool is back."))
        self.load()

    # cards ---------------------------------------------------------------------------------
    def _build_cards(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        self.layout_box = QComboBox(box)
        for key in bingo.LAYOUTS:
            self.layout_box.addItem(translate("Bingo", bingo.LAYOUT_LABELS[key]), key)
        self.free_centre = QCheckBox(self.tr("Free centre cell (5 × 5)"), box)
        self.rule_box = QComboBox(box)
        for key in bingo.RULES:
            self.rule_box.addItem(translate("Bingo", bingo.RULE_LABELS[key]), key)
        self.target = QSpinBox(box)
        self.target.setRange(1, 25)
        self.cards = QSpinBox(box)
        self.cards.setRange(0, bingo_game.MAX_CARDS)
        self.cards.setSpecialValueText(self.tr("automatic"))
        self.per_page = QComboBox(box)
        for n in (1, 2, 4):
            self.per_page.addItem(self.tr("%n card(s) per page", "", n), n)
        self.names = QCheckBox(self.tr("Print participants' names on the cards"), box)
        self.blank = QCheckBox(self.tr("Add a blank “write your own” card"), box)
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow("", self.free_centre)
        form.addRow(self.tr("Win rule"), self.rule_box)
        form.addRow(self.tr("Statements to cross"), self.target)
        form.addRow(self.tr("Number of cards"), self.cards)
        form.addRow(self.tr("Per A4 page"), self.per_page)
        form.addRow("", self.names)
        form.addRow("", self.blank)
        self.summary = QLabel(box)
        self.summary.setObjectName("bingoSummary")
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        self.print_button = QPushButton(self.tr("Print cards…"), box)
        self.print_button.clicked.connect(self.open_print_hub)
        self.progress = QProgressBar(box)
        self.progress.setVisible(False)
        form.addRow(self.print_button)
        form.addRow(self.progress)
        for combo in (self.layout_box, self.rule_box, self.per_page):
            combo.currentIndexChanged.connect(self._settings_changed)
        for spin in (self.target, self.cards):
            spin.valueChanged.connect(self._settings_changed)
        for check in (self.free_centre, self.names, self.blank):
            check.toggled.connect(self._settings_changed)
        return box

    def _load_settings(self) -> None:
        config = self.game.config()
        widgets = (self.layout_box, self.rule_box, self.per_page, self.target, self.cards,
                   self.free_centre, self.names, self.blank)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(config.get("layout"))))
        self.rule_box.setCurrentIndex(max(0, self.rule_box.findData(config.get("rule"))))
        per_page = config.get("per_page", bingo_game.DEFAULT_PER_PAGE)
        self.per_page.setCurrentIndex(max(0, self.per_page.findData(per_page)))
        self.target.setValue(int(config.get("target", bingo.DEFAULT_TARGET) or 10))
        self.cards.setValue(int(config.get("cards", 0) or 0))
        self.free_centre.setChecked(bool(config.get("free_centre", False)))
        self.names.setChecked(bool(config.get("names", False)))
        self.blank.setChecked(bool(config.get("blank_card", True)))
        for widget in widgets:
            widget.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        self.free_centre.setEnabled(self.layout_box.currentData() == "grid5")
        self.target.setEnabled(self.rule_box.currentData() == "count")

    def _settings_changed(self) -> None:
        self._enable()
        self.game.update_config(
            layout=self.layout_box.currentData(),
            free_centre=self.free_centre.isChecked(),
            rule=self.rule_box.currentData(),
            target=self.target.value(),
            cards=self.cards.value() or None,
            per_page=self.per_page.currentData(),
            names=self.names.isChecked(),
            blank_card=self.blank.isChecked(),
        )
        self._update_summary()

    def _update_summary(self) -> None:
        try:
            settings = self.game.settings()
            bingo.generate([s.id for s in self.game.pool()], 1, settings.layout, 1)
        except bingo.BingoError as error:
            self.summary.setText(user_text(error))
            self.summary.setProperty("problem", True)
            self.print_button.setEnabled(False)
            return
        self.summary.setProperty("problem", False)
        self.print_button.setEnabled(self._worker is None)
        self.summary.setText(
            fill(
                self.tr(
                    "%n card(s) of {k} statements each, from a pool of {pool}.", "", settings.count
                ),
                k=settings.layout.statements,
                pool=len(self.game.pool()),
            )
        )

    def open_print_hub(self) -> None:
        """The print hub (as Ctrl+P) with these cards ticked: name and folder suggested."""
        from app.activities.print_hub import open_print_hub

        self.print_hub = open_print_hub(self, self.context.store, self.context.session_id,
                                        f"bingo:{self.context.activity_id}")  # fmt: skip

    def print_cards(self, path: str) -> None:
        """Write the cards to path straight away (the print hub does the same for the button)."""
        try:
            job = prepare(self.game)
        except bingo.BingoError as error:
            self.summary.setText(user_text(error))
            return
        target = Path(path)
        self.print_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, job.count)
        self.progress.setValue(0)
        self._worker = worker.start(
            lambda progress: job(target, progress),
            finished=lambda n: self._printed(target, n),
            failed=self._print_failed,
            progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _printed(self, target: Path, count: int) -> None:
        self._worker = None
        self.progress.setVisible(False)
        self.print_button.setEnabled(True)
        self.summary.setText(fill(self.tr("%n card(s) saved to {path}.", "", count), path=target))

    def _print_failed(self, error: object) -> None:
        self._worker = None
        self.progress.setVisible(False)
        self.print_button.setEnabled(True)
        reason = describe(error, QCoreApplication.translate)  # disk full: names the file
        self.summary.setText(fill(self.tr("The cards could not be saved: {reason}"),
            reason=reason))  # fmt: skip
