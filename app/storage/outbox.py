"""Losing the network without losing text: a crash-safe local outbox, replayed on reconnect.

While the shared database is unreachable, edits go to a small SQLite file on the laptop's own
disk (WAL, synchronous=FULL: a committed entry survives a crash or power cut). When the
connection returns, `replay()` writes them in order; a field someone else changed meanwhile goes
through the conflict path (app/storage/conflicts.py), so nothing is overwritten or discarded.
Closing the app while offline is safe: the outbox is replayed at the next start.

    writer = OfflineWriter(store, Outbox(default_outbox_path(store.db.url)), by=laptop)
    writer.save_text(activity_id, "group-3/notes", text, base_version)  # True: saved, False: queued
    writer.replay()   # when the change feed reports "online" again (and at start)
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from app.core.merge import merge_texts
from app.storage.conflicts import Resolver, save_text
from app.storage.errors import ConflictError

log = logging.getLogger(__name__)
REPOSITORIES = ("sessions", "participants", "agenda", "actions")


def default_outbox_path(url: object) -> Path:
    """One outbox per database address, in the app's data folder."""
    from app.paths import data_dir

    name = hashlib.sha1(str(url).encode()).hexdigest()[:16]
    folder = data_dir() / "outbox"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.sqlite"


def is_disconnect(exc: BaseException) -> bool:
    """Did this fail because the database is unreachable (rather than because of our data)?"""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError | InterfaceError)


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str  # "text" | "result" | "update"
    payload: dict[str, Any]


class Outbox:
    """Pending edits in a local SQLite file; safe against crashes and concurrent threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS pending (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "kind TEXT NOT NULL, payload TEXT NOT NULL, "
            "created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )

    def put(self, kind: str, payload: dict[str, Any]) -> int:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO pending (kind, payload) VALUES (?, ?)",
                (kind, json.dumps(payload, ensure_ascii=False)),
            )
            return int(cursor.lastrowid or 0)

    def entries(self) -> list[Entry]:
        with self._lock:
            rows = self._db.execute("SELECT id, kind, payload FROM pending ORDER BY id").fetchall()
        return [Entry(row[0], row[1], json.loads(row[2])) for row in rows]

    def replace(self, entry_id: int, payload: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE pending SET payload = ? WHERE id = ?",
                (json.dumps(payload, ensure_ascii=False), entry_id),
            )

    def remove(self, entry_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM pending WHERE id = ?", (entry_id,))

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM pending").fetchone()[0])

    def close(self) -> None:
        """Close the file; closing twice is harmless (the page's close and its destruction)."""
        with self._lock:
            self._db.close()


class OfflineWriter:
    """Writes to the store when it is reachable, to the outbox when it is not; keeps order."""

    def __init__(
        self,
        store,
        outbox: Outbox,
        resolve: Resolver = merge_texts,
        by: str = "",  # type: ignore[no-untyped-def]
    ) -> None:
        self.store = store
        self.outbox = outbox
        self.resolve = resolve
        self.by = by
        self.online = True
        self.merged = 0  # conflicts that went through resolve (for status lines and tests)
        self.last_text_row = None  # the row the last text save wrote (its version: the new base)
        self._lock = threading.RLock()

    def save_text(self, activity_id: int, key: str, text: str, base_version: int) -> bool:
        """A typed text field; True when it reached the database, False when queued."""
        payload = {"activity_id": activity_id, "key": key, "text": text, "base": base_version}
        return self._write("text", payload)

    def set_result(self, activity_id: int, key: str, value: Any) -> bool:
        """A keyed value (vote, mark) where the last write simply counts."""
        return self._write("result", {"activity_id": activity_id, "key": key, "value": value})

    def update(
        self, repository: str, record_id: int, expected_version: int | None, **fields: Any
    ) -> bool:
        """repository.update(record_id, ...) for JSON-able fields (titles, notes, done)."""
        if repository not in REPOSITORIES:
            raise ValueError(f"unknown repository {repository!r}")
        payload = {
            "repo": repository,
            "id": record_id,
            "expected": expected_version,
            "fields": fields,
        }
        return self._write("update", payload)

    def _write(self, kind: str, payload: dict[str, Any]) -> bool:
        with self._lock:
            # known offline (the change feed said so): queue at once instead of waiting for a
            # connect timeout; replay() tries the database again
            if self.online and len(self.outbox) == 0:
                try:
                    self._apply(kind, payload)
                    self.online = True
                    return True
                except Exception as exc:
                    if not is_disconnect(exc):
                        raise
                    log.info("database unreachable, keeping the edit locally: %s", exc)
                    self.online = False
            if kind == "text" and self._coalesce(payload):
                return False
            self.outbox.put(kind, payload)
            return False

    def _coalesce(self, payload: dict[str, Any]) -> bool:
        """Typing on while offline: the field's queued entry gets the newer text and keeps its
        base version (a second entry from the same base would conflict with our own first one)."""
        for entry in self.outbox.entries():
            same = entry.kind == "text" and all(
                entry.payload.get(k) == payload[k] for k in ("activity_id", "key")
            )
            if same:
                self.outbox.replace(entry.id, {**entry.payload, "text": payload["text"]})
                return True
        return False

    def replay(self) -> int:
        """Write what waited, in order; stops (keeping the rest) if the line drops again."""
        written = 0
        with self._lock:
            for entry in self.outbox.entries():
                try:
                    self._apply(entry.kind, entry.payload)
                except ConflictError:
                    log.info("outbox entry %s left for the user to resolve", entry.id)
                    return written  # resolve said "not now": keep it (and what follows) queued
                except Exception as exc:
                    if is_disconnect(exc):
                        self.online = False
                        return written
                    log.exception("outbox entry %s cannot be written; kept", entry.id)
                    return written
                self.outbox.remove(entry.id)
                written += 1
            self.online = True
        return written

    def _apply(self, kind: str, payload: dict[str, Any]) -> None:
        if kind == "text":
            row, merged = save_text(
                self.store.results,
                payload["activity_id"],
                payload["key"],
                payload["text"],
                payload["base"],
                self.resolve,
                by=self.by,
            )
            self.merged += int(merged)
            self.last_text_row = row
        elif kind == "result":
            self.store.results.set(
                payload["activity_id"], payload["key"], payload["value"], by=self.by
            )
        elif kind == "update":
            repository = getattr(self.store, payload["repo"])
            repository.update(payload["id"], payload["expected"], **payload["fields"])
        else:
            raise ValueError(f"unknown outbox entry kind {kind!r}")
