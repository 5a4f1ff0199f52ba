"""Questions to the panel in real headless Chromium phones against `tafelronde room` in its own
process: a phone asks, a second phone upvotes, the console (a second window on the same database)
puts the question on the beamer, and the report PDF read back lists it with its vote."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from app.activities.factory import make_beamer
from app.storage import open_store
from tests.room.test_phone_page_browser import CHROMIUM, DRIVER

HOSTILE = 'Wie betaalt de <b>tournee</b>? <script>alert("x")</script>'
LONG = "Waarom " + "x" * 300  # the field stops at 280 characters


@pytest.fixture
def qa_room(store, meeting, db_path):  # type: ignore[no-untyped-def]
    """`tafelronde room` on 127.0.0.1 showing a Q&A without moderation, names allowed."""
    activity = store.agenda.add(meeting.id, "questions", "Vragen aan het panel", 20,
                                {"intro": "Vraag maar raak", "allow_names": True,
                                 "moderation": False})  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--lang", "en", "room", "--session", str(meeting.id),
         "--db", str(db_path), "--bind", "127.0.0.1", "--activity", str(activity.id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), process.stderr.read() if process.stderr else ""
    yield url, activity
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=10)
    assert process.returncode == 0


def chromium():  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-sync",
                 "--disable-component-update", "--window-size=390,844", "--lang=nl"):  # fmt: skip
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    return webdriver.Chrome(service=Service(DRIVER), options=options)


@pytest.fixture
def phones():  # type: ignore[no-untyped-def]
    """Two phones: two browsers, so two identities (localStorage is per browser profile)."""
    drivers = [chromium(), chromium()]
    yield drivers
    for driver in drivers:
        driver.quit()


def stored_questions(db_path, activity_id: int, count: int) -> dict:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 5
    rows: dict = {}
    while time.monotonic() < deadline and len(rows) < count:
        reader = open_store(db_path)
        rows = reader.results.all(activity_id, "q:")
        reader.close()
    return rows


@pytest.mark.slow
def test_ask_upvote_beamer_and_report(
    qa_room, phones, store, meeting, db_path, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from app.activities import reporting
    from app.activities.context import ActivityContext
    from app.activities.questions.runtime import QuestionsRuntime
    from app.core import questions as qa
    from printables.styles import ReportOptions

    url, activity = qa_room
    first, second = phones
    first.get(url)
    wait = WebDriverWait(first, 10)
    field = wait.until(lambda d: d.find_elements(By.ID, "qa-text"))[0]
    label = first.find_element(By.CSS_SELECTOR, "label[for='qa-text']")
    assert label.text == "Je vraag"  # the one text field of the form has a label
    form = first.find_element(By.ID, "qa-form")
    assert len(form.find_elements(By.TAG_NAME, "input")) == 1
    assert len(form.find_elements(By.CSS_SELECTOR, "button[type='submit']")) == 1
    first.find_element(By.ID, "qa-name").send_keys("Anna")
    field.send_keys(HOSTILE, Keys.ENTER)  # Enter sends the form
    wait.until(lambda d: "Bedankt" in d.find_element(By.ID, "status").text)
    field = first.find_element(By.ID, "qa-text")
    field.send_keys(LONG, Keys.ENTER)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#qa-list li")) == 2)
    assert first.find_elements(By.TAG_NAME, "b") == []  # text stays text (an alert would raise)
    assert HOSTILE in first.find_element(By.ID, "qa-list").text
    rows = stored_questions(db_path, activity.id, 2)
    texts = sorted(value["text"] for value in rows.values())
    assert texts == sorted([HOSTILE, LONG[: qa.MAX_TEXT]])
    assert {value["name"] for value in rows.values()} == {"Anna"}
    hostile_id = next(key[2:] for key, value in rows.items() if value["text"] == HOSTILE)
    # own questions carry no upvote button on the asking phone
    assert first.find_elements(By.CSS_SELECTOR, "button.upvote") == []

    second.get(url)
    wait2 = WebDriverWait(second, 10)
    item = wait2.until(lambda d: d.find_elements(By.CSS_SELECTOR, f"li[data-id='{hostile_id}']"))[0]
    assert HOSTILE in item.text  # markup shown as text
    button = item.find_element(By.CSS_SELECTOR, "button.upvote")
    assert button.get_attribute("aria-label") == "Steun deze vraag: " + HOSTILE
    button.click()
    wait2.until(lambda d: "geteld" in d.find_element(By.ID, "status").text)
    wait2.until(lambda d: "1 stem" in d.find_element(
        By.CSS_SELECTOR, f"li[data-id='{hostile_id}']").text)  # fmt: skip
    assert second.find_element(By.CSS_SELECTOR, f"li[data-id='{hostile_id}'] button.upvote"
                               ).get_attribute("aria-pressed") == "true"  # fmt: skip
    assert second.save_screenshot(str(tmp_path / "questions-phone.png"))

    # typing while the room pushes new states: the text, the focus and the caret stay
    second.find_element(By.ID, "qa-text").send_keys("Hoe het", Keys.LEFT * 3)  # caret: "Hoe |het"
    first.find_element(By.ID, "qa-text").send_keys("Nog een vraag", Keys.ENTER)
    wait2.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#qa-list li")) == 3)
    assert second.switch_to.active_element.get_attribute("id") == "qa-text"
    second.switch_to.active_element.send_keys("zit ", Keys.END, " met de subsidie?", Keys.ENTER)
    wait2.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#qa-list li")) == 4)
    rows = stored_questions(db_path, activity.id, 4)
    assert "Hoe zit het met de subsidie?" in [value["text"] for value in rows.values()]

    # the console: a second window on the same database puts it on the beamer
    context = ActivityContext(store, meeting.id, activity.id, language="en")
    runtime = QuestionsRuntime(context)
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    beamer.resize(1920, 1080)
    beamer.show()
    runtime.put_on_screen(hostile_id)
    assert beamer.shown_text() == HOSTILE and beamer.votes.text() == "Anna · 1 vote"
    runtime.mark_answered(hostile_id)
    runtime.follow_store(False)

    buffer = io.BytesIO()
    reporting.build_report(store, meeting.id, buffer, ReportOptions(language="en"))
    pdf = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(buffer).pages).split())
    assert "1 " + HOSTILE in pdf  # votes column, then the question as text
    assert pdf.index(HOSTILE) < pdf.index("Waarom")  # answered first
    assert "Hoe zit het met de subsidie?" in pdf
    assert "Anna" not in pdf  # nobody named unless the organiser chooses so
