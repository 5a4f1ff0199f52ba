"""The Q&A console, beamer and setup page driven with qtbot (offscreen), and the report section
read back from a real PDF: moderation, one question on the beamer, markup shown as text."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.activities import registry, reporting
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control
from app.activities.questions.beamer import QuestionsBeamer
from app.activities.questions.control import QuestionsControl
from app.activities.questions.phone import QuestionsPhone
from app.activities.questions.runtime import QuestionsRuntime
from app.activities.questions.setup import QuestionsSetup
from app.activities.questions.state import QuestionBoard
from app.core import questions as qa
from app.core.clock import FakeClock
from app.widgets.beamer_style import min_text_px
from printables.styles import ReportOptions
from tests.activities.questions_helpers import FakeRoom, add_activity, burst, phone_id

HOSTILE = '<script>alert("x")</script><b>bold</b>'


def make(store, meeting, qtbot, **config):  # type: ignore[no-untyped-def]
    activity = add_activity(store, meeting.id, **config)
    context = ActivityContext(store, meeting.id, activity.id, FakeClock(), "en")
    runtime = registry.load(registry.kind("questions").runtime)(context)
    assert isinstance(runtime, QuestionsRuntime)
    panel, beamer = make_control(runtime), make_beamer(runtime)
    assert isinstance(panel, QuestionsControl) and isinstance(beamer, QuestionsBeamer)
    qtbot.addWidget(panel)
    qtbot.addWidget(beamer)
    panel.resize(900, 500)
    panel.show()
    beamer.resize(1920, 1080)
    beamer.show()
    runtime.start()
    return runtime, panel, beamer, activity


def phones_ask(store, meeting, activity, *texts: str) -> None:  # type: ignore[no-untyped-def]
    room = FakeRoom(store, meeting.id)
    burst(room, activity.id, [(phone_id(n), {"type": "question", "text": t})
                              for n, t in enumerate(texts)])  # fmt: skip


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_phone_questions_appear_live_sorted_and_moderated(store, meeting, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, _beamer, activity = make(store, meeting, qtbot)
    phones_ask(store, meeting, activity, "First?", "Second?")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)  # followed from the store
    assert panel.count.text() == "2 questions · 2 waiting for approval"
    first, second = sorted(runtime.snapshot.questions, key=lambda q: q.text)
    room = FakeRoom(store, meeting.id)
    runtime.approve(second.id)
    burst(room, activity.id, [(phone_id(7), {"type": "upvote", "question": second.id})])
    qtbot.waitUntil(lambda: panel.row_texts()[0][0] == "1")
    assert panel.row_texts()[0][1:] == ("Second?", "", "approved")
    panel.sort_box.setCurrentIndex(panel.sort_box.findData(qa.BY_TIME))
    assert [row[1] for row in panel.row_texts()] == [q.text for q in qa.ordered(
        runtime.snapshot.questions, qa.BY_TIME)]  # fmt: skip
    panel.select(first.id)
    click(qtbot, panel.hide_button)
    assert runtime.snapshot.find(first.id).state == qa.HIDDEN
    assert store.results.get(activity.id, "mod:" + first.id) == "hidden"


def test_one_question_at_a_time_on_the_beamer_then_answered(store, meeting, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, activity = make(store, meeting, qtbot, moderation=False)
    phones_ask(store, meeting, activity, "Alpha?", "Beta?")
    runtime.refresh()
    ids = {q.text: q.id for q in runtime.snapshot.questions}
    assert beamer.shown_text() == "Send your question from your phone."
    panel.select(ids["Alpha?"])
    click(qtbot, panel.screen_button)
    assert beamer.shown_text() == "Alpha?" and beamer.votes.text() == "0 votes"
    panel.select(ids["Beta?"])
    click(qtbot, panel.screen_button)
    assert beamer.shown_text() == "Beta?"
    states = {q.text: q.state for q in runtime.snapshot.questions}
    assert states == {"Alpha?": qa.APPROVED, "Beta?": qa.ON_SCREEN}
    click(qtbot, panel.answered_button)
    assert runtime.snapshot.screen is None and beamer.shown_text() != "Beta?"
    assert runtime.snapshot.find(ids["Beta?"]).state == qa.ANSWERED
    assert not panel.clear_button.isEnabled()


def test_a_question_asked_aloud_is_typed_in_and_approved(store, meeting, qtbot) -> None:  # type: ignore[no-untyped-def]
    _runtime, panel, _beamer, activity = make(store, meeting, qtbot)
    qtbot.keyClicks(panel.aloud, "Who decides the budget?")
    qtbot.keyClick(panel.aloud, Qt.Key.Key_Return)
    assert panel.aloud.text() == ""
    assert panel.row_texts() == [("0", "Who decides the budget?", "", "approved")]
    qtbot.keyClick(panel.aloud, Qt.Key.Key_Return)  # empty: nothing added
    assert panel.model.rowCount() == 1
    qtbot.keyClicks(panel.aloud, "Half a que")
    qtbot.waitUntil(lambda: store.results.get(activity.id, "draft") == "Half a que")
    panel.close()
    again = make_control(_runtime)  # the laptop restarted: the draft is back
    qtbot.addWidget(again)
    assert again.aloud.text() == "Half a que"
    assert panel.aloud.maxLength() == qa.MAX_TEXT


def test_hostile_text_is_shown_literally_and_large_enough(store, meeting, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, activity = make(store, meeting, qtbot, moderation=False)
    longest = "w" * qa.MAX_TEXT
    phones_ask(store, meeting, activity, HOSTILE, longest)
    runtime.refresh()
    assert {row[1] for row in panel.row_texts()} == {HOSTILE, longest}
    for question in runtime.snapshot.questions:
        runtime.put_on_screen(question.id)
        assert beamer.shown_text() == question.text
        assert beamer.question.pixel_size() >= min_text_px(1080)
        assert beamer.votes.pixel_size() >= min_text_px(1080)
        assert beamer.title.pixel_size() >= min_text_px(1080)


def test_setup_page_saves_names_moderation_and_intro(store, meeting, qtbot) -> None:  # type: ignore[no-untyped-def]
    activity = add_activity(store, meeting.id)
    context = ActivityContext(store, meeting.id, activity.id, FakeClock(), "en")
    page = registry.load(registry.kind("questions").setup)(context)
    assert isinstance(page, QuestionsSetup)
    qtbot.addWidget(page)
    page.show()
    assert not page.allow_names.isChecked() and page.moderation.isChecked()
    page.allow_names.click()
    page.moderation.click()
    qtbot.keyClicks(page.intro, "Ask  the")
    qtbot.keyClick(page.intro, Qt.Key.Key_Return)
    qtbot.keyClicks(page.intro, "panel")
    page.autosaver.flush()
    config = QuestionBoard(store, activity.id).config()
    assert config["allow_names"] is True and config["moderation"] is False
    assert config["intro"] == "Ask the panel"


def test_registry_names_the_phone_part_and_its_schemas_fit_the_room() -> None:
    kind = registry.kind("questions")
    part = registry.load(kind.phone)()
    assert isinstance(part, QuestionsPhone) and part.view({}) == "questions"
    assert part.messages["question"]["text"].max_length == qa.MAX_TEXT == 280
    assert part.messages["question"]["name"].max_length == qa.MAX_NAME == 64
    assert not part.messages["question"]["name"].required


def pdf_text(store, session_id: int, **options) -> str:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    reporting.build_report(store, session_id, buffer, ReportOptions(language="en", **options))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_report_lists_answered_first_with_votes_and_leaves_hidden_out(store, meeting) -> None:  # type: ignore[no-untyped-def]
    activity = add_activity(store, meeting.id, allow_names=True)
    room = FakeRoom(store, meeting.id)
    board = QuestionBoard(store, activity.id)
    burst(room, activity.id, [
        (phone_id(1), {"type": "question", "text": "Open question about funding", "name": "Anna"}),
        (phone_id(2), {"type": "question", "text": "Answered question on touring"}),
        (phone_id(3), {"type": "question", "text": "Hidden rude remark"}),
        (phone_id(4), {"type": "question", "text": HOSTILE}),
    ])  # fmt: skip
    ids = {q.text: q.id for q in board.questions()}
    board.set_moderation(ids["Open question about funding"], qa.APPROVED)
    board.set_moderation(ids[HOSTILE], qa.APPROVED)
    board.set_moderation(ids["Answered question on touring"], qa.ANSWERED)
    board.set_moderation(ids["Hidden rude remark"], qa.HIDDEN)
    burst(room, activity.id, [(phone_id(n), {"type": "upvote", "question": ids[text]})
                              for n, text in [(5, "Open question about funding"),
                                              (6, "Open question about funding"),
                                              (7, "Answered question on touring")]])  # fmt: skip
    text = pdf_text(store, meeting.id)
    flat = " ".join(text.split())
    assert "Hidden rude remark" not in flat
    assert flat.index("Answered question on touring") < flat.index("Open question about funding")
    assert "1 Answered question on touring" in flat and "2 Open question about funding" in flat
    assert HOSTILE in flat  # markup printed as text
    assert "Anna" not in flat  # nobody named unless the organiser chose to
    assert "1 question(s) hidden" not in flat and "1 question hidden or never approved" in flat
    assert "3 questions asked; 1 answered." in flat
    assert "Anna" in " ".join(pdf_text(store, meeting.id, include_participants=True).split())


def test_the_run_console_runs_it_large_and_dark_on_the_beamer(store, meeting, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.run.console import RunConsole
    from tests.ui.test_beamer_readable import luminance_median, text_sizes

    activity = add_activity(store, meeting.id, moderation=False)
    board = QuestionBoard(store, activity.id)
    board.put_on_screen(board.add_question("Wat " + "ontzettend " * 25 + "lang?"))
    console = RunConsole(store, meeting.id, FakeClock())
    qtbot.addWidget(console)
    console.show()
    console.beamer.show_window()
    console.beamer.resize(1600, 900)
    index = next(i for i, a in enumerate(console.activities) if a.id == activity.id)
    console.go_to(index)
    assert isinstance(console.ui.control_area.widget(), QuestionsControl)
    qtbot.waitUntil(lambda: console.beamer.current_view().height() > 800)
    view = console.beamer.current_view()
    assert isinstance(view, QuestionsBeamer) and view.shown_text().startswith("Wat ontzettend")
    view.grab()
    sizes = text_sizes(view)
    assert sizes and all(px >= min_text_px(view.height()) for px, _text in sizes), sizes
    assert luminance_median(view) < 0.15
    console.close()


def test_the_console_panel_fits_the_smallest_laptop_in_dutch(store, meeting, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translators
    from app.ui.run.console import RunConsole

    activity = add_activity(store, meeting.id)
    phones_ask(store, meeting, activity, *(f"Vraag {n}?" for n in range(30)))
    install_translators(QCoreApplication.instance(), "nl")  # the longer labels
    try:
        console = RunConsole(store, meeting.id, FakeClock())
        qtbot.addWidget(console)
        console.showNormal()
        console.resize(1280, 650)  # maximised under a task bar
        console.go_to(next(i for i, a in enumerate(console.activities) if a.id == activity.id))
        for _ in range(3):
            QApplication.processEvents()
        panel = console.ui.control_area.widget()
        assert isinstance(panel, QuestionsControl)
        assert panel.screen_button.text() == "Op de beamer"
        need, room = panel.minimumSizeHint(), console.ui.control_area.viewport().size()
        assert need.width() <= room.width() and need.height() <= room.height(), (need, room)
        console.close()
    finally:
        install_translators(QCoreApplication.instance(), "en")


def test_report_without_questions_is_left_out_unless_kept(store, meeting) -> None:  # type: ignore[no-untyped-def]
    from app.activities.questions.report import section

    activity = add_activity(store, meeting.id)
    assert section(store, activity, ReportOptions(language="en")) == []
    flow = section(store, activity, ReportOptions(language="en", keep_empty=True))
    texts = [getattr(item, "text", "") for item in flow]
    assert "No questions were asked." in texts and "0 questions asked; 0 answered." in texts
