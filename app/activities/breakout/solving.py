"""Making the groups off the GUI thread (big rooms take a moment), shared by setup and control.

The problem is read from the database on the GUI thread, solved in the thread pool (pure
Python/numpy, no database), and stored back on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.activities.breakout.state import BreakoutConfig, BreakoutData, build_problem
from app.activities.context import ActivityContext
from app.core.groups import Schedule, participant_rounds, solve
from app.core.i18n import fill
from app.i18n import translate
from app.widgets import worker
from app.widgets.errors import error_text


class GroupMaker(QObject):
    finished = Signal(object)  # Schedule
    failed = Signal(str)  # a translated message

    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._worker: worker.Worker | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        """Solve the rounds that have not started yet; started rounds stay as they are."""
        if self._worker is not None:
            return
        config = BreakoutConfig.parse(self.context.config(), self.context.language)
        data = BreakoutData(self.context.store, self.context.activity_id)
        old = data.schedule()
        locked = old[: min(data.started(), len(old), len(config.rounds))]
        problem = build_problem(
            self.context.store, self.context.session_id, config, locked, self.context.activity_id
        )
        seed = config.seed
        self._worker = worker.start(
            lambda progress: solve(problem, seed=seed), finished=self._done, failed=self._failed
        )

    def _done(self, schedule: Schedule) -> None:
        self._worker = None
        data = BreakoutData(self.context.store, self.context.activity_id)
        try:
            seed = BreakoutConfig.parse(self.context.config()).seed
            data.save_schedule(participant_rounds(schedule.rounds), seed)
        except Exception as error:  # storage trouble: say so, keep the app running
            self.failed.emit(error_text(error))
            return
        self.finished.emit(schedule)

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        self.failed.emit(error_text(error))  # a GroupingError (too few people...) translated


def notice_texts(schedule: Schedule, who: dict[int, str] | None = None) -> list[str]:
    """The solver's notices in the user's language, people named rather than numbered."""
    who = who or {}
    texts = []
    for notice in schedule.notices:
        values = {
            k: who.get(v, v) if k in ("a", "b") and isinstance(v, int) else v
            for k, v in notice.values.items()
        }
        texts.append(fill(translate("groups", notice.text), **values))
    return texts
