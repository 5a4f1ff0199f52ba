"""Hostile Excel files through `tafelronde import`: broken XML, XXE, billion laughs, zip bombs,
lying zip directories, sheets that claim 16,384 columns. Each a clean outcome."""

from __future__ import annotations

import pytest

from tests.helpers.hostile_files import (
    BILLION_LAUGHS,
    CONTENT_TYPES,
    PEOPLE,
    WORKBOOK,
    WORKBOOK_NO_SHEETS,
    XXE,
    bomb_member,
    sheet,
    with_declared_size,
    with_flag,
    xlsx,
    xlsx_bomb,
    zip_of,
)
from tests.hostile.conftest import Case, check

SHEET = "xl/worksheets/sheet1.xml"
ENTITIES = "refused for safety"
SHARED_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
DAMAGED = "damaged"
UNREADABLE = "not a readable Excel"


def body(xml: str) -> str:
    """The XML without its declaration, to put a DOCTYPE in front."""
    return xml.split("?>", 1)[1]


def extra_row(xml: str) -> str:
    return sheet([["Naam"]]).replace("</sheetData>", f"{xml}</sheetData>")


PEOPLE_ROWS = [["Voornaam", "Achternaam"], ["Dora", "Zee"], ["Eef", "Ypma"]]
CASES = [
    Case("valid", ".xlsx", lambda: xlsx(sheet(PEOPLE_ROWS)), None, 0),
    Case("broken_sheet_xml", ".xlsx", lambda: xlsx(sheet(PEOPLE)[:-30]), DAMAGED),
    Case(
        "broken_workbook_xml",
        ".xlsx",
        lambda: xlsx(parts={"xl/workbook.xml": "<workbook"}),
        DAMAGED,
    ),
    Case(
        "broken_content_types",
        ".xlsx",
        lambda: xlsx(parts={"[Content_Types].xml": "<T"}),
        None,
        code=None,
    ),
    Case("xxe_in_sheet", ".xlsx", lambda: xlsx(XXE + body(sheet([["Naam"], ["&xxe;"]]))), ENTITIES),
    Case(
        "xxe_in_workbook",
        ".xlsx",
        lambda: xlsx(parts={"xl/workbook.xml": XXE + body(WORKBOOK)}),
        ENTITIES,
    ),
    Case(
        "xxe_in_shared_strings",
        ".xlsx",
        lambda: xlsx(parts={"xl/sharedStrings.xml": XXE + "<sst><si><t>&xxe;</t></si></sst>"}),
        None,
        code=None,  # not listed in the content types: never read
    ),
    Case(
        "xxe_in_listed_shared_strings",
        ".xlsx",
        lambda: xlsx(
            parts={
                "[Content_Types].xml": CONTENT_TYPES.replace("</Types>", SHARED_TYPE + "</Types>"),
                "xl/sharedStrings.xml": XXE + "<sst><si><t>&xxe;</t></si></sst>",
            }
        ),
        ENTITIES,
    ),
    Case(
        "billion_laughs_sheet",
        ".xlsx",
        lambda: xlsx(BILLION_LAUGHS + body(sheet([["Naam"], ["&lol9;"]]))),
        ENTITIES,
    ),
    Case(
        "billion_laughs_workbook",
        ".xlsx",
        lambda: xlsx(parts={"xl/workbook.xml": BILLION_LAUGHS + body(WORKBOOK)}),
        ENTITIES,
    ),
    Case(
        "billion_laughs_content_types",
        ".xlsx",
        lambda: xlsx(parts={"[Content_Types].xml": BILLION_LAUGHS + body(CONTENT_TYPES)}),
        ENTITIES,
    ),
    Case(
        "doctype_only",
        ".xlsx",
        lambda: xlsx('<?xml version="1.0"?><!DOCTYPE worksheet>' + body(sheet(PEOPLE_ROWS))),
        None,
        code=None,
    ),
    Case(
        "no_sheets",
        ".xlsx",
        lambda: xlsx(parts={"xl/workbook.xml": WORKBOOK_NO_SHEETS}),
        "no worksheet",
    ),
    Case("sheet_part_missing", ".xlsx", lambda: xlsx(parts={SHEET: None}), None, code=None),
    Case("workbook_missing", ".xlsx", lambda: xlsx(parts={"xl/workbook.xml": None}), UNREADABLE),
    Case("claims_xfd_columns", ".xlsx", lambda: xlsx(sheet(PEOPLE_ROWS, "A1:XFD1048576")), None, 0),
    Case(
        "claims_xfd_500_rows",
        ".xlsx",
        lambda: xlsx(
            sheet([["Voornaam", "Achternaam"]] + [[f"P{n}", "Q"] for n in range(500)], "A1:XFD501")
        ),
        None,
        0,
    ),
    Case(
        "cell_in_column_201",
        ".xlsx",
        lambda: xlsx(sheet([["Naam"] + [""] * 199 + ["x"]])),
        "at most 200 columns",
    ),
    Case(
        "cell_in_column_xfd",
        ".xlsx",
        lambda: xlsx(extra_row('<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>')),
        "at most 200 columns",
    ),
    Case(
        "empty_styled_cell_at_xfd",
        ".xlsx",
        lambda: xlsx(sheet(PEOPLE_ROWS).replace("</row>", '<c r="XFD1" s="0"/></row>', 1)),
        None,
        0,
    ),
    Case(
        "row_one_million",
        ".xlsx",
        lambda: xlsx(
            extra_row(
                '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Dora</t></is></c></row>'
            )
        ),
        "no participants",
    ),
    Case(
        "shared_string_out_of_range",
        ".xlsx",
        lambda: xlsx(extra_row('<row r="2"><c r="A2" t="s"><v>99</v></c></row>')),
        DAMAGED,
    ),
    Case(
        "bad_date_cell",
        ".xlsx",
        lambda: xlsx(extra_row('<row r="2"><c r="A2" t="d"><v>never</v></c></row>')),
        DAMAGED,
    ),
    Case(
        "bad_number_cell",
        ".xlsx",
        lambda: xlsx(extra_row('<row r="2"><c r="A2"><v>1e99999x</v></c></row>')),
        None,
        code=None,
    ),
    Case(
        "deeply_nested_xml",
        ".xlsx",
        lambda: xlsx(
            sheet(PEOPLE_ROWS).replace("<sheetData>", "<x>" * 5000 + "</x>" * 5000 + "<sheetData>")
        ),
        None,
        code=None,
    ),
    Case(
        "rtl_override_cell",
        ".xlsx",
        lambda: xlsx(sheet([["Naam"], ["Dora\u202eexe.jpg"]])),
        "reverse its direction",
    ),
    Case(
        "zero_width_name_cell",
        ".xlsx",
        lambda: xlsx(sheet([["Naam", "Org"], ["\u200b", "X"]])),
        "has no name",
    ),
    Case(
        "mojibake_cell",
        ".xlsx",
        lambda: xlsx(sheet([["Naam"], ["RenÃ© MÃ¼ller"]])),
        "looks garbled",
    ),
    Case("zip_bomb_sheet_150mb", ".xlsx", lambda: xlsx_bomb(150), "unpacks to 151 MB"),
    Case(
        "zip_bomb_shared_strings",
        ".xlsx",
        lambda: xlsx(parts={"xl/sharedStrings.xml": b" " * (60 * 1024 * 1024)}),
        "packed suspiciously tightly",
    ),
    Case(
        "declares_3_gb",
        ".xlsx",
        lambda: with_declared_size(xlsx(), SHEET, 3_300_000_000),
        "more than the 100 MB",
    ),
    Case(
        "lies_smaller_than_it_is",
        ".xlsx",
        lambda: with_declared_size(xlsx(sheet(PEOPLE * 50)), SHEET, 100),
        None,
        code=None,
    ),
    Case(
        "three_thousand_parts",
        ".xlsx",
        lambda: xlsx(parts={f"xl/media/{n}.xml": "<x/>" for n in range(3000)}),
        "3005 parts",
    ),
    Case("encrypted_members", ".xlsx", lambda: with_flag(xlsx(), flag=1), UNREADABLE),
    Case("unknown_compression", ".xlsx", lambda: with_flag(xlsx(), method=99), UNREADABLE),
    Case("truncated", ".xlsx", lambda: xlsx()[:300], UNREADABLE),
    Case("empty_file", ".xlsx", lambda: b"", UNREADABLE),
    Case("csv_named_xlsx", ".xlsx", lambda: b"Naam\nDora\n", UNREADABLE),
    Case("plain_zip_not_xlsx", ".xlsx", lambda: zip_of({"hello.txt": "hi"}), UNREADABLE),
    Case("bomb_not_xlsx", ".xlsx", lambda: bomb_member("x.bin", 120, b"\0"), "unpacks to"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_hostile_xlsx(case: Case, hostile) -> None:  # type: ignore[no-untyped-def]
    outcome = hostile(case, "import")
    check(case, outcome, f"{case.name}{case.suffix}")
