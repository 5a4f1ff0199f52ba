"""The conflict dialog shows both texts side by side and returns the user's choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.conflict_dialog import ConflictDialog, resolve_conflict

pytestmark = pytest.mark.gui


def test_both_texts_visible_and_merged_prefilled(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictDialog(None, "Tafel 3: kansen", "mijn regel", "hun regel")
    qtbot.addWidget(dialog)
    assert dialog.mine_view.toPlainText() == "mijn regel"
    assert dialog.theirs_view.toPlainText() == "hun regel"
    assert dialog.mine_view.isReadOnly() and dialog.theirs_view.isReadOnly()
    assert dialog.merged.toPlainText() == "hun regel\n\nmijn regel"
    dialog.merged.setPlainText("samen: mijn en hun regel")
    dialog.save_merged.click()
    assert dialog.chosen == "samen: mijn en hun regel"


@pytest.mark.parametrize(("button", "expected"), [("keep_mine", "A"), ("keep_theirs", "B"),
                                                   ("cancel", None)])  # fmt: skip
def test_resolve_conflict_returns_the_choice(qtbot, button: str, expected) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):  # not shown yet on a slow machine: look again
            QTimer.singleShot(20, answer)
            return
        if button == "cancel":
            dialog.reject()
        else:
            getattr(dialog, button).click()

    QTimer.singleShot(0, answer)
    assert resolve_conflict(None, "Veld", "A", "B") == expected


def test_picture(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictDialog(
        None,
        "Tafel 3: wat gaat goed",
        "Podia delen technici.\nEen gezamenlijke vacaturebank.",
        "Podia delen technici en decorwerkplaatsen.",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    image = dialog.grab()
    assert image.width() >= 800
    assert image.save(str(tmp_path / "conflict.png"))
