"""The phone page in a real headless Chromium, against `tafelronde room` in its own process."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from app.storage import open_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(params=["board"])
def room_process(request, store, meeting, db_path):  # type: ignore[no-untyped-def]
    """`tafelronde room` on 127.0.0.1 showing the requests & offers board or a statement."""
    if request.param == "board":
        board = next(a for a in store.agenda.list(meeting.id) if "requests_offers" in a.config)
    else:
        board = store.agenda.add(meeting.id, "statements", "Stellingen", 30,
                                 {"scale": "three", "use_default_set": True})  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--lang", "en", "room", "--session", str(meeting.id),
         "--db", str(db_path), "--bind", "127.0.0.1", "--activity", str(board.id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), process.stderr.read() if process.stderr else ""
    yield url, board
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=10)  # reads and closes the pipes
    assert process.returncode == 0  # SIGTERM stops it cleanly


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
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


@pytest.mark.slow
def test_a_phone_joins_and_posts_an_offer(room_process, browser, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as seen
    from selenium.webdriver.support.ui import WebDriverWait

    url, board = room_process
    browser.get(url)
    wait = WebDriverWait(browser, 10)
    textarea = wait.until(seen.presence_of_element_located((By.ID, "post")))
    assert browser.find_element(By.ID, "status").text == "Verbonden"  # Dutch phone, Dutch page
    offer = browser.find_element(By.XPATH, "//button[text()='Ik bied']")
    offer.click()
    textarea.send_keys("Een decorwagen, vrij in december <b>gratis</b>")
    browser.find_element(By.XPATH, "//button[text()='Versturen']").click()
    wait.until(lambda d: "Bedankt" in d.find_element(By.ID, "status").text)
    assert browser.save_screenshot(str(tmp_path / "room-phone.png"))  # the page renders
    deadline = time.monotonic() + 5
    posts: dict = {}
    while time.monotonic() < deadline and not posts:
        reader = open_store(db_path)
        posts = reader.results.all(board.id, "post:")
        reader.close()
    assert [(p["kind"], p["text"], p["approved"]) for p in posts.values()] == [
        ("offer", "Een decorwagen, vrij in december <b>gratis</b>", False)]  # fmt: skip
    assert browser.find_elements(By.TAG_NAME, "b") == []  # text stays text on the page


@pytest.mark.slow
def test_a_wrong_link_shows_the_code_form(room_process, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    url, _ = room_process
    browser.get(url.split("?")[0] + "?t=nope")
    assert browser.find_element(By.ID, "invalid").is_displayed()
    assert browser.find_element(By.NAME, "c").is_displayed()


@pytest.mark.slow
@pytest.mark.parametrize("room_process", ["statements"], indirect=True)
def test_a_phone_votes_and_the_vote_is_stored(room_process, browser, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from app.activities.statements.state import PHONE_VOTE

    url, activity = room_process
    browser.get(url)
    wait = WebDriverWait(browser, 10)
    button = wait.until(lambda d: d.find_elements(By.XPATH, "//button[text()='Twijfel']"))[0]
    assert browser.find_element(By.ID, "statement").text  # the statement is shown
    button.click()
    wait.until(lambda d: "genoteerd" in d.find_element(By.ID, "status").text)
    wait.until(lambda d: d.find_element(By.XPATH, "//button[text()='Twijfel']")
               .get_attribute("aria-pressed") == "true")  # fmt: skip
    assert browser.save_screenshot(str(tmp_path / "room-phone-vote.png"))
    reader = open_store(db_path)
    try:
        votes = reader.results.all(activity.id, PHONE_VOTE)
    finally:
        reader.close()
    assert list(votes.values()) == ["doubt"]


@pytest.mark.slow
@pytest.mark.parametrize("room_process", ["statements"], indirect=True)
def test_a_phone_that_reloads_keeps_its_identity_and_vote(room_process, browser, db_path) -> None:  # type: ignore[no-untyped-def]
    """The page keeps the identity the room signed (localStorage) and shows it on reconnect."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from app.activities.statements.state import PHONE_VOTE

    url, activity = room_process
    browser.get(url)
    wait = WebDriverWait(browser, 10)
    wait.until(lambda d: d.find_elements(By.XPATH, "//button[text()='Oneens']"))[0].click()
    wait.until(lambda d: "genoteerd" in d.find_element(By.ID, "status").text)
    token = browser.execute_script("return localStorage.getItem('tafelronde-phone-token')")
    assert token and token.count(".") == 1
    browser.refresh()
    wait.until(lambda d: d.find_elements(By.XPATH, "//button[text()='Oneens']")
               and d.find_element(By.XPATH, "//button[text()='Oneens']")
               .get_attribute("aria-pressed") == "true")  # fmt: skip
    assert browser.execute_script("return localStorage.getItem('tafelronde-phone-token')") == token
    reader = open_store(db_path)
    try:
        votes = reader.results.all(activity.id, PHONE_VOTE)
    finally:
        reader.close()
    assert list(votes) == [f"{PHONE_VOTE}{next(iter(votes)).split(':')[1]}:{token.split('.')[0]}"]
    assert list(votes.values()) == ["disagree"]


@pytest.mark.slow
def test_a_full_room_says_so_and_the_page_gets_in_when_a_place_frees(room_process, browser) -> None:  # type: ignore[no-untyped-def]
    import contextlib
    import json
    import re
    import urllib.request

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from websockets.sync.client import connect

    from app.core.room import RoomLimits

    url, _ = room_process
    with urllib.request.urlopen(url, timeout=10) as response:
        page = response.read().decode()
    ws = re.search(r'data-ws="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    token = url.split("t=")[1]
    with contextlib.ExitStack() as stack:  # this address's share of sockets, one identity
        blockers, key = [], None
        for _ in range(RoomLimits().sockets_per_address):
            blocker = stack.enter_context(connect(f"{ws}/?t={token}", open_timeout=10))
            blocker.send(json.dumps({"type": "hello", "phone": key} if key else {"type": "hello"}))
            first = json.loads(blocker.recv(timeout=10))
            key = key or first["phone"]
            blockers.append(blocker)
        browser.get(url)
        wait = WebDriverWait(browser, 10)
        wait.until(lambda d: "De zaal is vol" in d.find_element(By.ID, "status").text)
        assert browser.find_element(By.ID, "full").is_displayed()
        assert "werkt niet" not in browser.find_element(By.ID, "main").text  # not "wrong link"
        blockers[-1].close()  # a place comes free: the page's next try gets in
        WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.ID, "post"))
        assert browser.find_element(By.ID, "status").text == "Verbonden"
