"""The room's rules without sockets (app/core/room.py): the code, signed identities, parsing."""

from __future__ import annotations

import math
import string
import sys
from collections import Counter

import pytest

from app.activities import registry
from app.core.room import (
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_DEPTH,
    PhoneIdentities,
    RoomMessageError,
    nesting_ok,
    new_code,
    parse,
)

SCHEMAS = registry.message_schemas()  # every registered kind's phone messages


def test_the_code_is_easy_to_type_and_has_at_least_30_bits() -> None:
    assert len(set(CODE_ALPHABET)) == len(CODE_ALPHABET)
    assert not set(CODE_ALPHABET) & set("0O1I")  # nothing to mistake when read aloud
    assert set(CODE_ALPHABET) <= set(string.ascii_uppercase + string.digits)
    assert CODE_LENGTH * math.log2(len(CODE_ALPHABET)) >= 30
    codes = [new_code() for _ in range(20_000)]
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert len(set(codes)) >= 19_990  # 2^30 possibilities: collisions are rare


def test_every_position_of_the_code_is_drawn_uniformly() -> None:
    """Today's bug: the first character was always B, H, T or Z (derived from the token)."""
    codes = [new_code() for _ in range(32_000)]
    expected = len(codes) / len(CODE_ALPHABET)
    for position in range(CODE_LENGTH):
        counts = Counter(code[position] for code in codes)
        assert set(counts) == set(CODE_ALPHABET)
        chi2 = sum((counts[c] - expected) ** 2 / expected for c in CODE_ALPHABET)
        assert chi2 < 80  # 31 degrees of freedom: p < 1e-6 of exceeding this by chance


def test_identities_are_signed_and_counted_per_address() -> None:
    room = PhoneIdentities(per_address=2, secret=b"k" * 32)
    first = room.issue("10.0.0.5")
    assert first is not None
    phone_id, token = first
    assert room.verify(token) == phone_id
    assert PhoneIdentities(2, secret=b"x" * 32).verify(token) is None  # another room's token
    for forged in (phone_id, phone_id + ".", f"{phone_id}.{'0' * 32}", token + "0", "a.b.c",
                   "", None, f"{'é' * 16}.{token.split('.')[1]}", token.upper()):  # fmt: skip
        assert room.verify(forged) is None
    assert room.issue("10.0.0.5") is not None
    assert room.issue("10.0.0.5") is None  # the address had its share
    assert room.issue("10.0.0.6") is not None


@pytest.mark.parametrize(
    "bomb",
    ["[" * 100_000 + "]" * 100_000, '{"a":' * 30_000 + "1" + "}" * 30_000,
     '{"type": "vote", "statement": ' + "[" * 5000 + "]" * 5000 + "}"],
)  # fmt: skip
def test_a_depth_bomb_is_refused_before_json_recursion(bomb: str) -> None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # json.loads of these would certainly recurse past this
    try:
        with pytest.raises(RoomMessageError, match="too_deep"):
            parse(bomb, SCHEMAS, max_bytes=10**7)
    finally:
        sys.setrecursionlimit(limit)
    with pytest.raises(RoomMessageError, match="too_large"):
        parse(bomb, SCHEMAS)  # and with the real size limit it is refused even earlier


def test_brackets_inside_strings_do_not_count() -> None:
    text = '{"type": "post", "kind": "offer", "text": "[[[{{{ \\" ]]] }}} \\\\"}'
    assert nesting_ok(text)
    assert parse(text, SCHEMAS)["text"] == '[[[{{{ " ]]] }}} \\'
    assert not nesting_ok("[" * (MAX_DEPTH + 1))


@pytest.mark.parametrize(
    ("raw", "code"),
    [('{"type": "bingo_claim", "card": 1, "name": "\\ud800"}', "bad_name"),
     ('{"type": "post", "kind": "offer", "text": "a\\udfffb"}', "bad_text"),
     (b'{"type": "ping"}\xff', "not_json"), ('{"type": "bingo_card", "card": 1e400}', "bad_card"),
     ('{"type": "bingo_card", "card": NaN}', "bad_card"), ("Infinity", "bad_message")],
)  # fmt: skip
def test_text_that_cannot_be_stored_is_refused(raw: str | bytes, code: str) -> None:
    with pytest.raises(RoomMessageError) as refused:
        parse(raw, SCHEMAS)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("raw", "code"),
    [('{"type": "pick", "colour": "mauve"}', "bad_colour"),  # not one of the choices
     ('{"type": "pick", "colour": "red", "note": " \\u0001 "}', "empty"),  # nothing left
     ('{"type": "pick", "colour": "red", "note": "' + "n" * 11 + '"}', "too_long"),
     ('{"type": "pick", "colour": "red", "note": "ok", "count": 1000000}', "bad_count"),
     ('{"type": "pick", "note": "ok"}', "missing_colour")],
)  # fmt: skip
def test_a_kinds_schema_is_enforced_field_by_field(raw: str, code: str) -> None:
    from app.core.room import Field

    schemas = {"pick": {"colour": Field(str, choices=("red", "blue")),
                        "note": Field(str, max_length=10, non_empty=True),
                        "count": Field(int, required=False)}}  # fmt: skip
    with pytest.raises(RoomMessageError) as refused:
        parse(raw, schemas)
    assert refused.value.code == code
    ok = parse('{"type": "pick", "colour": "red", "note": " fine\\u0007 ", "extra": 1}', schemas)
    assert ok == {"type": "pick", "colour": "red", "note": "fine"}  # cleaned; unknown keys dropped
    with pytest.raises(RoomMessageError, match="unknown_type"):
        parse('{"type": "pick", "colour": "red", "note": "x"}')  # core alone knows no kind
    assert parse('{"type": "ping"}') == {"type": "ping"}


@pytest.mark.parametrize("hidden", ["\u202e", "\u202d", "\u2066", "\u2069", "\u0085", "\u009b"])
def test_direction_overrides_and_control_characters_never_reach_the_beamer(hidden: str) -> None:
    """A phone's "\u202elive" would show reversed, and reverse what follows it on the beamer or
    in the report; C1 controls are no text either. They go, the letters stay."""
    import json

    raw = json.dumps({"type": "words", "text": f"samen{hidden}werken"})
    assert parse(raw, SCHEMAS)["text"] == "samenwerken"
    question = json.dumps({"type": "question", "text": f"{hidden}{hidden}"})
    with pytest.raises(RoomMessageError, match="empty"):  # nothing shown is left: no question
        parse(question, SCHEMAS)
