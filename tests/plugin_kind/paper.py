"""The shout wall's paper for the print hub: one sheet with every line shouted so far."""

from __future__ import annotations

from pathlib import Path

from app.activities.paper import Job, PaperItem
from app.storage.models import Activity
from app.storage.store import Store
from tests.plugin_kind.kind import shouts


def items(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    def prepare() -> Job:
        lines = sorted(shouts(store, activity.id).values())  # read here, on the GUI thread

        def job(target: Path) -> None:
            from reportlab.lib.pagesizes import A4
            from reportlab.pdfgen.canvas import Canvas

            canvas = Canvas(target, pagesize=A4)  # a path or a stream: reportlab takes both
            canvas.drawString(72, 780, f"Shout sheet: {title}")
            for row, line in enumerate(lines, start=1):
                canvas.drawString(72, 780 - 20 * row, line)
            canvas.save()

        return job

    name = f"Shout sheet {title}"
    return [PaperItem(f"shout:{activity.id}", name, name, prepare)]
