"""`tafelronde groups ... --save`: the printed schedule becomes a breakout activity's groups.

Saved exactly as the breakout's setup page saves its own (app/activities/breakout/state.py,
BreakoutData.save_schedule), so the console, the beamer, the report and `tafelronde materials`
(group lists and table cards) use it. The breakout's own rules count when saving: its table
hosts, its keep-apart pairs, the people who met earlier in the agenda, and rounds that have
already started (kept as they are). Its configuration follows the command line: the number of
rounds (new rounds copy the last one's length, without questions), the group size or count and
the seed, so the setup page shows what was solved.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import CommandError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

TEXTS = {
    "none": QT_TRANSLATE_NOOP(
        "cli",
        "Session {id} has no breakout in its agenda: add one with "
        "`tafelronde agenda --session {id} add breakout`.",
    ),
    "several": QT_TRANSLATE_NOOP(
        "cli", "Session {id} has several breakouts ({ids}): say which with --activity ID."
    ),
    "not_breakout": QT_TRANSLATE_NOOP(
        "cli", "Activity {activity} is not a breakout of session {id} (its breakouts: {ids})."
    ),
    "activity_needs_save": QT_TRANSLATE_NOOP("cli", "--activity goes with --save."),
    "saved": QT_TRANSLATE_NOOP("cli", "Saved as the groups of “{title}” (activity {activity})."),
}


def _t(which: str, **values: object) -> str:
    """TEXTS[which] translated and filled: a one-liner over app.i18n.translate that looks the
    text up by key."""
    return translate("cli", TEXTS[which], **values)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--save",
        action="store_true",
        help="store the schedule as the groups of the session's breakout",
    )
    parser.add_argument(
        "--activity", type=int, help="the breakout to save into (needed when there are several)"
    )


def target(store: Any, options: argparse.Namespace) -> Any:
    """The breakout activity --save writes to, or None without --save; CommandError when the
    session has none, several (and no --activity), or --activity names something else."""
    if not options.save:
        if options.activity is not None:
            raise CommandError(_t("activity_needs_save"))
        return None
    breakouts = [a for a in store.agenda.list(options.session) if a.kind == "breakout"]
    ids = ", ".join(str(a.id) for a in breakouts)
    if options.activity is not None:
        found = [a for a in breakouts if a.id == options.activity]
        if not found:
            raise CommandError(_t("not_breakout", activity=options.activity,
                                  id=options.session, ids=ids or "-"))  # fmt: skip
        return found[0]
    if not breakouts:
        raise CommandError(_t("none", id=options.session))
    if len(breakouts) > 1:
        raise CommandError(_t("several", id=options.session, ids=ids))
    return breakouts[0]


def constraints(store: Any, activity: Any, rounds: int) -> dict[str, Any]:
    """The breakout's own rules as GroupProblem fields (hosts, keep-apart, met before, started
    rounds), as its setup page solves."""
    from app.activities.breakout.state import BreakoutConfig, BreakoutData, earlier_meetings
    from app.storage.agenda import config_of

    config = BreakoutConfig.parse(config_of(activity))
    data = BreakoutData(store, activity.id)
    old = data.schedule()
    return {
        "hosts": dict(config.hosts),
        "forbidden": list(config.keep_apart),
        "met_before": earlier_meetings(store, activity.session_id, activity.id),
        "locked": old[: min(data.started(), len(old), rounds)],
    }


def save(
    store: Any, activity: Any, rounds: list[list[list[int]]], options: argparse.Namespace
) -> str:
    """Store the schedule and make the breakout's configuration match it; returns the line
    that says so (translated)."""
    from app.activities.breakout.state import BreakoutData
    from app.cli.agenda import breakout_rounds
    from app.storage.agenda import config_of

    config = dict(config_of(activity))
    config["rounds"] = breakout_rounds(config, len(rounds))
    config.pop("group_size" if options.groups else "group_count", None)
    config["group_count" if options.groups else "group_size"] = options.groups or options.size
    config["seed"] = options.seed
    BreakoutData(store, activity.id).save_schedule(rounds, options.seed)
    # the planned minutes follow the new rounds unless set by hand (app/storage/agenda.py)
    store.agenda.update(activity.id, config=config)
    return _t("saved", title=activity.title, activity=activity.id)
