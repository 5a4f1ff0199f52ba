"""The one error type users see, in every layer (no Qt).

A `UserError` carries what is needed to show it in the user's language later: `context`, the Qt
translation context its English `text` was marked with (QT_TRANSLATE_NOOP(context, text)), and
`params`, the values for its {name} placeholders. `str(error)` is the English text filled in (for
logs and tests); `app.i18n.user_text(error)` is the translated one, for the window and the command
line alike. The areas keep their own subclasses (BingoError, StorageError, ...) so callers can
catch what concerns them; each subclass fixes its context.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.i18n import fill

Translate = Callable[[str, str], str]  # QCoreApplication.translate(context, text)


class UserError(Exception):
    """Something the user can act on, told in their language instead of a traceback."""

    def __init__(self, context: str, text: str, /, **params: object) -> None:
        super().__init__(fill(text, **params))
        self.context = context
        self.text = text
        self.params = params

    @property
    def message(self) -> str:
        """The English source text (the name older code reads)."""
        return self.text

    @property
    def values(self) -> dict[str, object]:
        """The placeholder values (the name the group solver's callers read)."""
        return self.params

    def __str__(self) -> str:
        return fill(self.text, **self.params)

    def translated(self, translate: Translate) -> str:
        """The message in the user's language; translate is QCoreApplication.translate.
        A value that is itself a UserError is translated too."""
        values = {
            key: value.translated(translate) if isinstance(value, UserError) else value
            for key, value in self.params.items()
        }
        return fill(translate(self.context, self.text), **values)
