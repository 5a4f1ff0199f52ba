"""The word cloud's section of the session report: the cloud as a picture (the beamer's layout,
measured with the PDF's own font) and the words with their counts. Hidden words are left out of
both. No widgets, so it runs in the report worker thread."""

from __future__ import annotations

import zlib
from typing import Any

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from app.activities.wordcloud.state import WordCloud
from app.core import wordcloud as wc
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables import fonts
from printables.styles import INK, ReportOptions, escape, stylesheet

CONTEXT = "WordcloudReport"
TEXTS = {
    "summary": QT_TRANSLATE_NOOP("WordcloudReport", "%n answer(s) from the room"),
    "words": QT_TRANSLATE_NOOP("WordcloudReport", "%n different word(s)"),
    "word": QT_TRANSLATE_NOOP("WordcloudReport", "Word"),
    "count": QT_TRANSLATE_NOOP("WordcloudReport", "Answers"),
    "none": QT_TRANSLATE_NOOP("WordcloudReport", "No words were sent."),
}
WIDTH, HEIGHT = 170 * mm, 95 * mm  # the picture on an A4 page inside the margins
# dark enough to print on white; a colour per word as on the beamer
COLOURS = tuple(colors.HexColor(c) for c in ("#1d1d1b", "#0b5563", "#8a4b08", "#2e6b30", "#7a2e5b"))


def _tr(key: str, count: int = -1) -> str:
    """TEXTS[key] translated (a look-up over app.i18n.translate); with a count, its plural."""
    return translate(CONTEXT, TEXTS[key], count)


def picture(words: list[wc.Word]) -> Drawing:
    """The cloud in points: the same layout as the beamer, measured in the PDF's font."""
    fonts.register()

    def width(text: str, size: float) -> float:
        return stringWidth(text, fonts.BOLD, size)

    cloud = wc.layout(words, WIDTH, HEIGHT, width)
    drawing = Drawing(WIDTH, HEIGHT)
    if not cloud.placed:
        return drawing
    left = min(p.x for p in cloud.placed)
    top = min(p.y for p in cloud.placed)
    dx = (WIDTH - (max(p.x + p.w for p in cloud.placed) - left)) / 2 - left
    dy = (HEIGHT - (max(p.y + p.h for p in cloud.placed) - top)) / 2 - top
    for p in cloud.placed:
        # the layout's y runs down from the top; the drawing's up from the bottom. The baseline
        # sits a quarter of the text size under the box's middle (DejaVu's x-height is ~0.55)
        baseline = HEIGHT - (p.y + dy + p.h / 2) - p.size * 0.35
        colour = COLOURS[zlib.crc32(p.key.encode()) % len(COLOURS)]
        drawing.add(String(p.x + dx + p.w / 2, baseline, p.text, fontName=fonts.BOLD,
                           fontSize=p.size, fillColor=colour, textAnchor="middle"))  # fmt: skip
    return drawing


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    styles = stylesheet()
    cloud = WordCloud(store, stored_id(activity))
    words = cloud.snapshot().visible()
    flow: list[Any] = [Paragraph(escape(activity.title), styles["H1"])]
    if not words and not options.keep_empty:
        return []  # nothing sent: the section is left out (the agenda still lists it)
    prompt = cloud.prompt()
    if prompt:
        flow.append(Paragraph(escape(prompt), styles["Italic"]))
    if not words:
        flow.append(Paragraph(escape(_tr("none")), styles["Body"]))
        return flow
    total = sum(w.count for w in words)
    flow.append(Paragraph(escape(f"{_tr('summary', total)} · {_tr('words', len(words))}"),
                          styles["Muted"]))  # fmt: skip
    flow.append(picture(words))
    rows = [[Paragraph(f"<b>{escape(_tr('word'))}</b>", styles["Cell"]),
             Paragraph(f"<b>{escape(_tr('count'))}</b>", styles["Cell"])]]  # fmt: skip
    for word in wc.by_count(words):
        rows.append([Paragraph(escape(word.text), styles["Cell"]),
                     Paragraph(str(word.count), styles["Cell"])])  # fmt: skip
    table = Table(rows, colWidths=[120 * mm, 25 * mm], repeatRows=1)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                               ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    flow.append(table)
    return flow
