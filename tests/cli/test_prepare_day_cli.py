"""Issue 21: the organiser's day prepared from the command line alone, ending in one materials
PDF that matches what the app's Print materials makes (app/activities/paper.py).

Template "sector_day_alliances", a venue and a start time, two registration lists (37 and 52
people), a meet-and-greet and a two-round breakout added with `agenda add`, groups saved with
`groups --save`, then `materials`. Creating the session and writing the materials run as real
processes (as a script would); the steps between run through app.cli.run in-process (quick).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.activities import paper
from app.activities.breakout.state import BreakoutData, names
from app.storage import open_store
from app.storage.content_language import content_language
from tests.cli.test_agenda_cli import in_process

ROUNDS, SIZE = 2, 6
ORGANISATIONS = ["CC Strombeek", "De Singel", "Vooruit", "Het Depot", "CC Hasselt", "Zuidpool",
                 "30CC", "De Warande", "Cultuurcentrum Mechelen"]  # fmt: skip


def tafelronde(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def registration_list(path: Path, count: int, first: int) -> Path:
    """A registration export as a form tool gives it: semicolons, Dutch headers, one per row."""
    lines = ["Voornaam;Achternaam;Organisatie;E-mail"]
    for n in range(first, first + count):
        organisation = ORGANISATIONS[n % len(ORGANISATIONS)]
        lines.append(f"Deelnemer{n:03d};Achternaam{n:03d};{organisation};p{n}@example.org")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def outline_pages(pdf: PdfReader) -> list[tuple[str, range]]:
    """(item title, its pages) per top-level outline entry, in order."""
    starts = [(entry.title, pdf.get_destination_page_number(entry)) for entry in pdf.outline]
    ends = [start for _, start in starts[1:]] + [len(pdf.pages)]
    return [(title, range(start, end)) for (title, start), end in zip(starts, ends, strict=True)]


def text_of(pdf: PdfReader, pages: range) -> str:
    return "\n".join(pdf.pages[n].extract_text() or "" for n in pages)


def test_the_day_prepared_on_the_command_line(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sectordag.sqlite"
    created = tafelronde("new", "--template", "sector_day_alliances", "--title", "Sector day",
                         "--venue", "De Singel, Antwerp", "--start", "09:30",
                         "--date", "2027-03-18", "--db", str(db))  # fmt: skip
    assert created.returncode == 0, created.stderr
    session = created.stdout.strip()
    on = ("--session", session, "--db", str(db))

    for count, first in ((37, 0), (52, 100)):
        imported = in_process(
            capsys,
            "import",
            *on,
            str(registration_list(tmp_path / f"list{count}.csv", count, first)),
        )
        assert imported.returncode == 0 and f"{count} participants imported" in imported.stdout
    mingle = in_process(capsys, "agenda", *on, "add", "meet_greet", "--title", "Meet and greet")
    tables = in_process(capsys, "agenda", *on, "add", "breakout", "--title", "Table talks",
                        "--rounds", str(ROUNDS))  # fmt: skip
    assert mingle.returncode == tables.returncode == 0, mingle.stderr + tables.stderr
    breakout = int(tables.stdout)
    agenda = in_process(capsys, "agenda", *on, "list").stdout.splitlines()
    assert agenda[-2:] == [f"{mingle.stdout.strip()}\tmeet_greet\tMeet and greet",
                           f"{breakout}\tbreakout\tTable talks"]  # fmt: skip
    assert len(agenda) == 11  # the template's nine, then the two added

    saved = in_process(capsys, "groups", *on, "--rounds", str(ROUNDS), "--size", str(SIZE),
                       "--everyone", "--json", "--save")  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    printed = json.loads(saved.stdout)

    materials = tafelronde("materials", *on, "-o", str(tmp_path / "materials.pdf"))
    assert materials.returncode == 0, materials.stderr
    pdf = PdfReader(tmp_path / "materials.pdf")
    parts = outline_pages(pdf)

    store = open_store(db)
    try:
        meeting = store.sessions.get(int(session))
        assert (meeting.venue, meeting.start_time, meeting.date) == (
            "De Singel, Antwerp",
            "09:30",
            "2027-03-18",
        )
        people = store.participants.list(int(session))
        assert len(people) == 89
        stored = BreakoutData(store, breakout).schedule()
        who = names(store, int(session))
        # the same materials in-process, the way Print materials makes them
        items = paper.items(store, int(session), content_language(store, int(session)))
        ready = [item for item in items if not item.unavailable]
        app_pdf = io.BytesIO()
        paper.write([(item, item.prepare()) for item in ready], app_pdf, True, lambda d, t: None)
    finally:
        store.close()

    assert stored == printed and len(stored) == ROUNDS  # what was printed is what was saved
    for round_groups in stored:
        assert sorted(p for table in round_groups for p in table) == sorted(p.id for p in people)
        assert len(round_groups) == 15 and max(map(len, round_groups)) <= SIZE  # 89 people

    # the items: handout, bingo cards, five blank worksheets, then the breakout's group lists
    # and table cards; free mingling and the statement game need no paper
    kinds = [item.key.split(":")[0] for item in ready]
    assert kinds == ["agenda", "bingo"] + ["worksheet"] * 5 + ["groups"]
    assert ready[-1].key == f"groups:{breakout}" and "Table talks" in ready[-1].title
    titles = [title for title, _ in parts]
    assert titles == [item.title for item in ready]
    assert "Nothing to print" not in materials.stdout and "Skipped" not in materials.stdout

    # the handout runs from the start time, at the venue (not from "0:00")
    handout = text_of(pdf, parts[0][1])
    assert "09:30" in handout and "De Singel, Antwerp" in handout
    # the group lists and table cards name everyone, in every round
    _, group_pages = parts[-1]
    # a wall list per round, then a folded table card per table and round (15 x 2)
    assert len(group_pages) >= ROUNDS + ROUNDS * 15
    group_text = text_of(pdf, group_pages)
    for person in people:  # (first and last name apart: the name's layout is the printable's)
        assert group_text.count(person.first_name) >= ROUNDS, who[person.id]
        assert group_text.count(person.last_name) >= ROUNDS, who[person.id]

    # the same as the app's own Print materials: same items, same page count
    app_made = PdfReader(app_pdf)
    assert [title for title, _ in outline_pages(app_made)] == titles
    assert len(app_made.pages) == len(pdf.pages)
    assert [len(pages) for _, pages in outline_pages(app_made)] == [len(p) for _, p in parts]
