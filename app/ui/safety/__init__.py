"""Data safety in the desk UI: ways out of bad files, backups, session files (issue 9)."""
