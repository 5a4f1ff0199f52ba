"""A throw-away activity kind defined outside app/: added through the registry alone."""
