"""`tafelronde series new|list|add` and `tafelronde new --series`, as an organiser types them."""

from __future__ import annotations

from pathlib import Path

from app.storage import open_store
from tests.cli.test_agenda_cli import in_process


def test_series_new_list_and_new_session_in_it(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(db_path)
    made = in_process(capsys, "series", "new", "--title", "Netwerk productieleiders", "--db", db)
    assert made.returncode == 0, made.stderr
    series_id = int(made.stdout)
    other = int(in_process(capsys, "series", "new", "--title", "Lerend netwerk", "--db", db).stdout)
    first = in_process(capsys, "new", "--title", "Aftrap", "--series", str(series_id), "--db", db)
    second = in_process(capsys, "new", "--title", "Tweede", "--series", str(series_id),
                        "--template", "production_network_kickoff", "--db", db)  # fmt: skip
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    listed = in_process(capsys, "series", "--db", db, "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        f"{other}\tLerend netwerk\t0", f"{series_id}\tNetwerk productieleiders\t2"]  # fmt: skip
    assert in_process(capsys, "series", "list", "--db", db).stdout == listed.stdout
    store = open_store(db_path)
    try:
        assert [m.id for m in store.series.sessions(series_id)] == [
            int(first.stdout), int(second.stdout)]  # fmt: skip
        assert store.agenda.list(int(second.stdout))  # the template's agenda came along
    finally:
        store.close()

    moved = in_process(capsys, "series", "add", "--series", str(series_id), "--session",
                       second.stdout.strip(), "--position", "1", "--db", db)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == "“Tweede” is meeting 1 of “Netwerk productieleiders”."


def test_series_mistakes_get_a_message(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(db_path)
    missing = in_process(capsys, "new", "--title", "X", "--series", "7", "--db", db)
    assert missing.returncode == 1 and "There is no series with id 7." in missing.stderr
    tab = in_process(capsys, "series", "new", "--title", "Een\tTwee", "--db", db)
    assert tab.returncode == 1 and "--title must be one line" in tab.stderr
    bare = in_process(capsys, "series", "--db", db)
    assert bare.returncode == 1 and "new, list, add or anonymise" in bare.stderr
    series_id = in_process(capsys, "series", "new", "--title", "N", "--db", db).stdout.strip()
    no_session = in_process(capsys, "series", "add", "--series", series_id, "--session", "9",
                            "--db", db)  # fmt: skip
    assert no_session.returncode == 1 and "There is no session with id 9." in no_session.stderr
    assert "Traceback" not in missing.stderr + bare.stderr + no_session.stderr
    store = open_store(db_path)
    try:
        assert store.sessions.list() == []  # the refused `new` made no session
    finally:
        store.close()


def test_series_anonymise_waits_for_the_date(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    db = str(db_path)
    series_id = int(in_process(capsys, "series", "new", "--title", "Netwerk", "--db", db).stdout)
    session = in_process(capsys, "new", "--title", "Aftrap", "--series", str(series_id), "--db", db)
    store = open_store(db_path)
    try:
        store.participants.add(int(session.stdout), first_name="Zoë", last_name="Öztürk",
                               email="zoe@example.nl")  # fmt: skip
    finally:
        store.close()
    args = ("series", "anonymise", "--series", str(series_id), "--db", db)
    undated = in_process(capsys, *args)
    assert undated.returncode == 1 and "has no date to anonymise after" in undated.stderr
    store = open_store(db_path)
    try:
        store.series.update(series_id, anonymise_after=date(2999, 1, 31))
    finally:
        store.close()
    early = in_process(capsys, *args)
    assert early.returncode == 1
    assert "is to be anonymised after 31-01-2999, which has not passed" in early.stderr
    done = in_process(capsys, *args, "--before-the-date")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "“Netwerk” anonymised: the names and e-mail addresses of its people are removed."
    )
    again = in_process(capsys, *args)
    assert again.returncode == 0 and "was anonymised before" in again.stdout
    store = open_store(db_path)
    try:
        (person,) = store.participants.list(int(session.stdout))
        assert (person.first_name, person.last_name, person.email) == ("#1", "", "")
    finally:
        store.close()
