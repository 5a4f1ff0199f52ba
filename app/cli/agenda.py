"""`tafelronde agenda`: list a session's activities, add one at the end, list the kind keys.

    tafelronde agenda --session ID --db DB list          id<TAB>kind<TAB>title per activity
    tafelronde agenda --session ID --db DB add KIND --title T [--minutes M] [--rounds N]
    tafelronde agenda kinds                              the kind keys, one a line

An added activity gets its kind's default minutes and configuration from the registry
(app/activities/registry.py, which loads no widgets), as the Agenda page's Add does. Nothing on
these paths imports Qt's widgets or Alembic (see tests/perf/cli_start.py).
"""

from __future__ import annotations

import argparse
import copy
import unicodedata
from typing import Any

from app.cli.common import CommandError, session_store
from app.core.agenda import BY_HAND, automatic_minutes, set_by_hand
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

NAME = "agenda"
MAX_MINUTES = 24 * 60
MAX_ROUNDS = 12
MAX_TITLE = 200
ROUND_MINUTES = 30  # a breakout round's length when the kind's default config has none

TEXTS = {
    "session": QT_TRANSLATE_NOOP("cli", "Name the session with --session ID."),
    "kind": QT_TRANSLATE_NOOP("cli", "Unknown activity kind: {kind}. Known: {known}"),
    "minutes": QT_TRANSLATE_NOOP(
        "cli", "--minutes must be a whole number of minutes from 1 to {max}, not {value}."
    ),
    "rounds": QT_TRANSLATE_NOOP(
        "cli", "--rounds must be a whole number from 1 to {max}, not {value}."
    ),
    "rounds_kind": QT_TRANSLATE_NOOP("cli", "--rounds is only for a breakout, not for {kind}."),
    "title": QT_TRANSLATE_NOOP(
        "cli", "The title may not hold control characters or direction marks (one line of text)."
    ),
    "title_long": QT_TRANSLATE_NOOP("cli", "The title is longer than {max} characters."),
}


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("agenda", help="list a session's agenda or add an activity to it")
    _session_options(parser, argparse.SUPPRESS)
    actions = parser.add_subparsers(dest="agenda_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print each activity as id, kind and title")
    _session_options(listing, argparse.SUPPRESS)
    listing.set_defaults(handler=run_list)
    add = actions.add_parser("add", help="add an activity at the end (prints its id)")
    add.add_argument("kind", help="activity kind (see 'tafelronde agenda kinds')")
    add.add_argument("--title", default="", help="title (default: the kind's name)")
    add.add_argument("--minutes", type=int, help="planned minutes (default: the kind's)")
    add.add_argument("--rounds", type=int, help="breakout only: number of rounds")
    _session_options(add, argparse.SUPPRESS)
    add.set_defaults(handler=run_add)
    kinds = actions.add_parser("kinds", help="list the activity kind keys")
    kinds.set_defaults(handler=run_kinds)


def _session_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """--session and --db before or after the action (`agenda --session 3 list` and
    `agenda list --session 3` both work); SUPPRESS keeps an earlier value."""
    parser.add_argument("--session", type=int, default=default, help="session id")
    parser.add_argument(
        "--db", default=default, help="database file or SQLAlchemy URL (default: the app's own)"
    )


def _t(which: str, **values: object) -> str:
    """TEXTS[which] translated and filled: a one-liner over app.i18n.translate that looks the
    text up by key."""
    return translate("cli", TEXTS[which], **values)


def _session(options: argparse.Namespace) -> None:
    if getattr(options, "session", None) is None:
        raise CommandError(_t("session"))
    if not hasattr(options, "db"):
        options.db = None


BREAKING = ("Cc", "Zl", "Zp")  # control characters (tab, newline...), line/paragraph separators


def one_line(text: str) -> str:
    """A stored title on one output line: tabs, line breaks and other control characters become
    spaces, so `id<TAB>kind<TAB>title` always has three fields."""
    return "".join(" " if unicodedata.category(c) in BREAKING else c for c in text)


def run_kinds(options: argparse.Namespace) -> int:
    from app.activities import registry

    print("\n".join(registry.keys()))
    return 0


def run_list(options: argparse.Namespace) -> int:
    _session(options)
    with session_store(options, reading=True) as store:
        for activity in store.agenda.list(options.session):
            print(f"{activity.id}\t{activity.kind}\t{one_line(activity.title)}")
    return 0


def run_add(options: argparse.Namespace) -> int:
    from app.activities import registry

    _session(options)
    known = registry.keys()
    if options.kind not in known:
        raise CommandError(_t("kind", kind=options.kind, known=", ".join(known)))
    kind = registry.kind(options.kind)
    title = _checked_title(options.title)
    config = copy.deepcopy(kind.default_config)
    minutes = kind.default_minutes
    if options.rounds is not None:
        if kind.key != "breakout":
            raise CommandError(_t("rounds_kind", kind=kind.key))
        if not 1 <= options.rounds <= MAX_ROUNDS:
            raise CommandError(_t("rounds", max=MAX_ROUNDS, value=options.rounds))
        config["rounds"] = breakout_rounds(config, options.rounds)
    minutes = automatic_minutes(kind.key, config) or minutes  # as the agenda page plans them
    if options.minutes is not None:
        if not 1 <= options.minutes <= MAX_MINUTES:
            raise CommandError(_t("minutes", max=MAX_MINUTES, value=options.minutes))
        if set_by_hand(kind.key, config, options.minutes):
            config[BY_HAND] = True  # typed minutes stay, as on the agenda page
        minutes = options.minutes
    if not title:
        title = translate("ActivityKind", kind.label)  # as the Agenda page's Add names it
    with session_store(options) as store:
        activity = store.agenda.add(options.session, kind.key, title, minutes, config)
    print(activity.id)
    return 0


def breakout_rounds(config: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """`count` rounds: the configured ones first, then copies of the last one's length with no
    questions (the setup page fills in questions per round)."""
    rounds = [r for r in config.get("rounds") or [] if isinstance(r, dict)][:count]
    minutes = rounds[-1].get("minutes") if rounds else None
    minutes = minutes if isinstance(minutes, int) and minutes > 0 else ROUND_MINUTES
    while len(rounds) < count:
        rounds.append({"minutes": minutes, "questions": []})
    return rounds


def _checked_title(title: str) -> str:
    title = title.strip()
    from app.core import text_checks

    if any(unicodedata.category(c) in BREAKING for c in title) or text_checks.has_bidi_control(
        title
    ):
        raise CommandError(_t("title"))
    if len(title) > MAX_TITLE:
        raise CommandError(_t("title_long", max=MAX_TITLE))
    return text_checks.without_zero_width(title)
