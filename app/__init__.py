"""Tafelronde: run in-room network and sector meetings from one laptop and a beamer."""

__version__ = "0.1.0"
APP_NAME = "Tafelronde"
ORG_NAME = "Tafelronde"
