"""The word cloud in a real headless Chromium against `tafelronde room` in its own process: a
phone joins, sends words with Enter, they are stored once, the beamer's cloud and the report PDF
show them; markup stays text and the limits hold."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.storage import open_store
from tests.room.test_phone_page_browser import CHROMIUM, DRIVER

SCRIPT = "<img src=x onerror=alert(1)>"
LONGEST = "Samenwerkingsverbanden-tussen-cultuurhuis"[:40]


@pytest.fixture
def cloud_room(store: Any, meeting: Any, db_path: Path) -> Any:
    activity = store.agenda.add(meeting.id, "wordcloud", "Eén woord voor vandaag", 5,
                                {"prompt": "Wat neem je mee?", "max_answers": 3})  # fmt: skip
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


@pytest.fixture
def browser() -> Any:
    """Headless Chromium as a Dutch phone (as in test_phone_page_browser.py)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-sync",
                 "--disable-component-update", "--window-size=390,844", "--lang=nl"):  # fmt: skip
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def stored(db_path: Path, activity_id: int) -> dict[str, Any]:
    reader = open_store(db_path)
    try:
        return reader.results.all(activity_id, "phone:")
    finally:
        reader.close()


@pytest.mark.slow
def test_a_phone_sends_words_to_the_cloud_beamer_and_report(
    cloud_room: Any,
    browser: Any,
    db_path: Path,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    url, activity = cloud_room
    browser.get(url)
    wait = WebDriverWait(browser, 10)
    field = wait.until(lambda d: d.find_elements(By.ID, "word"))[0]
    assert browser.find_element(By.ID, "prompt").text == "Wat neem je mee?"
    label = browser.find_element(By.CSS_SELECTOR, "label[for=word]")
    assert label.text == "Jouw woord"  # the field has a label (Dutch phone, Dutch page)
    assert field.get_attribute("maxlength") == "40"
    assert len(browser.find_elements(By.CSS_SELECTOR, "form#word-form button")) == 1

    def send(text: str) -> None:
        box = wait.until(lambda d: d.find_elements(By.ID, "word"))[0]
        box.send_keys(text + Keys.ENTER)  # Enter submits the plain form

    send("Samenwerking")
    wait.until(lambda d: "in de wolk" in d.find_element(By.ID, "status").text)
    wait.until(lambda d: [li.text for li in d.find_elements(By.CSS_SELECTOR, "#my-words li")]
               == ["Samenwerking"])  # fmt: skip
    send("samenwerking!")
    wait.until(lambda d: "al verstuurd" in d.find_element(By.ID, "status").text)
    send(SCRIPT)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#my-words li")) == 2)
    send(LONGEST + "overflow")  # the field keeps the first 40 characters
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#my-words li")) == 3)
    mine = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#my-words li")]
    assert mine == ["Samenwerking", SCRIPT, LONGEST]
    assert browser.find_elements(By.TAG_NAME, "img") == []  # markup stays text on the page
    assert browser.find_elements(By.ID, "word") == []  # all three sent: no field any more
    assert "al je woorden" in browser.find_element(By.ID, "main").text
    assert browser.save_screenshot(str(tmp_path / "room-phone-wordcloud.png"))

    rows = WebDriverWait(browser, 5).until(lambda _: len(stored(db_path, activity.id)) == 3
                                           and stored(db_path, activity.id))  # fmt: skip
    assert sorted(v["text"] for v in rows.values()) == sorted(["Samenwerking", SCRIPT, LONGEST])

    # the console's beamer (on its own connection to the database) shows the three words
    from app.activities.context import ActivityContext
    from app.activities.wordcloud.beamer import WordcloudBeamer
    from app.activities.wordcloud.runtime import WordcloudRuntime
    from app.core.clock import FakeClock

    console = open_store(db_path)
    try:
        runtime = WordcloudRuntime(ActivityContext(console, activity.session_id, activity.id,
                                                   FakeClock()))  # fmt: skip
        beamer = WordcloudBeamer(runtime)
        qtbot.addWidget(beamer)
        beamer.resize(1920, 1080)
        beamer.show()
        assert beamer.placed_texts() == ["Samenwerking", SCRIPT, LONGEST]

        from app.activities import reporting
        from printables.styles import ReportOptions

        target = tmp_path / "report.pdf"
        reporting.build_report(console, activity.session_id, target, ReportOptions())
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        for word in ("Samenwerking", SCRIPT, LONGEST, "Wat neem je mee?"):
            assert word in text
        beamer.close()
        runtime.follow_store(False)
    finally:
        console.close()


@pytest.mark.slow
def test_a_phone_typing_keeps_its_text_while_the_room_updates(
    cloud_room: Any, browser: Any
) -> None:
    """Another phone's word makes the room push a new state and the page is built again: the
    half-typed word on this phone stays in its field, with the focus."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    url, _activity = cloud_room
    wait = WebDriverWait(browser, 10)
    browser.get(url)
    typing = browser.current_window_handle
    wait.until(lambda d: d.find_elements(By.ID, "word"))[0].send_keys("Verbin")
    browser.switch_to.new_window("tab")  # a second phone in the room (same browser profile)
    browser.get(url)
    wait.until(lambda d: d.find_elements(By.ID, "word"))[0].send_keys("Samenwerking" + Keys.ENTER)
    wait.until(lambda d: "in de wolk" in d.find_element(By.ID, "status").text)
    browser.switch_to.window(typing)
    # the pushed state reached the typing phone (its list was rebuilt with the new word) ...
    wait.until(lambda d: [li.text for li in d.find_elements(By.CSS_SELECTOR, "#my-words li")]
               == ["Samenwerking"])  # fmt: skip
    field = browser.find_element(By.ID, "word")
    assert field.get_attribute("value") == "Verbin"  # ... and its half-typed word is still there
    assert browser.switch_to.active_element == field
