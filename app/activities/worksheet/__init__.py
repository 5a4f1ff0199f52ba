"""Worksheet activity: one generic editor, beamer view, setup page and report for any definition."""
