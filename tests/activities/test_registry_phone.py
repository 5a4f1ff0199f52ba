"""The registry's phone parts: every kind that names one loads, message types do not clash,
view scripts exist, and the room reaches kinds only through the registry."""

from __future__ import annotations

from collections import defaultdict

import grimp
import pytest

from app import resources
from app.activities import registry
from app.activities.phone import Field, PhonePart
from app.core.room import BASE_SCHEMAS


def test_every_named_phone_part_loads_and_has_a_view_script() -> None:
    parts = registry.phone_parts()
    assert set(parts) == {k.key for k in registry.KINDS if k.phone}
    assert {"statements", "bingo", "breakout", "meet_greet", "worksheet"} <= set(parts)
    for key, part in parts.items():
        assert isinstance(part, PhonePart), key
        assert part.messages, key  # a phone part with nothing to send would need no part
        assert resources.read_text(part.script).lstrip().startswith('"use strict"'), key


def test_message_type_names_are_unique_across_kinds() -> None:
    """A type belongs to one schema: kinds share one only through a common base part (the
    seating kinds' "seat"), never by declaring the same name twice."""
    owners: dict[str, set[int]] = defaultdict(set)
    for part in registry.phone_parts().values():
        for name, schema in part.messages.items():
            assert name not in BASE_SCHEMAS, name  # hello and ping are the room's
            owners[name].add(id(schema))
    assert {name for name, schemas in owners.items() if len(schemas) > 1} == set()
    shared = {name for name in owners if sum(name in p.messages for p in
                                             registry.phone_parts().values()) > 1}  # fmt: skip
    assert shared == {"seat"}  # breakout and speed-dating, through SeatingPhone


class Clash(PhonePart):
    """A phone part that declares a type the statements already own."""

    messages = {"vote": {"statement": Field(str)}}


def test_a_kind_declaring_a_taken_type_is_refused_at_registration() -> None:
    clash = registry.ActivityKind("clash_x", "Clash", 5,
                                  phone="tests.activities.test_registry_phone:Clash")  # fmt: skip
    with pytest.raises(ValueError, match="'vote' of kind 'clash_x' is taken"):
        registry.register(clash)
    assert "clash_x" not in set(registry.keys())
    assert "vote" in registry.message_schemas()  # the room still serves the others


def test_register_adds_a_kind_and_takes_it_out_again() -> None:
    kind = registry.ActivityKind("throwaway_x", "Throw-away", 5)
    with registry.register(kind) as added:
        assert added is kind and registry.kind("throwaway_x") is kind
        assert kind in registry.KINDS and "throwaway_x" in set(registry.keys())
        with pytest.raises(ValueError, match="already registered"):
            registry.register(kind)
    assert "throwaway_x" not in set(registry.keys())
    assert registry.kind("throwaway_x").label == "throwaway_x"  # the placeholder again


def test_the_room_imports_no_module_of_a_specific_kind() -> None:
    graph = grimp.build_graph("app")
    kinds = [k.key for k in registry.KINDS]
    room_modules = {m for m in graph.modules if m == "app.room" or m.startswith("app.room.")}
    for kind in kinds:
        package = f"app.activities.{kind}"
        if package not in graph.modules:
            continue
        chains = graph.find_shortest_chains(importer="app.room", imported=package)
        assert not chains, (kind, sorted(chains))
    assert room_modules
