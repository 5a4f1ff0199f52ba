"""Choosing the shared database: a SQLAlchemy URL, or host/port/user/database for PostgreSQL.

The password is never saved: it lives only in this dialog's memory for this connection. Leave it
empty to let libpq use PGPASSWORD or ~/.pgpass (see docs/shared-database.md). The other fields
are remembered in QSettings. "Test connection" tries a real connection off the GUI thread and
reports success or a plain reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.storage.addresses import postgres_address, server_check, with_password, without_password
from app.widgets import worker

# SQLAlchemy (~1 s to import) is loaded only when a connection is made: this module is imported
# for the File menu, before the first window shows.

PREFIX = "shared_db/"
FIELDS = ("address", "host", "port", "user", "database")


class ConnectDialog(QDialog):
    connect_timeout: int | None = None  # seconds (None: the storage default); tests shorten it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared database"))
        self._worker: worker.Worker | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Fill in the PostgreSQL server of the room, or paste a full address. "
                "The password is never saved; leave it empty to use PGPASSWORD or .pgpass."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql+psycopg://user@host/database")
        self.host = QLineEdit()
        self.host.setPlaceholderText("192.168.1.20")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.user = QLineEdit()
        self.database = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Address (overrides the fields below)"), self.address)
        form.addRow(self.tr("Server (host name or IP address)"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Password (not saved)"), self.password)
        layout.addLayout(form)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        layout.addWidget(self.test_button)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        settings = QSettings()
        for name in FIELDS:
            value = settings.value(PREFIX + name)
            if value in (None, ""):
                continue
            if name == "port":
                self.port.setValue(int(value))
            else:
                getattr(self, name).setText(str(value))

    def _save(self) -> None:
        """Remember everything except the password."""
        settings = QSettings()
        settings.setValue(PREFIX + "address", self._address_without_password())
        for name in ("host", "user", "database"):
            settings.setValue(PREFIX + name, getattr(self, name).text().strip())
        settings.setValue(PREFIX + "port", self.port.value())

    def _address_without_password(self) -> str:
        return without_password(self.address.text().strip())

    def url(self) -> str:
        """The chosen address (with the typed password, if any: keep it in memory only)."""
        text = self.address.text().strip()
        password = self.password.text() or None
        if text:
            return with_password(text, password)
        return postgres_address(self.user.text().strip(), password, self.host.text().strip(),
                                self.port.value(), self.database.text().strip())  # fmt: skip

    def test_connection(self) -> None:
        address = self.url()
        if not self.address.text().strip() and not self.host.text().strip():
            self.status.setText(self.tr("Fill in an address or a server first."))
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        timeout = self.connect_timeout
        self._worker = worker.start(
            lambda _progress: server_check(address, timeout),
            finished=self._tested,
            failed=self._failed,
        )

    def _tested(self, answer: object) -> None:
        version, note_taker = answer if isinstance(answer, tuple) else (answer, False)
        self.test_button.setEnabled(True)
        text = fill(self.tr("Connected. Server version {version}."), version=version)
        if note_taker:  # tafelronde db setup-roles: the server holds this login to notes
            text += " " + self.tr(
                "This is a note-taker login: it reads the session without e-mail addresses "
                "and writes notes only."
            )
        self.status.setText(text)

    def _failed(self, error: object) -> None:

        from app.i18n import user_text
        from app.storage.errors import StorageError

        self.test_button.setEnabled(True)
        text = user_text(error) if isinstance(error, StorageError) else str(error)
        self.status.setText(fill(self.tr("No connection: {reason}"), reason=text))

    def accept(self) -> None:
        self._save()
        super().accept()


def add_to_menu(window, menu) -> QAction:
    """File › Shared database…: the way into a room's PostgreSQL from the main window."""
    action = QAction(QCoreApplication.translate("ConnectDialog", "Shared &database…"), window)
    action.setObjectName("sharedDatabaseAction")
    action.triggered.connect(lambda: connect_window(window))
    menu.addAction(action)
    return action


def connect_window(window) -> bool:
    """Ask for the shared database and open it in `window` (MainWindow.open_database says why
    not, and keeps the current database, when it cannot be opened)."""
    dialog = ConnectDialog(window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return bool(window.open_database(dialog.url()))
    finally:
        dialog.deleteLater()
