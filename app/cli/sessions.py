"""`tafelronde new` and `tafelronde templates`.

`new --template` takes a built-in key, the key of one of your templates (`tafelronde template
import`), or a template file, read with the same checks as `template import` (but not stored).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.cli.common import CommandError, add_db_argument, line_text, stored
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

NAME = "new"
NAMES = ("new", "templates")

TEXTS = {
    "unknown": QT_TRANSLATE_NOOP("cli", "Unknown template: {key}. Known: {known}"),
    "start": QT_TRANSLATE_NOOP(
        "cli", "--start must be a time of day as HH:MM (for example 09:30), not “{value}”."
    ),
    "date": QT_TRANSLATE_NOOP(
        "cli", "--date must be a date as YYYY-MM-DD (for example 2027-03-18), not “{value}”."
    ),
}
CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def add_arguments(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help="create a session (prints its id)")
    new.add_argument(
        "--template",
        help="template key (see 'tafelronde templates'), or a template file (.json)",
    )
    new.add_argument("--title", required=True)
    new.add_argument("--date", default="", help="YYYY-MM-DD")
    new.add_argument("--venue", default="", help="where the meeting takes place")
    new.add_argument("--start", default="", help="start time of the agenda, HH:MM")
    new.add_argument(
        "--series", type=int, help="series id (tafelronde series list): the session comes last"
    )
    add_db_argument(new)
    new.set_defaults(handler=run_new)
    listing = sub.add_parser("templates", help="list the built-in template keys")
    listing.set_defaults(handler=run_templates)


def _t(which: str, **values: object) -> str:
    """TEXTS[which] translated and filled: a one-liner over app.i18n.translate that looks the
    text up by key."""
    return translate("cli", TEXTS[which], **values)


def run_templates(options: argparse.Namespace) -> int:
    from app.core import templates
    from app.i18n import preferred_language

    for template in templates.builtins(options.lang or preferred_language()):
        print(f"{template.key}\t{template.title}")
    return 0


def clock_text(value: str) -> str:
    """ "9:30" or "09:30" as "09:30"; CommandError for anything that is not a time of day."""
    match = CLOCK.fullmatch(value.strip())
    if match is None:
        raise CommandError(_t("start", value=value))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def date_text(value: str) -> str:
    """An ISO date that exists (2027-02-30 does not); empty stays empty (unplanned)."""
    from datetime import date

    value = value.strip()
    if not value:
        return ""
    try:
        if DATE.fullmatch(value) is None:
            raise ValueError(value)
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise CommandError(_t("date", value=value)) from None


def find_template(name: str, language: str):
    """The template a user means by --template: a built-in key, one of the user's own keys, or
    a file. Raises CommandError with the known keys when it is none of these."""
    from app.core import templates
    from app.paths import user_templates_dir

    try:
        if name in templates.builtin_keys():
            return templates.builtin(name, language)
        folder = user_templates_dir()
        if templates.valid_key(name):
            path = templates.path_in(folder, name)
            if path.is_file():
                return templates.load_file(path, language)
        path = Path(name)
        if path.is_file() or path.suffix.lower() == ".json":
            return templates.load_file(path, language)  # "cannot be read" when it is missing
    except templates.TemplateError as error:
        from app.i18n import user_text

        raise CommandError(user_text(error)) from None
    known = templates.builtin_keys() + [t.key for t in templates.user_templates(folder, language)]
    raise CommandError(_t("unknown", key=name, known=", ".join(known)))


def run_new(options: argparse.Namespace) -> int:
    from app.i18n import preferred_language
    from app.storage.content_language import settings_with

    language = options.lang or preferred_language()  # the new session's content language too
    title = line_text(options.title, "--title")
    fields = {
        "date": date_text(options.date),
        "venue": line_text(options.venue, "--venue"),
        "start_time": clock_text(options.start) if options.start.strip() else "",
        "settings": settings_with(language),
    }
    template = find_template(options.template, language) if options.template else None
    with stored(options) as store:
        if options.series is not None:
            from app.cli.series import check_series

            check_series(store, options.series)
        session = store.sessions.create(title, template, **fields)
        if options.series is not None:
            store.series.add_session(options.series, session.id)
    print(session.id)
    return 0
