"""The one way output files are written: whole or not at all, the previous file untouched."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.core import atomic
from app.core.atomic import OutputError, atomic_write, replacing, to_file, write_bytes


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_appears_whole_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "cards.pdf"
    write_bytes(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600
    assert leftovers(tmp_path) == []


def test_a_failing_writer_leaves_the_previous_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "cards.pdf"
    target.write_bytes(b"previous cards")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write(b"half of the new ")
        raise RuntimeError("the printer code broke halfway")
    assert target.read_bytes() == b"previous cards"
    assert leftovers(tmp_path) == []


def test_a_full_disk_becomes_an_output_error_naming_the_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "export.tafelronde"
    target.write_bytes(b"previous export")

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)  # the last moment a full disk can show itself
    with pytest.raises(OutputError) as caught:
        write_bytes(target, b"Anna Test <anna@example.org>")
    assert caught.value.message == atomic.DISK_FULL
    assert str(target) in str(caught.value) and "anna" not in str(caught.value).lower()
    assert caught.value.errno == errno.ENOSPC and isinstance(caught.value, OSError)
    assert target.read_bytes() == b"previous export"
    assert leftovers(tmp_path) == []


def test_no_permission_is_its_own_message(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """E.g. Windows refusing to replace a PDF that is open in a viewer (tests run as root here,
    so a chmod would not stop them: the refusal is injected)."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"open in a viewer")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        write_bytes(target, b"new report")
    assert caught.value.message == atomic.NO_PERMISSION
    assert target.read_bytes() == b"open in a viewer"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_and_a_folder_as_target_are_named(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as missing:
        write_bytes(tmp_path / "nowhere" / "report.pdf", b"x")
    assert missing.value.message == atomic.NO_FOLDER
    with pytest.raises(OutputError) as folder:
        write_bytes(tmp_path, b"x")
    assert folder.value.message == atomic.IS_FOLDER


def test_replacing_gives_a_path_for_writers_that_want_a_file_name(tmp_path: Path) -> None:
    target = tmp_path / "db.bak"
    target.write_bytes(b"old")
    with replacing(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(".db.bak.")
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing visible until the block ends
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_to_file_writes_streams_directly_and_paths_atomically(tmp_path: Path) -> None:
    import io

    stream = io.BytesIO()
    assert to_file(stream, lambda out: out.write(b"abc")) == 3
    assert stream.getvalue() == b"abc"
    assert to_file(str(tmp_path / "a.pdf"), lambda out: out.write(b"abcd")) == 4
    assert (tmp_path / "a.pdf").read_bytes() == b"abcd"


def test_a_temporary_name_already_taken_is_never_written_through(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "a.pdf"
    trap = tmp_path / "elsewhere.txt"
    trap.write_bytes(b"keep")
    (tmp_path / ".a.pdf.00000000.tmp").symlink_to(trap)
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda _n: "00000000")
    with pytest.raises(OutputError):
        write_bytes(target, b"x")
    assert trap.read_bytes() == b"keep" and not target.exists()


def test_what_a_killed_run_left_is_cleared_by_the_next_write(tmp_path: Path) -> None:
    import time

    target = tmp_path / "cards.pdf"
    killed = tmp_path / ".cards.pdf.0badc0de.tmp"
    killed.write_bytes(b"half")
    running = tmp_path / ".cards.pdf.12345678.tmp"
    running.write_bytes(b"another writer, right now")
    other = tmp_path / ".other.pdf.0badc0de.tmp"
    other.write_bytes(b"not ours")
    old = time.time() - atomic.STALE_S - 60
    for path in (killed, other):
        os.utime(path, (old, old))
    write_bytes(target, b"new")
    assert not killed.exists() and running.exists() and other.exists()


def test_an_existing_file_keeps_its_permissions_and_a_link_is_written_through(
    tmp_path: Path,
) -> None:
    private = tmp_path / "report-with-emails.pdf"
    private.write_bytes(b"old")
    private.chmod(0o600)
    write_bytes(private, b"new")
    assert private.read_bytes() == b"new" and private.stat().st_mode & 0o777 == 0o600
    link = tmp_path / "latest.pdf"
    link.symlink_to(private)
    write_bytes(link, b"newer")
    assert link.is_symlink() and private.read_bytes() == b"newer"
    assert leftovers(tmp_path) == []
