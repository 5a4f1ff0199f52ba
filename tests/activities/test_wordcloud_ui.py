"""The word cloud's console, beamer and setup page driven with qtbot on a real SQLite store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.activities import registry
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control
from app.activities.wordcloud.beamer import WordcloudBeamer
from app.activities.wordcloud.control import WordcloudControl
from app.activities.wordcloud.runtime import WordcloudRuntime
from app.activities.wordcloud.setup import WordcloudSetup
from app.activities.wordcloud.state import WordCloud
from app.core.clock import FakeClock

HOSTILE = '<img src="/etc/passwd"><b>vet</b>'


Made = tuple[WordcloudRuntime, Any, Any, ActivityContext]


def make(store: Any, qtbot: Any, **config: Any) -> Made:
    session = store.sessions.create("Netwerkdag")
    kind = registry.kind("wordcloud")
    activity = store.agenda.add(session.id, "wordcloud", "Eén woord",
                                config={**kind.default_config, **config})  # fmt: skip
    context = ActivityContext(store, session.id, activity.id, FakeClock(), "nl")
    runtime = registry.load(kind.runtime)(context)
    panel, beamer = make_control(runtime), make_beamer(runtime)
    assert isinstance(panel, WordcloudControl) and isinstance(beamer, WordcloudBeamer)
    for widget in (panel, beamer):
        qtbot.addWidget(widget)
    panel.show()
    beamer.resize(1920, 1080)
    beamer.show()
    runtime.start()
    return runtime, panel, beamer, context


def rows(panel: WordcloudControl) -> list[tuple[str, str, str]]:
    return [tuple(panel.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(panel.table.rowCount())]  # fmt: skip


def type_answer(qtbot: Any, panel: WordcloudControl, text: str) -> None:
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, text)
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)


def test_note_taker_types_answers_and_the_beamer_grows(store: Any, qtbot: Any) -> None:
    _runtime, panel, beamer, _ = make(store, qtbot, prompt="Eén woord voor vandaag")
    for text in ("Energie", "rust", " energie! ", HOSTILE, "..."):
        type_answer(qtbot, panel, text)
    assert panel.entry.text() == "..."  # refused: stays in the field with a reason
    assert "punctuation" in panel.status.text()
    assert rows(panel) == [
        ("Energie", "2", "yes"),
        (HOSTILE, "1", "yes"),
        ("rust", "1", "yes"),
    ]  # fmt: skip (most first, then by word)
    assert beamer.placed_texts() == ["Energie", "rust", HOSTILE]
    assert beamer.prompt.text() == "Eén woord voor vandaag"
    sizes = {p.text: p.size for p in beamer.cloud.placed}
    assert sizes["Energie"] > sizes["rust"] >= 1080 / 40


def test_moderator_hides_and_merges(store: Any, qtbot: Any) -> None:
    runtime, panel, beamer, _ = make(store, qtbot)
    for text in ("netwerk", "netwerken", "netwerken", "ruis"):
        runtime.add_typed(text)
    assert [r[0] for r in rows(panel)] == ["netwerken", "netwerk", "ruis"]
    panel.table.selectRow(2)
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert rows(panel)[2] == ("ruis", "1", "hidden")
    assert "ruis" not in beamer.placed_texts()
    panel.table.clearSelection()
    panel.table.selectRow(0)
    for row in (0, 1):
        panel.table.item(row, 0).setSelected(True)
    assert panel.merge_button.isEnabled()
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert rows(panel)[0] == ("netwerken  (+ netwerk)", "3", "yes")
    assert beamer.placed_texts() == ["netwerken"]
    panel.table.clearSelection()
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.unmerge_button, Qt.MouseButton.LeftButton)
    panel.table.selectRow(2)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert beamer.placed_texts() == ["netwerk", "netwerken", "ruis"]


def test_phone_answers_saved_elsewhere_appear_live(store: Any, qtbot: Any) -> None:
    _runtime, panel, beamer, context = make(store, qtbot)
    other = WordCloud(store, context.activity_id)  # the room (or a second laptop) writes
    store.results.set_many(context.activity_id, {"phone:abc:0": {"text": "Samen"},
                                                 "phone:def:0": {"text": "samen"}})  # fmt: skip
    other.add_typed("koffie")
    qtbot.waitUntil(lambda: beamer.placed_texts() == ["Samen", "koffie"], timeout=2000)
    assert rows(panel)[0] == ("Samen", "2", "yes")


def test_empty_cloud_says_what_comes(store: Any, qtbot: Any) -> None:
    runtime, _panel, beamer, _ = make(store, qtbot)
    assert beamer.placed_texts() == [] and not beamer.prompt.isVisible()
    image = beamer.grab().toImage()
    assert image.width() == 1920 and image.pixelColor(5, 5).name() == "#000000"
    runtime.cloud.update_config(prompt="Eén woord?")  # set on the setup page meanwhile
    qtbot.waitUntil(lambda: beamer.prompt.isVisible() and beamer.prompt.text() == "Eén woord?")
    assert beamer.prompt.pixel_size() >= 1080 / 20


def test_setup_saves_prompt_and_max_answers(store: Any, qtbot: Any) -> None:
    _, _, _, context = make(store, qtbot)
    page = WordcloudSetup(context)
    qtbot.addWidget(page)
    page.show()
    assert page.max_answers.value() == 3
    page.prompt.setFocus()
    qtbot.keyClicks(page.prompt, "One word   for today")
    page.autosaver.flush()
    page.max_answers.setValue(5)
    config = WordCloud(store, context.activity_id).config()
    assert config["prompt"] == "One word for today" and config["max_answers"] == 5
    qtbot.keyClicks(page.prompt, "?")
    page.hide()  # leaving the page saves at once
    assert WordCloud(store, context.activity_id).prompt() == "One word for today?"
