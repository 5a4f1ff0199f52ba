"""The run console: the facilitator's laptop view while a session runs."""
