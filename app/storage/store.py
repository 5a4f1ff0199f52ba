"""The Store: one open database with all repositories, handed to widgets and commands."""

from __future__ import annotations

from app.storage.actions import ActionRepository
from app.storage.agenda import AgendaRepository
from app.storage.base import Changes
from app.storage.engine import Database
from app.storage.participants import ParticipantRepository
from app.storage.results import ResultRepository
from app.storage.sessions import SessionRepository


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.changes = Changes()
        self.sessions = SessionRepository(db, self.changes)
        self.participants = ParticipantRepository(db, self.changes)
        self.agenda = AgendaRepository(db, self.changes)
        self.results = ResultRepository(db, self.changes)
        self.actions = ActionRepository(db, self.changes)

    def close(self) -> None:
        self.db.close()
