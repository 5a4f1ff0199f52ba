"""Hostile input (issue 9): random Unicode, huge and empty values, broken structures, 10 000 people.

Property tests with hypothesis over the template reader, the session-file importer and every text
field that reaches the meeting report; the participant importer and worksheet definitions have
their own property tests (tests/core/test_participant_import.py, tests/core/test_worksheets.py).
The rule everywhere: a clear error of the right kind, or a correct result; never a crash, never
half an import.
"""

from __future__ import annotations

import copy
import io
import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.activities.breakout.state import BreakoutData
from app.activities.reporting import build_report
from app.core import templates
from app.core.participant_import import people_from, read_csv
from app.storage import open_store
from app.storage.errors import StorageError
from app.storage.session_file import export_session, import_session_file, write_session_file
from printables.styles import ReportOptions

# any text a keyboard, a paste or a broken file can produce (lone surrogates cannot be stored
# as UTF-8 and Qt never hands them over), from empty to very long
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=3000),
    st.sampled_from(
        ["", " ", "\x00", "W" * 500, "👩‍👩‍👧" * 50, "<b>&amp;</b>", "\u202eRTL", "\n" * 60]
    ),
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


MAPPING = ["first_name", "last_name", "organisation", "email"]


# -- templates -------------------------------------------------------------------------------
@settings(max_examples=150)
@given(data=JSON)
def test_a_random_structure_is_a_template_or_a_template_error(data: Any) -> None:
    try:
        template = templates.parse(data)
    except templates.TemplateError as error:
        assert str(error)
    else:
        assert isinstance(template.title, str)


@settings(max_examples=60)
@given(title=TEXT, activity_title=TEXT, minutes=st.integers(-10, 10**6), kind=TEXT)
def test_template_fields_with_hostile_values(
    title: str, activity_title: str, minutes: int, kind: str
) -> None:
    data = {"title": title, "activities": [
        {"kind": "segment", "title": activity_title, "minutes": minutes},
        {"kind": kind, "title": "x", "minutes": 5},
    ]}  # fmt: skip
    try:
        template = templates.parse(data)
    except templates.TemplateError:
        return
    again = templates.loads(templates.dumps(template))  # what is read can be written and re-read
    assert again.title == template.title
    assert [a.title for a in again.activities] == [a.title for a in template.activities]


