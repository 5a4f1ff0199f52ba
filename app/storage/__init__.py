"""Storage behind one door: open a database, then use the Store's repositories.

Widgets and commands never build SQL; they call these repositories. SQLite by default,
PostgreSQL by URL, same schema and queries on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.store import Store


def open_store(target: object) -> Store:
    """Open (create, migrate) the database at a path or URL and return its Store."""
    from app.storage.migrate import open_database
    from app.storage.store import Store

    return Store(open_database(target))  # type: ignore[arg-type]
