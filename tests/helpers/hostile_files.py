"""Building hostile files in code: XLSX parts, zip archives with lying directories, bombs.

Nothing here is a committed binary: every file of the hostile-input suite (tests/hostile/) is made
by these functions into tmp_path, so what each one holds can be read right here.
"""

from __future__ import annotations

import io
import struct
import zipfile

OOX = "http://schemas.openxmlformats.org"
OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
RELS = f"{OOX}/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Types xmlns="{OOX}/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{OFFICE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{OFFICE}.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Relationships xmlns="{OOX}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<workbook xmlns="{OOX}/spreadsheetml/2006/main" xmlns:r="{RELS}">'
    '<sheets><sheet name="Inschrijvingen" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_NO_SHEETS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<workbook xmlns="{OOX}/spreadsheetml/2006/main"><sheets/></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<Relationships xmlns="{OOX}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
SHEET_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{OOX}/spreadsheetml/2006/main">'
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(row: int, column: int, text: str) -> str:
    ref = f"{column_letter(column)}{row}"
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def sheet(rows: list[list[str]], dimension: str = "", prefix: str = SHEET_HEAD) -> str:
    """Sheet XML with inline strings; `dimension` is the size the sheet claims (e.g. A1:XFD9)."""
    body = "".join(
        f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row, 1) if v) + "</row>"
        for r, row in enumerate(rows, 1)
    )
    claimed = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{prefix}{claimed}<sheetData>{body}</sheetData></worksheet>"


PEOPLE = [["Voornaam", "Achternaam", "E-mail"], ["Anna", "Smit", "anna@example.org"],
          ["Bram", "de Wit", ""]]  # fmt: skip


def xlsx(sheet_xml: str | None = None, parts: dict[str, str | bytes | None] | None = None) -> bytes:
    """A minimal workbook; `parts` replace (or, with None, remove) parts by their path."""
    files: dict[str, str | bytes | None] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": sheet(PEOPLE) if sheet_xml is None else sheet_xml,
        **(parts or {}),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in files.items():
            if value is not None:
                archive.writestr(name, value)
    return buffer.getvalue()


def zip_of(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in members.items():
            archive.writestr(name, value)
    return buffer.getvalue()


def bomb_member(name: str, megabytes: int, filler: bytes = b" ") -> bytes:
    """A zip whose one member really inflates to `megabytes` MB (packs ~1,000:1)."""
    buffer = io.BytesIO()
    chunk = filler * (1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(name, "w", force_zip64=True) as member,
    ):
        for _ in range(megabytes):
            member.write(chunk)
    return buffer.getvalue()


def xlsx_bomb(megabytes: int) -> bytes:
    """A workbook whose sheet really inflates to `megabytes` MB of whitespace inside the XML."""
    head = sheet(PEOPLE).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, value in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                            ("xl/workbook.xml", WORKBOOK),
                            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)):  # fmt: skip
            archive.writestr(name, value)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            split = head.index(b"<sheetData>")
            member.write(head[:split])
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                member.write(chunk)
            member.write(head[split:])
    return buffer.getvalue()


def with_declared_size(data: bytes, name: str, size: int) -> bytes:
    """The archive with `name`'s uncompressed size rewritten in its directory entries (a zip
    that claims to unpack to `size` bytes, or lies about a smaller size)."""
    data = bytearray(data)
    encoded = name.encode()
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        if bytes(data[offset + 46 : offset + 46 + name_length]) == encoded:
            struct.pack_into("<I", data, offset + 24, min(size, 0xFFFFFFFE))
            local = struct.unpack_from("<I", data, offset + 42)[0]
            struct.pack_into("<I", data, local + 22, min(size, 0xFFFFFFFE))
        offset = data.find(b"PK\x01\x02", offset + 4)
    return bytes(data)


def with_flag(data: bytes, flag: int = 0, method: int | None = None) -> bytes:
    """Set a general-purpose flag bit (1: encrypted) or the compression method of every member."""
    data = bytearray(data)
    for signature, flag_at, method_at in ((b"PK\x01\x02", 8, 10), (b"PK\x03\x04", 6, 8)):
        offset = data.find(signature)
        while offset != -1:
            old = struct.unpack_from("<H", data, offset + flag_at)[0]
            struct.pack_into("<H", data, offset + flag_at, old | flag)
            if method is not None:
                struct.pack_into("<H", data, offset + method_at, method)
            offset = data.find(signature, offset + 4)
    return bytes(data)
