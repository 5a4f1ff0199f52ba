"""`tafelronde report` as an organiser runs it: real database, real PDF, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.core import templates
from app.storage import open_store
from tests.helpers.report_session import Expected, fill_session


def _session(db_path: Path) -> Expected:
    store = open_store(db_path)
    try:
        return fill_session(store, templates.builtin("learning_network_reflection", "en"))
    finally:
        store.close()


def in_process(capsys, *args: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """The same command in this process (quick); output captured like a subprocess's."""
    from app.cli import run

    code = run(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def tafelronde(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


def test_report_with_participants_and_emails(db_path: Path, tmp_path: Path) -> None:
    expected = _session(db_path)
    out = tmp_path / "report.pdf"
    result = tafelronde("report", "--session", str(expected.session_id), "--db", str(db_path),
                        "-o", str(out), "--include-participants", "--include-emails")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Report written" in result.stdout and str(out) in result.stdout
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for name in expected.named:
        assert name in text
    assert any(email in text for email in expected.emails)
    assert not list(tmp_path.glob("*.part"))


def test_report_refuses_bad_input_with_a_message(capsys, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _session(db_path)
    out = tmp_path / "report.pdf"
    db = str(db_path)
    missing = in_process(capsys, "report", "--session", "999", "--db", db, "-o", str(out))
    assert missing.returncode == 1 and "There is no session with id 999" in missing.stderr
    emails = in_process(capsys, "report", "--session", "1", "--db", db, "-o", str(out),
                        "--include-emails")  # fmt: skip
    assert emails.returncode == 1 and "--include-participants" in emails.stderr
    blocked = in_process(capsys, "report", "--session", "1", "--db", db,
                         "-o", str(tmp_path / "no-such-dir" / "r.pdf"))  # fmt: skip
    assert blocked.returncode == 1 and "Cannot write" in blocked.stderr
    assert "Traceback" not in missing.stderr + emails.stderr + blocked.stderr
    assert not out.exists()


def test_materials_combined_and_separate(capsys, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = _session(db_path)
    session = str(expected.session_id)
    out = tmp_path / "materials.pdf"
    result = in_process(capsys, "materials", "--session", session, "--db", str(db_path),
                        "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Skipped Group lists and table cards" in result.stdout  # no groups made yet
    assert f"Written: {out}" in result.stdout
    outline = [entry.title for entry in PdfReader(out).outline]
    assert outline[0] == "Agenda handout" and any("worksheet" in t for t in outline)
    folder = tmp_path / "separate"
    result = in_process(capsys, "materials", "--session", session, "--db", str(db_path),
                        "-o", str(folder), "--separate")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(list(folder.glob("*.pdf"))) == len(outline) == result.stdout.count("Written:")
    missing = in_process(capsys, "materials", "--session", "999", "--db", str(db_path),
                         "-o", str(out))  # fmt: skip
    assert missing.returncode == 1 and "There is no session with id 999" in missing.stderr


def test_keep_empty_prints_activities_without_results(
    db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    store = open_store(db_path)
    try:
        meeting = store.sessions.create("Leeg", templates.builtin("sector_day_alliances", "en"))
    finally:
        store.close()
    texts = []
    for extra in ([], ["--keep-empty"]):
        out = tmp_path / f"report{len(extra)}.pdf"
        result = in_process(capsys, "report", "--session", str(meeting.id), "--db", str(db_path),
                            "-o", str(out), *extra)  # fmt: skip
        assert result.returncode == 0, result.stderr
        texts.append("".join(page.extract_text() for page in PdfReader(out).pages))
    assert "No results recorded." not in texts[0] and "T1 Shared vocabulary" in texts[0]
    assert "No results recorded." in texts[1] and "Nothing was filled in." in texts[1]
