"""Dutch is the default and complete: every visible text of the app has a Dutch translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    assert found, f"pyside6-{name} is part of PySide6 and must be installed"
    return found


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation (None when unfinished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished", "obsolete", "vanished")  # fmt: skip
            text = (translation.text or "") if translation is not None else ""
            if message.find("translation/numerusform") is not None:
                text = "".join(f.text or "" for f in message.iter("numerusform"))
            found[(name, message.findtext("source") or "")] = text if done and text else None
    return found


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*_nl.ts"))


def test_there_is_a_dutch_catalogue() -> None:
    assert catalogues()


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.name)
def test_catalogue_is_complete_and_compiled(ts: Path, tmp_path: Path) -> None:
    unfinished = [src for (ctx, src), text in messages(ts).items() if text is None]
    assert not unfinished, f"{ts.name}: untranslated: {unfinished[:10]}"
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run pyside6-lrelease {ts}"
    fresh = tmp_path / qm.name
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(fresh)], check=True,
                   capture_output=True)  # fmt: skip
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}"


def test_every_visible_text_in_the_code_has_a_dutch_translation(tmp_path: Path) -> None:
    """Scan all code with lupdate and look each text up in the committed catalogues."""
    sources = [str(p) for p in sorted((ROOT / "app").rglob("*.py")) if "migrations" not in p.parts]
    sources += [str(p) for p in sorted((ROOT / "printables").rglob("*.py"))]
    scanned = tmp_path / "all_nl.ts"
    subprocess.run([tool("lupdate"), *sources, "-ts", str(scanned)], check=True,
                   capture_output=True)  # fmt: skip
    known: dict[tuple[str, str], str | None] = {}
    for ts in catalogues():
        for key, text in messages(ts).items():
            if text is not None:
                known[key] = text
    missing = sorted(f"{ctx}: {src}" for (ctx, src) in messages(scanned) if (ctx, src) not in known)
    assert not missing, f"{len(missing)} texts have no Dutch translation, e.g. {missing[:15]}"


def test_the_app_starts_in_dutch_by_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from app.i18n import install_translators, preferred_language
    from app.ui.main_window import MainWindow

    app = QCoreApplication.instance()
    assert preferred_language() == "nl"
    loaded = install_translators(app, preferred_language())
    try:
        assert "app_nl.qm" in loaded
        window = MainWindow()
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["&Bestand", "Bij&eenkomst"]
    finally:
        install_translators(app, "en")
    window_en = MainWindow(language="en")
    qtbot.addWidget(window_en)
    assert window_en.menuBar().actions()[0].text() == "&File"


def test_qt_own_buttons_speak_dutch_too(qapp) -> None:  # type: ignore[no-untyped-def]
    """Standard buttons (Close, Cancel, ...) come from Qt's own catalogue, loaded beside ours."""
    from PySide6.QtWidgets import QDialogButtonBox

    from app.i18n import install_translators

    try:
        loaded = install_translators(qapp, "nl")
        assert "qtbase_nl.qm" in loaded
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Sluiten"
    finally:
        install_translators(qapp, "en")
