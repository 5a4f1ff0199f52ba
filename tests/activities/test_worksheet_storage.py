"""Fill, save, reload: every worksheet (together covering every field type) on a real database."""

from __future__ import annotations

import pytest

from app.activities.context import ActivityContext
from app.activities.worksheet import state as sheets
from app.activities.worksheet.report import section
from app.activities.worksheet.runtime import WorksheetRuntime
from app.core import worksheets
from app.core.worksheet_samples import sample_value
from app.storage import open_store
from printables.styles import ReportOptions

KEYS = worksheets.builtin_keys()


def _activity(store, key: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Werkdag")
    activity = store.agenda.add(session.id, "worksheet", key, 30, {"worksheet": key})
    return int(session.id), int(activity.id)


@pytest.mark.parametrize("key", KEYS)
def test_fill_save_reload_round_trip(qapp, store_url: str, key: str) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_url)
    session_id, activity_id = _activity(store, key)
    runtime = WorksheetRuntime(ActivityContext(store, session_id, activity_id))
    assert runtime.definition is not None
    filled = {spec.key: sample_value(spec, "R") for spec in runtime.definition.fields}
    for field, value in filled.items():
        runtime.edit(field, value)
    runtime.stop()  # flushes the autosave
    store.close()

    reopened = open_store(store_url)
    try:
        rows = reopened.results.all(activity_id, "ws:")
        assert set(rows) == {f"ws:main:{k}" for k in filled}  # one keyed row per field
        again = WorksheetRuntime(ActivityContext(reopened, session_id, activity_id))
        assert again.instance_values() == filled
        again.stop()
        report = section(reopened, reopened.agenda.get(activity_id), ReportOptions())
        text = " ".join(_paragraph_texts(report))
        # report content: every filled field under its label; the sheet's own title is left
        # out (the report's section heading is the activity's title)
        assert runtime.definition.text("title", "nl") not in text
        for spec in runtime.definition.fields:
            assert spec.text("label", "nl") in text, spec.key
    finally:
        reopened.close()


def test_instances_keep_their_own_rows_and_removal_deletes_them(qapp, store) -> None:  # type: ignore[no-untyped-def]
    session_id, activity_id = _activity(store, "regional_challenges")
    runtime = WorksheetRuntime(ActivityContext(store, session_id, activity_id))
    runtime.edit("challenges", [["te weinig jongeren", "samen werven"]])
    second = runtime.add_instance("Groep 2")
    assert runtime.current == second and runtime.value("challenges")[0][0] == ""
    runtime.edit("challenges", [["geen budget", "delen"]])
    runtime.flush()
    assert [i.name for i in sheets.instances(store, activity_id)] == ["", "Groep 2"]
    assert store.results.get(activity_id, "ws:main:challenges")[0][0] == "te weinig jongeren"
    assert store.results.get(activity_id, f"ws:{second}:challenges")[0][0] == "geen budget"
    runtime.rename_instance(second, "Tafel 2")
    assert runtime.instance_name(second) == "Tafel 2"
    runtime.remove_instance(second)
    assert store.results.all(activity_id, f"ws:{second}:") == {}
    assert [i.id for i in runtime.instances] == ["main"]
    runtime.remove_instance("main")  # the last copy stays
    assert [i.id for i in runtime.instances] == ["main"]


def test_two_laptops_editing_different_fields_keep_both(qapp, qtbot, store_url: str) -> None:  # type: ignore[no-untyped-def]
    first_store, second_store = open_store(store_url), open_store(store_url)
    try:
        session_id, activity_id = _activity(first_store, "political_agenda")
        one = WorksheetRuntime(ActivityContext(first_store, session_id, activity_id))
        two = WorksheetRuntime(ActivityContext(second_store, session_id, activity_id))
        one.edit("contact", "schepen van cultuur")
        two.edit("municipality", "Grimbergen")
        one.flush()
        two.flush()
        two.reload()
        one.reload()
        for runtime in (one, two):
            assert runtime.value("contact") == "schepen van cultuur"
            assert runtime.value("municipality") == "Grimbergen"
    finally:
        first_store.close()
        second_store.close()


def test_damaged_rows_and_missing_definition_do_not_crash(qapp, store) -> None:  # type: ignore[no-untyped-def]
    session_id, activity_id = _activity(store, "training_needs")
    store.results.set(activity_id, "ws:main:topics", {"counts": "many", "extra": [7]})
    runtime = WorksheetRuntime(ActivityContext(store, session_id, activity_id))
    assert runtime.value("topics")["counts"] == [0] * 7
    store.agenda.update(activity_id, config={"worksheet": "does_not_exist"})
    lost = WorksheetRuntime(ActivityContext(store, session_id, activity_id))
    assert lost.definition is None
    lost.edit("topics", {})  # ignored, no crash
    report = section(store, store.agenda.get(activity_id), ReportOptions())
    assert "does_not_exist" in report[0].getPlainText()


def test_a_reload_due_after_the_database_closed_opens_no_connection(
    qapp, qtbot, store_url: str
) -> None:  # type: ignore[no-untyped-def]
    # the window closes the database while a relayed save's reload is still queued: reading
    # then opened a fresh pooled connection that nobody closed (a ResourceWarning on PostgreSQL)
    store = open_store(store_url)
    session_id, activity_id = _activity(store, "political_agenda")
    runtime = WorksheetRuntime(ActivityContext(store, session_id, activity_id))
    runtime.edit("contact", "schepen van cultuur")
    runtime.flush()  # the save queues a reload for when the event loop runs
    store.close()
    qapp.processEvents()
    assert store.closed and store.db.engine.pool.checkedin() == 0
    assert store.db.engine.pool.checkedout() == 0
    store.relay("activity_result", session_id)  # a late relayed save no longer reaches it
    qapp.processEvents()
    assert store.db.engine.pool.checkedin() == 0


def _paragraph_texts(flowables: list) -> list[str]:  # type: ignore[type-arg]
    """The text of every paragraph, also inside KeepTogether groups."""
    texts = []
    for flowable in flowables:
        if hasattr(flowable, "getPlainText"):
            texts.append(flowable.getPlainText())
        texts += _paragraph_texts(getattr(flowable, "_content", None) or [])
    return texts
