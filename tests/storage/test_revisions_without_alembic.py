"""Opening an up-to-date database reads the revision ids from the migration files, without
Alembic (a third of a command's start); they must be exactly what Alembic itself says."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.storage import migrate
from app.storage.errors import NewerDatabaseError


def test_the_files_give_alembics_head_and_revisions() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


def test_unreadable_scripts_fall_back_to_alembic(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    versions = tmp_path / "versions"
    versions.mkdir()
    for script in (migrate.MIGRATIONS / "versions").glob("*.py"):
        (versions / script.name).write_text(script.read_text())
    (versions / "0004_odd.py").write_text('"""odd"""\nrevision = make_id()\n')  # not plain
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    called = []
    monkeypatch.setattr(migrate, "_alembic_revisions", lambda: called.append(1) or ("x", {"x"}))
    migrate._revisions.cache_clear()
    try:
        assert migrate.head_revision() == "x" and called
    finally:
        migrate._revisions.cache_clear()


def test_current_revision_and_a_newer_file_as_before(db_path: Path) -> None:
    from app.storage import open_store

    store = open_store(db_path)
    try:
        assert migrate.current_revision(store.db) == migrate.head_revision()
    finally:
        store.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    with pytest.raises(NewerDatabaseError):
        open_store(db_path)
