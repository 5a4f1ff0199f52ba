"""A write the database refuses never quotes the data: neither the driver's error text (the
engine hides statement parameters) nor the message shown for it."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.storage.write_errors import (
    DATABASE_FULL,
    DATABASE_READ_ONLY,
    DATABASE_REFUSED,
    refused_write,
)


def test_a_full_database_error_quotes_no_names(store, meeting) -> None:  # type: ignore[no-untyped-def]
    def no_growth(connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(store.db.engine, "connect", no_growth)
    store.db.engine.dispose()
    people = [{"first_name": f"Geheim{n}", "last_name": "Persoon", "email": f"p{n}@geheim.nl"}
              for n in range(3000)]  # fmt: skip
    try:
        with pytest.raises(OperationalError) as caught:
            store.participants.add_many(meeting.id, people)
    finally:
        event.remove(store.db.engine, "connect", no_growth)
        store.db.engine.dispose()
    assert "full" in str(caught.value)
    assert "geheim" not in str(caught.value).lower()  # hide_parameters on the engine
    shown = refused_write(caught.value, "netwerkdag.sqlite")
    assert shown.message == DATABASE_FULL and "netwerkdag.sqlite" in str(shown)


def test_other_refusals_say_read_only_or_only_the_kind() -> None:
    class IntegrityError(Exception):
        pass

    read_only = refused_write(Exception("attempt to write a readonly database"), "a.sqlite")
    assert read_only.message == DATABASE_READ_ONLY
    other = refused_write(IntegrityError("Key (email)=(anna@geheim.nl) already exists"), "db")
    assert other.message == DATABASE_REFUSED and "anna" not in str(other)
    assert "IntegrityError" in str(other)
