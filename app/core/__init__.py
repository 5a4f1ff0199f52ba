"""The rules of the game in plain Python: no Qt, no database. Tested without a screen."""
