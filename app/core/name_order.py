"""Alphabetical order of displayed names for lists people search by eye (cards, tables).

The same collation as the participant list (app/core/names.py: pyuca, accents with their letter,
Ĳ as IJ, case ignored), on the name as it is printed — first name first, since these are lists in
which people look for their own name as they see it on the card or the beamer.
"""

from __future__ import annotations

from app.core.names import collation_key


def sort_key(name: str) -> tuple[object, ...]:
    """Key for sorted() over displayed names ("Zoë van der Öztürk")."""
    return collation_key(name)
