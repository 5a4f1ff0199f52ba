"""Data, not code: templates, worksheet definitions, pools, translations, the phone page."""
