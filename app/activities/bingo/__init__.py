"""Sector bingo: statement pool, printed cards, live marking and verified winners (issue 4)."""
