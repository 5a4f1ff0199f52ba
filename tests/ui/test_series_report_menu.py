"""Session menu → Series report…: the open session's network written as a PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui import series_report_action
from tests.helpers.series_network import build_network

pytestmark = pytest.mark.gui


def test_series_report_from_the_session_menu(qtbot, window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _series, sessions = build_network(window.store, people=6)
    window.open_session(sessions[1])
    action = window.findChild(type(window.new_action), "seriesReportAction")
    assert action is not None
    target = tmp_path / "netwerk"
    monkeypatch.setattr(series_report_action, "choose_file", lambda parent, name: str(target))
    action.trigger()
    written = Path(f"{target}.pdf")
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Netwerk productieleiders" in text and "Ontmoeting 3" in text


def test_a_session_outside_a_series_says_so(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.open_session(window.store.sessions.create("Los").id)
    assert series_report_action.write_series_report(window) is None
    assert shown == ["This session is not part of a series."]
