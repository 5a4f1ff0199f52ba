"""The breakout setup page, the report section and the beamer layout for big rooms."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from app.activities.breakout.beamer import MIN_NAME_PX, seating_layout
from app.activities.breakout.report import section
from app.activities.breakout.setup import BreakoutSetup
from app.activities.breakout.state import (
    BreakoutConfig,
    BreakoutData,
    build_problem,
    question_sets,
    solve_and_store,
)
from app.activities.context import ActivityContext
from app.core.clock import FakeClock
from printables.styles import ReportOptions

pytestmark = pytest.mark.gui


@pytest.fixture
def context(store, meeting):  # type: ignore[no-untyped-def]
    activity = next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")
    return ActivityContext(store, meeting.id, activity.id, clock=FakeClock(), language="en")


def test_setup_saves_rounds_sizes_and_hosts_then_solves_and_prints(qtbot, context,
                                                                   tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    page = BreakoutSetup(context)
    qtbot.addWidget(page)
    assert len(page.round_editors) == 1 and "netwerk" in page.round_editors[0].plan().questions[1]
    page.round_editors[0].questions.setPlainText("Vraag A\n\n  Vraag B  ")
    page.add_round()
    page.round_editors[1].questions.setPlainText("Vraag C")
    page.round_editors[1].minutes.setValue(20)
    page.by_count.setChecked(True)
    page.count.setValue(2)
    anna = next(p for p in context.store.participants.list(context.session_id)
                if p.first_name == "Anna")  # fmt: skip
    page.host_person.setCurrentIndex(page.host_person.findData(anna.id))
    page.host_table.setValue(2)
    page.set_host()
    page.saver.flush()
    config = context.config()
    assert config["rounds"] == [{"minutes": 30, "questions": ["Vraag A", "Vraag B"]},
                                {"minutes": 20, "questions": ["Vraag C"]}]  # fmt: skip
    assert config["group_count"] == 2 and config["hosts"] == {str(anna.id): 1}
    page.solve()
    qtbot.waitUntil(page.solve_button.isEnabled, timeout=10000)
    rounds = BreakoutData(context.store, context.activity_id).schedule()
    assert len(rounds) == 2 and all(len(r) == 2 for r in rounds)
    assert all(anna.id in r[1] for r in rounds)  # the host stays at table 2
    assert "Groups made for 2 rounds, 5 people" in page.summary.text()
    with qtbot.waitSignal(page.pdf_done, timeout=10000):
        page.write_pdf(str(tmp_path / "groups.pdf"))
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "groups.pdf").pages)
    assert "Anna Test" in text and "Vraag C" in text


def test_table_cards_per_table_are_kept_and_printed(qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = BreakoutSetup(context)
    qtbot.addWidget(page)
    assert page.copies.value() == 1 and "card_copies" not in context.config()
    page.copies.setValue(3)
    page.saver.flush()
    assert context.config()["card_copies"] == 3
    again = BreakoutSetup(context)
    qtbot.addWidget(again)
    assert again.copies.value() == 3
    page.solve()
    qtbot.waitUntil(page.solve_button.isEnabled, timeout=10000)
    tables = sum(len(r) for r in BreakoutData(context.store, context.activity_id).schedule())
    with qtbot.waitSignal(page.pdf_done, timeout=10000):
        page.write_pdf(str(tmp_path / "groups.pdf"))
    pages = [p.extract_text() for p in PdfReader(tmp_path / "groups.pdf").pages]
    assert sum("fold here" in t for t in pages) == 3 * tables
    assert "names A to Z" in pages[0] and "Anna Test" in pages[0]
    page.copies.setValue(1)
    page.saver.flush()
    assert "card_copies" not in context.config()


def test_setup_says_when_groups_cannot_be_made(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    page = BreakoutSetup(context)
    qtbot.addWidget(page)
    page.by_count.setChecked(True)
    page.count.setValue(9)  # five people
    page.solve()
    qtbot.waitUntil(page.solve_button.isEnabled, timeout=10000)
    assert "9 groups need at least 9 people; there are 5." in page.summary.text()


def test_report_lists_key_points_and_notes_by_question(context) -> None:  # type: ignore[no-untyped-def]
    data = BreakoutData(context.store, context.activity_id)
    data.set_note(1, 2, 1, "Samen decors opslaan")
    data.set_key_point(1, 2, 1, True)
    data.set_note(1, 1, 3, "Cursus <veiligheid> & tillen")
    flow = section(context.store, context.activity(), ReportOptions(language="en"))
    text = "\n".join(f.getPlainText() for f in flow if isinstance(f, Paragraph))
    assert "Key points" in text
    assert text.index("Samen decors opslaan") < text.index("Round 1")
    assert "Cursus <veiligheid> & tillen" in text
    assert "In which areas" in text or "terreinen" in text  # the question heads its notes


@pytest.mark.parametrize(("tables", "seats"), [(16, 5), (20, 6), (24, 5), (40, 3)])
def test_who_sits_where_stays_readable_for_big_rooms(tables: int, seats: int) -> None:
    cols, rows, px = seating_layout(tables, seats, 22, 1848, 960)
    assert px >= MIN_NAME_PX
    # what is drawn fits: the cards of one page, each title + names, in the height
    assert rows * (44 + (1.55 + 1.22 * seats) * px) <= 960
    assert cols * (52 + 22 * 0.6 * px) <= 1848


def test_keep_apart_and_earlier_speed_dating_tables_are_avoided(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    store = context.store
    ids = {p.first_name: p.id for p in store.participants.list(context.session_id)}
    speed = next(a for a in store.agenda.list(context.session_id) if a.kind == "meet_greet")
    store.results.set(speed.id, "rotation", {"rounds": [[[ids["Bram"], ids["Chris"]],
                                                         [ids["Eef"], ids["Anna"]]]]})  # fmt: skip
    page = BreakoutSetup(context)
    qtbot.addWidget(page)
    page.size.setValue(2)  # five people: tables of 2, 2 and 1
    page.apart_a.setCurrentIndex(page.apart_a.findData(ids["Bram"]))
    page.apart_b.setCurrentIndex(page.apart_b.findData(ids["Eef"]))
    page.add_apart()
    page.saver.flush()
    assert context.config()["keep_apart"] == [[ids["Bram"], ids["Eef"]]]
    assert "Bram Test and Eef Test" in page.apart_label.text()
    config = BreakoutConfig.parse(context.config())
    problem = build_problem(store, context.session_id, config, activity_id=context.activity_id)
    assert (ids["Bram"], ids["Chris"]) in problem.met_before
    for seed in range(3):
        config.seed = seed
        schedule = solve_and_store(store, context.session_id, context.activity_id, config)
        for table in schedule.rounds[0]:
            pairs = {frozenset((a, b)) for a in table for b in table if a != b}
            for a, b in (("Bram", "Chris"), ("Eef", "Anna"), ("Bram", "Eef"), ("Anna", "Dina")):
                assert frozenset((ids[a], ids[b])) not in pairs


def test_ready_made_question_sets_fill_a_round_in_the_session_language(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    assert [s.key for s in question_sets("nl")] == ["network", "alliances"]
    assert all(len(s.round.questions) == 4 for s in question_sets("en"))
    page = BreakoutSetup(context)  # English context: the template's network questions are one round
    qtbot.addWidget(page)
    page.question_set.setCurrentIndex(page.question_set.findData("alliances"))
    page.use_question_set()  # round 1 has questions: a second round is added
    assert len(page.round_editors) == 2
    page.round_editors[1].questions.setPlainText("")
    page.use_question_set()  # an empty last round is filled instead of adding a third
    page.saver.flush()
    rounds = context.config()["rounds"]
    assert len(rounds) == 2 and rounds[1]["minutes"] == 30
    assert rounds[1]["questions"][0] == "Who do we already work with, also outside the arts?"
    dutch = {s.key: s for s in question_sets("nl")}["alliances"]
    assert dutch.title == "Nieuwe allianties" and "buiten de kunsten" in dutch.round.questions[0]


def test_late_arrival_reseats_only_rounds_not_started(context) -> None:  # type: ignore[no-untyped-def]
    store = context.store
    config = BreakoutConfig.parse(context.config())
    config.rounds = [config.rounds[0], config.rounds[0]]
    config.group_size = 2
    first = solve_and_store(store, context.session_id, context.activity_id, config)
    data = BreakoutData(store, context.activity_id)
    data.mark_started(1)  # round 1 is on the beamer
    people = store.participants.list(context.session_id)
    leaving = people[0].id
    for person in people[1:]:
        store.participants.update(person.id, status="present")
    late = store.participants.add(context.session_id, first_name="Laat", organisation="Nieuw")
    store.participants.update(late.id, status="present")
    again = solve_and_store(store, context.session_id, context.activity_id, config)
    assert again.rounds[0] == first.rounds[0] and data.schedule()[0] == first.rounds[0]
    seated = sorted(p for table in again.rounds[1] for p in table)
    assert seated == sorted([p.id for p in people[1:]] + [late.id]) and leaving not in seated


def test_notices_name_the_people_who_had_to_meet(context) -> None:  # type: ignore[no-untyped-def]
    from app.activities.breakout.solving import notice_texts
    from app.activities.breakout.state import names

    ids = {p.first_name: p.id for p in context.store.participants.list(context.session_id)}
    config = BreakoutConfig.parse(context.config())
    config.group_size, config.group_count = None, 1  # one table: the pair cannot be kept apart
    config.keep_apart = [(ids["Bram"], ids["Eef"])]
    schedule = solve_and_store(context.store, context.session_id, context.activity_id, config)
    texts = notice_texts(schedule, names(context.store, context.session_id))
    assert (
        "Round 1: Bram Test and Eef Test had to sit together although they should not meet."
        in texts
    )


def test_earlier_meetings_come_from_every_kind_that_seats_people(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The solver's earlier meetings go through the registry's participant references: a kind
    the breakout never heard of counts once its references say which results seat people."""
    from app.activities import registry
    from app.activities.breakout.state import earlier_meetings
    from app.core.participant_refs import KindRefs

    monkeypatch.setattr(registry, "_TEST_REFS", KindRefs(seating=("tables",)), raising=False)
    lunch = registry.ActivityKind("lunch", "Lunch", 30,
                                  participant_refs=f"{registry.__name__}:_TEST_REFS")  # fmt: skip
    monkeypatch.setitem(registry._BY_KEY, "lunch", lunch)
    session = store.sessions.create("Dag")
    first = store.agenda.add(session.id, "lunch", "Lunch")
    talk = store.agenda.add(session.id, "segment", "Talk")
    groups = store.agenda.add(session.id, "breakout", "Rondes")
    store.results.set(first.id, "tables", {"rounds": [[[1, 2, 3], [4, True, "5"]]]})
    store.results.set(talk.id, "tables", {"rounds": [[[7, 8]]]})  # a talk seats nobody
    assert sorted(earlier_meetings(store, session.id, groups.id)) == [(1, 2), (1, 3), (2, 3)]
    assert earlier_meetings(store, session.id, first.id) == []  # nothing before the first
