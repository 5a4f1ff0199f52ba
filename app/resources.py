"""The one place that finds packaged data files (templates, worksheets, translations, sounds).

Works from a source checkout, an installed wheel and the PyInstaller bundle alike; refuses names
that would escape the resources folder.
"""

from __future__ import annotations

import sys
from importlib import resources as _resources
from pathlib import Path, PurePosixPath


class ResourceError(ValueError):
    """A resource name that is unsafe or does not exist."""


def root() -> Path:
    """The folder that holds the packaged resources."""
    if getattr(sys, "frozen", False):  # PyInstaller bundle: data lives under _MEIPASS
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(str(_resources.files("resources")))


def path(name: str) -> Path:
    """Absolute path of a resource given as a relative POSIX name, e.g. 'templates/x.json'."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts:
        raise ResourceError(f"unsafe resource name: {name!r}")
    base = root().resolve()
    full = (base / Path(*parts)).resolve()
    if base not in full.parents and full != base:
        raise ResourceError(f"unsafe resource name: {name!r}")
    return full


def read_text(name: str) -> str:
    """Text of a resource file (UTF-8)."""
    full = path(name)
    if not full.is_file():
        raise ResourceError(f"no such resource: {name!r}")
    return full.read_text(encoding="utf-8")


def listdir(name: str, suffix: str = "") -> list[str]:
    """Sorted file names in a resource folder, optionally only those ending in suffix."""
    folder = path(name)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.name.endswith(suffix))
