"""The projected bingo: how many statements were heard, the latest ones, how many cards have bingo.

Every font is sized from the widget's own height (resizeEvent), so the view is as readable on a
1920x1080 beamer as in a small preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from app.core.hyphenation import soft_hyphens
from app.core.i18n import fill
from app.widgets import beamer_style as look
from app.widgets.plain import plain_label

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.bingo.runtime import BingoRuntime, Snapshot


LATEST = 3  # the latest heard statements shown (at 1/20 of the height, three fit)
INK, ACCENT, PAPER, WIN = look.TEXT, look.ACCENT, look.BACKGROUND, look.GOOD


class BingoBeamer(QWidget):
    def __init__(self, runtime: BingoRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("bingoBeamer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#bingoBeamer {{ background: {PAPER}; }} "
                           f"#bingoBeamer QLabel {{ background: transparent; }}")  # fmt: skip
        layout = QVBoxLayout(self)
        # fonts follow the height, so the layout must not hold the widget at the big fonts' size
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.title = self._label("beamerTitle")
        self.count = self._label("bingoHeardCount")
        self.count_caption = self._label("bingoHeardCaption")
        self.latest_caption = self._label("bingoLatestCaption")
        self.latest = [self._label(f"bingoLatest{i}") for i in range(LATEST)]
        self.winning = self._label("bingoWinning")
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.count_caption)
        layout.addSpacing(10)
        layout.addWidget(self.latest_caption)
        for label in self.latest:
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.winning)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def _label(self, name: str) -> QLabel:
        label = plain_label("", self)  # titles and statements are data: never markup
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label

    def refresh(self) -> None:
        snap = self.runtime.snapshot
        self.title.setText(self.runtime.context.activity().title or self.tr("Sector bingo"))
        self.count.setText(f"{len(snap.heard)} / {len(snap.pool)}")
        self.count_caption.setText(self.tr("statements heard"))
        recent = []
        for mark in reversed(snap.marks):
            if mark.statement_id not in recent:
                recent.append(mark.statement_id)
            if len(recent) == LATEST:
                break
        self.latest_caption.setText(self.tr("Just heard:") if recent else
                                    self.tr("Listen well: nothing crossed yet."))  # fmt: skip
        language = self.runtime.context.language
        for i, label in enumerate(self.latest):
            text = snap.text(recent[i]) if i < len(recent) else ""
            # long Dutch words break at a hyphenation point, never mid-syllable (U+00AD)
            label.setText(f"✔ {soft_hyphens(text, language)}" if text else "")
            label.setVisible(bool(text))
        self.winning.setText("" if snap.problem else self.winning_text(snap))
        self._apply_sizes()

    def winning_text(self, snap: Snapshot) -> str:
        """Who won, once a winner is confirmed; then only cards that can call BINGO besides the
        confirmed ones (a confirmed card is no longer "can call": it did)."""
        confirmed = {winner.card for winner in snap.winners}
        others = len(snap.winning_numbers - confirmed)
        if not snap.winners:
            return self.tr("%n card(s) can call BINGO", "", others)
        last = snap.winners[-1]
        card = f"{last.card:03d}"
        text = (fill(self.tr("BINGO! {name} won (card {card})"), name=last.name, card=card)
                if last.name else fill(self.tr("BINGO! Card {card} won"), card=card))  # fmt: skip
        if len(snap.winners) > 1:
            text += "\n" + self.tr("%n winner(s) so far", "", len(snap.winners))
        if others:
            text += "\n" + self.tr("%n more card(s) can call BINGO", "", others)
        return text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Fonts as fractions of the height, none under a twentieth of it: 1080 px gives a
        151 px count and 54 px statements (three of the latest, so it still fits)."""
        h = max(200, self.height())
        margin = int(h * 0.04)
        if (layout := self.layout()) is not None:
            layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
            layout.setSpacing(int(h * 0.008))
        self._style(self.title, look.text_px(h, 0.06), ACCENT, bold=True)
        self._style(self.count, look.text_px(h, 0.14), INK, bold=True)
        self._style(self.count_caption, look.text_px(h, 0.05), INK, bold=False)
        self._style(self.latest_caption, look.text_px(h, 0.05), ACCENT, bold=False)
        for label in self.latest:
            self._style(label, look.text_px(h, 0.05), INK, bold=False)
        self._style(self.winning, look.text_px(h, 0.06), WIN, bold=True)

    @staticmethod
    def _style(label: QLabel, px: float, colour: str, bold: bool) -> None:
        weight = "bold" if bold else "normal"
        label.setStyleSheet(f"font-size: {int(px)}px; color: {colour}; font-weight: {weight};")
