"""The connect dialog: builds the URL, tests the connection, never saves the password."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QSettings

from app.ui.connect_dialog import ConnectDialog

pytestmark = pytest.mark.gui


def test_fields_make_a_url_and_password_is_not_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("192.168.1.20")
    dialog.user.setText("zaal")
    dialog.database.setText("sectordag")
    dialog.password.setText("geheim")
    assert dialog.url() == "postgresql+psycopg://zaal:geheim@192.168.1.20:5432/sectordag"
    dialog.accept()
    settings = QSettings()
    stored = {key: settings.value(key) for key in settings.allKeys()}
    assert "geheim" not in repr(stored)
    again = ConnectDialog()
    qtbot.addWidget(again)
    assert again.host.text() == "192.168.1.20" and again.password.text() == ""
    assert again.url() == "postgresql+psycopg://zaal@192.168.1.20:5432/sectordag"


def test_address_password_is_stripped_before_saving(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql+psycopg://zaal:geheim@db.local/sectordag")
    assert dialog.url().endswith("zaal:geheim@db.local/sectordag")
    dialog.accept()
    assert QSettings().value("shared_db/address") == "postgresql+psycopg://zaal@db.local/sectordag"


def test_test_connection_reports_success_and_failure(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.address.setText(str(tmp_path / "test.sqlite"))
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
    assert dialog.status.text().startswith("Connected. Server version SQLite")
    # refused here; on some machines a closed port drops packets instead: the timeout ends that
    dialog.connect_timeout = 2
    dialog.address.setText("postgresql+psycopg://nobody@127.0.0.1:1/none")
    dialog.test_connection()
    assert dialog.status.text() == "Connecting…" and not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
    assert dialog.status.text().startswith("No connection:")
    assert "127.0.0.1" in dialog.status.text()
    dialog.address.setText("")
    dialog.host.setText("")
    dialog.test_connection()
    assert dialog.status.text() == "Fill in an address or a server first."


def test_a_server_that_never_answers_is_given_up_with_a_clear_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A listening socket that never accepts: the TCP handshake succeeds, PostgreSQL's startup
    reply never comes, exactly like a wrong host behind a firewall. No hang, a plain message."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        dialog.connect_timeout = 2
        dialog.address.setText(f"postgresql+psycopg://zaal@127.0.0.1:{port}/sectordag")
        dialog.test_connection()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
    assert dialog.status.text() == (
        "No connection: The server 127.0.0.1 did not answer within 2 seconds. Check the address, "
        "that this laptop is on the room's network and that the database server is running."
    )


def test_file_menu_opens_the_chosen_database(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    target = tmp_path / "zaal.sqlite"

    def accept(dialog: ConnectDialog) -> int:  # what the user does: fill in, press OK
        dialog.address.setText(str(target))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectDialog, "exec", accept)
    action = window.findChild(QAction, "sharedDatabaseAction")
    assert action is not None and action.text() == "Shared &database…"
    action.trigger()
    assert window.store.db.display_name.endswith("zaal.sqlite") and target.exists()
    monkeypatch.setattr(ConnectDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    action.trigger()  # Cancel: the open database stays
    assert window.store.db.display_name.endswith("zaal.sqlite")


def test_a_failed_open_logs_the_address_without_its_password(window, caplog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import messages

    monkeypatch.setattr(messages, "show_error", lambda *args: None)  # no modal box in a test
    assert not window.open_database("postgresql+psycopg://zaal:geheim@127.0.0.1:1/sectordag")
    assert "zaal@127.0.0.1:1/sectordag" in caplog.text and "geheim" not in caplog.text
