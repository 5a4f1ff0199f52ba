"""Regenerates the report pictures in docs/img (not a test; run by hand after visual changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/report_pictures.py
Fills a sector day (bingo, statement game, five worksheets, actions) in Dutch, writes its report
with the real command line (`tafelronde report ... --include-participants`, timed), renders three
pages with `pdftoppm -png -r 50` (cover, statement game, action items) and grabs the Report tab
and the Print materials dialog.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"

PEOPLE = [("Anna", "Verbeke", "Vooruit"), ("Bram", "De Smet", "CC Strombeek"),
          ("Chloé", "Peeters", "Kunstenpunt"), ("Dries", "Janssens", "Het Paleis"),
          ("Elif", "Yilmaz", "De Grote Post"), ("Femke", "Claes", "Stad Gent"),
          ("Gert", "Maes", "Provincie Limburg"), ("Hanne", "Wouters", "KAAP"),
          ("Ismaël", "Benali", "Zonzo Compagnie"), ("Jolien", "Mertens", "30CC"),
          ("Koen", "Van Damme", "CC Hasselt"), ("Lotte", "Goossens", "Mooss")]  # fmt: skip
ARGUMENTS = [
    ("for", "Samen programmeren spreidt het risico van nieuw werk."),
    ("for", "Kleine huizen krijgen toegang tot makers die ze alleen niet kunnen betalen."),
    ("against", "Elke gemeente wil haar eigen publiek bedienen, niet dat van de buren."),
    ("against", "Afspraken kosten tijd die niemand betaald krijgt."),
]
SENTENCES = [
    "Een gedeelde agenda voor de regio, één keer per seizoen samen opgemaakt.",
    "De programmator beslist, de kunstenaar krijgt inspraak in de context van de voorstelling.",
    "Cultuur hoort in elk lokaal bestuursakkoord, met een bedrag en een naam erbij.",
    "Een alliantie slaagt als ze na drie jaar nog bestaat zonder extra subsidie.",
    "Mobiliteit naar de kleinere zalen blijft het grootste probleem in de regio.",
]
ACTIONS = [("Werkgroep allianties samenroepen", "Chloé Peeters", "15-04-2026"),
           ("Tekst voor het bestuursakkoord schrijven", "Femke Claes", "01-05-2026"),
           ("Gedeelde agenda online zetten", "Bram De Smet", "01-06-2026"),
           ("Verslag rondsturen aan alle deelnemers", "Kunstenpunt", "20-03-2026")]  # fmt: skip


def fill(store) -> int:  # type: ignore[no-untyped-def]
    from app.activities.bingo.state import BingoGame
    from app.activities.statements.state import StatementGame
    from app.activities.worksheet import data
    from app.core import templates

    session = store.sessions.create(
        "Sectordag podiumkunsten – nieuwe allianties",
        templates.builtin("sector_day_alliances", "nl"),
        date="2026-03-12", start_time="09:30", venue="De Grote Post, Oostende",
        organisers="Kunstenpunt en VVC",
    )  # fmt: skip
    people = store.participants.add_many(session.id, [
        dict(first_name=f, last_name=last, organisation=org, consent=i % 4 != 3,
             email=f"{f.lower()}@example.org") for i, (f, last, org) in enumerate(PEOPLE)
    ])  # fmt: skip
    for person in people:
        store.participants.update(person.id, status="present")
    start = datetime(2026, 3, 12, 8, 32, tzinfo=UTC)
    for activity in store.agenda.list(session.id):
        store.agenda.mark_started(activity.id, start)
        start += timedelta(minutes=activity.planned_minutes + 3)
        store.agenda.mark_ended(activity.id, start)
        if activity.kind == "bingo":
            game = BingoGame(store, activity.id, "nl")
            for statement in game.pool()[:14:2]:
                game.mark(statement.id)
            game.mark(game.pool()[0].id)
            game.confirm_winner(7, "Hanne Wouters")
        elif activity.kind == "statements":
            game = StatementGame(store, activity.id, "nl")
            for n, statement in enumerate(game.statements()):
                for k, position in enumerate(game.scale().positions):
                    game.set_count(statement.id, position, (3 + n * 5 + k * 7) % 11 + 1)
                for side, text in ARGUMENTS[: 4 if n < 2 else 1]:
                    game.add_argument(statement.id, side, text)
        elif activity.kind == "worksheet":
            definition = data.definition_for(store, activity.id)
            for n, spec in enumerate(definition.fields if definition else []):
                text = SENTENCES[(activity.id + n) % len(SENTENCES)]
                if spec.type in ("text", "long_text"):
                    data.write_value(store, activity.id, "main", spec.key, text)
                elif spec.type == "list":
                    data.write_value(store, activity.id, "main", spec.key, text.split(", ")[:3])
    for what, who, due in ACTIONS:
        store.actions.add(session.id, what=what, who=who, due=due)
    return session.id


def page_with(pdf: Path, needle: str) -> int:
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))  # fmt: skip
    for page in range(2, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout  # fmt: skip
        if needle in text:
            return page
    raise LookupError(needle)


def render(pdf: Path, page: int, name: str) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(IMG / name)], check=True)  # fmt: skip


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.i18n import install_translators
    from app.storage import open_store
    from app.ui.printables_dialog import PrintablesDialog
    from app.ui.report.page import ReportPage

    install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp())
    db = folder / "pictures.sqlite"
    store = open_store(db)
    session_id = fill(store)
    pdf = folder / "verslag.pdf"
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "--lang", "nl", "report", "--session",
                    str(session_id), "--db", str(db), "-o", str(pdf), "--include-participants"],
                   check=True, cwd=ROOT)  # fmt: skip
    print(f"command line report incl. start-up: {time.perf_counter() - begin:.2f} s")
    render(pdf, 1, "report-cover")
    render(pdf, page_with(pdf, "Overzicht"), "report-statements")
    render(pdf, page_with(pdf, ACTIONS[0][0]), "report-actions")

    page = ReportPage(store, session_id)
    page.resize(1400, 860)
    page.participants.setChecked(True)
    page.show()
    loop = QEventLoop()
    page.generated.connect(lambda _path: loop.quit())
    page.failed.connect(lambda _message: loop.quit())
    QTimer.singleShot(60000, loop.quit)
    page.generate()
    loop.exec()
    QTimer.singleShot(300, loop.quit)  # let the preview paint
    loop.exec()
    page.grab().save(str(IMG / "report-tab.png"))
    dialog = PrintablesDialog(store, session_id)
    dialog.resize(560, 480)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(IMG / "report-print-materials.png"))
    store.close()
    for name in ("report-cover", "report-statements", "report-actions", "report-tab",
                 "report-print-materials"):  # fmt: skip
        print(IMG / f"{name}.png", f"{(IMG / f'{name}.png').stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
