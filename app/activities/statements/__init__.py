"""The statement game: one statement at a time, the room takes a position, arguments kept."""
