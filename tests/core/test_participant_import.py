"""Registration lists as real tools export them: every variant imports, every bad file is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import participant_import as pi

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def load(name: str) -> list[pi.Person]:
    table = pi.read_file(FIXTURES / name)
    return pi.people_from(table, pi.guess_mapping(table.headers))


def test_english_comma_utf8_with_quoted_delimiter() -> None:
    people = load("english_comma_utf8.csv")
    assert [(p.first_name, p.last_name) for p in people] == [("Anna", "Smit"), ("Bram", "Wit")]
    assert people[1].name_particle == "de"
    assert people[1].organisation == "Dance, Company X"
    assert people[0].role == "Production manager" and people[0].municipality == "Utrecht"
    assert people[0].email == "anna@example.org"


def test_dutch_semicolon_utf8_with_bom_keeps_accents() -> None:
    table = pi.read_file(FIXTURES / "dutch_semicolon_utf8_bom.csv")
    assert table.headers[0] == "Voornaam"  # the BOM is not part of the header
    assert table.delimiter == ";"
    people = load("dutch_semicolon_utf8_bom.csv")
    assert people[2].first_name == "Zoë" and people[2].organisation == "Café Ñandú"


def test_windows_1252_is_detected_and_full_name_is_split() -> None:
    table = pi.read_file(FIXTURES / "dutch_semicolon_cp1252.csv")
    assert table.encoding.replace("_", "").lower() in {"cp1252", "windows1252"}
    people = load("dutch_semicolon_cp1252.csv")
    assert (people[0].first_name, people[0].last_name) == ("René", "Müller")
    assert people[0].organisation == "Schouwburg € Events"
    assert people[0].municipality == "Liège"
    assert [p.consent for p in people] == [True, False, True]


def test_xlsx_with_dutch_headers() -> None:
    people = load("dutch.xlsx")
    assert [p.first_name for p in people] == ["Joanne", "Fleur"]
    assert people[0].email == "joanne@example.nl" and people[1].email == ""


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("malformed_missing_name.csv", "Row 3 has no name"),
        ("malformed_bad_email.csv", "Row 3: “not-an-address” is not an e-mail address"),
        ("malformed_extra_columns.csv", "Row 3 has 5 columns, the header has 3"),
        ("malformed_quotes.csv", "malformed at line 3"),
        ("empty.csv", "empty"),
        ("header_only.csv", "no participants"),
        ("no_name_column.csv", "No column holds names"),
        ("binary.csv", "binary data"),
    ],
)
def test_malformed_files_get_a_specific_message(name: str, fragment: str) -> None:
    with pytest.raises(pi.ImportProblem) as caught:
        load(name)
    assert fragment in str(caught.value)


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(pi.ImportProblem, match="cannot be read"):
        pi.read_file(tmp_path / "nope.csv")


def test_duplicates_within_the_file_and_against_the_session() -> None:
    people = load("duplicates.csv")
    assert pi.find_duplicates(people) == [(3, 2)]
    people = load("english_comma_utf8.csv")
    assert pi.find_duplicates(people, [("", "", "ANNA@example.org")]) == [(2, 0)]


def test_mapping_from_dutch_and_english_headers() -> None:
    assert pi.guess_mapping(["Voornaam", "Achternaam", "Organisatie", "Functie", "E-mail"]) == [
        "first_name", "last_name", "organisation", "role", "email"]  # fmt: skip
    assert pi.guess_mapping(["Name", "Company", "Town", "Something else"]) == [
        "full_name", "organisation", "municipality", ""]  # fmt: skip


def test_ten_thousand_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    lines = ["Voornaam;Achternaam;Organisatie"]
    lines += [f"Naam{i};Achter{i};Org {i % 50}" for i in range(10_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    people = load_path(path)
    assert len(people) == 10_000 and people[-1].first_name == "Naam9999"


def load_path(path: Path) -> list[pi.Person]:
    table = pi.read_file(path)
    return pi.people_from(table, pi.guess_mapping(table.headers))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_never_crash(data: bytes) -> None:
    try:
        table = pi.read_csv(data)
        pi.people_from(table, pi.guess_mapping(table.headers))
    except pi.ImportProblem as problem:
        assert problem.message


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=20))
def test_random_unicode_names_round_trip(names: list[str]) -> None:
    clean = [n.replace(";", " ").replace('"', " ").strip() for n in names]
    clean = [n for n in clean if n and "\n" not in n and "\r" not in n
             and not any(ord(c) < 32 for c in n)]  # fmt: skip
    if not clean:
        return
    text = "Naam;Organisatie\n" + "\n".join(f"{n};X" for n in clean) + "\n"
    try:
        table = pi.read_csv(text.encode("utf-8"))
        people = pi.people_from(table, ["full_name", "organisation"])
    except pi.ImportProblem as problem:  # e.g. a name that is only whitespace after csv rules
        assert problem.message
        return
    # every row arrives, with its name (whitespace aside) and organisation
    assert len(people) == len(clean)
    for person, name in zip(people, clean, strict=True):
        arrived = f"{person.first_name} {person.name_particle} {person.last_name}"
        assert arrived.split() == name.split()
        assert person.organisation == "X"
