"""The quick poll in the report: the question, a bar per choice and a table with the counts.

Plain data in, reportlab flowables out (no Qt, no database): app/activities/poll/report.py reads
the store and passes translated labels. The bars come from printables/bars.py, so labels and
counts are real text in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core import poll as pl
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from printables.bars import BarRow, horizontal_bars
from printables.fonts import REGULAR
from printables.styles import ACCENT, escape, stylesheet

LABELS: dict[str, str] = {
    "option": QT_TRANSLATE_NOOP("PollReport", "Option"),
    "answers": QT_TRANSLATE_NOOP("PollReport", "Answers"),
    "share": QT_TRANSLATE_NOOP("PollReport", "Share"),
    "no_answers": QT_TRANSLATE_NOOP("PollReport", "No answers were given."),
    "no_question": QT_TRANSLATE_NOOP("PollReport", "This poll has no question."),
    "mean": QT_TRANSLATE_NOOP("PollReport", "Average on the scale from 1 to 5: {mean}"),
    # filled in by the caller for the counts (%n plurals, see SUMMARY / TYPED_IN)
    "summary": "",
    "typed_in": "",
}
SUMMARY = QT_TRANSLATE_NOOP("PollReport", "%n answer(s) in all.")
TYPED_IN = QT_TRANSLATE_NOOP("PollReport", "Of these, %n were typed in on the console.")
BAR_COLOUR = "#1f6fb2"
WIDTH = 160 * mm


@dataclass
class PollReportData:
    poll: pl.Poll
    tally: pl.Tally
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))


def bar_chart(tally: pl.Tally, width: float = WIDTH) -> Flowable:
    rows = [BarRow(f"{c.key}  {c.label}", count, share, BAR_COLOUR)
            for c, count, share in zip(tally.choices, tally.counts, tally.shares(),
                                       strict=True)]  # fmt: skip
    return horizontal_bars(rows, width, label_w=62 * mm)


def section(data: PollReportData) -> list[Flowable]:
    styles, labels, tally = stylesheet(), data.labels, data.tally
    if not data.poll.question:
        return [Paragraph(escape(labels["no_question"]), styles["Body"])]
    flow: list[Flowable] = [Paragraph(escape(data.poll.question), styles["Italic"])]
    if not tally.total:
        return [*flow, Paragraph(escape(labels["no_answers"]), styles["Body"])]
    cell = styles["Cell"]
    header = [labels["option"], labels["answers"], labels["share"]]
    rows: list[list[object]] = [[Paragraph(f"<b>{escape(text)}</b>", cell) for text in header]]
    for choice, count, share in zip(tally.choices, tally.counts, tally.shares(), strict=True):
        rows.append([Paragraph(f"{choice.key}. {escape(choice.label)}", cell), str(count),
                     f"{round(share * 100)}%"])  # fmt: skip
    table = Table(rows, colWidths=[110 * mm, 25 * mm, 25 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
    ]))  # fmt: skip
    summary = [labels["summary"], labels["typed_in"] if tally.typed_total else ""]
    if data.poll.mode == pl.SCALE and tally.mean() is not None:
        summary.append(fill(labels["mean"], mean=f"{tally.mean():.1f}"))
    flow.append(KeepTogether([bar_chart(tally), Spacer(1, 3 * mm)]))
    flow += [table, Spacer(1, 2 * mm)]
    flow.append(Paragraph(escape(" ".join(text for text in summary if text)), styles["Body"]))
    return flow
