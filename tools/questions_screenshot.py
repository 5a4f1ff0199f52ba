"""The Q&A console with a few questions from phones (one on the beamer, one answered, one hidden,
one waiting) and the beamer showing the one on screen.

Usage: .venv/bin/python tools/questions_screenshot.py
Writes docs/img/questions-console.png and docs/img/questions-beamer.png (offscreen, Dutch).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))
HOME = Path(tempfile.mkdtemp())
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")  # never the developer's own settings
os.environ["HOME"] = str(HOME)

from app.i18n import install_translators  # noqa: E402
from app.ui.startup import make_application  # noqa: E402

QUESTIONS = [
    ("Hoe verdelen jullie het reisbudget tussen de gezelschappen?", 9),
    ("Komt er een gezamenlijke technische ploeg voor de tournee?", 5),
    ("Wie beslist welke zalen in het netwerk komen?", 3),
    ("Kunnen kleinere huizen ook instappen halverwege het seizoen?", 1),
    ("<b>Gratis tickets?</b> klik hier", 0),
]


def main() -> None:
    app = make_application([])
    install_translators(app, "nl")
    from app.activities.context import ActivityContext
    from app.activities.phone import Reply
    from app.activities.questions.phone import QuestionsPhone
    from app.activities.questions.runtime import QuestionsRuntime
    from app.core import questions as qa
    from app.storage import open_store

    store = open_store(HOME / "screens.sqlite")
    meeting = store.sessions.create("Netwerk productieleiders")
    activity = store.agenda.add(meeting.id, "questions", "Vragen aan het panel", 20,
                                {"intro": "", "allow_names": True, "moderation": True})  # fmt: skip

    class Room:
        def __init__(self) -> None:
            self.store, self.session_id = store, meeting.id

    part, room = QuestionsPhone(), Room()
    writes: dict = {}
    for n, (text, _votes) in enumerate(QUESTIONS):
        name = "Sanne" if n == 1 else ""
        turn = part.begin(room, activity)  # type: ignore[arg-type]
        reply: Reply = part.handle(room, activity, turn, f"phone{n}",  # type: ignore[arg-type]
                                   {"type": "question", "text": text, "name": name})  # fmt: skip
        store.results.set_many(activity.id, reply.writes)
    runtime = QuestionsRuntime(ActivityContext(store, meeting.id, activity.id, language="nl"))
    ids = {q.text: q.id for q in runtime.snapshot.questions}
    for n, (text, votes) in enumerate(QUESTIONS):
        writes = {f"up:{ids[text]}:voter{n}-{v}": 1 for v in range(votes)}
        if writes:
            store.results.set_many(activity.id, writes)
    board = runtime.board
    board.set_moderation(ids[QUESTIONS[2][0]], qa.ANSWERED)
    board.set_moderation(ids[QUESTIONS[4][0]], qa.HIDDEN)
    board.set_moderation(ids[QUESTIONS[1][0]], qa.APPROVED)
    board.put_on_screen(ids[QUESTIONS[0][0]])
    runtime.add_question("Vraag uit de zaal: is er ruimte voor co-producties met Vlaanderen?")
    runtime.refresh()
    panel = runtime.control_widget()
    panel.resize(1000, 460)
    panel.show()
    panel.select(ids[QUESTIONS[0][0]])
    beamer = runtime.beamer_widget()
    beamer.resize(1280, 720)
    beamer.show()
    app.processEvents()
    out = ROOT / "docs" / "img"
    panel.grab().save(str(out / "questions-console.png"))
    beamer.grab().save(str(out / "questions-beamer.png"))
    print(out / "questions-console.png", out / "questions-beamer.png")
    panel.close()
    beamer.close()
    runtime.follow_store(False)
    store.close()


if __name__ == "__main__":
    main()
