"""Languages: Dutch by default, English as the source language; catalogues in resources/.

Each area of the app keeps its own catalogue (resources/translations/<area>_nl.ts, compiled to
.qm); all catalogues of the chosen language are loaded at start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import resources
from app.core.errors import UserError
from app.core.i18n import fill

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []


def preferred_language() -> str:
    """The language chosen in the settings, Dutch when nothing was chosen."""
    value = QSettings().value("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Load every catalogue of the language; returns the catalogue names loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    loaded = []
    if language == "en":  # the source texts are English; only plural forms (%n) need a catalogue
        for name in resources.listdir("translations", "_en.qm"):
            translator = QTranslator(app)
            if translator.load(str(resources.path(f"translations/{name}"))):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
        return loaded
    qt_own = QTranslator(app)  # Qt's own texts: dialog buttons (Close, Cancel, ...), menus
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
        loaded.append(f"qtbase_{language}.qm")
    for name in resources.listdir("translations", f"_{language}.qm"):
        translator = QTranslator(app)
        if translator.load(str(resources.path(f"translations/{name}"))):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def translate(context: str, text: str, n: int = -1, /, **values: object) -> str:
    """The one translate helper: text in the interface language (Qt's plural form for n when
    the text has %n), its {name} placeholders filled by app.core.i18n.fill (which never raises).

    For a text marked elsewhere with QT_TRANSLATE_NOOP (a constant, a TEXTS table). lupdate
    extracts a literal only from `translate("Context", "text")` with exactly two arguments, so
    with a literal write `fill(translate("Context", "text {x}"), x=...)`."""
    return fill(QCoreApplication.translate(context, text, None, n), **values)


def user_text(error: UserError) -> str:
    """The one way to show a UserError (any layer's): its text in the interface language with
    its {name} placeholders filled. The window (app.ui.messages.error_text), the activities and
    the command line all call this, so they say the same thing."""
    return error.translated(QCoreApplication.translate)


_by_language: dict[str, list[QTranslator]] = {}


def in_language(language: str, context: str, text: str, n: int = -1) -> str:
    """text in the given language whatever the interface speaks: for what is printed in a
    session's content language (file names of its paper, for one). English is the source
    language, so only its plural forms (%n) need a catalogue."""
    if language not in _by_language:
        found = []
        for name in resources.listdir("translations", f"_{language}.qm"):
            translator = QTranslator()
            if translator.load(str(resources.path(f"translations/{name}"))):
                found.append(translator)
        _by_language[language] = found
    for translator in reversed(_by_language[language]):  # the last loaded wins, as in the app
        translated = translator.translate(context, text, None, n)
        if translated:
            return translated
    return text.replace("%n", str(n)) if n >= 0 else text
