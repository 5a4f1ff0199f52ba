"""The quick poll in a real headless Chromium against the room in this process: a phone joins,
answers, changes its answer; the console closes the poll and shows the results; the phone sees
the counts, and the report PDF read back contains them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.activities import reporting
from app.activities.context import ActivityContext
from app.activities.poll.runtime import PollRuntime
from app.activities.poll.state import ANSWER, PollState
from app.core import poll as pl
from app.core.clock import FakeClock
from app.room.service import RoomService
from printables.styles import ReportOptions
from tests.room.conftest import in_thread
from tests.room.test_phone_page_browser import browser  # noqa: F401  (the fixture)

pytestmark = pytest.mark.gui
OPTIONS = ["Eén keer per jaar", "Twee keer per jaar", "Elk kwartaal <b>vet</b>"]


def pressed(driver) -> list[str]:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    buttons = driver.find_elements(By.CSS_SELECTOR, "#poll button")
    return [b.text for b in buttons if b.get_attribute("aria-pressed") == "true"]


@pytest.mark.slow
def test_a_phone_answers_changes_its_mind_and_sees_the_result(  # type: ignore[no-untyped-def]
    qtbot,
    store,
    meeting,
    browser,  # noqa: F811
    tmp_path: Path,
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    activity = store.agenda.add(meeting.id, "poll", "Hoe vaak samenkomen?", 5)
    PollState(store, activity.id).save_poll(
        pl.validate("Hoe vaak wil je samenkomen?", pl.OPTIONS, OPTIONS)
    )
    runtime = PollRuntime(ActivityContext(store, meeting.id, activity.id, FakeClock(), "nl"))
    room = RoomService(store, meeting.id)
    room.open("127.0.0.1", 0)
    try:
        room.set_activity(activity.id)

        def join_before_opening() -> tuple[str, str, str]:
            browser.get(room.server.join_url())
            wait = WebDriverWait(browser, 10)
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#poll button"))
            question = browser.find_element(By.ID, "poll-question").text
            browser.find_element(By.XPATH, "//button[text()='Elk kwartaal <b>vet</b>']").click()
            wait.until(lambda d: "zodra de begeleider" in d.find_element(By.ID, "status").text)
            note = browser.find_element(By.ID, "poll-note").text
            return question, note, ",".join(pressed(browser))

        question, note, none = in_thread(qtbot, join_before_opening)
        assert question == "Hoe vaak wil je samenkomen?" and "zodra de begeleider" in note
        assert none == "" and store.results.all(activity.id, ANSWER) == {}

        runtime.open()  # the facilitator opens the poll on the console

        def answer_then_change() -> list[str]:
            wait = WebDriverWait(browser, 10)
            wait.until(lambda d: not d.find_elements(By.ID, "poll-note"))  # open now
            browser.find_element(By.XPATH, "//button[text()='Eén keer per jaar']").click()
            wait.until(lambda d: "genoteerd" in d.find_element(By.ID, "status").text)
            browser.find_element(By.XPATH, "//button[text()='Elk kwartaal <b>vet</b>']").click()
            wait.until(lambda d: pressed(d) == ["Elk kwartaal <b>vet</b>"])
            return pressed(browser)

        assert in_thread(qtbot, answer_then_change) == ["Elk kwartaal <b>vet</b>"]
        qtbot.waitUntil(lambda: list(store.results.all(activity.id, ANSWER).values()) == ["3"])
        assert len(store.results.all(activity.id, ANSWER)) == 1  # one phone, one row
        runtime.bump(1, +1)  # two hands counted in the room for "twice a year"
        runtime.bump(1, +1)
        runtime.close()
        runtime.set_revealed(True)

        def see_result() -> tuple[list[str], str]:
            wait = WebDriverWait(browser, 10)
            wait.until(lambda d: d.find_elements(By.ID, "poll-results"))
            browser.find_element(By.XPATH, "//button[text()='Eén keer per jaar']").click()
            wait.until(lambda d: "gesloten" in d.find_element(By.ID, "status").text)
            assert browser.save_screenshot(str(tmp_path / "poll-phone.png"))
            rows = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".poll-count")]
            return rows, browser.find_element(By.ID, "poll-note").text

        rows, closed = in_thread(qtbot, see_result)
    finally:
        room.close()
        runtime.follow_store(False)
    assert rows == ["Eén keer per jaar: 0", "Twee keer per jaar: 2",
                    "Elk kwartaal <b>vet</b>: 1 (Jouw antwoord)"]  # fmt: skip
    assert closed == "De peiling is gesloten."
    assert list(store.results.all(activity.id, ANSWER).values()) == ["3"]  # refused after closing
    buffer = io.BytesIO()
    reporting.build_report(store, meeting.id, buffer, ReportOptions(language="en"))
    text = " ".join(" ".join(p.extract_text() or "" for p in
                             PdfReader(io.BytesIO(buffer.getvalue())).pages).split())  # fmt: skip
    assert "Hoe vaak wil je samenkomen?" in text
    assert "2 Twee keer per jaar 2 (67%)" in text and "3 Elk kwartaal <b>vet</b> 1 (33%)" in text
    assert "3 answers in all. Of these, 2 were typed in on the console." in text
