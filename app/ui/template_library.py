"""Templates beyond the built-in ones: save a session as template, export and import files.

User templates live as JSON files in the app data folder (templates/), the same format as the
built-in ones, so a file exported here imports on any other machine.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.core import templates
from app.core.atomic import write_text
from app.core.templates import Template, TemplateActivity
from app.storage.agenda import config_of
from app.storage.store import Store


def user_templates(folder: Path, language: str) -> list[Template]:
    """Templates saved by the user; unreadable files are skipped (and logged), never fatal."""
    return templates.user_templates(folder, language)


def all_templates(folder: Path, language: str) -> list[Template]:
    return templates.builtins(language) + user_templates(folder, language)


def slug(title: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
    return (text or "template")[:60]


def from_session(store: Store, session_id: int, title: str) -> Template:
    meeting = store.sessions.get(session_id)
    assert meeting is not None
    activities = tuple(
        TemplateActivity(a.kind, a.title, a.planned_minutes, config_of(a))
        for a in store.agenda.list(session_id)
    )
    return Template(
        key=f"user_{slug(title)}", title=title, capacity=meeting.capacity, activities=activities
    )


def save(template: Template, folder: Path) -> Path:
    """Store among the user's templates; the key is checked and the file stays inside `folder`
    (TemplateError otherwise, see app/core/templates.py)."""
    return templates.save(template, folder)


def export(template: Template, path: Path) -> Path:
    """Write a template file for another machine, whole or not at all (OutputError)."""
    write_text(path, templates.dumps(template))
    return path


def import_file(source: Path, folder: Path, language: str) -> Template:
    """Validate a template file and copy it into the user's templates; raises TemplateError."""
    return templates.import_file(source, folder, language)
