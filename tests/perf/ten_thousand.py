"""10 000 participants through every data-safety path, with timings (run by hand):

    .venv/bin/python tests/perf/ten_thousand.py [--with-names]

Parses a 10 000-row CSV, stores it, exports and re-imports the session file, takes an online
backup and writes the report (with all names listed only with --with-names: over a minute).
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from app.activities.reporting import build_report
from app.core.participant_import import people_from, read_csv
from app.storage import open_store
from app.storage.backups import backup_sqlite
from app.storage.session_file import import_session_file, write_session_file
from printables.styles import ReportOptions


def timed(label: str, started: float) -> float:
    now = time.perf_counter()
    print(f"{label:<34} {now - started:7.2f} s")
    return now


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="tafelronde-10k-"))
    rows = ["Voornaam;Achternaam;Organisatie;E-mail"]
    rows += [f"Naam{n};Ö'Brien-{n};Huis {n % 97};p{n}@example.org" for n in range(10_000)]
    t = time.perf_counter()
    people = people_from(read_csv("\n".join(rows).encode()), ["first_name", "last_name",
                                                              "organisation", "email"])  # fmt: skip
    t = timed("parse 10 000-row CSV", t)
    store = open_store(folder / "groot.sqlite")
    session = store.sessions.create("Heel groot")
    store.participants.add_many(session.id, [
        {"first_name": p.first_name, "last_name": p.last_name, "organisation": p.organisation,
         "email": p.email, "consent": True} for p in people])  # fmt: skip
    t = timed("store (one transaction)", t)
    file = write_session_file(store, session.id, folder / "groot.tafelronde")
    t = timed(f"export session file ({file.stat().st_size // 1024} kB)", t)
    other = open_store(folder / "elders.sqlite")
    import_session_file(other, file)
    other.close()
    t = timed("import session file", t)
    backup = backup_sqlite(folder / "groot.sqlite", "timer")
    t = timed(f"online backup ({backup.stat().st_size // 1024} kB)", t)
    pages = build_report(store, session.id, io.BytesIO(), ReportOptions())
    t = timed(f"report, counts only ({pages} p.)", t)
    if "--with-names" in sys.argv:
        options = ReportOptions(include_participants=True)
        pages = build_report(store, session.id, io.BytesIO(), options)
        timed(f"report, all names ({pages} p.)", t)
    store.close()


if __name__ == "__main__":
    main()
