"""Hostile session files through `tafelronde import-session`: bombs, deep nesting, numbers that do
not fit, damaged archives, wrong types. Each a clean outcome; nothing half-imported."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers.hostile_files import bomb_member, with_declared_size, with_flag, zip_of
from tests.hostile.conftest import Case, check

NOT_SESSION = "is not a Tafelronde session file"
TOO_DEEP = "nested more than 64 levels"
NUMBER = "holds a number that cannot be stored"
RANGE = "outside the range 0 to 2147483647"
TOO_LARGE = "too large for a session file"


def document() -> dict[str, Any]:
    """A small, valid session file's content."""
    return {
        "format": "tafelronde-session", "format_version": 1, "app_version": "test",
        "uid": "0123456789abcdef0123456789abcdef",
        "session": {"title": "Gedeelde sessie", "date": "2026-03-01", "start_time": "10:00",
                    "venue": "Zaal", "organisers": "", "capacity": 40, "template_key": "",
                    "settings": {}},
        "participants": [{"ref": 7, "first_name": "Dora", "last_name": "Zee", "organisation": "X",
                          "role": "", "municipality": "", "email": "", "status": "registered",
                          "consent": True, "position": 0}],
        "activities": [{"position": 0, "kind": "segment", "title": "Welkom",
                        "planned_minutes": 10, "config": {},
                        "results": [{"key": "note:1", "value": {"text": "hallo"}}]}],
        "actions": [{"position": 0, "what": "Plan", "who": "Dora", "due": "", "done": False}],
    }  # fmt: skip


def changed(path: str, value: Any) -> bytes:
    """The valid document with one place (dotted path, numbers index lists) set to `value`."""
    data = document()
    steps: list[Any] = [int(s) if s.isdigit() else s for s in path.split(".")]
    target = data
    for step in steps[:-1]:
        target = target[step]
    target[steps[-1]] = value
    return json.dumps(data).encode()


def with_raw(path: str, text: str) -> bytes:
    return changed(path, "@@@").replace(b'"@@@"', text.encode())


def nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


