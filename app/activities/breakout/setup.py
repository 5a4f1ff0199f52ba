"""The breakout page in the session workspace: rounds with questions, group size, hosts, solve.

Every change is saved into the activity's configuration (autosaved); making groups keeps the
rounds that have already started and re-solves the rest.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.activities.breakout.solving import GroupMaker, notice_texts
from app.activities.breakout.state import (
    MAX_CARD_COPIES,
    BreakoutConfig,
    BreakoutData,
    RoundPlan,
    names,
    question_sets,
)
from app.activities.context import ActivityContext
from app.activities.met_before import encounters_text, in_series, met_in_series
from app.core.atomic import describe
from app.core.encounters import new_encounters
from app.core.groups import Schedule
from app.core.i18n import fill
from app.i18n import translate
from app.widgets import worker
from app.widgets.autosave import Autosaver


class RoundEditor(QGroupBox):
    def __init__(self, number: int, plan: RoundPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(fill(self.tr("Round {n}"), n=number))
        form = QFormLayout(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setValue(plan.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Duration"), self.minutes)
        self.questions = QPlainTextEdit(self)
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.questions.setPlainText("\n".join(plan.questions))
        self.questions.setMaximumHeight(120)
        form.addRow(self.tr("Questions"), self.questions)

    def plan(self) -> RoundPlan:
        lines = [line.strip() for line in self.questions.toPlainText().splitlines()]
        return RoundPlan(self.minutes.value(), [line for line in lines if line])


class BreakoutSetup(QWidget):
    pdf_done = Signal(str)

    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.config = BreakoutConfig.parse(context.config(), context.language)
        self.saver = Autosaver(self.save, parent=self)
        self.maker = GroupMaker(context, self)
        self.maker.finished.connect(self._solved)
        self.maker.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        sizing = QHBoxLayout()
        self.by_size = QRadioButton(self.tr("Group size"), self)
        self.group_size = QSpinBox(self)
        self.group_size.setRange(2, 50)
        self.group_size.setValue(self.config.group_size or 5)
        self.by_count = QRadioButton(self.tr("Number of groups"), self)
        self.count = QSpinBox(self)
        self.count.setRange(1, 100)
        self.count.setValue(self.config.group_count or 8)
        (self.by_count if self.config.group_count else self.by_size).setChecked(True)
        for widget in (self.by_size, self.group_size, self.by_count, self.count):
            sizing.addWidget(widget)
        sizing.addStretch(1)
        self.copies = QSpinBox(self)  # a long table needs a card at each end
        self.copies.setObjectName("tableCardCopies")
        self.copies.setRange(1, MAX_CARD_COPIES)
        self.copies.setValue(self.config.card_copies)
        sizing.addWidget(QLabel(self.tr("Table cards per table"), self))
        sizing.addWidget(self.copies)
        layout.addLayout(sizing)
        self.rounds_box = QVBoxLayout()
        self.round_editors: list[RoundEditor] = []
        for number, plan in enumerate(self.config.rounds, start=1):
            self._add_round_editor(number, plan)
        layout.addLayout(self.rounds_box)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add a round"), self)
        add.clicked.connect(self.add_round)
        remove = QPushButton(self.tr("Remove the last round"), self)
        remove.clicked.connect(self.remove_round)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.question_set = QComboBox(self)
        self.sets = question_sets(context.language)
        for item in self.sets:
            self.question_set.addItem(item.title, item.key)
        use_set = QPushButton(self.tr("Use these questions"), self)
        use_set.clicked.connect(self.use_question_set)
        buttons.addWidget(QLabel(self.tr("Ready-made questions:"), self))
        buttons.addWidget(self.question_set)
        buttons.addWidget(use_set)
        layout.addLayout(buttons)
        layout.addWidget(self._hosts_box())
        layout.addWidget(self._apart_box())
        solve_row = QHBoxLayout()
        self.solve_button = QPushButton(self.tr("Make groups (rounds not started)"), self)
        self.solve_button.clicked.connect(self.solve)
        solve_row.addWidget(self.solve_button)
        self.print_button = QPushButton(self.tr("Print group lists and table cards…"), self)
        self.print_button.clicked.connect(self.choose_pdf)
        solve_row.addWidget(self.print_button)
        solve_row.addStretch(1)
        layout.addLayout(solve_row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        for signal in (
            self.group_size.valueChanged,
            self.count.valueChanged,
            self.by_size.toggled,
            self.copies.valueChanged,
        ):
            signal.connect(self.saver.touch)
        self._show_summary()

    def _add_round_editor(self, number: int, plan: RoundPlan) -> None:
        editor = RoundEditor(number, plan, self)
        editor.minutes.valueChanged.connect(self.saver.touch)
        editor.questions.textChanged.connect(self.saver.touch)
        self.rounds_box.addWidget(editor)
        self.round_editors.append(editor)

    def _hosts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Table hosts (stay at their table every round)"), self)
        row = QHBoxLayout(box)
        self.host_person = QComboBox(box)
        for pid, name in sorted(names(self.context.store, self.context.session_id).items(),
                                key=lambda item: item[1].casefold()):  # fmt: skip
            self.host_person.addItem(name, pid)
        self.host_table = QSpinBox(box)
        self.host_table.setRange(1, 100)
        self.host_table.setPrefix(self.tr("table "))
        add = QPushButton(self.tr("Set host"), box)
        add.clicked.connect(self.set_host)
        clear = QPushButton(self.tr("Remove host"), box)
        clear.clicked.connect(self.remove_host)
        self.hosts_label = QLabel(box)
        self.hosts_label.setWordWrap(True)
        for widget in (self.host_person, self.host_table, add, clear):
            row.addWidget(widget)
        row.addWidget(self.hosts_label, 1)
        self._show_hosts()
        return box

    def _apart_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Keep apart (never at one table)"), self)
        row = QHBoxLayout(box)
        self.apart_a, self.apart_b = QComboBox(box), QComboBox(box)
        for combo in (self.apart_a, self.apart_b):
            for i in range(self.host_person.count()):
                combo.addItem(self.host_person.itemText(i), self.host_person.itemData(i))
        add = QPushButton(self.tr("Keep apart"), box)
        add.clicked.connect(self.add_apart)
        clear = QPushButton(self.tr("Clear all"), box)
        clear.clicked.connect(self.clear_apart)
        self.apart_label = QLabel(box)
        self.apart_label.setWordWrap(True)
        for widget in (self.apart_a, self.apart_b, add, clear):
            row.addWidget(widget)
        row.addWidget(self.apart_label, 1)
        self._show_apart()
        return box

    def _show_apart(self) -> None:
        who = names(self.context.store, self.context.session_id)
        text = self.tr("{a} and {b}")
        parts = [fill(text, a=who.get(a, a), b=who.get(b, b)) for a, b in self.config.keep_apart]
        self.apart_label.setText("; ".join(parts) or self.tr("Nobody."))

    def add_apart(self) -> None:
        a, b = self.apart_a.currentData(), self.apart_b.currentData()
        if a is None or b is None or a == b:
            return
        pair = (int(a), int(b))
        if pair not in self.config.keep_apart and pair[::-1] not in self.config.keep_apart:
            self.config.keep_apart.append(pair)
            self._show_apart()
            self.saver.touch()

    def clear_apart(self) -> None:
        self.config.keep_apart.clear()
        self._show_apart()
        self.saver.touch()

    def _show_hosts(self) -> None:
        all_names = names(self.context.store, self.context.session_id)
        hosts = sorted(self.config.hosts.items(), key=lambda item: item[1])
        text = self.tr("{name} at table {n}")
        parts = [fill(text, name=all_names.get(p, p), n=t + 1) for p, t in hosts]
        self.hosts_label.setText("; ".join(parts) or self.tr("No hosts."))

    # -- commands --------------------------------------------------------------------------
    def add_round(self) -> None:
        last = self.round_editors[-1].plan() if self.round_editors else RoundPlan()
        self._add_round_editor(len(self.round_editors) + 1, RoundPlan(last.minutes, []))
        self.saver.touch()

    def use_question_set(self) -> None:
        """Fill the last round when it has no questions yet, else add a round with the set."""
        index = self.question_set.currentIndex()
        if not 0 <= index < len(self.sets):
            return
        plan = self.sets[index].round
        last = self.round_editors[-1] if self.round_editors else None
        if last is not None and not last.plan().questions:
            last.minutes.setValue(plan.minutes)
            last.questions.setPlainText("\n".join(plan.questions))
        else:
            new = RoundPlan(plan.minutes, list(plan.questions))
            self._add_round_editor(len(self.round_editors) + 1, new)
        self.saver.touch()

    def remove_round(self) -> None:
        if len(self.round_editors) > 1:
            self.round_editors.pop().deleteLater()
            self.saver.touch()

    def set_host(self) -> None:
        pid = self.host_person.currentData()
        if pid is not None:
            self.config.hosts[int(pid)] = self.host_table.value() - 1
            self._show_hosts()
            self.saver.touch()

    def remove_host(self) -> None:
        pid = self.host_person.currentData()
        if pid is not None and self.config.hosts.pop(int(pid), None) is not None:
            self._show_hosts()
            self.saver.touch()

    def save(self) -> None:
        self.config.rounds = [editor.plan() for editor in self.round_editors]
        by_count = self.by_count.isChecked()
        self.config.group_count = self.count.value() if by_count else None
        self.config.group_size = None if by_count else self.group_size.value()
        self.config.card_copies = self.copies.value()
        merged = {**self.context.config(), **self.config.to_config()}
        if not by_count:
            merged.pop("group_count", None)
        if self.config.card_copies == 1:
            merged.pop("card_copies", None)
        self.context.store.agenda.update(self.context.activity_id, config=merged)

    def solve(self) -> None:
        self.saver.flush()
        self.solve_button.setEnabled(False)
        self.summary.setText(self.tr("Making groups…"))
        self.maker.start()

    def _solved(self, schedule: Schedule) -> None:
        self.solve_button.setEnabled(True)
        who = names(self.context.store, self.context.session_id)
        self._show_summary(notice_texts(schedule, who))

    def _failed(self, message: str) -> None:
        self.solve_button.setEnabled(True)
        self.summary.setText(message)

    def _show_summary(self, notices: list[str] | None = None) -> None:
        data = BreakoutData(self.context.store, self.context.activity_id)
        rounds = data.schedule()
        if not rounds:
            self.summary.setText(self.tr("No groups made yet."))
            return
        people = len({p for r in rounds for g in r for p in g})
        text = fill(self.tr("Groups made for %n round(s), {people} people; rounds started: "
                       "{started}.", "", len(rounds)), people=people,
                                                            started=data.started())  # fmt: skip
        store, session_id = self.context.store, self.context.session_id
        if in_series(store, session_id):
            fresh = new_encounters(rounds, met_in_series(store, session_id))
            text += "\n" + encounters_text(fresh)
        if notices is not None:
            text += "\n" + ("\n".join(notices) or self.tr("Nobody meets anyone twice and "
                                                         "colleagues sit apart."))  # fmt: skip
        self.summary.setText(text)

    def choose_pdf(self) -> None:
        """The print hub (as Ctrl+P) with these group lists and table cards ticked."""
        from app.activities.print_hub import open_print_hub

        self.saver.flush()  # the hub reads the questions from the stored config
        self.print_hub = open_print_hub(self, self.context.store, self.context.session_id,
                                        f"groups:{self.context.activity_id}")  # fmt: skip

    def write_pdf(self, path: str) -> None:
        """Write wall lists and table cards off the GUI thread; the summary says when done."""
        from printables.groups import name_rows, write_groups_pdf

        data = BreakoutData(self.context.store, self.context.activity_id)
        rounds = data.schedule()
        if not rounds:
            self.summary.setText(self.tr("Make the groups first, then print them."))
            return
        self.saver.flush()
        who = names(self.context.store, self.context.session_id)
        tables = [[[who.get(p, str(p)) for p in t] for t in r] for r in rounds]
        questions = [plan.questions for plan in self.config.rounds]
        title = self.context.activity().title
        people, copies = name_rows(rounds, who), self.config.card_copies
        language = self.context.language

        self.print_button.setEnabled(False)
        self._pdf_job = worker.start(
            lambda progress: write_groups_pdf(
                path,
                title,
                tables,
                questions,
                partial(translate, "GroupPrintables"),
                people=people,
                copies=copies,
                language=language,
            ),
            finished=self._pdf_written,
            failed=self._pdf_failed,
        )

    def _pdf_written(self, path: object) -> None:
        self.print_button.setEnabled(True)
        self.summary.setText(fill(self.tr("Saved {path}"), path=path))
        self.pdf_done.emit(str(path))

    def _pdf_failed(self, error: object) -> None:
        self.print_button.setEnabled(True)
        self.summary.setText(fill(self.tr("Could not save the PDF: {error}"),
            error=describe(error, QCoreApplication.translate)))  # fmt: skip

    def hideEvent(self, event) -> None:
        self.saver.flush()
        super().hideEvent(event)
