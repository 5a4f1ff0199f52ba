"""Reading registration lists (CSV/XLSX) exported by registration tools.

Encoding is detected with charset-normalizer, the delimiter with csv.Sniffer; columns are mapped
from Dutch or English headers. Validation is all-or-nothing: the first problem names the row and
what is wrong, and nothing is imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core import names, text_checks
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.import_columns import (
    FIELDS,
    NAME_TARGETS,
    PLACEHOLDERS,
    TARGETS,
    TRUE_WORDS,
    ImportProblem,
    Table,
    apply_columns,
    guess_mapping,
    is_placeholder,
)

# The importer's public names, those it takes from import_columns included.
__all__ = [
    "FIELDS",
    "MAX_BYTES",
    "MAX_COLUMNS",
    "MAX_FIELD",
    "MAX_ROWS",
    "NAME_TARGETS",
    "PLACEHOLDERS",
    "TARGETS",
    "TOO_MANY_COLUMNS",
    "TRUE_WORDS",
    "ImportProblem",
    "Person",
    "Preview",
    "Table",
    "apply_columns",
    "decode",
    "duplicate_key",
    "find_duplicates",
    "guess_mapping",
    "is_placeholder",
    "people_from",
    "preview",
    "read_csv",
    "read_file",
    "read_xlsx",
]

MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_FIELD = 500
MAX_BYTES = 20 * 1024 * 1024

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Person:
    first_name: str = ""
    name_particle: str = ""
    last_name: str = ""
    organisation: str = ""
    role: str = ""
    municipality: str = ""
    email: str = ""
    consent: bool = False
    row: int = 0  # line in the file, for messages

    def as_fields(self) -> dict[str, object]:
        return {
            "first_name": self.first_name,
            "name_particle": self.name_particle,
            "last_name": self.last_name,
            "organisation": self.organisation,
            "role": self.role,
            "municipality": self.municipality,
            "email": self.email,
            "consent": self.consent,
        }


@dataclass
class Preview:
    table: Table
    mapping: list[str]  # target per column
    people: list[Person] = field(default_factory=list)
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (row, earlier row)


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name; UTF-8 (with or without BOM) first, else detected.

    A BOM followed by bytes that are not UTF-8 (a file edited in a Windows-1252 editor after
    it was saved as UTF-8) is decoded by detection like any other non-UTF-8 file."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16", "cp850"]).best()
    if best is None:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("ImportProblem", "The file is not text: its encoding is unknown.")
        )
    return str(best), best.encoding


def read_csv(data: bytes) -> Table:
    if not data.strip():
        raise ImportProblem(QT_TRANSLATE_NOOP("ImportProblem", "The file is empty."))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportProblem(
            QT_TRANSLATE_NOOP("ImportProblem", "This is not a CSV file (it holds binary data).")
        )
    text, encoding = decode(data)
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample.splitlines() else ""
        delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS and any(cell.strip() for cell in row[MAX_COLUMNS:]):
                raise ImportProblem(TOO_MANY_COLUMNS, row=reader.line_num, max=MAX_COLUMNS)
            rows.append(row[:MAX_COLUMNS])
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error as exc:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                'The CSV file is malformed at line {line}: check the quotes (") on that line.',
            ),
            line=reader.line_num,
        ) from exc
    return _table(rows, encoding, delimiter)


TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP("ImportProblem", "Line {row} has more than {max} columns.")


def read_xlsx(data: bytes) -> Table:
    """The first sheet, read within bounds (see app/core/xlsx_reader.py)."""
    from app.core.xlsx_reader import read_rows

    return _table(read_rows(data, MAX_ROWS + 2, MAX_COLUMNS, ImportProblem), "xlsx", "")


def _table(rows: list[list[str]], encoding: str, delimiter: str) -> Table:
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ImportProblem(QT_TRANSLATE_NOOP("ImportProblem", "The file is empty."))
    if len(rows) - 1 > MAX_ROWS:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("ImportProblem", "The file has more than {max} rows."), max=MAX_ROWS
        )
    headers = [h.strip().lstrip("\ufeff") for h in rows[0]]
    return Table(headers=headers, rows=rows[1:], encoding=encoding, delimiter=delimiter)


def read_file(path: Path) -> Table:
    """Read a CSV or XLSX file into a Table; raises ImportProblem with a specific message."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportProblem(
                QT_TRANSLATE_NOOP("ImportProblem", "The file is too large ({size} MB)."),
                size=size // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("ImportProblem", "The file cannot be read: {reason}"),
            reason=exc.strerror or str(exc),
        ) from exc
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(data)
    return read_csv(data)


