"""The Overview tab's choice of name order: Dutch practice (by last name without particle, the
default) or Flemish practice (by particle and last name). Saves itself in the session's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.core.names import CONVENTION_LABELS, CONVENTIONS
from app.storage.name_order import name_order, set_name_order
from app.storage.store import Store
from app.ui.messages import show_error


class NameOrderBox(QComboBox):
    """Saved at once when chosen; lists, cards and the report follow on their next refresh."""

    chosen = Signal(str)

    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.setObjectName("nameOrder")
        for convention in CONVENTIONS:
            self.addItem(QCoreApplication.translate("Names", CONVENTION_LABELS[convention]),
                         convention)  # fmt: skip
        self.setCurrentIndex(max(0, self.findData(name_order(store, session_id))))
        self.setToolTip(
            self.tr("Dutch practice sorts “Zoë van der Öztürk” under Ö; Flemish practice sorts "
                    "“Lies Van den Berghe” under V. Used on the participants list, phones, "
                    "lists and the report.")
        )  # fmt: skip
        self.currentIndexChanged.connect(self._save)

    @staticmethod
    def caption() -> str:
        return QCoreApplication.translate("NameOrderBox", "Sort names by:")

    def _save(self, _index: int) -> None:
        convention = self.currentData()
        try:
            set_name_order(self.store, self.session_id, convention)
        except Exception as error:  # the database went away: say so, keep the choice shown
            show_error(self, self.tr("Not saved"), error)
            return
        self.chosen.emit(convention)
