"""The report's page furniture, drawn when the canvas saves: the footer ("page n of m" and the
session title) and the contents, whose pages are reserved during layout (ContentsPage) and filled
in once every heading's page is known. Split from printables/report.py to keep both short."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.core.i18n import fill
from printables.fonts import REGULAR, printable
from printables.styles import INK, MUTED

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MARGIN = 18 * mm
CONTENTS_PER_PAGE = 38
CONTENTS_TOP = 30  # room for the "Contents" heading on its first page
CONTENTS_ROW = 18


class ContentsPage(Flowable):
    """Reserves a page for the contents; the canvas fills it in once every heading has landed."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def numbered_canvas(data: Any, doc: Any) -> type[Canvas]:
    """A canvas that draws "page n of m", the session title and the contents at the very end,
    when the page count and every heading's page are known (one layout pass, not two)."""
    from reportlab.pdfgen.canvas import Canvas

    footer_title = " ".join(printable(data.title).split())
    template = data.label("page")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", REGULAR)  # no stray Helvetica in the PDF
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # private Canvas reset, not in stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self.getPageNumber() > 1:  # the cover has no footer
                    self._footer(total)
                if self.getPageNumber() in doc.contents_pages:
                    self._contents(doc.contents_pages.index(self.getPageNumber()))
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(colors.HexColor("#c9d6d9"))
            self.setLineWidth(0.5)
            self.line(MARGIN, MARGIN + 2 * mm, A4[0] - MARGIN, MARGIN + 2 * mm)
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, MARGIN - 2 * mm, _fit(footer_title, REGULAR, 8, 120 * mm))
            page = str(self.getPageNumber())
            self.drawRightString(
                A4[0] - MARGIN, MARGIN - 2 * mm,
                fill(template, page=page, pages=total),
            )  # fmt: skip
            self.restoreState()

        def _contents(self, index: int) -> None:
            first = index * CONTENTS_PER_PAGE
            y = A4[1] - MARGIN - (CONTENTS_TOP if index == 0 else 0) - CONTENTS_ROW
            right = A4[0] - MARGIN
            self.saveState()
            self.setStrokeColor(colors.HexColor("#d5dcdd"))
            self.setLineWidth(0.4)
            for number, (text, page, key) in enumerate(
                doc.headings[first : first + CONTENTS_PER_PAGE], start=first
            ):
                self.setFont(REGULAR, 10)
                self.setFillColor(INK)
                self.drawString(MARGIN, y, _fit(" ".join(printable(text).split()), REGULAR, 10,
                                                right - MARGIN - 20 * mm))  # fmt: skip
                self.drawRightString(right, y, str(page))
                self.line(MARGIN, y - 5, right, y - 5)
                self.linkRect("", key, (MARGIN, y - 5, right, y + 11), relative=0,
                              name=f"contents-link-{number}")  # fmt: skip
                y -= CONTENTS_ROW
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Text cut with an ellipsis so it fits one line of the given width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, min(len(text) - 1, int(len(text) * 0.9)))]
    return text + "…"
