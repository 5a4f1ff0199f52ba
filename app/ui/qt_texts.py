"""Qt's own texts that the Dutch catalogue PySide6 ships (qtbase_nl.qm) lacks.

Qt 6 renamed a few labels of its file dialog ("Look in:" became "&Look in:", "Files of type:"
became "Files of &type:"), and the shipped catalogue still has only the old ones, so the save
dialog read half English. Marked here so lupdate keeps them in resources/translations/
print_hub_nl.ts, which app/i18n.py loads after qtbase_nl.qm (with "Folder" as the file
type of a folder, whose disambiguation lupdate cannot take from Python). Found by a translator
that records every text no catalogue answers; tests/ui/test_file_dialogs.py keeps them answered.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP

MISSING_IN_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QMimeType", "JSON document"),
)
