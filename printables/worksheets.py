"""One renderer for every worksheet: blank with writing space like the paper originals, or filled.

Each field type becomes reportlab flowables; tables repeat their header and split inside rows so
long answers flow onto further pages. A3 scales the writing space and type by √2, so a sheet laid
on a table can be filled by a group. Fixed words ("Group", "present") are English source texts
marked for Qt's translation; the caller passes a `tr(context, text)` that translates them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle, PropertySet
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.atomic import to_file
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.worksheet_fields import CHECK_STATE_LABELS, CHECK_STATES, Field, normalize
from app.core.worksheets import Definition
from printables.fonts import BOLD, REGULAR
from printables.styles import ACCENT, INK, MUTED, escape, fit_words, stylesheet

Translate = Callable[[str, str], str]
SIZES = {"A4": A4, "A3": A3}
LINE = colors.HexColor("#9aa5a8")
SHADE = colors.HexColor("#e8f0f1")
EMPTY, TICKED = "\u2610", "\u2612"
CONTEXT = "WorksheetPrint"
KEEP_WHOLE = 110 * mm  # a label and a field start up to this tall move to the next page together
ROOM_STEPS = (0.9, 0.8)  # less writing space per line, tried in turn for a blank sheet
KEEP_START = 60 * mm  # a taller one starts on this page if at least this much room is left


def _same(context: str, text: str) -> str:
    """The translator when none is passed (printables import no Qt; the app passes
    app.i18n.translate): the English source text."""
    del context
    return text


@dataclass
class Page:
    """One instance to print: its name (may be empty) and values (None for a blank sheet)."""

    name: str = ""
    values: dict[str, Any] | None = None


class _Renderer:
    def __init__(
        self, language: str, width: float, scale: float, tr: Translate, room: float = 1.0
    ) -> None:
        self.language, self.width, self.scale, self.translate = language, width, scale, tr
        base = stylesheet()
        self.body = _scaled(base["Body"], scale)
        self.cell = _scaled(base["Cell"], scale)
        self.small = _scaled(base["Muted"], scale, "Hint")
        self.label = _scaled(base["H2"], scale, "Label", textColor=ACCENT)
        self.title = _scaled(base["Title"], scale)
        self.head = _scaled(base["Cell"], scale, "Head", fontName=BOLD)
        self.line_height = 7.5 * mm * scale * room  # writing space per line

    def t(self, text: str) -> str:
        """A text of this sheet (context WorksheetPrint) through the translator passed in."""
        return self.translate(CONTEXT, text)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text), style or self.cell)

    def loc(self, text: dict[str, str]) -> str:
        from app.core.i18n import localized

        return localized(text, self.language)

    # ------------------------------------------------------------ page parts

    def header(self, definition: Definition, page: Page) -> list[Flowable]:
        code = f"{definition.code} · " if definition.code else ""
        out: list[Flowable] = [self.p(code + definition.text("title", self.language), self.title)]
        if definition.intro:
            out.append(self.p(definition.text("intro", self.language), self.body))
        if page.values is None:
            blank = "_" * 28
            words = f"{self.t('Group')}: {blank}     {self.t('Date')}: {blank}"
            out.append(self.p(words, self.body))
        elif page.name:
            out.append(self.p(f"{self.t('Group')}: {page.name}", self.head))
        out.append(Spacer(1, 3 * mm * self.scale))
        return out

    def field(self, spec: Field, raw: Any, blank: bool) -> list[Flowable]:
        value = normalize(spec, raw)
        title: list[Flowable] = [self.p(spec.text("label", self.language), self.label)]
        if spec.help:
            title.append(self.p(spec.text("help", self.language), self.small))
        body = getattr(self, f"_{spec.type}")(spec, value, blank)
        return [*self.keep(title, body[0]), *body[1:], Spacer(1, 2 * mm * self.scale)]

    def keep(self, title: list[Flowable], first: Flowable) -> list[Flowable]:
        """Keep a label with the start of its field. A tall first part (six steps with writing
        space) is not kept whole: that would leave most of a page empty; instead the label only
        moves on when less than a few rows' height is left on the page."""
        flow = [*title, first]
        height = sum(f.wrap(self.width, 10_000)[1] for f in flow)
        if height <= KEEP_WHOLE * self.scale:
            return [KeepTogether(flow)]
        return [CondPageBreak(KEEP_START * self.scale), *flow]

    # ------------------------------------------------------------ helpers

    def grid(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header: bool = True,
        heights: Sequence[float | None] | None = None,
        label_column: bool = False,
    ) -> Table:
        total = sum(widths)
        columns = [self.width * w / total for w in widths]
        rows = [[fit_words(cell, width - 8) for cell, width in zip(row, columns, strict=False)]
                for row in rows]  # fmt: skip
        if heights is not None:  # writing space is a minimum: longer item texts still fit
            heights = [_at_least(h, row, columns) for h, row in zip(heights, rows, strict=True)]
        table = Table(
            rows,
            colWidths=columns,
            rowHeights=heights,
            repeatRows=1 if header else 0,
            splitInRow=1,
        )
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # empty string cells: never Helvetica
            ("GRID", (0, 0), (-1, -1), 0.6, LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        if label_column:
            style.append(("BACKGROUND", (0, 1 if header else 0), (0, -1), SHADE))
        table.setStyle(TableStyle(style))
        return table

    def space(self, lines: float) -> float:
        return lines * self.line_height

    def heads(self, texts: list[str]) -> list[Paragraph]:
        return [self.p(t, self.head) for t in texts]

    def box(self, ticked: bool) -> Paragraph:
        return self.p(TICKED if ticked else EMPTY, self.head)

    # ------------------------------------------------------------ field types

    def _text(self, spec: Field, value: str, blank: bool) -> list[Flowable]:
        del spec
        return [self.grid([[self.p(value)]], [1], False, [None if value else self.space(1)])]

    def _long_text(self, spec: Field, value: str, blank: bool) -> list[Flowable]:
        if blank or not value:
            return [self.grid([[""]], [1], False, [self.space(spec.lines)])]
        return [self.p(part, self.body) for part in value.split("\n\n")]

    def _list(self, spec: Field, value: list[str], blank: bool) -> list[Flowable]:
        items = [v for v in value if v.strip()] if not blank else []
        count = len(items) if items else spec.lines
        rows = [
            [self.p(f"{n}."), self.p(items[n - 1] if items else "")] for n in range(1, count + 1)
        ]
        heights = [None if items else self.space(1)] * count
        return [self.grid(rows, [1, 15], False, heights)]

    def _table(self, spec: Field, value: list[list[str]], blank: bool) -> list[Flowable]:
        cols = [self.loc(c) for c in spec.columns]
        rows: list[list[Any]] = [["", *self.heads(cols)]]
        label = spec.type == "matrix"
        for n, row in enumerate(value):
            first = self.p(self.loc(spec.rows[n]), self.head) if label else self.p(f"{n + 1}")
            rows.append([first, *[self.p("" if blank else c) for c in row]])
        empty = blank or not any(c for row in value for c in row)
        heights = [None] + [self.space(spec.lines) if empty else None] * len(value)
        first_width = 5.5 if label else 0.7
        return [self.grid(rows, [first_width, *[8] * len(cols)], True, heights, label)]

    _matrix = _table

    def _checklist(self, spec: Field, value: list[dict[str, str]], blank: bool) -> list[Flowable]:
        states = [self.translate("Worksheet", CHECK_STATE_LABELS[s]) for s in CHECK_STATES]
        rows: list[list[Any]] = [["", *self.heads(states), self.p(self.t("Note"), self.head)]]
        for item, mark in zip(spec.items, value, strict=True):
            boxes = [self.box(not blank and mark["state"] == s) for s in CHECK_STATES]
            rows.append([self.p(self.loc(item)), *boxes, self.p("" if blank else mark["note"])])
        heights = [None] + [self.space(1.4) if blank else None] * len(spec.items)
        return [self.grid(rows, [5.5, 2.9, 2.9, 2.9, 6], True, heights)]

    def _assignment(self, spec: Field, value: dict[str, Any], blank: bool) -> list[Flowable]:
        options = [self.loc(o.label) for o in spec.options]
        rows: list[list[Any]] = [["", *self.heads(options), self.p(self.t("Note"), self.head)]]
        marks = [(self.loc(item), m) for item, m in zip(spec.items, value["rows"], strict=True)]
        extra = [(m["item"], m) for m in value["extra"]] if not blank else []
        if spec.allow_extra and (blank or not extra):
            extra = [("", {"choice": "", "note": ""})] * spec.lines if blank else []
        for text, mark in marks + extra:
            boxes = [self.box(not blank and mark["choice"] == o.key) for o in spec.options]
            rows.append([self.p(text), *boxes, self.p("" if blank else mark["note"])])
        heights = [None] + [self.space(1.4) if blank else None] * (len(rows) - 1)
        return [self.grid(rows, [6.5, *[3.7] * len(options), 5.5], True, heights)]

    def _steps(self, spec: Field, value: list[str], blank: bool) -> list[Flowable]:
        rows = []
        for n, (step, note) in enumerate(zip(spec.steps, value, strict=True), start=1):
            about = [self.p(f"{n}. {self.loc(step.title)}", self.head)]
            if step.hint:
                about.append(self.p(self.loc(step.hint), self.small))
            rows.append([about, self.p("" if blank else note)])
        empty = blank or not any(value)
        heights = [self.space(spec.lines) if empty else None] * len(rows)
        return [self.grid(rows, [5, 9], False, heights, label_column=True)]

    def _groups(self, spec: Field, value: list[dict[str, Any]], blank: bool) -> list[Flowable]:
        empty: dict[str, Any] = {"name": "", "lists": {}}
        groups = value if value and not blank else [empty] * spec.lines
        name_label = self.loc(spec.columns[0])
        out: list[Flowable] = []
        for group in groups:
            rows: list[list[Any]] = [[self.p(f"{name_label}: {group['name']}", self.head)]]
            for option in spec.options:
                items = group["lists"].get(option.key, [])
                text = "\n".join(f"• {t}" for t in items if t)
                rows.append([[self.p(self.loc(option.label), self.small), self.p(text)]])
            heights = [None] + [
                None if group["lists"].get(o.key) else self.space(3) for o in spec.options
            ]
            out += [self.grid(rows, [1], True, heights), Spacer(1, 2 * mm)]
        return out

    def _links(self, spec: Field, value: list[dict[str, Any]], blank: bool) -> list[Flowable]:
        left = [self.loc(t) for t in spec.left_terms]
        right = [self.loc(t) for t in spec.right_terms]
        terms: list[list[Any]] = [
            [self.p(self.loc(spec.left), self.head), "", self.p(self.loc(spec.right), self.head)]
        ]
        for n in range(max(len(left), len(right))):
            terms.append(
                [
                    self.p(left[n] if n < len(left) else ""),
                    "",
                    self.p(right[n] if n < len(right) else ""),
                ]
            )
        table = Table(terms, colWidths=[self.width * 0.34, self.width * 0.32, self.width * 0.34])
        cells = [(0, r) for r in range(1, len(left) + 1)] + [
            (2, r) for r in range(1, len(right) + 1)
        ]
        table.setStyle(
            TableStyle(
                [("BOX", c, c, 0.8, ACCENT) for c in cells]
                + [("BACKGROUND", c, c, SHADE) for c in cells]
                + [("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]
            )
        )
        rows: list[list[Any]] = [
            self.heads(
                [self.loc(spec.left), self.loc(spec.right), self.t("Why they belong together")]
            )
        ]
        if blank or not value:
            rows += [["", "", ""] for _ in range(spec.lines)]
        else:
            rows += [
                [self.p(left[v["left"]]), self.p(right[v["right"]]), self.p(v["note"])]
                for v in value
            ]
        heights = [None] + [self.space(1.4) if blank or not value else None] * (len(rows) - 1)
        return [table, Spacer(1, 3 * mm), self.grid(rows, [4, 4, 8], True, heights)]

    def _poll(self, spec: Field, value: dict[str, Any], blank: bool) -> list[Flowable]:
        options = [(self.loc(o), c) for o, c in zip(spec.items, value["counts"], strict=True)]
        options += [(e["label"], e["count"]) for e in value["extra"]] if not blank else []
        if spec.allow_extra and (blank or not value["extra"]):
            options += [("", 0)] * (3 if blank else 0)
        top = max([c for _, c in options] + [1])
        head = self.t("Tally") if blank else self.t("Count")
        rows: list[list[Any]] = [["", self.p(head, self.head)]]
        for text, count in options:
            rows.append([self.p(text), "" if blank else self.bar(count, top)])
        heights = [None] + [self.space(1.4) if blank else None] * len(options)
        return [self.grid(rows, [6, 8], True, heights)]

    def bar(self, count: int, top: int) -> Drawing:
        width = self.width * 8 / 14 - 10
        drawing = Drawing(width, 12 * self.scale)
        length = (width - 30) * count / top
        bar = Rect(0, 1, max(length, 0.5), 10 * self.scale)
        bar.fillColor, bar.strokeColor = ACCENT, None
        drawing.add(bar)
        from reportlab.graphics.shapes import String

        drawing.add(
            String(
                length + 4, 2, str(count), fontName=BOLD, fontSize=10 * self.scale, fillColor=INK
            )
        )
        return drawing


def _at_least(height: float | None, row: list[Any], columns: list[float]) -> float | None:
    """The row's height: `height`, or more when a cell's text needs it (None: as tall as needed)."""
    if height is None:
        return None
    needed = 0.0
    for cell, width in zip(row, columns, strict=False):
        parts = cell if isinstance(cell, list) else [cell]
        inner = width - 8  # left and right padding
        tall = sum(p.wrap(inner, 10_000)[1] for p in parts if isinstance(p, Flowable))
        needed = max(needed, tall + 6)  # top and bottom padding
    return max(height, needed)


def _scaled(style: PropertySet, scale: float, name: str = "", **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name or style.name,
        parent=style,
        fontSize=style.fontSize * scale,
        leading=style.leading * scale,
        **extra,
    )


def flowables(
    definition: Definition,
    pages: list[Page],
    width: float,
    language: str = "nl",
    scale: float = 1.0,
    tr: Translate = _same,
    room: float = 1.0,
) -> list[Flowable]:
    """The worksheet as flowables (for the meeting report or a document of its own); `room`
    scales the writing space of blank fields."""
    renderer = _Renderer(language, width, scale, tr, room)
    out: list[Flowable] = []
    for number, page in enumerate(pages):
        if number:
            out.append(PageBreak())
        out += renderer.header(definition, page)
        for spec in definition.fields:
            raw = None if page.values is None else page.values.get(spec.key)
            out += renderer.field(spec, raw, page.values is None)
    return out


def write_pdf(
    target: str | Path | IO[bytes],
    definition: Definition,
    pages: list[Page] | None = None,
    size: str = "A4",
    language: str = "nl",
    tr: Translate = _same,
) -> None:
    """Write the worksheet as a PDF: one blank sheet by default, or one per filled instance.

    A blank sheet whose writing space spills a little onto one more page is tried again with
    somewhat less space per line, so nobody prints a page holding one empty row."""
    if not hasattr(target, "write"):  # a file name: written whole or not at all
        return to_file(target, lambda out: write_pdf(out, definition, pages, size, language, tr))
    pages = pages or [Page()]
    room = 1.0
    if all(page.values is None for page in pages):
        count = _build(io.BytesIO(), definition, pages, size, language, tr, room)
        for smaller in ROOM_STEPS:
            if _build(io.BytesIO(), definition, pages, size, language, tr, smaller) < count:
                room = smaller
                break
    _build(target, definition, pages, size, language, tr, room)


def _build(
    target: str | Path | IO[bytes],
    definition: Definition,
    pages: list[Page],
    size: str,
    language: str,
    tr: Translate,
    room: float,
) -> int:
    """Lay out and write the document; returns the number of pages."""
    pagesize = SIZES[size]
    scale = 1.41 if size == "A3" else 1.0
    margin = 14 * mm * scale
    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=definition.text("title", language),
        author="Tafelronde",
        lang=language,
        initialFontName=REGULAR,  # reportlab starts every page in Helvetica otherwise
    )
    footer = f"{definition.code} {definition.text('title', language)}".strip()

    def on_page(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8 * scale)
        canvas.setFillColor(MUTED)
        text = f"{footer} · {tr(CONTEXT, 'page')} {document.page}"
        canvas.drawRightString(pagesize[0] - margin, margin / 2, text)
        canvas.restoreState()

    frame = Frame(margin, margin, pagesize[0] - 2 * margin, pagesize[1] - 2 * margin, id="body")
    doc.addPageTemplates([PageTemplate("sheet", [frame], onPage=on_page)])
    doc.build(flowables(definition, pages, frame.width, language, scale, tr, room))
    return int(doc.page)


# marked for the catalogue: the words the renderer prints
WORDS = (
    QT_TRANSLATE_NOOP("WorksheetPrint", "Group"),
    QT_TRANSLATE_NOOP("WorksheetPrint", "Date"),
    QT_TRANSLATE_NOOP("WorksheetPrint", "Note"),
    QT_TRANSLATE_NOOP("WorksheetPrint", "Why they belong together"),
    QT_TRANSLATE_NOOP("WorksheetPrint", "Tally"),
    QT_TRANSLATE_NOOP("WorksheetPrint", "Count"),
    QT_TRANSLATE_NOOP("WorksheetPrint", "page"),
)
