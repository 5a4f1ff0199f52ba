"""Hostile templates through `tafelronde template import`: keys that are paths, bombs of nesting,
numbers that do not fit. Each a clean outcome; nothing written in or outside the templates folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from app.cli import run
from tests.hostile.conftest import Case, check

KEY = "may hold only lower-case letters"
TOO_DEEP = "nested more than 32 levels"
NUMBER = "holds a number that cannot be used"


def template(**changes: Any) -> bytes:
    data: dict[str, Any] = {
        "format": "tafelronde-template", "format_version": 1, "key": "partner_dag",
        "title": {"nl": "Partnerdag", "en": "Partner day"}, "capacity": 30,
        "activities": [{"kind": "segment", "title": "Welkom", "minutes": 10,
                        "config": {"caption": {"nl": "Hallo", "en": "Hello"}}}],
    }  # fmt: skip
    data.update(changes)
    return json.dumps(data).encode()


def with_raw(text: str) -> bytes:
    return template(activities=[{"kind": "segment", "config": {"x": "@@@"}}]).replace(
        b'"@@@"', text.encode()
    )


def names(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = {"x": value}
    return value


CASES = [
    Case("valid", ".json", lambda: template(), None, 0),
    Case("valid_with_bom", ".json", lambda: b"\xef\xbb\xbf" + template(), None, 0),
    Case("builtin_key", ".json", lambda: template(key="build_your_network"), None, 0),
    Case("key_parent_path", ".json", lambda: template(key="../../../.config/x/settings"), KEY),
    Case("key_absolute", ".json", lambda: template(key="/tmp/evil"), KEY),
    Case("key_windows_path", ".json", lambda: template(key="C:\\Users\\x\\evil"), KEY),
    Case("key_windows_device", ".json", lambda: template(key="con"), KEY),
    Case("key_windows_device_lpt1", ".json", lambda: template(key="lpt1"), KEY),
    Case("key_upper_case", ".json", lambda: template(key="Partner"), KEY),
    Case("key_leading_dot", ".json", lambda: template(key=".hidden"), KEY),
    Case("key_dot_dot", ".json", lambda: template(key=".."), KEY),
    Case("key_with_slash", ".json", lambda: template(key="a/b"), KEY),
    Case("key_with_nul", ".json", lambda: template(key="a\x00b"), KEY),
    Case("key_with_newline", ".json", lambda: template(key="a\nb"), KEY),
    Case("key_unicode", ".json", lambda: template(key="café"), KEY),
    Case("key_rtl_override", ".json", lambda: template(key="abc\u202enosj"), KEY),
    Case("key_81_chars", ".json", lambda: template(key="k" * 81), "'key' must be a short text"),
    Case("key_empty", ".json", lambda: template(key=""), "'key' must be a short text"),
    Case("key_number", ".json", lambda: template(key=7), "'key' must be a short text"),
    Case("not_json", ".json", lambda: b"{ nope", "is not valid JSON"),
    Case("empty", ".json", lambda: b"", "is not valid JSON"),
    Case("json_array", ".json", lambda: b"[1, 2]", "does not hold a template"),
    Case("wrong_format", ".json", lambda: template(format="x"), "not a Tafelronde template"),
    Case("newer_version", ".json", lambda: template(format_version=5), "newer version"),
    Case("brackets_100000", ".json", lambda: b"[" * 100_000, TOO_DEEP),
    Case("nested_config_40", ".json",
         lambda: template(activities=[{"kind": "segment", "config": nested(40)}]), TOO_DEEP),
    Case("nested_config_3000", ".json",
         lambda: with_raw('{"x":' * 3000 + "1" + "}" * 3000), TOO_DEEP),
    Case("nan_in_config", ".json", lambda: with_raw("NaN"), NUMBER),
    Case("float_1e999", ".json", lambda: with_raw("1e999"), NUMBER),
    Case("int_5000_digits", ".json", lambda: with_raw("7" * 5000), NUMBER),
    Case("int_10e30_in_config", ".json", lambda: with_raw("1" + "0" * 30), NUMBER),
    Case("minutes_10e30", ".json",
         lambda: template(activities=[{"kind": "segment", "minutes": 10**30}]), NUMBER),
    Case("minutes_negative", ".json",
         lambda: template(activities=[{"kind": "segment", "minutes": -5}]), "'minutes'"),
    Case("minutes_bool", ".json",
         lambda: template(activities=[{"kind": "segment", "minutes": True}]), "'minutes'"),
    Case("capacity_bool", ".json", lambda: template(capacity=True), "'capacity'"),
    Case("capacity_huge", ".json", lambda: template(capacity=10**9), "'capacity'"),
    Case("activities_201", ".json", lambda: template(activities=[{"kind": "segment"}] * 201),
         "more than 200 activities"),
    Case("activity_not_object", ".json", lambda: template(activities=["x"]), "is not an object"),
    Case("activity_no_kind", ".json", lambda: template(activities=[{}]), "has no 'kind'"),
    Case("config_not_object", ".json",
         lambda: template(activities=[{"kind": "segment", "config": []}]), "'config'"),
    Case("title_501", ".json", lambda: template(title="T" * 501), "'title'"),
    Case("title_missing", ".json", lambda: template(title=None), "'title'"),
    Case("over_2_mb", ".json", lambda: template(description="d" * (2 * 1024 * 1024)),
         "too large for a template"),
    Case("invalid_utf8", ".json", lambda: template().replace(b"Partnerdag", b"\xff\xfe"),
         "cannot be read"),
    Case("utf16", ".json", lambda: template().decode().encode("utf-16"), "cannot be read"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_template(case: Case, hostile, tmp_path: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path_factory.getbasetemp()  # home, data and this test's folder are all in here
    around = names(base)
    outcome = hostile(case, "template")
    check(case, outcome, f"{case.name}{case.suffix}")
    if outcome.code == 1:  # nothing appeared anywhere but the hostile file itself
        appeared = {p for p in names(base) - around if not p.name.endswith(("-wal", "-shm"))}
        assert appeared == {tmp_path / f"{case.name}{case.suffix}"}


def test_an_imported_template_is_stored_under_its_key_only(hostile) -> None:  # type: ignore[no-untyped-def]
    from app.paths import user_templates_dir

    outcome = hostile(CASES[0], "template")
    assert outcome.code == 0 and "partner_dag" in outcome.out
    assert sorted(p.name for p in user_templates_dir().iterdir()) == ["partner_dag.json"]


def test_a_symlink_in_the_templates_folder_is_not_followed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.paths import user_templates_dir

    victim = tmp_path / "settings.json"
    victim.write_text('{"keep": true}')
    os.symlink(victim, user_templates_dir() / "partner_dag.json")
    source = tmp_path / "partner.json"
    source.write_bytes(template())
    assert run(["--lang", "en", "template", "import", str(source)]) == 1
    assert "outside" in capsys.readouterr().err
    assert victim.read_text() == '{"keep": true}'


def test_export_then_import_round_trip(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    exported = tmp_path / "kickoff.json"
    assert run(["template", "export", "production_network_kickoff", "-o", str(exported)]) == 0
    assert json.loads(exported.read_text())["key"] == "production_network_kickoff"
    assert run(["--lang", "en", "template", "import", str(exported)]) == 0
    mine = tmp_path / "mine.json"
    assert run(["template", "export", "production_network_kickoff", "-o", str(mine)]) == 0
    assert run(["--lang", "en", "template", "export", "../x", "-o", str(mine)]) == 1
    assert run(["--lang", "en", "template", "export", "nope", "-o", str(mine)]) == 1
    err = capsys.readouterr().err
    assert "Unknown template: nope" in err and KEY in err and "Traceback" not in err
    folder = tmp_path / "no_such_folder" / "x.json"
    assert run(["--lang", "en", "template", "export", "build_your_network", "-o", str(folder)]) == 1
    assert "Cannot write" in capsys.readouterr().err


def test_a_template_built_in_code_with_a_path_key_is_not_saved(tmp_path: Path) -> None:
    from app.core import templates

    folder = tmp_path / "templates"
    folder.mkdir()
    for key in ("../outside", "/tmp/x", "a/../../b", "NUL", "con"):
        with pytest.raises(templates.TemplateError):
            templates.save(templates.Template(key=key, title="T"), folder)
    assert list(tmp_path.rglob("*.json")) == []
