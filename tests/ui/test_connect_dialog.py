"""The connect dialog: builds the URL, tests the connection, never saves the password."""

from __future__ import annotations

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
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert dialog.status.text().startswith("Connected. Server version SQLite")
    dialog.address.setText("postgresql+psycopg://nobody@127.0.0.1:1/none")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=8000)
    assert dialog.status.text().startswith("No connection:")
    assert "127.0.0.1" in dialog.status.text()
    dialog.address.setText("")
    dialog.host.setText("")
    dialog.test_connection()
    assert dialog.status.text() == "Fill in an address or a server first."
