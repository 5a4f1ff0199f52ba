"""`tafelronde new` and `tafelronde templates`."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from app.cli.common import add_db_argument, fail, stored

NAME = "new"
NAMES = ("new", "templates")


def add_arguments(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = sub.add_parser("new", help="create a session (prints its id)")
    new.add_argument("--template", help="template key (see 'tafelronde templates')")
    new.add_argument("--title", required=True)
    new.add_argument("--date", default="", help="YYYY-MM-DD")
    add_db_argument(new)
    new.set_defaults(handler=run_new)
    listing = sub.add_parser("templates", help="list the built-in template keys")
    listing.set_defaults(handler=run_templates)


def run_templates(options: argparse.Namespace) -> int:
    from app.core import templates
    from app.i18n import preferred_language

    for template in templates.builtins(options.lang or preferred_language()):
        print(f"{template.key}\t{template.title}")
    return 0


def run_new(options: argparse.Namespace) -> int:
    from app.core import templates
    from app.i18n import preferred_language
    from app.storage.content_language import settings_with

    template = None
    if options.template and options.template not in templates.builtin_keys():
        message = QCoreApplication.translate("cli", "Unknown template: {key}. Known: {known}")
        known = ", ".join(templates.builtin_keys())
        return fail(message.format(key=options.template, known=known))
    language = options.lang or preferred_language()  # the new session's content language too
    if options.template:
        template = templates.builtin(options.template, language)
    with stored(options) as store:
        session = store.sessions.create(options.title, template, date=options.date,
                                        settings=settings_with(language))  # fmt: skip
    print(session.id)
    return 0
