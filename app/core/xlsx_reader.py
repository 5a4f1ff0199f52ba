"""Reading the first sheet of an .xlsx registration list within fixed bounds.

An .xlsx file is a zip of XML parts, so before openpyxl sees it the archive's directory is checked
(unpacked size, number of parts, packing ratio: a 3 MB zip bomb would otherwise unpack to
gigabytes). openpyxl parses with defusedxml (a dependency), so DTDs and entity declarations (XXE,
billion laughs) are refused. The sheet's own claimed size is ignored: rows are read up to
`max_rows` and columns up to `max_columns` (a small sheet that claims columns up to XFD would
otherwise be padded to 16,384 empty cells per row), and real cells past that are refused.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.safe_input import InputLimit, open_zip

MAX_UNPACKED = 100 * 1024 * 1024  # 20,000 rows x 20 columns unpack to ~25 MB
MAX_PARTS = 2_000
MAX_RATIO = 200  # spreadsheets pack 5-20x; zip bombs pack 1,000x and more

# messages in context "ImportProblem" (the participant importer's own)
LIMIT_MESSAGES = {
    "size": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "The Excel file unpacks to {found} MB, more than the {max} MB a list can be: "
        "it was not opened.",
    ),
    "entries": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "The Excel file holds {found} parts, more than {max}: it was not opened.",
    ),
    "ratio": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "The Excel file is packed suspiciously tightly (a part unpacks to {ratio} times its "
        "size; at most {max} is accepted): it was not opened.",
    ),
    "zip": QT_TRANSLATE_NOOP("ImportProblem", "This is not a readable Excel (.xlsx) file."),
}
NOT_READABLE = LIMIT_MESSAGES["zip"]
DAMAGED = QT_TRANSLATE_NOOP(
    "ImportProblem", "The Excel file is damaged and cannot be read ({reason})."
)
ENTITIES = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "The Excel file declares XML entities or a DTD, which are refused for safety: "
    "save it again from Excel or export it as CSV.",
)
NO_SHEET = QT_TRANSLATE_NOOP("ImportProblem", "The Excel file has no worksheet.")
TOO_WIDE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Row {row} has a value in column {column}; at most {max} columns are read."
)

Problem = Callable[..., Exception]


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps (openpyxl re-raises XML errors as ValueError)."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(found) < 10:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def _failure(exc: BaseException, problem: Problem, fallback: str) -> Exception:
    """ENTITIES for a refused DTD/entity anywhere in the chain, DAMAGED for broken XML."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException

    causes = _causes(exc)
    # types only: a parser's message may quote a cell, i.e. a participant's name
    logging.getLogger(__name__).info("unreadable xlsx: %s", [type(c).__name__ for c in causes])
    if any(isinstance(c, DefusedXmlException) for c in causes):
        return problem(ENTITIES)
    broken = next((c for c in causes if isinstance(c, ParseError)), None)
    if broken is not None:
        return problem(DAMAGED, reason=_reason(broken))
    if fallback == DAMAGED:
        return problem(DAMAGED, reason=_reason(causes[-1]))
    return problem(fallback)


def _reason(exc: BaseException) -> str:
    """A short, data-free description of a parser failure (type and position only)."""
    position = getattr(exc, "position", None)
    if isinstance(position, tuple) and len(position) == 2:
        return f"XML, line {position[0]}"
    return type(exc).__name__


def read_rows(data: bytes, max_rows: int, max_columns: int, problem: Problem) -> list[list[str]]:
    """The first sheet's rows as text; `problem(message, **params)` builds the error to raise."""
    try:
        archive = open_zip(data, max_unpacked=MAX_UNPACKED, max_entries=MAX_PARTS,
                           max_ratio=MAX_RATIO)  # fmt: skip
    except InputLimit as limit:
        raise problem(LIMIT_MESSAGES[limit.kind], **limit.params) from limit
    archive.close()
    with warnings.catch_warnings():  # openpyxl warns about the file (no styles...): not ours
        warnings.simplefilter("ignore")
        return _rows(data, max_rows, max_columns, problem)


def _rows(data: bytes, max_rows: int, max_columns: int, problem: Problem) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    # openpyxl raises whatever its parts raise on a damaged file (KeyError for a missing part,
    # ParseError, ValueError, TypeError, IndexError...): all of them mean "unreadable" here
    except Exception as exc:
        raise _failure(exc, problem, NOT_READABLE) from exc
    rows: list[list[str]] = []
    sheets = 1
    too_wide = 0
    try:
        sheets = len(book.worksheets)
        if sheets:
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # never trust the claimed size (A1:XFD1048576)
            # each row is as wide as its last cell; cells past max_columns are only counted
            for number, row in enumerate(sheet.iter_rows(max_row=max_rows, values_only=True), 1):
                beyond = row[max_columns:]
                if beyond.count(None) != len(beyond):  # C speed, even for 16,384 columns
                    too_wide = number
                    break
                values = ["" if v is None else str(v).strip() for v in row[:max_columns]]
                while values and not values[-1]:
                    values.pop()
                rows.append(values)
    except Exception as exc:  # as above: a damaged part, whatever openpyxl raises for it
        raise _failure(exc, problem, DAMAGED) from exc
    finally:
        book.close()
    if not sheets:
        raise problem(NO_SHEET)
    if too_wide:
        raise problem(TOO_WIDE, row=too_wide, column=max_columns + 1, max=max_columns)
    while rows and not any(rows[-1]):
        rows.pop()
    return rows
