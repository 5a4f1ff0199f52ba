"""Keeping pages within a laptop screen (1366x768 and 1280x720, issue 15).

A setup page or control panel that asks for more width than the screen has would grow the whole
window past the screen's edge (the bingo page made the workspace 1668 pixels wide). Pages are
shown in scroll areas and their widest parts are told they may shrink: combo boxes size to a
short text instead of their longest item, long labels wrap.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

COMBO_CHARACTERS = 14  # a combo box shows at least this many characters of its items
LONG_LABEL = 40  # a label longer than this wraps instead of holding its width


def relax_widths(page: QWidget) -> None:
    """Let the page's combo boxes and long labels shrink to what the screen allows."""
    for combo in page.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
    for label in page.findChildren(QLabel):
        if len(label.text()) > LONG_LABEL and not label.wordWrap():
            label.setWordWrap(True)