VALID = json.dumps(document()).encode()
CASES = [
    Case("valid", ".tafelronde", lambda: VALID, None, 0),
    Case("valid_zipped", ".tafelronde", lambda: zip_of({"session.json": VALID}), None, 0),
    Case("valid_with_bom", ".tafelronde", lambda: b"\xef\xbb\xbf" + VALID, None, 0),
    Case("not_json", ".tafelronde", lambda: b"hello, world", NOT_SESSION),
    Case("empty", ".tafelronde", lambda: b"", NOT_SESSION),
    Case("json_array", ".tafelronde", lambda: b"[]", NOT_SESSION),
    Case("wrong_format", ".tafelronde", lambda: changed("format", "other"), NOT_SESSION),
    Case("newer_version", ".tafelronde", lambda: changed("format_version", 9), "newer Tafelronde"),
    Case("version_as_text", ".tafelronde", lambda: changed("format_version", "1"), NOT_SESSION),
    Case("version_as_bool", ".tafelronde", lambda: changed("format_version", True), NOT_SESSION),
    Case("brackets_100000", ".tafelronde", lambda: b"[" * 100_000, TOO_DEEP),
    Case("objects_50000", ".tafelronde", lambda: b'{"a":' * 50_000, TOO_DEEP),
    Case("nested_result_70", ".tafelronde",
         lambda: changed("activities.0.results.0.value", nested(70)), TOO_DEEP),
    Case("nested_config_900", ".tafelronde",
         lambda: changed("activities.0.config", {"x": nested(900)}), TOO_DEEP),
    Case("nested_settings_5000", ".tafelronde",
         lambda: with_raw("session.settings", '{"x":' + "[" * 5000 + "]" * 5000 + "}"), TOO_DEEP),
    Case("position_10e30", ".tafelronde",
         lambda: with_raw("participants.0.position", "1" + "0" * 30), NUMBER),
    Case("position_2e40", ".tafelronde", lambda: changed("participants.0.position", 2**40), RANGE),
    Case("position_negative", ".tafelronde", lambda: changed("activities.0.position", -1), RANGE),
    Case("minutes_2e31", ".tafelronde", lambda: changed("activities.0.planned_minutes", 2**31),
         RANGE),
    Case("capacity_2e62", ".tafelronde", lambda: changed("session.capacity", 2**62), RANGE),
    Case("action_position_huge", ".tafelronde", lambda: changed("actions.0.position", 2**33),
         RANGE),
    Case("nan_in_result", ".tafelronde", lambda: with_raw("activities.0.results.0.value", "NaN"),
         NUMBER),
    Case("infinity_in_config", ".tafelronde",
         lambda: with_raw("activities.0.config", '{"x": -Infinity}'), NUMBER),
    Case("float_1e999", ".tafelronde", lambda: with_raw("session.settings", '{"x": 1e999}'),
         NUMBER),
    Case("int_5000_digits", ".tafelronde", lambda: with_raw("session.settings", "9" * 5000),
         NUMBER),
    Case("declares_3_gb", ".tafelronde",
         lambda: with_declared_size(zip_of({"session.json": VALID}), "session.json",
                                    3_200_000_000), TOO_LARGE),
    Case("zip_bomb_120_mb", ".tafelronde", lambda: bomb_member("session.json", 120), TOO_LARGE),
    Case("zip_17_members", ".tafelronde",
         lambda: zip_of({"session.json": VALID, **{f"{n}.txt": "x" for n in range(16)}}),
         "holds 17 files"),
    Case("zip_without_session", ".tafelronde", lambda: zip_of({"other.json": VALID}), NOT_SESSION),
    Case("zip_encrypted", ".tafelronde", lambda: with_flag(zip_of({"session.json": VALID}), 1),
         NOT_SESSION),
    Case("zip_unknown_method", ".tafelronde",
         lambda: with_flag(zip_of({"session.json": VALID}), method=99), NOT_SESSION),
    Case("zip_truncated", ".tafelronde", lambda: zip_of({"session.json": VALID})[:60], NOT_SESSION),
    Case("zip_lies_smaller", ".tafelronde",
         lambda: with_declared_size(zip_of({"session.json": VALID}), "session.json", 10),
         NOT_SESSION),
    Case("plain_over_32_mb", ".tafelronde", lambda: VALID + b" " * (32 * 1024 * 1024), TOO_LARGE),
    Case("containers_600000", ".tafelronde", lambda: b"[" + b"{}," * 600_000 + b"{}]",
         "more than 500000 records"),
    Case("invalid_utf8", ".tafelronde", lambda: VALID.replace(b"Dora", b"D\xffra"), "not UTF-8"),
    Case("utf16", ".tafelronde", lambda: VALID.decode().encode("utf-16"), "not UTF-8"),
    Case("status_unknown", ".tafelronde", lambda: changed("participants.0.status", "admin"),
         NOT_SESSION),
    Case("name_is_number", ".tafelronde", lambda: changed("participants.0.first_name", 12),
         NOT_SESSION),
    Case("position_is_bool", ".tafelronde", lambda: changed("participants.0.position", True),
         NOT_SESSION),
    Case("no_uid", ".tafelronde", lambda: changed("uid", None), NOT_SESSION),
    Case("participants_not_list", ".tafelronde", lambda: changed("participants", {"a": 1}),
         NOT_SESSION),
    Case("result_without_key", ".tafelronde", lambda: changed("activities.0.results.0", {"v": 1}),
         NOT_SESSION),
    Case("activity_without_kind", ".tafelronde", lambda: changed("activities.0.kind", ""),
         NOT_SESSION),
    Case("bad_date", ".tafelronde", lambda: changed("activities.0.actual_start", "gisteren"),
         NOT_SESSION),
    Case("year_99999", ".tafelronde", lambda: changed("actions.0.updated_at", "99999-01-01"),
         NOT_SESSION),
    Case("lone_surrogate", ".tafelronde",
         lambda: VALID.replace(b'"Dora"', b'"\\ud800Dora"', 1), None, None),
    Case("nul_in_title", ".tafelronde", lambda: changed("session.title", "a\x00b"), None, None),
    Case("result_key_5000", ".tafelronde",
         lambda: changed("activities.0.results.0.key", "k" * 5000), None, None),
    Case("rtl_override_name", ".tafelronde",
         lambda: changed("participants.0.first_name", "Dora\u202e"), None, None),
    Case("venue_8_mb", ".tafelronde", lambda: changed("session.venue", "v" * (8 * 1024 * 1024)),
         None, None),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_session_file(case: Case, hostile) -> None:  # type: ignore[no-untyped-def]
    outcome = hostile(case, "import-session")
    check(case, outcome, f"{case.name}{case.suffix}")


def test_a_refused_session_file_says_so_in_dutch(hostile) -> None:  # type: ignore[no-untyped-def]
    case = next(c for c in CASES if c.name == "brackets_100000")
    outcome = hostile(case, "import-session", lang="nl")
    assert outcome.code == 1 and "brackets_100000.tafelronde" in outcome.err
    assert "nested" not in outcome.err and "niveaus" in outcome.err


def test_a_missing_file_or_a_folder_is_one_clear_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import run

    database = str(tmp_path / "t.sqlite")
    for target in (tmp_path / "missing.tafelronde", tmp_path):
        assert run(["--lang", "en", "import-session", str(target), "--db", database]) == 1
        err = capsys.readouterr().err
        assert f"{target} cannot be read:" in err and len(err.splitlines()) == 1
