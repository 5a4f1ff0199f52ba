"""Retention: an anonymised series leaves no name or e-mail of its people in the database (read
back with a dump: sqlite3's iterdump and the file's bytes on SQLite, a SELECT over every text
column on PostgreSQL), while counts, organisations and texts stay and the report still renders."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
from pypdf import PdfReader
from sqlalchemy.engine import make_url

from app.core import templates
from app.storage import open_store
from app.storage.postgres import libpq_params
from tests.helpers.report_session import fill_session

NOW = datetime(2028, 1, 2, 9, 0, tzinfo=UTC)


def _series(store) -> tuple[int, list[int], list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Two meetings of a series, the same nine people in both (filled as the report tests fill a
    session), plus names and addresses typed into notes and actions; returns what must go."""
    template = templates.builtin("learning_network_reflection", "en")
    series_id = store.series.create("Lerend netwerk", anonymise_after=date(2027, 12, 31))
    sessions, secrets, texts = [], [], []
    for _ in range(2):
        expected = fill_session(store, template)
        texts.append(expected.texts)
        store.series.add_session(series_id, expected.session_id)
        sessions.append(expected.session_id)
        secrets += expected.named + expected.hidden + expected.emails
    people = store.participants.list(sessions[0])
    store.participants.update(people[1].id, name_particle="van der", first_name="Zoë")
    secrets += [p.first_name for p in people] + ["Zoë"]
    first = store.agenda.list(sessions[0])[0]
    store.results.set(first.id, "notes", f"Zoe en {people[2].first_name} {people[2].last_name} "
                      f"({people[2].email}) trekken het plan")  # fmt: skip
    store.actions.add(sessions[1], what=f"{people[4].last_name} belt de gemeente",
                      who=f"{people[4].first_name} {people[4].last_name}")  # fmt: skip
    return series_id, sessions, sorted(set(secrets)), texts[0]


def _pg_texts(url: str) -> str:
    """Every text and character column of every table, as one string."""
    with psycopg.connect(**libpq_params(make_url(url))) as connection:  # type: ignore[arg-type]
        columns = connection.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"
        ).fetchall()
        found = []
        for table, column in columns:
            rows = connection.execute(f'SELECT "{column}" FROM "{table}"').fetchall()
            found += [row[0] for row in rows if row[0]]
    return "\n".join(found)


def _dump(url: str) -> str:
    if "://" in url:
        return _pg_texts(url)
    with sqlite3.connect(url) as connection:
        dump = "\n".join(connection.iterdump())
    connection.close()
    raw = b"".join(p.read_bytes() for p in Path(url).parent.glob(Path(url).name + "*"))
    return dump + raw.decode("utf-8", "replace")


def test_anonymising_leaves_no_name_or_email(any_url: str, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(any_url)
    try:
        series_id, sessions, secrets, texts = _series(store)
        attendance = [store.participants.counts(s) for s in sessions]
        organisations = [sorted(p.organisation for p in store.participants.list(s))
                         for s in sessions]  # fmt: skip
        links = [store.series.people(s) for s in sessions]
        assert secrets and all(secret.casefold() in _dump(any_url).casefold()
                               for secret in secrets)  # fmt: skip
        assert store.series.due_for_anonymising(date(2027, 12, 31)) == []
        assert [s.id for s in store.series.due_for_anonymising(NOW.date())] == [series_id]

        store.series.anonymise(series_id, NOW)

        assert store.series.due_for_anonymising(NOW.date()) == []
        assert store.series.get(series_id).anonymised_at is not None
        assert [store.participants.counts(s) for s in sessions] == attendance
        assert [sorted(p.organisation for p in store.participants.list(s))
                for s in sessions] == organisations  # fmt: skip
        assert [store.series.people(s) for s in sessions] == links
        people = store.participants.list(sessions[1])
        assert all(p.first_name.startswith("#") and not p.email and not p.consent
                   for p in people)  # fmt: skip
        # the same person keeps the same number in every meeting
        first = {p.person_id: p.first_name for p in store.participants.list(sessions[0])}
        assert all(first[p.person_id] == p.first_name for p in people)
        assert "trekken het plan" in store.results.get(store.agenda.list(sessions[0])[0].id,
                                                       "notes")  # fmt: skip
        assert [a.what for a in store.actions.list(sessions[1])][-1] == "… belt de gemeente"
    finally:
        store.close()
    dump = _dump(any_url).casefold()
    assert [secret for secret in secrets if secret.casefold() in dump] == []

    from app.cli import run

    out = tmp_path / "report.pdf"
    code = run(["--lang", "en", "report", "--session", str(sessions[0]), "--db", any_url,
                "-o", str(out), "--include-participants"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    shown = [t for t in texts if t in text]
    assert len(shown) >= 3, texts  # notes, arguments and actions are still in the report
    assert not [secret for secret in secrets if secret in text]


def test_the_file_command_sees_no_names_either(tmp_path: Path) -> None:
    """The SQLite file itself (not only a dump) no longer holds the text: `strings` on it."""
    path = tmp_path / "day.sqlite"
    store = open_store(path)
    try:
        series_id, _sessions, secrets, _texts = _series(store)
        store.series.anonymise(series_id, NOW)
    finally:
        store.close()
    strings = subprocess.run(["strings", "-n", "4", str(path)], capture_output=True, text=True,
                             check=True).stdout.casefold()  # fmt: skip
    assert [secret for secret in secrets if len(secret) >= 4 and secret.casefold() in strings] == []