def people_from(table: Table, mapping: list[str]) -> list[Person]:
    """Validate every row against the mapping; the first problem raises ImportProblem."""
    if not any(t in ("first_name", "last_name", "full_name") for t in mapping):
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "No column holds names. Choose which column is the name (or first/last name).",
            )
        )
    _check_names_somewhere(table, mapping)
    people = []
    for index, row in enumerate(table.rows, start=2):
        if len(row) > len(table.headers) and any(c.strip() for c in row[len(table.headers) :]):
            raise ImportProblem(
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "Row {row} has {found} columns, the header has {expected}."
                ),
                row=index,
                found=len(row),
                expected=len(table.headers),
            )
        values: dict[str, str] = {}
        for column, target in enumerate(mapping):
            if not target or column >= len(row):
                continue
            value = text_checks.without_zero_width(row[column]).strip()
            if len(value) > MAX_FIELD:
                raise ImportProblem(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem",
                        "Row {row}, column “{column}”: the text is longer than {max} characters.",
                    ),
                    row=index,
                    column=table.headers[column],
                    max=MAX_FIELD,
                )
            if any(ord(c) < 32 and c not in "\t" for c in value):
                raise ImportProblem(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem", "Row {row}, column “{column}”: invalid control characters."
                    ),
                    row=index,
                    column=table.headers[column],
                )
            _check_text(value, index, table.headers[column])
            values[target] = value
        person = Person(row=index)
        _names(person, values)
        if not text_checks.visible(person.first_name + person.last_name):
            raise ImportProblem(
                QT_TRANSLATE_NOOP("ImportProblem", "Row {row} has no name."), row=index
            )
        email = values.get("email", "")
        if is_placeholder(email):
            email = ""
        if email and not EMAIL.match(email):
            raise ImportProblem(
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "Row {row}: “{email}” is not an e-mail address."
                ),
                row=index,
                email=email,
            )
        person.email = email
        person.organisation = values.get("organisation", "")
        person.role = values.get("role", "")
        person.municipality = values.get("municipality", "")
        person.consent = values.get("consent", "").strip().lower() in TRUE_WORDS
        people.append(person)
    if not people:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("ImportProblem", "The file has a header but no participants.")
        )
    return people


def _check_names_somewhere(table: Table, mapping: list[str]) -> None:
    """A name column that is empty or "anonymous" in every row is the wrong column (Microsoft
    Forms' "Naam"): say so, rather than "Row 2 has no name"."""
    columns = [c for c, t in enumerate(mapping) if t in NAME_TARGETS]
    if not table.rows or any(
        c < len(row) and not is_placeholder(row[c]) for row in table.rows for c in columns
    ):
        return
    raise ImportProblem(
        QT_TRANSLATE_NOOP(
            "ImportProblem",
            "The column “{column}” has no name in any row (empty or “anonymous”): choose the "
            "column that holds the names (in the import dialog, or with --column "
            "full_name=HEADER).",
        ),
        column=table.headers[columns[0]] if columns[0] < len(table.headers) else "",
    )


def _names(person: Person, values: dict[str, str]) -> None:
    """First name, particle and last name from whichever columns there are; a particle is
    never dropped: from its own column, else split off a last name ("van der Öztürk"), a first
    name typed with it ("Zoë van der") or a full name ("Zoë van der Öztürk")."""
    first, particle, last = (
        "" if is_placeholder(values.get(t, "")) else values.get(t, "")
        for t in ("first_name", "name_particle", "last_name")
    )
    full = "" if is_placeholder(values.get("full_name", "")) else values.get("full_name", "")
    if not (first or last) and full:
        first, found, last = names.split_full_name(full)
        particle = particle or found
    elif last:
        found, rest = names.split_last_name(last)
        if found and (not particle or _same(found, particle)):
            particle, last = particle or found, rest
    if first and not particle and last:
        words = first.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            if names.is_particle(" ".join(words[-size:])):
                first, particle = " ".join(words[:-size]), " ".join(words[-size:])
                break
    person.first_name, person.name_particle, person.last_name = first, particle, last


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _check_text(value: str, row: int, column: str) -> None:
    """Refuse direction overrides and mojibake (see app/core/text_checks.py)."""
    if text_checks.has_bidi_control(value):
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "Row {row}, column “{column}”: the text holds characters that reverse its "
                "direction (such as U+202E), which are refused.",
            ),
            row=row,
            column=column,
        )
    fixed = text_checks.mojibake(value)
    if fixed is not None:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "Row {row}, column “{column}”: “{text}” looks garbled (probably “{fixed}”): the "
                "file was converted to another encoding somewhere. Save it again as UTF-8.",
            ),
            row=row,
            column=column,
            text=value[:60],
            fixed=fixed[:60],
        )


def duplicate_key(first: str, last: str, email: str) -> str:
    """`last` is the last name with its particle ("van der Öztürk")."""
    if email:
        return email.lower()
    return f"{first.strip().lower()} {last.strip().lower()}"


def find_duplicates(
    people: list[Person],
    existing: Sequence[tuple[str, str, str]] = (),
) -> list[tuple[int, int]]:
    """(row, earlier row) pairs of the same person; earlier row 0 = already in the session."""
    seen: dict[str, int] = {duplicate_key(*names): 0 for names in existing}
    pairs = []
    for person in people:
        last = names.display_name("", person.name_particle, person.last_name)
        key = duplicate_key(person.first_name, last, person.email)
        if key in seen:
            pairs.append((person.row, seen[key]))
        else:
            seen[key] = person.row
    return pairs


def preview(path: Path, existing: Sequence[tuple[str, str, str]] = ()) -> Preview:
    """Read a file and map its columns; `people` is filled when the guessed mapping validates."""
    table = read_file(path)
    mapping = guess_mapping(table.headers, table.rows)
    result = Preview(table=table, mapping=mapping)
    try:
        result.people = people_from(table, mapping)
        result.duplicates = find_duplicates(result.people, existing)
    except ImportProblem:
        result.people = []
    return result
