"""Any error as a plain, translated sentence, for every layer that shows one (ui, room, activities,
widgets): a UserError in the user's language (app.i18n.user_text), a database driver's refusal
without the rows it quoted, anything else as "Something went wrong: ..." (never a traceback)."""

from __future__ import annotations

from app.core.errors import UserError
from app.core.i18n import fill
from app.i18n import translate, user_text


def error_text(error: BaseException) -> str:
    """The sentence to show for error, in the interface language."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):  # its text quotes the rows being written: never shown
        from app.storage.write_errors import refused_write

        return " ".join(user_text(refused_write(error, "")).split())  # (no name known here)
    if isinstance(error, UserError):
        return user_text(error)
    return fill(
        translate("messages", "Something went wrong: {error}"),
        error=str(error) or type(error).__name__,
    )
