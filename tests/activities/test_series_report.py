"""The series report from a real database through `tafelronde report --series`: meetings,
attendance numbers, actions and their fate, statements side by side, reflections; still renders
after the names are removed."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.activities.followup.state import actions_with_status, set_status
from app.activities.statements.state import StatementGame
from app.activities.worksheet import state as sheets
from app.core import followup as fu
from app.core import statements as st
from app.storage import open_store
from tests.helpers.series_network import build_network


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)  # fmt: skip
    return " ".join(result.stdout.split())


def report(capsys, store_url: str, series_id: int, target: Path):  # type: ignore[no-untyped-def]
    from app.cli import run

    code = run(["--lang", "en", "report", "--series", str(series_id), "--db", store_url,
                "-o", str(target)])  # fmt: skip
    out, err = capsys.readouterr()
    return code, out, err


def fill(store, sessions: list[int]) -> None:  # type: ignore[no-untyped-def]
    first, second, third = sessions
    for what, who in (
        ("Set up a requests and offers board", "Core team"),
        ("Survey training needs", "An"),
        ("Visit each other's venues", "Naam2 Achternaam2"),
    ):
        store.actions.add(first, what, who, "2027-05-01")  # fmt: skip
    items = actions_with_status(store, first)
    set_status(store, items[0], fu.DONE)
    set_status(store, items[1], fu.DROPPED)
    store.actions.add(second, "Plan a joint purchase of lights", "Core team")
    for session_id, counts in ((first, (20, 5, 3)), (third, (10, 8, 12))):
        activity = store.agenda.add(session_id, "statements", "Stellingen", 30, {"scale": "three"})
        game = StatementGame(store, activity.id, "en")
        text = ("A full house says little about the value of a performance."
                if session_id == first else "a full  house says little about the value of a "
                "performance")  # fmt: skip
        game.save_statements(
            [st.Statement("s1", text), st.Statement("s2", f"Only in {session_id}")]
        )
        for position, count in zip(("agree", "doubt", "disagree"), counts, strict=True):
            game.set_count("s1", position, count)
        game.set_count("s2", "agree", 3)
    for session_id, answer in ((first, "We now share technicians."), (second, "A joint purchase.")):
        activity = store.agenda.add(session_id, "worksheet", "Waarde", 20,
                                    {"worksheet": "value_cycles"})  # fmt: skip
        instance = sheets.instances(store, activity.id)[0].id
        matrix = [["", "", ""] for _ in range(5)]
        matrix[2][1] = answer
        sheets.write_value(store, activity.id, instance, "cycles", matrix)


def test_series_report_of_three_meetings(store_url, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_url)
    try:
        series_id, sessions = build_network(store)
        store.participants.update(store.participants.list(sessions[1])[0].id, status="registered")
        fill(store, sessions)
    finally:
        store.close()
    target = tmp_path / "network.pdf"
    code, out, err = report(capsys, store_url, series_id, target)
    assert code == 0, err
    assert "Series report written" in out
    text = pdf_text(target)
    for expected in ("Netwerk productieleiders", "Ontmoeting 1", "Ontmoeting 2", "Ontmoeting 3",
                     "14-03-2027", "Set up a requests and offers board", "Survey training needs",
                     "Plan a joint purchase of lights", "done", "dropped", "open",
                     "A full house says little about the value", "We now share technicians.",
                     "A joint purchase.", "Org 0", "Org 4", "Not named"):  # fmt: skip
        assert expected in text, expected
    assert " 39 " in text and " 40 " in text  # who came in meeting 2, and in 1 and 3
    assert "Only in" not in text  # voted in one meeting only
    assert "80%" in text and "47%" in text  # agreement: (20 + 5/2) / 28 and (10 + 8/2) / 30
    assert "Naam5" not in text and "example.org" not in text  # no list of people, no e-mail
    assert "Naam2 Achternaam2" in text  # an action's owner is printed, as in the meeting report

    store = open_store(store_url)
    try:  # retention: names and e-mails removed, consent withdrawn; counts and texts kept
        store.series.anonymise(series_id)
    finally:
        store.close()
    code, out, err = report(capsys, store_url, series_id, target)
    assert code == 0, err
    text = pdf_text(target)
    assert "Org 0" not in text and "Ontmoeting 3" in text and " 40 " in text
    assert "Survey training needs" in text and "Not named" in text
    assert "Achternaam" not in text  # the action's "who", a participant's name, is gone


def test_unknown_series_is_said_plainly(db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    open_store(db_path).close()
    code, _out, err = report(capsys, str(db_path), 99, tmp_path / "x.pdf")
    assert code == 1
    assert "There is no series with id 99." in err
    assert not (tmp_path / "x.pdf").exists()
