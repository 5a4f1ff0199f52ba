"""The live word cloud: the words with their counts, read again whenever the store changes (a
phone's answer stored by the room, a note-taker typing on another laptop, a moderator's merge).

Every edit goes to the store first and the runtime re-reads one snapshot, so the console, the
beamer and a second laptop show the same cloud.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.wordcloud.state import Snapshot, WordCloud, max_answers_of, prompt_of
from app.core import wordcloud as wc

# Answers from phones arrive in floods (300 phones): the console and the beamer read them at most
# this often, so the room's own work (the same event loop) is not starved by re-reading.
LIVE_INTERVAL_MS = 200


class WordcloudRuntime(ActivityRuntime):
    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.cloud = WordCloud(context.store, context.activity_id)
        self.snapshot = Snapshot()
        self.words: list[wc.Word] = []
        self.prompt = ""
        self.max_answers = wc.DEFAULT_MAX_ANSWERS
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_INTERVAL_MS)
        self._live.timeout.connect(self._live_reload)
        self.follow_store(True)
        self.refresh()

    # -- store ---------------------------------------------------------------------------
    def reload_from_store(self) -> None:
        """Saves by the room or another laptop: read once the burst has had its moment."""
        if not self._live.isActive():
            self._live.start()

    def _live_reload(self) -> None:
        if not self.context.store.closed:
            self.refresh()

    def refresh(self) -> None:
        config = self.cloud.config()
        self.prompt = prompt_of(config)
        self.max_answers = max_answers_of(config)
        self.snapshot = self.cloud.snapshot()
        self.words = self.snapshot.words()
        self.changed.emit()

    def visible(self) -> list[wc.Word]:
        """The words on the beamer, in the order they first arrived."""
        return [w for w in self.words if not w.hidden]

    def word(self, key: str) -> wc.Word | None:
        return next((w for w in self.words if w.key == key), None)

    # -- console -------------------------------------------------------------------------
    def add_typed(self, text: str) -> str:
        """An answer typed by a note-taker; returns it cleaned ("" = nothing added)."""
        added = self.cloud.add_typed(text)
        if added:
            self.refresh()
        return added

    def set_hidden(self, key: str, hidden: bool) -> None:
        self.cloud.set_hidden(key, hidden)
        self.refresh()

    def merge(self, keys: list[str]) -> str:
        """Merge the words into the one with the most answers (the first to arrive on a tie);
        returns the key they now count under ("" = fewer than two words)."""
        words = [w for w in self.words if w.key in keys]
        if len(words) < 2:
            return ""
        into = min(words, key=lambda w: (-w.count, w.first)).key
        self.cloud.merge([w.key for w in words], into)
        self.refresh()
        return into

    def unmerge(self, key: str) -> None:
        self.cloud.unmerge(key)
        self.refresh()

    # -- life cycle ----------------------------------------------------------
    def start(self) -> None:
        self.follow_store(True)
        self.refresh()

    def stop(self) -> None:
        self._live.stop()
