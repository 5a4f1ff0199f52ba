"""Every user-facing error class of the app, found by walking its modules, is shown in Dutch by the
one helper (app.i18n.user_text): its context reaches the Dutch catalogues, no English is left."""

from __future__ import annotations

import errno
import importlib
import pkgutil
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import app
from app.core.errors import UserError
from app.core.i18n import fill
from app.i18n import install_translators, user_text
from tests.test_translations import catalogues, messages

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _all_user_errors() -> list[type[UserError]]:
    for module in pkgutil.walk_packages(app.__path__, "app."):
        if "migrations" in module.name or module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)
    found: list[type[UserError]] = []
    todo = [UserError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("app.") and sub not in found:
                found.append(sub)
                todo.append(sub)
    return found


def _dutch() -> dict[tuple[str, str], set[str]]:
    """(context, source) -> its Dutch translations (several catalogues may hold one)."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ts in catalogues():
        for key, text in messages(ts).items():
            if text:
                found[key].add(text)
    return found


def _values(text: str) -> dict[str, object]:
    return {name: f"«{name}-7»" for name in PLACEHOLDER.findall(text)}


# classes whose constructor is not (text, **params); each fixes its own text
FIXED: dict[str, Callable[[type], UserError]] = {
    "ConflictError": lambda cls: cls(object()),
    "DuplicateError": lambda cls: cls(0, "Jan de Vries"),
    "OutputError": lambda cls: cls(Path("/x/y.pdf"), OSError(errno.ENOSPC, "No space")),
}
TYPED: dict[str, Callable[[type, str], UserError]] = {
    "InputError": lambda cls, text: cls(text, "31-02-2027"),
}


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "nl")
    try:
        yield
    finally:
        install_translators(qapp, "en")


def test_the_walk_finds_the_areas_errors() -> None:
    names = {cls.__name__ for cls in _all_user_errors()}
    expected = {
        "BingoError", "GroupingError", "StorageError", "RoleError", "OutputError", "TemplateError",
        "ImportProblem", "StatementFileProblem", "WorksheetError", "FieldError", "RoomError",
        "InputError", "TextError", "SessionFileError",
    }  # fmt: skip
    assert expected <= names


def _example(cls: type[UserError], dutch: dict[tuple[str, str], set[str]]) -> UserError:
    """An instance of cls with a text of its own context that the Dutch catalogues translate."""
    if cls.__name__ in FIXED:
        return FIXED[cls.__name__](cls)
    probe = TYPED[cls.__name__](cls, "x") if cls.__name__ in TYPED else cls("x")  # type: ignore[call-arg]
    texts = sorted(
        source
        for (context, source), translations in dutch.items()
        if (context == probe.context and translations and source not in translations
        and not {"where", "problem", "text"} & set(PLACEHOLDER.findall(source)))
        or (context == probe.context and cls.__name__ in TYPED and source not in translations)
    )  # fmt: skip
    assert texts, f"no Dutch text in context {probe.context!r} for {cls.__name__}"
    text = max(texts, key=lambda t: len(PLACEHOLDER.findall(t)))  # one with values, if any
    if cls.__name__ in TYPED:
        return TYPED[cls.__name__](cls, text)
    return cls(text, **_values(text))  # type: ignore[call-arg]


@pytest.mark.usefixtures("dutch")
def test_every_user_error_class_is_shown_in_dutch() -> None:
    catalogue = _dutch()
    checked = []
    for cls in _all_user_errors():
        error = _example(cls, catalogue)
        assert isinstance(error, cls)
        shown = user_text(error)
        translations = catalogue.get((error.context, error.text), set())
        assert translations, f"{cls.__name__}: {error.text!r} has no Dutch translation"
        assert shown in {fill(t, **error.params) for t in translations}, cls.__name__
        assert shown != str(error), f"{cls.__name__} is still English: {shown!r}"
        for name in PLACEHOLDER.findall(error.text):
            assert str(error.params[name]) in shown  # the values arrive
        checked.append(cls.__name__)
    assert len(checked) >= 14
