"""Which column of a registration export holds what: header spellings, answers-only guessing
(an empty or "anonymous" name column never wins), and hand-made choices (`import --column`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core import names
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

# target field -> header spellings (compared lower-case, without spaces, dashes, dots, underscores)
FIELDS: dict[str, tuple[str, ...]] = {
    "first_name": ("voornaam", "firstname", "first", "givenname", "roepnaam", "prénom", "prenom"),
    "name_particle": ("tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "voorvoegsels",
                      "particle", "nameparticle", "prefix", "tussenvoegselachternaam"),
    "last_name": ("achternaam", "lastname", "surname", "familienaam", "familyname", "naam2"),
    "full_name": ("naam", "name", "volledigenaam", "fullname", "deelnemer", "participant"),
    "organisation": ("organisatie", "organisation", "organization", "org", "bedrijf", "company",
                     "instelling", "gezelschap", "werkgever", "employer"),
    "role": ("functie", "role", "rol", "jobtitle", "function", "discipline", "beroep", "position"),
    "municipality": ("gemeente", "municipality", "stad", "city", "plaats", "woonplaats", "regio",
                     "region", "town"),
    "email": ("email", "e-mail", "emailadres", "emailaddress", "mail", "e-mailadres"),
    "consent": ("toestemming", "consent", "vermelding", "naaminverslag", "publish", "akkoord"),
}  # fmt: skip
TARGETS = (*FIELDS, "")  # "" = ignore this column
# what registration tools put where nobody answered: never a name, never an e-mail address
PLACEHOLDERS = {"anonymous", "anoniem", "anonym", "anonyme", "n/a", "nvt", "n.v.t.", "na", "-",
                "--", "–", "—", "geen", "none", "null", "onbekend", "unknown", "?"}  # fmt: skip
# salutations that some tools export as "Prefix" (Eventbrite): such a column holds no particles
SALUTATIONS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "dhr", "mevr", "mw", "ir", "ing",
               "drs", "mr.", "mrs.", "ms.", "dr.", "prof.", "dhr.", "mevr.", "mw.", "ir.", "ing.",
               "drs.", "de heer", "mevrouw", "meneer"}  # fmt: skip
NAME_TARGETS = ("first_name", "last_name", "full_name")
TRUE_WORDS = {"ja", "yes", "j", "y", "1", "true", "waar", "x", "akkoord", "ok"}


class ImportProblem(UserError, ValueError):
    """A file that cannot be imported; `message` is a translatable source text (context
    "ImportProblem") and `params` fill its placeholders."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("ImportProblem", message, **params)


@dataclass
class Table:
    """The raw file: headers and rows of text, plus what was detected."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""
    delimiter: str = ""


def _norm(header: str) -> str:
    return re.sub(r"[\s\-_.:]", "", header.strip().lower().lstrip("\ufeff"))


def is_placeholder(value: str) -> bool:
    """An empty cell or what a form writes where nobody answered ("anonymous", "n/a", "-")."""
    return not value.strip() or value.strip().casefold() in PLACEHOLDERS


def _holds_answers(target: str, column: int, rows: list[list[str]] | None) -> bool:
    """May this column take this target? A name or e-mail column that is empty or says
    "anonymous" in every row never wins over one that holds names; a "Prefix" column of
    salutations is no particle column."""
    if rows is None:
        return True
    values = [row[column] for row in rows if column < len(row)]
    if target in (*NAME_TARGETS, "email"):
        return any(not is_placeholder(value) for value in values)
    if target == "name_particle":
        return not any(value.strip().casefold() in SALUTATIONS for value in values)
    return True


def guess_mapping(headers: list[str], rows: list[list[str]] | None = None) -> list[str]:
    """Target field for each header ("" where unknown); each target used once. With `rows`,
    a column is only guessed for a target it holds answers for (see _holds_answers)."""
    used: set[str] = set()
    mapping = []
    for column, header in enumerate(headers):
        key = _norm(header)
        target = next(
            (
                t
                for t, names in FIELDS.items()
                if t not in used
                and key in {_norm(n) for n in names}
                and _holds_answers(t, column, rows)
            ),
            "",
        )
        if target:
            used.add(target)
        mapping.append(target)
    if rows is not None and not any(t in NAME_TARGETS for t in mapping):
        # no column holds names at all: the headers decide, and validation names the row
        return guess_mapping(headers)
    if rows is not None and "name_particle" not in used:
        particle = next(
            (c for c, t in enumerate(mapping) if not t and _all_particles(c, rows)), None
        )
        if particle is not None:  # a particle column under a header we do not know ("Tsv.")
            mapping[particle] = "name_particle"
    return mapping


def _all_particles(column: int, rows: list[list[str]]) -> bool:
    values = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    return bool(values) and all(names.is_particle(value) for value in values)


def apply_columns(table: Table, mapping: list[str], choices: list[tuple[str, str]]) -> list[str]:
    """The mapping with hand-made choices (FIELD, HEADER) applied: the column HEADER holds FIELD
    (and no other column does); an empty HEADER means no column holds FIELD.

    Raises ImportProblem for an unknown field or a header the file does not have."""
    mapping = list(mapping)
    for target, header in choices:
        if target not in FIELDS:
            raise ImportProblem(
                QT_TRANSLATE_NOOP("ImportProblem", "Unknown field “{field}”; the fields are: "
                                  "{fields}."),
                field=target,
                fields=", ".join(FIELDS),
            )  # fmt: skip
        mapping = ["" if m == target else m for m in mapping]
        if not header.strip():
            continue
        column = _column_of(table.headers, header)
        if column is None:
            raise ImportProblem(
                QT_TRANSLATE_NOOP("ImportProblem", "The file has no column “{header}”; its "
                                  "columns are: {headers}."),
                header=header,
                headers=", ".join(f"“{h}”" for h in table.headers),
            )  # fmt: skip
        mapping[column] = target
    return mapping


def _column_of(headers: list[str], header: str) -> int | None:
    """The column with this header: exactly, else ignoring case, spaces and punctuation."""
    for compare in (str.strip, _norm):
        wanted = compare(header)
        for column, name in enumerate(headers):
            if compare(name) == wanted:
                return column
    return None
