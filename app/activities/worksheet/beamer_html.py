"""A filled worksheet as rich text for the beamer: large, high contrast, only what was filled.

Sizes are pixels derived from one `base` size, so the view can shrink the whole sheet until it
fits its screen. Pure string building (no widgets) keeps it quick to test.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, localized
from app.core.worksheet_fields import CHECK_STATE_LABELS, Field, normalize
from app.core.worksheets import Definition
from app.widgets import beamer_style as look

BACKGROUND = look.BACKGROUND  # the one beamer look (app/widgets/beamer_style.py)
INK = look.TEXT
ACCENT = look.ACCENT
MUTED = "#9fb3b8"
GRID = "#5d7379"
STATE_COLOURS = {"present": "#8be28b", "to_start": "#ffd35c", "not_relevant": "#9fb3b8"}
EMPTY = QT_TRANSLATE_NOOP("WorksheetBeamer", "nothing yet")
NOT_PLACED = QT_TRANSLATE_NOOP("WorksheetBeamer", "Not placed yet:")

Translate = Callable[[str, str], str]


def _html_text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class _Html:
    def __init__(self, language: str, base: int, tr: Translate) -> None:
        self.language, self.base, self.translate = language, base, tr

    def loc(self, text: dict[str, str]) -> str:
        return _html_text(localized(text, self.language))

    def px(self, factor: float) -> int:
        return max(6, round(self.base * factor))

    def muted(self, text: str) -> str:
        return f'<span style="color:{MUTED}; font-size:{self.px(0.8)}px">{_html_text(text)}</span>'

    def empty(self) -> str:
        return self.muted(self.translate("WorksheetBeamer", EMPTY))

    def table(self, rows: list[list[str]], header: list[str] | None = None) -> str:
        cells = ""
        if header:
            cells += (
                "<tr>"
                + "".join(
                    f'<th style="color:{ACCENT}; font-size:{self.px(0.8)}px" align="left">{h}</th>'
                    for h in header
                )
                + "</tr>"
            )
        for row in rows:
            cells += "<tr>" + "".join(f'<td valign="top">{c}</td>' for c in row) + "</tr>"
        return (
            f'<table width="100%" cellspacing="0" cellpadding="{self.px(0.25)}" border="1" '
            f'style="border-color:{GRID}; border-style:solid">{cells}</table>'
        )

    # ---------------------------------------------------------------- field types

    def field(self, spec: Field, raw: Any) -> str:
        value = normalize(spec, raw)
        body = getattr(self, f"_{spec.type}")(spec, value)
        style = f"color:{ACCENT}; font-size:{self.px(1.05)}px; margin-top:{self.px(0.5)}px"
        label = f'<p style="{style}"><b>{self.loc(spec.label)}</b></p>'
        return label + (body or self.empty())

    def _text(self, spec: Field, value: str) -> str:
        return f"<p>{_html_text(value)}</p>" if value else ""

    _long_text = _text

    def _list(self, spec: Field, value: list[str]) -> str:
        items = [v for v in value if v.strip()]
        return (
            "<ul>" + "".join(f"<li>{_html_text(v)}</li>" for v in items) + "</ul>" if items else ""
        )

    def _table(self, spec: Field, value: list[list[str]]) -> str:
        header = [self.loc(c) for c in spec.columns]
        matrix = spec.type == "matrix"
        rows = []
        for n, row in enumerate(value):
            if not matrix and not any(row):
                continue
            first = f"<b>{self.loc(spec.rows[n])}</b>" if matrix else f"{n + 1}"
            rows.append([first, *[_html_text(c) for c in row]])
        return self.table(rows, ["", *header]) if rows else ""

    _matrix = _table

    def _checklist(self, spec: Field, value: list[dict[str, str]]) -> str:
        rows = []
        for item, mark in zip(spec.items, value, strict=True):
            state = mark["state"]
            word = self.translate("Worksheet", CHECK_STATE_LABELS[state]) if state else ""
            colour = STATE_COLOURS.get(state, MUTED)
            rows.append(
                [
                    self.loc(item),
                    f'<b style="color:{colour}">{_html_text(word)}</b>',
                    _html_text(mark["note"]),
                ]
            )
        return self.table(rows)

    def _assignment(self, spec: Field, value: dict[str, Any]) -> str:
        columns: dict[str, list[str]] = {o.key: [] for o in spec.options}
        loose = []
        items = [(self.loc(i), m) for i, m in zip(spec.items, value["rows"], strict=True)]
        items += [(_html_text(m["item"]), m) for m in value["extra"] if m["item"]]
        for text, mark in items:
            note = f"<br>{self.muted(mark['note'])}" if mark["note"] else ""
            if mark["choice"]:
                columns[mark["choice"]].append(f"• {text}{note}")
            else:
                loose.append(text)
        header = [self.loc(o.label) for o in spec.options]
        html = self.table([["<br>".join(columns[o.key]) for o in spec.options]], header)
        if loose:
            words = self.translate("WorksheetBeamer", NOT_PLACED)
            style = f"color:{MUTED}; font-size:{self.px(0.8)}px"  # items are escaped already
            html += f'<p><span style="{style}">{_html_text(words)} {" · ".join(loose)}</span></p>'
        return html

    def _steps(self, spec: Field, value: list[str]) -> str:
        rows = [
            [f"<b>{n}. {self.loc(step.title)}</b>", _html_text(note)]
            for n, (step, note) in enumerate(zip(spec.steps, value, strict=True), start=1)
        ]
        return self.table(rows)

    def _groups(self, spec: Field, value: list[dict[str, Any]]) -> str:
        header = [self.loc(spec.columns[0]), *[self.loc(o.label) for o in spec.options]]
        rows = [
            [
                f"<b>{_html_text(g['name'])}</b>",
                *["<br>".join(_html_text(t) for t in g["lists"][o.key] if t) for o in spec.options],
            ]
            for g in value
        ]
        return self.table(rows, header) if rows else ""

    def _links(self, spec: Field, value: list[dict[str, Any]]) -> str:
        rows = [
            [
                self.loc(spec.left_terms[v["left"]]),
                "⟷",
                self.loc(spec.right_terms[v["right"]]),
                _html_text(v["note"]),
            ]
            for v in value
        ]
        return self.table(rows, [self.loc(spec.left), "", self.loc(spec.right), ""]) if rows else ""

    def _poll(self, spec: Field, value: dict[str, Any]) -> str:
        options = [(self.loc(o), c) for o, c in zip(spec.items, value["counts"], strict=True)]
        options += [(_html_text(e["label"]), e["count"]) for e in value["extra"] if e["label"]]
        top = max([c for _, c in options] + [1])
        rows = []
        for text, count in sorted(options, key=lambda o: -o[1]):
            width = max(1, round(70 * count / top))
            bar = (
                f'<table cellspacing="0" cellpadding="0" width="{width}%"><tr>'
                f'<td style="background-color:{ACCENT}; color:{BACKGROUND}" align="right">'
                f"<b>&nbsp;{count}&nbsp;</b></td></tr></table>"
            )
            rows.append([text, bar])
        return self.table(rows)


def render(
    definition: Definition,
    values: dict[str, Any],
    language: str,
    base: int,
    instance_name: str = "",
    tr: Translate = lambda context, text: text,
    stop_at: str | None = None,
) -> str:
    """The whole sheet as HTML at base font size `base` (pixels); with `stop_at`, only what
    comes before that field (to find where the field starts on the screen)."""
    html = _Html(language, base, tr)
    code = f"{_html_text(definition.code)} · " if definition.code else ""
    parts = [
        f'<body style="color:{INK}; font-size:{base}px">',
        f'<p style="font-size:{html.px(1.5)}px"><b>{code}{html.loc(definition.title)}</b>',
    ]
    if instance_name:
        parts.append(f' <span style="color:{ACCENT}">— {_html_text(instance_name)}</span>')
    parts.append("</p>")
    for spec in definition.fields:
        if spec.key == stop_at:
            break
        parts.append(html.field(spec, values.get(spec.key)))
    parts.append("</body>")
    return "".join(parts)
