"""Which stored values of each activity kind name participants, and how to rewrite them.

A participant id means something in one database only. When a session moves to another
database (`tafelronde copy`, a session file imported), its people get new ids, and every value
that names a participant must be rewritten with the new ids, or it silently points at somebody
else's participants. This module is that knowledge, per activity kind, without Qt and without
storage, so the one transfer path (app/storage/session_import.py) can use it while staying below
the activities layer; the activity registry (app/activities/registry.py, `participant_refs`)
names each kind's entry here, and a test keeps the two in step.

A reference to an id that is not in the map (a person deleted before the move) named nobody in
the source either; it is dropped rather than kept, because a kept number would name whoever has
that id in the target database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

IdMap = Mapping[int, int]  # old participant id -> new participant id
ConfigRemap = Callable[[dict[str, Any], IdMap], dict[str, Any]]
ResultRemap = Callable[[Any, IdMap], Any]


def new_id(value: Any, ids: IdMap) -> int | None:
    """The new id for an old one given as a number or as digits in text; None when unknown."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return ids.get(value)
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19:
        return ids.get(int(value))
    return None


def id_list(values: Any, ids: IdMap) -> Any:
    """A list of ids with each one rewritten (unknown ones dropped); anything else unchanged."""
    if not isinstance(values, list):
        return values
    return [mapped for value in values if (mapped := new_id(value, ids)) is not None]


def rounds_of_tables(rounds: Any, ids: IdMap) -> Any:
    """[[[id, ...] per table] per round] with every id rewritten."""
    if not isinstance(rounds, list):
        return rounds
    return [
        [id_list(table, ids) for table in round_] if isinstance(round_, list) else round_
        for round_ in rounds
    ]


@dataclass(frozen=True)
class KindRefs:
    """Where one activity kind keeps participant ids: in its config, in results by key; and
    which results say who sat together (`seating`: values {"rounds": [[[ids per table]]]}, read
    by the group solver so later groups avoid pairs who already met)."""

    config: ConfigRemap | None = None
    results: Mapping[str, ResultRemap] | None = None
    seating: tuple[str, ...] = ()

    def pairs_met(self, results: Mapping[str, Any]) -> list[tuple[int, int]]:
        """Every pair of participants who shared a table in the seating results given (by key;
        missing or damaged values give none)."""
        pairs: list[tuple[int, int]] = []
        for key in self.seating:
            value = results.get(key)
            rounds = value.get("rounds") if isinstance(value, dict) else None
            for round_ in rounds if isinstance(rounds, list) else []:
                for table in round_ if isinstance(round_, list) else []:
                    ids = [p for p in table if isinstance(p, int) and not isinstance(p, bool)] \
                        if isinstance(table, list) else []  # fmt: skip
                    pairs += [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
        return pairs

    def remap_config(self, config: Any, ids: IdMap) -> Any:
        if self.config is None or not isinstance(config, dict):
            return config
        return self.config(config, ids)

    def remap_result(self, key: str, value: Any, ids: IdMap) -> Any:
        remap = (self.results or {}).get(key)
        return value if remap is None else remap(value, ids)


# -- meet and greet: the speed-dating rotation (app/activities/meet_greet/state.py) ---------------
def _rotation(value: Any, ids: IdMap) -> Any:
    """{"people": [ids], "group_size": n, "rounds": [[[ids]]]}."""
    if not isinstance(value, dict):
        return value
    changed = dict(value)
    if "people" in value:
        changed["people"] = id_list(value["people"], ids)
    if "rounds" in value:
        changed["rounds"] = rounds_of_tables(value["rounds"], ids)
    return changed


# the key is meet_greet/state.py ROTATION_KEY (core sits below the activities and cannot import
# it; tests/storage/test_participant_refs.py keeps the two equal)
ROTATION = "rotation"
MEET_GREET = KindRefs(results={ROTATION: _rotation}, seating=(ROTATION,))


# -- breakout: hosts and keep-apart pairs in the config, the schedule as a result ----------------
def _breakout_config(config: dict[str, Any], ids: IdMap) -> dict[str, Any]:
    """{"hosts": {"<id>": table}, "keep_apart": [[id, id], ...]} (app/activities/breakout)."""
    changed = dict(config)
    hosts = config.get("hosts")
    if isinstance(hosts, dict):
        changed["hosts"] = {
            str(mapped): table
            for person, table in hosts.items()
            if (mapped := new_id(person, ids)) is not None
        }
    pairs = config.get("keep_apart")
    if isinstance(pairs, list):
        kept = []
        for pair in pairs:
            mapped = id_list(pair, ids)
            if isinstance(mapped, list) and len(mapped) == 2:
                kept.append(mapped)
        changed["keep_apart"] = kept
    return changed


def _schedule(value: Any, ids: IdMap) -> Any:
    """{"rounds": [[[ids]]], "seed": n}."""
    if not isinstance(value, dict) or "rounds" not in value:
        return value
    return {**value, "rounds": rounds_of_tables(value["rounds"], ids)}


SCHEDULE = "schedule"  # breakout/state.py SCHEDULE (kept equal by the same test)
BREAKOUT = KindRefs(config=_breakout_config, results={SCHEDULE: _schedule}, seating=(SCHEDULE,))

# Kinds that keep participant ids somewhere. A kind not listed stores none: bingo names people
# on cards by name (in list order, which a transfer keeps), statements and worksheets by phone
# key or free text, segments nothing.
BY_KIND: dict[str, KindRefs] = {"meet_greet": MEET_GREET, "breakout": BREAKOUT}
NONE = KindRefs()


def refs_for(kind: str) -> KindRefs:
    return BY_KIND.get(kind, NONE)
