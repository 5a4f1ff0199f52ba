"""The throw-away kind's view in a real headless Chromium: the frame runs a view script that
came from the kind's own package (registered at run time), its form sends, its texts show; a
second plug-in whose view script does not parse costs only itself."""

from __future__ import annotations

import pytest

from app.activities import registry
from app.activities.phone import Field, PhonePart
from app.room.service import RoomService
from tests.plugin_kind.kind import KEY, KIND, SHOUT
from tests.room.conftest import in_thread
from tests.room.test_phone_page_browser import browser  # noqa: F401  (the fixture)

pytestmark = pytest.mark.gui


class BrokenPhone(PhonePart):
    """A second plug-in whose view script does not even parse."""

    messages = {"broken_poke": {"n": Field(int)}}
    script = "tests.plugin_kind:broken.js"

    def view(self, config: dict) -> str:  # type: ignore[type-arg]
        return "broken"


BROKEN = registry.ActivityKind("broken_x", "Broken", 5, phone=f"{__name__}:BrokenPhone")


@pytest.mark.slow
def test_a_phone_shouts_through_the_plug_in_view(qtbot, store, meeting, browser) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with registry.register(KIND), registry.register(BROKEN):  # its script comes after ours
        room = RoomService(store, meeting.id)
        room.open("127.0.0.1", 0)
        try:
            wall = store.agenda.add(meeting.id, KEY, "Roepmuur", 5)
            room.set_activity(wall.id)

            def shout() -> tuple[str, str, list[str]]:
                browser.get(room.server.join_url())
                wait = WebDriverWait(browser, 10)
                field = wait.until(lambda d: d.find_elements(By.ID, "shout"))[0]
                label = browser.find_element(By.XPATH, "//label[@for='shout']").text
                field.send_keys("Meer <i>koffie</i>\n")  # Enter sends the form
                wait.until(lambda d: d.find_element(By.ID, "status").text == "Gehoord!")
                wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#shouts li"))
                items = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#shouts li")]
                return label, browser.find_element(By.ID, "title").text, items

            label, title, items = in_thread(qtbot, shout)
        finally:
            room.close()
    assert label == "Je kreet"  # the view's own Dutch text, merged into the frame's
    assert title == meeting.title
    assert items == ["Meer <i>koffie</i>"]  # text stays text
    assert list(store.results.all(wall.id, SHOUT).values()) == ["Meer <i>koffie</i>"]
    assert registry.view_scripts()[-1:] != ["tests.plugin_kind:broken.js"]  # unregistered
