"""Registration exports as they come: Microsoft Forms, Google Forms, Eventbrite, a Ticketmatic-style
list and an Excel list typed by hand import with their names (particles kept apart) and without
placeholder e-mails; an empty "name" column never wins over one that holds names."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import participant_import as pi
from tests.fixtures.registration_exports import HAND_TYPED, IMPORT, MS_FORMS, write_xlsx


def names(people: list[pi.Person]) -> list[tuple[str, str, str]]:
    return [(p.first_name, p.name_particle, p.last_name) for p in people]


def guessed(path: Path) -> tuple[pi.Table, list[str], list[pi.Person]]:
    """What the import dialog and `tafelronde import` do without help."""
    result = pi.preview(path)
    return result.table, result.mapping, result.people


def test_microsoft_forms_empty_naam_and_anonymous_email_lose_to_the_form_questions(
    tmp_path: Path,
) -> None:
    table, mapping, people = guessed(write_xlsx(tmp_path / "ms_forms.xlsx", MS_FORMS))
    by_header = dict(zip(table.headers, mapping, strict=True))
    assert by_header["Naam"] == ""  # empty in every row: not the name column
    assert by_header["E-mail"] == ""  # "anonymous" in every row: not the e-mail column
    assert by_header["E-mailadres"] == "email"
    assert by_header["Tussenvoegsel"] == "name_particle"
    assert names(people) == [
        ("Zoë", "van der", "Öztürk"),
        ("Jan", "de", "Vries"),  # typed into Achternaam: split, not lost
        ("Émilie", "", "Dubois"),
        ("Kees", "", "IJzerman"),
    ]
    # "anonymous" in the form's own e-mail question and an empty answer: no e-mail
    assert [p.email for p in people] == ["zoe@example.nl", "", "", "kees@example.nl"]
    assert table.encoding == "xlsx"


def test_the_same_export_with_the_headers_only_would_pick_the_empty_column(tmp_path: Path) -> None:
    """Why rows are looked at: by headers alone, "Naam" is the name column (the old refusal)."""
    table = pi.read_file(write_xlsx(tmp_path / "ms_forms.xlsx", MS_FORMS))
    by_headers = pi.guess_mapping(table.headers)
    assert by_headers[table.headers.index("Naam")] == "full_name"
    # and if someone maps it so, the message names the column instead of "Row 2 has no name"
    by_headers[table.headers.index("Voornaam")] = by_headers[table.headers.index("Achternaam")] = ""
    with pytest.raises(pi.ImportProblem) as problem:
        pi.people_from(table, by_headers)
    assert "“Naam” has no name in any row" in str(problem.value)


def test_empty_name_column_next_to_a_filled_one(tmp_path: Path) -> None:
    path = tmp_path / "two_names.csv"
    path.write_text(
        "Name;Volledige naam;Email\n"
        ";Zoë van der Öztürk;zoe@example.nl\n"
        "anonymous;Jan de Vries;n/a\n"
        ";Fatma Yılmaz;-\n",
        encoding="utf-8",
    )
    _table, mapping, people = guessed(path)
    assert mapping == ["", "full_name", "email"]
    assert names(people) == [
        ("Zoë", "van der", "Öztürk"),
        ("Jan", "de", "Vries"),
        ("Fatma", "", "Yılmaz"),
    ]
    assert [p.email for p in people] == ["zoe@example.nl", "", ""]


def test_google_forms_full_name_column_with_particles() -> None:
    _table, mapping, people = guessed(IMPORT / "google_forms.csv")
    assert mapping[:3] == ["", "email", "full_name"]
    assert names(people) == [
        ("Zoë", "van der", "Öztürk"),
        ("Pieter", "de", "Jong"),
        ("Anna Maria", "van den", "Berg"),
        ("Jan", "in 't", "Veld"),
        ("Fatma", "", "Yılmaz"),
    ]
    assert people[0].municipality == "Utrecht" and people[0].role == "Beleidsadviseur"


def test_eventbrite_prefix_of_salutations_is_no_particle_column() -> None:
    table, mapping, people = guessed(IMPORT / "eventbrite.csv")
    by_header = dict(zip(table.headers, mapping, strict=True))
    assert by_header["Prefix"] == ""  # "Dr.", "Mr.": salutations, never a tussenvoegsel
    assert by_header["Surname"] == "last_name" and by_header["Job Title"] == "role"
    assert by_header["Company"] == "organisation" and by_header["Email"] == "email"
    assert names(people) == [
        ("Lies", "Van den", "Berghe"),  # written with capitals, kept as written
        ("Tom", "", "Peeters"),
        ("Pieter", "van", "Dijk"),
        ("Élise", "", "Claes"),
    ]


def test_ticketmatic_style_semicolon_cp1252() -> None:
    table, _mapping, people = guessed(IMPORT / "ticketmatic_semicolon_cp1252.csv")
    assert table.delimiter == ";" and table.encoding.replace("_", "").lower() in {
        "cp1252", "windows1252", "latin1", "iso88591"}  # fmt: skip
    assert names(people) == [
        ("Lies", "Van den", "Berghe"),
        ("Jens", "De", "Smet"),
        ("Hélène", "", "D'Hondt"),  # one word: the surname itself, not a particle
        ("Koen", "Van", "Damme"),
        ("Ann", "", "Vermeulen"),
        ("Sören", "", "Öztürk"),
    ]
    assert [p.email for p in people][1] == "" and people[4].email == ""  # "-", "anoniem"
    assert people[0].municipality == "Gent"


def test_hand_typed_excel_with_a_tussenvoegsel_column(tmp_path: Path) -> None:
    _table, mapping, people = guessed(write_xlsx(tmp_path / "list.xlsx", HAND_TYPED))
    assert mapping[:3] == ["first_name", "name_particle", "last_name"]
    assert names(people)[1] == ("Zoë", "van der", "Öztürk")
    assert names(people)[4] == ("Anne", "de", "Jong")
    assert [p.email for p in people] == ["", "", "ida@example.nl", "", "", ""]
    assert [p.as_fields()["name_particle"] for p in people][1] == "van der"


def test_particle_column_and_a_last_name_with_the_same_particle_is_not_doubled(
    tmp_path: Path,
) -> None:
    path = tmp_path / "double.csv"
    path.write_text(
        "Voornaam,Tussenvoegsel,Achternaam\nZoë,van der,van der Öztürk\nJan,,Vries de\n"
        "Anna van den,,Berg\n",
        encoding="utf-8",
    )
    assert names(guessed(path)[2]) == [
        ("Zoë", "van der", "Öztürk"),
        ("Jan", "", "Vries de"),
        ("Anna", "van den", "Berg"),  # typed after the first name: moved, not lost
    ]


def test_a_row_with_only_placeholders_has_no_name(tmp_path: Path) -> None:
    path = tmp_path / "anon.csv"
    path.write_text("Naam,Email\nZoë van der Öztürk,zoe@example.nl\nanonymous,anonymous\n",
                    encoding="utf-8")  # fmt: skip
    table = pi.read_file(path)
    with pytest.raises(pi.ImportProblem) as problem:
        pi.people_from(table, pi.guess_mapping(table.headers, table.rows))
    assert problem.value.message == "Row {row} has no name." and problem.value.params["row"] == 3


def test_hand_made_columns_override_the_guess(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text("Wat is je naam?;Mail;Wie ben je\nZoë van der Öztürk;zoe@example.nl;x\n",
                    encoding="utf-8")  # fmt: skip
    table = pi.read_file(path)
    mapping = pi.apply_columns(
        table, pi.guess_mapping(table.headers, table.rows),
        [("full_name", "wat is je naam?"), ("email", "")],
    )  # fmt: skip
    assert mapping == ["full_name", "", ""]
    with pytest.raises(pi.ImportProblem) as unknown_field:
        pi.apply_columns(table, mapping, [("achternaam", "Mail")])
    assert "first_name" in str(unknown_field.value) and "achternaam" in str(unknown_field.value)
    with pytest.raises(pi.ImportProblem) as unknown_header:
        pi.apply_columns(table, mapping, [("email", "E-mail")])
    assert "“Wat is je naam?”" in str(unknown_header.value)


def test_duplicates_compare_the_whole_last_name() -> None:
    people = [pi.Person(first_name="Jan", name_particle="de", last_name="Vries", row=2)]
    assert pi.find_duplicates(people, [("Jan", "de Vries", "")]) == [(2, 0)]
    assert pi.find_duplicates(people, [("Jan", "Vries", "")]) == []


def test_a_particle_column_under_an_unknown_header_is_still_found(tmp_path: Path) -> None:
    path = tmp_path / "tsv.csv"
    path.write_text("Voornaam;Tsv.;Achternaam;Aanwezig\nZoë;van der;Öztürk;\n"
                    "Wim;;Willems;\nJan;in ’t;Veld;\n", encoding="utf-8")  # fmt: skip
    _table, mapping, people = guessed(path)
    assert mapping == ["first_name", "name_particle", "last_name", ""]
    assert names(people)[2] == ("Jan", "in ’t", "Veld")
