"""Losing the network without losing text: a crash-safe local outbox, replayed on reconnect.

While the shared database is unreachable, edits go to a small SQLite file on the laptop's own
disk (WAL, synchronous=FULL: a committed entry survives a crash or power cut). When the
connection returns, `replay()` writes them in order; a field someone else changed meanwhile goes
through the conflict path (app/storage/conflicts.py), so nothing is overwritten or discarded.
Closing the app while offline is safe: the outbox is replayed at the next start.

One entry that can never be written (its activity was deleted on another laptop meanwhile, its
text is refused) must not hold the others back: it is *parked* — kept in the file with the
reason, logged as a warning, listed in the Shared tab with its text and exportable
(`export_parked`) — and the replay goes on with the rest. Only entries for the same field wait
behind one the user has not resolved yet ("not now" in the conflict dialog); a line that drops
again stops the replay, keeping everything.

    writer = OfflineWriter(store, Outbox(default_outbox_path(store.db.url)), by=laptop)
    writer.save_text(activity_id, "group-3/notes", text, base_version)  # True: saved, False: queued
    writer.replay()   # when the change feed reports "online" again (and at start)
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from app.core.errors import UserError
from app.core.merge import merge_texts
from app.storage.conflicts import Resolver, save_text
from app.storage.errors import ConflictError

if TYPE_CHECKING:
    from app.storage.models import ActivityResult
    from app.storage.store import Store

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


@dataclass(frozen=True)
class Parked:
    """An entry that could not be written: kept, with why, until the user exports or drops it."""

    id: int
    kind: str
    payload: dict[str, Any]
    reason: dict[str, Any]  # {"context": ..., "message": English source, "params": {...}}
    created: str  # when it was typed (UTC, "YYYY-MM-DD HH:MM:SS")

    @property
    def text(self) -> str:
        """What was typed or chosen, as plain text."""
        if self.kind == "text":
            return str(self.payload.get("text", ""))
        if self.kind == "result":
            return json.dumps(self.payload.get("value"), ensure_ascii=False)
        return json.dumps(self.payload.get("fields"), ensure_ascii=False)

    @property
    def where(self) -> str:
        """Which record it was for (activity id and key, or repository and id)."""
        if self.kind == "update":
            return f"{self.payload.get('repo')} {self.payload.get('id')}"
        return f"{self.payload.get('activity_id')}/{self.payload.get('key')}"


def reason_of(exc: BaseException) -> dict[str, Any]:
    """Why an entry was parked, translatable later (a UserError keeps its context, message and
    values; entries parked before the context was kept are StorageErrors)."""
    if isinstance(exc, UserError):
        params = {k: str(v) for k, v in exc.params.items()}
        return {"context": exc.context, "message": exc.text, "params": params}
    return {"message": f"{type(exc).__name__}: {str(exc)[:300]}", "params": {}}


def _target(kind: str, payload: dict[str, Any]) -> tuple[Any, ...]:
    """The field an entry writes: entries for one field keep their order."""
    if kind == "update":
        return ("update", payload.get("repo"), payload.get("id"))
    return ("result", payload.get("activity_id"), payload.get("key"))


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
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(pending)")}
        if "parked" not in columns:  # outbox files from before parking
            self._db.execute("ALTER TABLE pending ADD COLUMN parked TEXT")

    def put(self, kind: str, payload: dict[str, Any]) -> int:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO pending (kind, payload) VALUES (?, ?)",
                (kind, json.dumps(payload)),  # \u escapes: even half an emoji is kept
            )
            return int(cursor.lastrowid or 0)

    def entries(self) -> list[Entry]:
        """The entries still to be written, oldest first (parked ones are not among them)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, kind, payload FROM pending WHERE parked IS NULL ORDER BY id"
            ).fetchall()
        return [Entry(row[0], row[1], json.loads(row[2])) for row in rows]

    def park(self, entry_id: int, reason: dict[str, Any]) -> None:
        """Set an entry aside: kept, no longer replayed."""
        with self._lock:
            self._db.execute(
                "UPDATE pending SET parked = ? WHERE id = ?",
                (json.dumps(reason), entry_id),
            )

    def unpark(self, entry_id: int) -> None:
        """Try a parked entry again at the next replay (after the cause was put right)."""
        with self._lock:
            self._db.execute("UPDATE pending SET parked = NULL WHERE id = ?", (entry_id,))

    def parked(self) -> list[Parked]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, kind, payload, parked, created FROM pending "
                "WHERE parked IS NOT NULL ORDER BY id"
            ).fetchall()
        return [Parked(r[0], r[1], json.loads(r[2]), json.loads(r[3]), r[4]) for r in rows]

    def export_parked(self, path: Path) -> int:
        """Write the parked entries to a file (JSON, or plain text for a .txt name), atomically:
        a temporary file in the same folder, flushed, then renamed. Returns how many."""
        parked = self.parked()
        path = Path(path)
        if path.suffix.lower() == ".txt":
            blocks = [
                f"{p.created} UTC · {p.where}\n{p.reason.get('message', '')}\n\n{p.text}\n"
                for p in parked
            ]
            data = ("\n" + "-" * 40 + "\n").join(blocks)
        else:
            entries = [
                {"kind": p.kind, "created": p.created, "payload": p.payload, "reason": p.reason}
                for p in parked
            ]
            data = json.dumps(
                {"format": "tafelronde-parked-edits", "entries": entries},
                ensure_ascii=False,
                indent=1,
            )
        handle, temporary = tempfile.mkstemp(prefix=".parked-", dir=path.parent)
        try:
            # a lone surrogate (the reason such an edit was refused) is written as "?"
            with os.fdopen(handle, "w", encoding="utf-8", errors="replace") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return len(parked)

    def replace(self, entry_id: int, payload: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE pending SET payload = ? WHERE id = ?",
                (json.dumps(payload), entry_id),
            )

    def remove(self, entry_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM pending WHERE id = ?", (entry_id,))

    def __len__(self) -> int:
        """How many entries wait to be written (parked ones not counted)."""
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM pending WHERE parked IS NULL").fetchone()
            return int(row[0])

    def close(self) -> None:
        """Close the file; closing twice is harmless (the page's close and its destruction)."""
        with self._lock:
            self._db.close()


class OfflineWriter:
    """Writes to the store when it is reachable, to the outbox when it is not; keeps order."""

    def __init__(
        self,
        store: Store,
        outbox: Outbox,
        resolve: Resolver = merge_texts,
        by: str = "",
    ) -> None:
        self.store = store
        self.outbox = outbox
        self.resolve = resolve
        self.by = by
        self.online = True
        self.merged = 0  # conflicts that went through resolve (for status lines and tests)
        # the row the last text save wrote (its version: the new base)
        self.last_text_row: ActivityResult | None = None
        self.last_parked = False  # the last save could not be written and was parked
        self.parked_count = 0  # entries parked by this writer (for status lines and tests)
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
            self.last_parked = False
            # known offline (the change feed said so): queue at once instead of waiting for a
            # connect timeout; replay() tries the database again. Online, only an edit of a
            # field that still has a queued entry waits (behind it, to keep that field's order).
            if self.online and not self._queued_for(_target(kind, payload)):
                try:
                    self._apply(kind, payload)
                    self.online = True
                    return True
                except ConflictError:
                    raise  # the caller asks the user; nothing was overwritten
                except Exception as exc:
                    if not is_disconnect(exc):
                        self._park(self.outbox.put(kind, payload), kind, payload, exc)
                        self.last_parked = True
                        return False
                    log.info("database unreachable, keeping the edit locally: %s", exc)
                    self.online = False
            if kind == "text" and self._coalesce(payload):
                return False
            self.outbox.put(kind, payload)
            return False

    def _queued_for(self, target: tuple[Any, ...]) -> bool:
        return any(_target(e.kind, e.payload) == target for e in self.outbox.entries())

    def _park(self, entry_id: int, kind: str, payload: dict[str, Any], exc: BaseException) -> None:
        self.outbox.park(entry_id, reason_of(exc))
        self.parked_count += 1
        # the reason and where, never the typed text (notes can name people)
        log.warning(
            "edit %s (%s for %s) cannot be written and is parked in %s: %s",
            entry_id, kind, _target(kind, payload), self.outbox.path, reason_of(exc)["message"],
        )  # fmt: skip

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
        """Write what waited, in order; an entry that cannot be written is parked and the rest
        still go; stops (keeping the rest) only if the line drops again."""
        written = 0
        waiting: set[tuple[Any, ...]] = set()  # fields whose earlier entry stays queued
        with self._lock:
            for entry in self.outbox.entries():
                target = _target(entry.kind, entry.payload)
                if target in waiting:
                    continue  # a later edit of the same field stays behind the earlier one
                try:
                    self._apply(entry.kind, entry.payload)
                except ConflictError:
                    log.info("outbox entry %s left for the user to resolve", entry.id)
                    waiting.add(target)  # resolve said "not now": this field waits
                    continue
                except Exception as exc:
                    if is_disconnect(exc):
                        self.online = False
                        return written
                    self._park(entry.id, entry.kind, entry.payload, exc)
                    continue
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
