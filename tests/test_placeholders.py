"""One placeholder style: {name} filled by app.core.i18n.fill after translating, %n for Qt's
plurals. A translation with a stray or renamed brace must never raise in front of the room, and
every literal text must stay where pyside6-lupdate finds it (docs/checks.md)."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.core.i18n import fill

ROOT = Path(__file__).resolve().parents[1]
TRANSLATING = {"tr", "translate"}  # self.tr, QCoreApplication.translate, app.i18n.translate


def test_fill_replaces_named_placeholders_with_their_text() -> None:
    assert fill("Round {n} of {count}", n=2, count=5) == "Round 2 of 5"
    assert fill("{a} and {b}", a=None, b=1.5) == "None and 1.5"


def test_fill_leaves_unknown_names_and_stray_braces_alone() -> None:
    assert fill("Saved {path} {reason}", path="x.pdf") == "Saved x.pdf {reason}"
    assert fill("Opgeslagen {pad}", path="x.pdf") == "Opgeslagen {pad}"  # a renamed placeholder
    assert fill("{ {path", path="x") == "{ {path"
    assert fill("a } b {path}} c {", path="x") == "a } b x} c {"
    assert fill("{0} {} {path!r}", path="x") == "{0} {} {path!r}"


def test_fill_inserts_values_as_they_are() -> None:
    """A brace in a file name or a value that looks like a placeholder stays as it is."""
    assert fill("{a} {b}", a="{b}", b="B") == "{b} B"
    assert fill("Saved {path}", path="my {draft}.pdf") == "Saved my {draft}.pdf"


def test_fill_keeps_format_specs_and_escaped_braces() -> None:
    assert fill("card {card:03d}", card=7) == "card 007"
    assert fill("card {card:03d}", card="seven") == "card seven"  # a bad spec: the plain value
    assert fill('{name} or {{"nl": …}}', name="x") == 'x or {"nl": …}'


@given(st.text(), st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), st.text()))
def test_fill_never_raises(text: str, values: dict[str, str]) -> None:
    result = fill(text, **values)
    if not values and "{{" not in text and "}}" not in text:
        assert result == text


def test_translate_fills_after_translating(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.i18n import translate

    assert translate("NoSuchContext", "Round {n} of {count}", n=3, count=4) == "Round 3 of 4"
    assert translate("NoSuchContext", "%n answer(s) for {who}", 2, who="all") == (
        "2 answer(s) for all"
    )


def _sources() -> list[Path]:
    files = sorted((ROOT / "app").rglob("*.py")) + sorted((ROOT / "printables").rglob("*.py"))
    return [p for p in files if "migrations" not in p.parts]


def _name(call: ast.expr) -> str | None:
    if not isinstance(call, ast.Call):
        return None
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _fills_by_replace(call: ast.Call) -> bool:
    """.replace("{name}", ...): filling by hand (.replace("&", "") for a menu title is fine)."""
    first = call.args[0] if call.args else None
    return (
        getattr(call.func, "attr", None) == "replace"
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and first.value.startswith("{")
    )


def test_no_format_or_replace_on_a_translated_text() -> None:
    """`.format(...)` on a translation raises on a stray brace; `.replace("{x}", ...)` chains
    fill one after the other. Both are written `fill(...)`."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and _name(node.func.value) in TRANSLATING
                and (node.func.attr in {"format", "format_map"} or _fills_by_replace(node))
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, f"use fill(...) on translated texts: {found}"


def test_literal_texts_are_translated_where_lupdate_finds_them() -> None:
    """lupdate extracts `translate("Context", "text")` only with two (or Qt's four) arguments:
    a literal with placeholder values goes `fill(translate("Context", "text {x}"), x=...)`."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                _name(node) == "translate"
                and isinstance(node, ast.Call)
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
                and (len(node.args) not in (2, 4) or node.keywords)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, f"lupdate would not see these texts: {found}"


def test_the_scan_sees_what_it_forbids(tmp_path: Path) -> None:
    """The rule above is checked on a sample, so the scan cannot silently pass on everything."""
    sample = 'x = self.tr("Saved {path}").format(path=p)\ny = translate("C", "A {b}", b=1)\n'
    tree = ast.parse(sample)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    formats = [n for n in calls if isinstance(n.func, ast.Attribute) and n.func.attr == "format"]
    assert formats and _name(formats[0].func.value) in TRANSLATING  # type: ignore[attr-defined]
    literal = [n for n in calls if _name(n) == "translate"]
    assert literal and literal[0].keywords
