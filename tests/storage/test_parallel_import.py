"""Two imports of the same registration list at the same moment leave one copy of everyone.

The duplicate check and the insert are one locked transaction (app/storage/participants.py,
`lock_session`): the second import waits for the first, then sees its people.
"""

from __future__ import annotations

import argparse
import threading
from collections import Counter
from pathlib import Path

import pytest

from app.cli import importing
from app.storage import open_store

PEOPLE = 1500


def registration_list(path: Path) -> Path:
    rows = ["Voornaam;Achternaam;Organisatie;E-mail"]
    rows += [f"Naam{i};Achter{i};Theater {i % 40};naam{i}@voorbeeld.nl" for i in range(PEOPLE)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def both_at_once(url: str, session_id: int, file: Path, skip: bool) -> list[int]:
    """Run `tafelronde import` twice in parallel threads (each with its own connection)."""
    options = argparse.Namespace(file=file, session=session_id, skip_duplicates=skip, db=url,
                                 column=[])  # fmt: skip
    codes: list[int] = []
    start = threading.Barrier(2)

    def one() -> None:
        start.wait()
        codes.append(importing.run(options))

    threads = [threading.Thread(target=one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return sorted(codes)


@pytest.mark.postgres
@pytest.mark.parametrize("skip", [True, False], ids=["skip-duplicates", "refuse-duplicates"])
def test_two_parallel_imports_leave_one_copy(qapp, pg_url, tmp_path, skip, capsys) -> None:  # type: ignore[no-untyped-def]
    store = open_store(pg_url)
    try:
        meeting = store.sessions.create("Sectordag")
        store.participants.add(meeting.id, first_name="Al", last_name="Aangemeld")
        file = registration_list(tmp_path / "aanmeldingen.csv")
        codes = both_at_once(pg_url, meeting.id, file, skip)
        people = store.participants.list(meeting.id)
        emails = Counter(p.email for p in people)
        assert len(people) == PEOPLE + 1 and max(emails.values()) == 1
        positions = [p.position for p in people]
        assert len(set(positions)) == len(positions)  # no two people share a place in line
        err = capsys.readouterr().err
        if skip:
            assert codes == [0, 0]
        else:  # the second one refuses cleanly and adds nothing
            assert codes == [0, 1] and "already in this session" in err and "Traceback" not in err
    finally:
        store.close()


@pytest.mark.postgres
def test_one_session_file_imported_twice_at_once(pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.storage.session_file import import_session_file, write_session_file

    laptop = open_store(tmp_path / "laptop.sqlite")
    meeting = laptop.sessions.create("Sectordag")
    laptop.participants.add_many(meeting.id, [{"first_name": f"P{i}"} for i in range(2000)])
    file = write_session_file(laptop, meeting.id, tmp_path / "sectordag.tafelronde")
    laptop.close()
    stores = [open_store(pg_url), open_store(pg_url)]
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def one(store) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        outcomes.append(import_session_file(store, file))

    threads = [threading.Thread(target=one, args=(store,)) for store in stores]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert len(outcomes) == 2 and len({o.session_id for o in outcomes}) == 1  # type: ignore[attr-defined]
        assert sorted(o.created for o in outcomes) == [False, True]  # type: ignore[attr-defined]
        assert [m.title for m in stores[0].sessions.list()] == ["Sectordag"]
        assert len(stores[0].participants.list(outcomes[0].session_id)) == 2000  # type: ignore[attr-defined]
    finally:
        for store in stores:
            store.close()
