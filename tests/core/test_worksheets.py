"""Worksheet definitions: every built-in loads, broken ones fail with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import worksheets
from app.core.worksheet_fields import TYPES, empty_value, is_empty, normalize, texts_of
from app.core.worksheets import WorksheetError

EXPECTED = {
    "shared_vocabulary", "role_division", "political_agenda", "alliance_criteria",
    "regional_challenges", "partner_map", "requests_offers", "training_needs", "value_cycles",
    "sector_plan_blocks",
}  # fmt: skip


def test_every_builtin_definition_loads_in_both_languages() -> None:
    catalogue = worksheets.catalogue()
    assert catalogue.errors == []
    assert set(catalogue.known()) == EXPECTED
    used_types = set()
    for definition in catalogue.definitions.values():
        for language in ("nl", "en"):
            assert definition.text("title", language)
            for spec in definition.fields:
                assert spec.text("label", language)
                used_types.add(spec.type)
        assert definition.title["nl"] != definition.title["en"]
    assert used_types == set(TYPES)  # the seeds cover every field type


def test_templates_reference_existing_worksheets() -> None:
    from app import resources

    keys = set(worksheets.builtin_keys())
    for name in resources.listdir("templates", ".json"):
        data = json.loads(resources.read_text(f"templates/{name}"))
        for activity in data["activities"]:
            if activity["kind"] == "worksheet":
                assert activity["config"]["worksheet"] in keys


def _minimal(**field: object) -> dict[str, object]:
    spec = {"key": "notes", "type": "text", "label": "Notes", **field}
    return {"key": "mine", "title": {"nl": "Mijn blad", "en": "My sheet"}, "fields": [spec]}


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ({"type": "colour"}, "field 'notes': unknown type 'colour'"),
        ({"label": 5}, "field 'notes': 'label' must be a text"),
        ({"type": "long_text", "lines": 99}, "field 'notes': 'lines' must be a whole number"),
        ({"type": "table", "columns": []}, "field 'notes': 'columns' must be a list of 1 to 8"),
        ({"type": "checklist", "items": "x"}, "field 'notes': 'items' must be a list"),
        ({"type": "assignment", "items": ["a"], "options": [{"key": "A", "label": "a"}]},
         "field 'notes': 'options' must be a list of 2 to 7"),
        ({"type": "links", "left": {"label": "L", "terms": ["a"]}}, "field 'notes': 'right' must"),
        ({"type": "steps", "steps": [{"hint": "no title"}]}, "field 'notes': 'title' must be"),
        ({"key": "Bad Key"}, "field 'Bad Key': 'key' must be lower-case"),
    ],
)  # fmt: skip
def test_malformed_field_names_file_and_field(field: dict, expected: str) -> None:
    with pytest.raises(WorksheetError) as caught:
        worksheets.parse(_minimal(**field), "mine.json")
    assert str(caught.value).startswith("mine.json, field ")
    assert expected in str(caught.value)


def test_duplicate_field_keys_and_missing_title() -> None:
    data = _minimal()
    data["fields"] = [data["fields"][0], data["fields"][0]]  # type: ignore[index]
    with pytest.raises(WorksheetError, match="field 'notes': the key is used twice"):
        worksheets.parse(data, "mine.json")
    with pytest.raises(WorksheetError, match=r"^mine\.json: 'title' must be"):
        worksheets.parse({"key": "mine", "fields": []}, "mine.json")


def test_broken_custom_files_are_listed_not_raised(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "other.json").write_text(json.dumps(_minimal()), encoding="utf-8")
    (tmp_path / "mine.json").write_text(json.dumps(_minimal()), encoding="utf-8")
    catalogue = worksheets.catalogue(tmp_path)
    assert {"mine", "partner_map"} <= set(catalogue.known())
    messages = sorted(str(e) for e in catalogue.errors)
    assert messages[0].startswith("broken.json: not valid JSON (line 1")
    assert "other.json: the key 'mine' must match the file name" in messages[1]


def test_rows_round_trip_and_instances() -> None:
    definition = worksheets.catalogue().get("political_agenda")
    assert definition is not None
    values = {"contact": "Schepen Jansen", "steps": ["koffie drinken", "", "x"]}
    rows = worksheets.rows_from_values(definition, values, "g1")
    assert rows["ws:g1:contact"] == "Schepen Jansen"
    assert len(rows["ws:g1:steps"]) == 6  # padded to the six steps
    back = worksheets.values_from_rows(definition, rows, "g1")
    assert back["steps"][:3] == ["koffie drinken", "", "x"] and back["municipality"] == ""
    assert worksheets.values_from_rows(definition, rows, "g2")["contact"] == ""
    found = worksheets.instances_of({"instances": [{"id": "g1", "name": "A"}, {"id": "a:b"}, 5]})
    assert [i.id for i in found] == ["g1"]
    assert worksheets.instances_of({})[0].id == worksheets.DEFAULT_INSTANCE
    assert worksheets.new_instance_id(found) == "g2"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


def _field_like() -> st.SearchStrategy[dict]:
    texts = st.one_of(st.text(max_size=6), st.fixed_dictionaries({"nl": st.text(max_size=5)}))
    return st.fixed_dictionaries(
        {"key": st.sampled_from(["a", "b_1", "Z", ""]), "type": st.sampled_from([*TYPES, "x"]),
         "label": texts},
        optional={
            "items": st.lists(texts, max_size=3), "options": st.lists(json_values, max_size=3),
            "columns": st.lists(texts, max_size=3),
            "rows": st.integers(0, 4) | st.lists(texts, max_size=3),
            "steps": st.lists(st.fixed_dictionaries({"title": texts}), max_size=3),
            "lists": st.lists(
                st.fixed_dictionaries({"key": st.sampled_from(["c", "d"]), "label": texts}),
                max_size=2,
            ),
            "group_label": texts, "lines": json_values, "allow_extra": json_values,
            "left": st.fixed_dictionaries({"label": texts, "terms": st.lists(texts, max_size=2)}),
            "right": json_values,
        },
    )  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {"key": st.sampled_from(["k", "K", 3]), "title": json_values | st.just("T"),
             "fields": st.lists(_field_like(), max_size=3)},
            optional={"code": json_values, "format_version": json_values},
        ),
    ),
    json_values,
)  # fmt: skip
def test_random_definitions_and_values_never_crash(data: object, value: object) -> None:
    try:
        definition = worksheets.parse(data, "random.json")
    except WorksheetError as error:
        assert str(error).startswith("random.json")
        return
    for spec in definition.fields:
        shaped = normalize(spec, value)
        assert normalize(spec, shaped) == shaped  # normalising is stable
        json.dumps(shaped)
        texts_of(spec, value)
        assert is_empty(spec, empty_value(spec))


def test_error_message_translates_both_parts() -> None:
    with pytest.raises(WorksheetError) as caught:
        worksheets.parse(_minimal(type="long_text", lines=0), "mine.json")
    table = {
        "{where}: {problem}": "{where} — {problem}",
        "'{name}' must be a whole number from {low} to {high}": (
            "'{name}' moet tussen {low} en {high} liggen"
        ),
        "{file}, field '{field}'": "{file}, veld '{field}'",
    }
    assert (
        str(caught.value) == "mine.json, field 'notes': 'lines' must be a whole number from 1 to 40"
    )
    text = caught.value.translated(lambda context, source: table.get(source, source))
    assert text == "mine.json, veld 'notes' — 'lines' moet tussen 1 en 40 liggen"
