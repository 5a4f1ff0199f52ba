"""Regenerates the report pictures in docs/img (not a test; run by hand after visual changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/report_pictures.py
Fills the sector day in Dutch (tests/helpers/sector_day.py: some activities with results, some
without), writes its report with the real command line (`tafelronde report ...
--include-participants`, timed), renders every page with `pdftoppm -png -r 60`
(docs/img/report-page-N.png) and grabs the Report tab and the Print materials dialog.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"


def fill(store) -> int:  # type: ignore[no-untyped-def]
    from tests.helpers.sector_day import fill_sector_day

    return fill_sector_day(store)


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
    for old in IMG.glob("report-page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(IMG / "report-page")],
                   check=True)  # fmt: skip
    print(subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                         check=True).stdout)  # fmt: skip

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
    for picture in sorted(IMG.glob("report-*.png")):
        print(picture, f"{picture.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
