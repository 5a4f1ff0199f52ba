"""The Store: one open database with all repositories, handed to widgets and commands."""

from __future__ import annotations

import logging
import threading
import uuid

from app.storage.actions import ActionRepository
from app.storage.agenda import AgendaRepository
from app.storage.changes import Changes
from app.storage.engine import Database
from app.storage.participants import ParticipantRepository
from app.storage.results import ResultRepository
from app.storage.series import SeriesRepository
from app.storage.sessions import SessionRepository

log = logging.getLogger(__name__)


class Store:
    def __init__(self, db: Database, laptop: str | None = None) -> None:
        self.db = db
        if not db.is_sqlite:
            from app.storage.postgres_roles import is_notes_only_login

            db.access.notes_only_login = is_notes_only_login(db.engine)
        self.act_as(laptop)
        self.changes = Changes()
        # who saved: lets a laptop ignore its own echoes in the change feed (app/storage/live.py)
        self.origin = uuid.uuid4().hex
        self._relaying = threading.local()
        if not db.is_sqlite:
            self.changes.subscribe(self._announce)
        self.sessions = SessionRepository(db, self.changes)
        self.participants = ParticipantRepository(db, self.changes)
        self.agenda = AgendaRepository(db, self.changes)
        self.results = ResultRepository(db, self.changes)
        self.actions = ActionRepository(db, self.changes)
        self.series = SeriesRepository(db, self.changes)

    def act_as(self, laptop: str | None) -> None:
        """Write as this laptop from now on: where the session lists it as note-taker, only its
        notes are written and e-mail addresses are not read (app/storage/access.py). None: the
        facilitator (commands, tests, a laptop without an id)."""
        self.db.access.laptop = laptop

    @property
    def notes_only_login(self) -> bool:
        """The PostgreSQL login is a note-taker login: the server allows notes only."""
        return self.db.access.notes_only_login

    def relay(self, table: str, session_id: int) -> None:
        """Another laptop saved (the change feed said so): tell the local listeners (run
        console, beamer, report) as if it were a local save, without announcing it again."""
        self._relaying.active = True
        try:
            self.changes.emit(table, session_id)
        finally:
            self._relaying.active = False

    def _announce(self, table: str, session_id: int) -> None:
        """Tell the other laptops (PostgreSQL NOTIFY); the save itself already succeeded."""
        if getattr(self._relaying, "active", False):
            return  # an echo of someone else's save: announcing it would ping-pong forever
        from sqlalchemy.exc import SQLAlchemyError

        from app.storage.postgres import announce

        try:
            announce(self.db.engine, table, session_id, self.origin)
        except SQLAlchemyError:
            log.info("could not announce a change to %s", table, exc_info=True)

    @property
    def closed(self) -> bool:
        return self.db.closed

    def close(self) -> None:
        self.db.close()
