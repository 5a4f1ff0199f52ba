"""Built-in templates: all valid, all kinds known, and user templates survive export/import."""

from __future__ import annotations

import json

import pytest

from app.activities import registry
from app.core import templates
from app.core.templates import TemplateError


def test_the_five_seed_meetings_are_built_in() -> None:
    assert set(templates.builtin_keys()) == {
        "production_network_kickoff", "sector_day_alliances", "build_your_network",
        "learning_network_reflection", "sector_plan_working_group"}  # fmt: skip


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", templates.builtin_keys())
def test_every_template_is_valid_in_both_languages(key: str, language: str) -> None:
    template = templates.builtin(key, language)
    assert template.title and template.activities
    kinds = registry.keys()  # the registry's list of kind names
    for activity in template.activities:
        assert activity.kind in kinds
        assert activity.title, f"{key}: an activity without a title"
        # configuration texts are resolved to one language, no {"nl":..,"en":..} left
        assert '"nl":' not in json.dumps(activity.config)


def test_languages_differ() -> None:
    assert templates.builtin("build_your_network", "nl").title == "Bouw je netwerk uit"
    assert templates.builtin("build_your_network", "en").title == "Build your network"


def test_dump_and_load_round_trip() -> None:
    original = templates.builtin("sector_day_alliances", "en")
    again = templates.loads(templates.dumps(original), "en")
    assert again == original


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("not json", "not valid JSON"),
        ("[]", "does not hold a template"),
        ('{"format": "x"}', "not a Tafelronde template"),
        ('{"key": "a", "title": "T", "format_version": 99}', "newer version"),
        ('{"key": "a", "title": "T", "activities": [{"kind": "bingo", "minutes": -3}]}',
         "activity 1: 'minutes'"),
        ('{"key": "a", "title": "T", "activities": [{"minutes": 3}]}', "activity 1 has no 'kind'"),
    ],
)  # fmt: skip
def test_broken_templates_name_the_problem(text: str, fragment: str) -> None:
    with pytest.raises(TemplateError) as caught:
        templates.loads(text, source="mine.json")
    assert fragment in str(caught.value)
    assert "mine.json" in str(caught.value)


def test_every_template_creates_a_valid_session(store) -> None:  # type: ignore[no-untyped-def]
    for template in templates.builtins("nl"):
        meeting = store.sessions.create(template.title, template)
        agenda = store.agenda.list(meeting.id)
        assert [a.kind for a in agenda] == [a.kind for a in template.activities]
        assert [a.position for a in agenda] == list(range(len(agenda)))
        assert all(json.loads(a.config) == t.config
                   for a, t in zip(agenda, template.activities, strict=True))  # fmt: skip
        assert meeting.capacity == template.capacity