# -- session files ---------------------------------------------------------------------------
def paths(value: Any, prefix: tuple = ()) -> list[tuple]:  # type: ignore[type-arg]
    """Every place in a JSON document, as key/index paths."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def replaced(document: Any, path: tuple, value: Any) -> Any:  # type: ignore[type-arg]
    if not path:
        return value
    changed = copy.deepcopy(document)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


@pytest.mark.slow
def test_a_damaged_session_file_imports_whole_or_not_at_all(store, meeting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    activity = store.agenda.list(meeting.id)[0]
    store.results.set(activity.id, "note:1", {"text": "Iets 🎭", "by": "Anna"})
    store.actions.add(meeting.id, what="Plan schrijven", who="Bram")
    original = export_session(store, meeting.id)
    places = paths(original)
    file = tmp_path / "kapot.tafelronde"
    outcomes = {"imported": 0, "refused": 0}

    @settings(max_examples=120)
    @given(index=st.integers(0, len(places) - 1), value=JSON)
    def one(index: int, value: Any) -> None:
        document = replaced(original, places[index], value)
        if isinstance(document, dict) and places[index][:1] != ("uid",):
            document["uid"] = uuid.uuid4().hex  # a new session each time, not "imported before"
        file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        before = [m.id for m in store.sessions.list()]
        try:
            outcome = import_session_file(store, file)
        except StorageError as error:
            assert "session file" in str(error) or "newer" in str(error)
            assert [m.id for m in store.sessions.list()] == before  # nothing half-imported
            outcomes["refused"] += 1
        else:
            assert store.sessions.get(outcome.session_id) is not None
            outcomes["imported"] += 1

    one()
    assert outcomes["imported"] and outcomes["refused"]  # both roads were really taken


# -- the report ------------------------------------------------------------------------------
def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    return "".join(page.extract_text() or "" for page in reader.pages)


@pytest.mark.slow
def test_every_text_field_that_reaches_the_report(store) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Rapport")

    @settings(max_examples=20)
    @given(texts=st.lists(TEXT, min_size=9, max_size=9))
    def one(texts: list[str]) -> None:
        # storage refuses NUL (app/storage/text_rules.py, tests/storage/test_text_rules.py)
        texts = [text.replace("\x00", "\u2400") for text in texts]
        # each field starts with a marker of its own, so the PDF read back shows it arrived
        markers = [f"Veld{i}Kq" for i in range(len(texts))]
        texts = [f"{marker} {text}" for marker, text in zip(markers, texts, strict=True)]
        title, venue, organisers, name, organisation, what, activity, question, note = texts
        store.sessions.update(session.id, title=title, venue=venue, organisers=organisers)
        for person in store.participants.list(session.id):
            store.participants.delete(person.id)
        for item in store.actions.list(session.id):
            store.actions.delete(item.id)
        for old in store.agenda.list(session.id):
            store.agenda.remove(old.id)
        store.participants.add(
            session.id, first_name=name, last_name=name[:10], organisation=organisation,
            consent=True, status="present",
        )  # fmt: skip
        people = [p.id for p in store.participants.list(session.id)]
        store.actions.add(session.id, what=what, who=name)
        config = {"group_size": 2, "rounds": [{"minutes": 10, "questions": [question or "?"]}]}
        breakout = store.agenda.add(session.id, "breakout", activity, 10, config)
        data = BreakoutData(store, breakout.id)
        data.save_schedule([[people]], 1)
        data.set_note(1, 1, 1, note)
        data.set_key_point(1, 1, 1, True)
        store.agenda.add(session.id, "segment", activity, 5, {"caption": note})
        buffer = io.BytesIO()
        pages = build_report(store, session.id, buffer, ReportOptions(include_participants=True))
        assert pages >= 1 and buffer.getvalue().startswith(b"%PDF")
        compact = "".join(pdf_text(buffer.getvalue()).split())
        missing = [marker for marker in markers if marker not in compact]
        assert not missing, f"texts that never reached the report: {missing}"

    one()


def ten_thousand_rows() -> bytes:
    rows = ["Voornaam;Achternaam;Organisatie;E-mail"]
    rows += [f"Naam{n};Ö'Brien-{n};Huis {n % 97} “vzw”;p{n}@example.org" for n in range(10_000)]
    return ("\n".join(rows)).encode("utf-8")


@pytest.mark.slow
def test_ten_thousand_participants(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import, store, count, hand over in a session file and report 10 000 people.

    (The report with all 10 000 names listed takes over a minute: tests/perf/ten_thousand.py.)"""
    started = time.perf_counter()
    people = people_from(read_csv(ten_thousand_rows()), MAPPING)
    parsed = time.perf_counter()
    session = store.sessions.create("Heel groot")
    store.participants.add_many(session.id, [
        {"first_name": p.first_name, "last_name": p.last_name, "organisation": p.organisation,
         "email": p.email, "consent": True} for p in people
    ])  # fmt: skip
    stored = time.perf_counter()
    assert len(people) == 10_000
    assert sum(store.participants.counts(session.id).values()) == 10_000
    file = write_session_file(store, session.id, tmp_path / "groot.tafelronde")
    other = open_store(tmp_path / "elders.sqlite")
    try:
        outcome = import_session_file(other, file)
        names = {p.first_name for p in other.participants.list(outcome.session_id)}
        assert len(names) == 10_000 and "Naam9999" in names
    finally:
        other.close()
    handed = time.perf_counter()
    buffer = io.BytesIO()
    pages = build_report(store, session.id, buffer, ReportOptions())
    reported = time.perf_counter()
    assert "10000" in pdf_text(buffer.getvalue()).replace(" ", "") and pages >= 1
    print(
        f"10 000 people: parse {parsed - started:.2f} s, store {stored - parsed:.2f} s, "
        f"session file out and in {handed - stored:.2f} s, report {reported - handed:.2f} s"
    )
