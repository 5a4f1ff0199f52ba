"""Activity kinds, one folder each, registered in `registry.py`."""
