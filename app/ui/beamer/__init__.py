"""The beamer window: what the room sees, decided by the run console."""
