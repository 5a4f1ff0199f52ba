"""Hostile registration lists (CSV) through `tafelronde import`: each a clean outcome."""

from __future__ import annotations

import random

import pytest

from tests.hostile.conftest import Case, check

HEAD = "Voornaam;Achternaam;Organisatie;E-mail\n"


def text(body: str, encoding: str = "utf-8") -> bytes:
    return (HEAD + body).encode(encoding)


def noise(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


CASES = [
    Case("empty", ".csv", lambda: b"", "The file is empty"),
    Case("only_whitespace", ".csv", lambda: b" \n\t\r\n  ", "The file is empty"),
    Case("binary", ".csv", lambda: b"\x00\x01\x02" * 100, "holds binary data"),
    Case("png_named_csv", ".csv", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary"),
    *[Case(f"noise_{n}", ".csv", lambda n=n: noise(n, 2000), None) for n in range(6)],
    Case(
        "noise_text", ".csv", lambda: bytes(random.Random(7).choices(b'ab;,"\n\r ', k=3000)), None
    ),
    Case(
        "nul_after_4k",
        ".csv",
        lambda: text("Dora;Z;X;d@x.nl\n" * 300 + "E\x00f;Z;X;\n"),
        "control characters",
    ),
    Case(
        "bom_then_cp1252",
        ".csv",
        lambda: b"\xef\xbb\xbf" + text("René;Müller;Café;r@x.nl\n", "cp1252"),
        None,
        0,
    ),
    Case("utf16_with_bom", ".csv", lambda: text("Zoë;Ñandú;X;z@x.nl\n", "utf-16"), None, 0),
    Case("unbalanced_quote", ".csv", lambda: text('Dora;"Z;X;d@x.nl\nEef;Y;X;e@x.nl\n'), None),
    Case(
        "too_many_columns",
        ".csv",
        lambda: text("Dora;Z" + ";" * 300 + "x\n"),
        "more than 200 columns",
    ),
    Case(
        "a_million_separators",
        ".csv",
        lambda: text("Dora" + ";" * 1_000_000 + "x\n"),
        "more than 200 columns",
    ),
    Case(
        "too_many_rows",
        ".csv",
        lambda: text("".join(f"P{n};Q;X;\n" for n in range(20_001))),
        "more than 20000 rows",
    ),
    Case("over_20_mb", ".csv", lambda: text("x" * (20 * 1024 * 1024 + 1)), "too large"),
    Case(
        "field_over_limit", ".csv", lambda: text("Dora;" + "W" * 501 + ";X;\n"), "longer than 500"
    ),
    Case("field_200k", ".csv", lambda: text('Dora;"' + "W" * 200_000 + '";X;\n'), None),
    Case("control_character", ".csv", lambda: text("Do\x07ra;Z;X;\n"), "control characters"),
    Case("zero_width_name", ".csv", lambda: text("\u200b;\u200b;X;\n"), "has no name"),
    Case("nbsp_name", ".csv", lambda: text("\u00a0;\u2003;X;\n"), "has no name"),
    Case("combining_only_name", ".csv", lambda: text("\u0301\u0301;;X;\n"), "has no name"),
    Case(
        "rtl_override_name",
        ".csv",
        lambda: text("Dora\u202egpj.exe;Z;X;\n"),
        "reverse its direction",
    ),
    Case(
        "rtl_isolate_org",
        ".csv",
        lambda: text("Dora;Z;\u2067Mug\u2069;\n"),
        "reverse its direction",
    ),
    Case("mojibake_name", ".csv", lambda: text("JosÃ©;MÃ¼ller;X;\n"), "looks garbled"),
    Case("mojibake_org", ".csv", lambda: text("Dora;Z;Theater â€™t Eiland;\n"), "looks garbled"),
    Case("bad_email", ".csv", lambda: text("Dora;Z;X;not-an-address\n"), "not an e-mail"),
    Case("no_name_column", ".csv", lambda: b"Kleur;Maat\nrood;L\n", "No column holds names"),
    Case("header_only", ".csv", lambda: HEAD.encode(), "no participants"),
    Case("extra_cells", ".csv", lambda: text("Dora;Z;X;d@x.nl;extra\n"), "the header has 4"),
    Case(
        "duplicate_rows",
        ".csv",
        lambda: text("Dora;Z;X;d@x.nl\nDora;Z;X;d@x.nl\n"),
        "the same as row 2",
    ),
    Case("already_there", ".csv", lambda: text("Anna;Test;X;\n"), "already in the session"),
    Case(
        "invalid_utf8_mix",
        ".csv",
        lambda: text("Dora;Z;X;\n") + b"\xc0\xaf;\xff\xfe;X;\n",
        None,
        None,
    ),
    Case(
        "xlsx_named_csv_broken",
        ".csv",
        lambda: b"PK\x03\x04" + b"\x00" * 100,
        "not a readable Excel",
    ),
    Case(
        "carriage_returns_only",
        ".csv",
        lambda: text("Dora;Z;X;\n").replace(b"\n", b"\r"),
        None,
        None,
    ),
    Case("emoji_family_name", ".csv", lambda: text("👩‍👩‍👧;Z;X;\n"), None, 0),
    Case("html_in_name", ".csv", lambda: text("<img src=/x.png>;Z;X;\n"), None, 0),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_csv(case: Case, hostile) -> None:  # type: ignore[no-untyped-def]
    outcome = hostile(case, "import")
    check(case, outcome, f"{case.name}{case.suffix}")


def test_bom_then_cp1252_imports_the_names_right(hostile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.storage import open_store

    case = next(c for c in CASES if c.name == "bom_then_cp1252")
    assert hostile(case, "import").code == 0
    store = open_store(tmp_path / "tafelronde.sqlite")
    try:
        names = {(p.first_name, p.last_name, p.organisation) for p in store.participants.list(1)}
    finally:
        store.close()
    assert ("René", "Müller", "Café") in names


def test_messages_are_translated(hostile) -> None:  # type: ignore[no-untyped-def]
    case = next(c for c in CASES if c.name == "rtl_override_name")
    outcome = hostile(case, "import", lang="nl")
    assert outcome.code == 1 and "rtl_override_name.csv" in outcome.err
    assert "reverse its direction" not in outcome.err and "Rij 2" in outcome.err
