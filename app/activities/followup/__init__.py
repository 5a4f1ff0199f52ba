"""Follow-up of actions: what the previous meeting of the series agreed, and its fate."""
