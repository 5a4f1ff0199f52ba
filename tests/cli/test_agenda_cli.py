"""`tafelronde agenda list/add/kinds` and `tafelronde new --venue/--start/--template KEY|FILE`,
on real database files; in-process (quick) except where the process itself is the point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.activities import registry
from app.storage import open_store
from app.storage.agenda import config_of


def in_process(capsys, *args: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    from app.cli import run

    code = run(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def new_session(capsys, db_path: Path, *extra: str) -> int:  # type: ignore[no-untyped-def]
    result = in_process(capsys, "new", "--title", "Sectordag", "--db", str(db_path), *extra)
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def listed(capsys, db_path: Path, session: int) -> list[list[str]]:  # type: ignore[no-untyped-def]
    result = in_process(capsys, "agenda", "--session", str(session), "--db", str(db_path), "list")
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_kinds_lists_the_registry_keys(capsys) -> None:  # type: ignore[no-untyped-def]
    result = in_process(capsys, "agenda", "kinds")
    assert result.returncode == 0 and result.stdout.split() == registry.keys()
    assert "breakout" in result.stdout and "meet_greet" in result.stdout


def test_add_appends_with_the_kinds_defaults_and_prints_the_id(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = new_session(capsys, db_path, "--template", "production_network_kickoff")
    before = listed(capsys, db_path, session)
    db = ("--session", str(session), "--db", str(db_path))
    added = in_process(capsys, "agenda", *db, "add", "bingo", "--title", "Bingo bij de koffie")
    assert added.returncode == 0, added.stderr
    # the options may follow the action too
    named = in_process(capsys, "agenda", "add", "segment", *db)
    timed = in_process(capsys, "agenda", "add", "worksheet", "--minutes", "45", *db)
    rows = listed(capsys, db_path, session)
    assert rows[: len(before)] == before and len(rows) == len(before) + 3
    assert rows[-3:] == [[added.stdout.strip(), "bingo", "Bingo bij de koffie"],
                         [named.stdout.strip(), "segment", "Talk or break"],
                         [timed.stdout.strip(), "worksheet", "Worksheet"]]  # fmt: skip
    store = open_store(db_path)
    try:
        bingo = store.agenda.get(int(added.stdout))
        assert bingo.planned_minutes == registry.kind("bingo").default_minutes
        assert config_of(bingo) == registry.kind("bingo").default_config
        assert store.agenda.get(int(timed.stdout)).planned_minutes == 45
    finally:
        store.close()


def test_a_breakout_with_rounds_plans_their_minutes(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = new_session(capsys, db_path)
    result = in_process(capsys, "agenda", "--session", str(session), "--db", str(db_path),
                        "add", "breakout", "--title", "Tafels", "--rounds", "3")  # fmt: skip
    assert result.returncode == 0, result.stderr
    store = open_store(db_path)
    try:
        activity = store.agenda.get(int(result.stdout))
        assert [r["minutes"] for r in config_of(activity)["rounds"]] == [30, 30, 30]
        assert activity.planned_minutes == 3 * 30 + 2 * 5  # rounds and two changes of table
        assert registry.kind("breakout").default_config["rounds"] == [
            {"minutes": 30, "questions": []}
        ]  # the registry's default was copied, not changed
    finally:
        store.close()


def test_bad_input_is_a_clear_message_and_adds_nothing(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = new_session(capsys, db_path)
    db = ("--session", str(session), "--db", str(db_path))
    cases = [
        (("add", "wordcloudx"), "Unknown activity kind: wordcloudx. Known: segment, meet_greet"),
        (("add", "segment", "--minutes", "0"), "--minutes must be a whole number of minutes"),
        (("add", "segment", "--minutes", "1441"), "from 1 to 1440, not 1441"),
        (("add", "bingo", "--rounds", "2"), "--rounds is only for a breakout, not for bingo"),
        (("add", "breakout", "--rounds", "0"), "--rounds must be a whole number from 1 to 12"),
        (("add", "segment", "--title", "a\nb"), "may not hold control characters"),
        (("add", "segment", "--title", "a\u2029b"), "may not hold control characters"),
        (("add", "segment", "--title", "evil\u202etxt.exe"), "direction marks"),
        (("add", "segment", "--title", "x" * 201), "longer than 200 characters"),
    ]
    for args, message in cases:
        result = in_process(capsys, "agenda", *db, *args)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert listed(capsys, db_path, session) == []
    missing = in_process(capsys, "agenda", "--db", str(db_path), "list")
    assert missing.returncode == 1 and "Name the session with --session ID." in missing.stderr
    unknown = in_process(capsys, "agenda", "--session", "99", "--db", str(db_path), "list")
    assert unknown.returncode == 1 and "There is no session with id 99." in unknown.stderr


def test_list_keeps_one_line_per_activity_whatever_the_title(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = new_session(capsys, db_path)
    store = open_store(db_path)
    try:  # a title typed in the window (or another tool) may hold a tab or a line break
        odd = store.agenda.add(session, "segment", "Koffie\tpauze\nen\u2028<b>taart</b>", 10)
    finally:
        store.close()
    assert listed(capsys, db_path, session) == [
        [str(odd.id), "segment", "Koffie pauze en <b>taart</b>"]
    ]


def test_new_stores_venue_start_and_date(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = new_session(capsys, db_path, "--venue", "De Singel, Antwerpen",
                          "--start", "9:05", "--date", "2027-03-18")  # fmt: skip
    store = open_store(db_path)
    try:
        meeting = store.sessions.get(session)
        assert (meeting.venue, meeting.start_time, meeting.date) == (
            "De Singel, Antwerpen",
            "09:05",
            "2027-03-18",
        )
    finally:
        store.close()


def test_new_refuses_a_bad_time_or_date_and_creates_nothing(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (("--start", "25:00"), "--start must be a time of day as HH:MM (for example 09:30)"),
        (("--start", "9.30"), "not “9.30”"),
        (("--start", "13:60"), "not “13:60”"),
        (("--date", "18-03-2027"), "--date must be a date as YYYY-MM-DD"),
        (("--date", "2027-02-30"), "not “2027-02-30”"),
        (("--venue", "Zaal\n1"), "--venue must be one line of text"),
        (("--venue", "Zaal\u20281"), "--venue must be one line of text"),
    ]
    for args, message in cases:
        result = in_process(capsys, "new", "--title", "X", "--db", str(db_path), *args)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)
    store = open_store(db_path)
    try:
        assert store.sessions.list() == []
    finally:
        store.close()


def test_new_from_a_template_file_or_one_of_yours(capsys, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exported = tmp_path / "mijn dag.json"
    assert in_process(capsys, "template", "export", "sector_day_alliances",
                      "-o", str(exported)).returncode == 0  # fmt: skip
    data = json.loads(exported.read_text())
    data["key"] = "mijn_dag"
    data["activities"] = data["activities"][:3]
    exported.write_text(json.dumps(data), encoding="utf-8")
    from_file = new_session(capsys, db_path, "--template", str(exported))
    assert [row[1] for row in listed(capsys, db_path, from_file)] == [
        a["kind"] for a in data["activities"]
    ]
    assert in_process(capsys, "template", "import", str(exported)).returncode == 0
    by_key = new_session(capsys, db_path, "--template", "mijn_dag")  # imported: known by key
    assert listed(capsys, db_path, by_key) != [] and len(listed(capsys, db_path, by_key)) == 3


def test_a_bad_template_file_is_refused_with_the_template_checks(
    capsys, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100 + "]" * 100)
    result = in_process(capsys, "new", "--title", "X", "--db", str(db_path),
                        "--template", str(deep))  # fmt: skip
    assert result.returncode == 1 and "deep.json" in result.stderr
    missing = in_process(capsys, "new", "--title", "X", "--db", str(db_path),
                         "--template", str(tmp_path / "gone.json"))  # fmt: skip
    assert missing.returncode == 1 and "gone.json cannot be read." in missing.stderr
    unknown = in_process(capsys, "new", "--title", "X", "--db", str(db_path), "--template", "nope")
    assert unknown.returncode == 1 and "Unknown template: nope. Known:" in unknown.stderr
    assert "sector_day_alliances" in unknown.stderr and "Traceback" not in result.stderr
    store = open_store(db_path)
    try:
        assert store.sessions.list() == []
    finally:
        store.close()


def test_agenda_list_in_a_process_of_its_own_needs_no_alembic_and_no_widgets(
    capsys, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = new_session(capsys, db_path, "--template", "sector_day_alliances")
    probe = (
        "import sys\nfrom app.cli import run\n"
        f"code = run(['agenda', '--session', '{session}', '--db', {str(db_path)!r}, 'list'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako') "
        "or m in ('PySide6.QtGui', 'PySide6.QtWidgets', 'reportlab', 'numpy'))\n"
        "print(code, heavy, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0 and result.stderr.strip() == "0 []", result.stderr
    assert len(result.stdout.splitlines()) == 9


def test_the_messages_are_dutch_by_default(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "new", "--title", "X", "--start", "25:00",
         "--db", str(db_path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == (
        "--start moet een tijdstip zijn als UU:MM (bijvoorbeeld 09:30), niet “25:00”."
    )
