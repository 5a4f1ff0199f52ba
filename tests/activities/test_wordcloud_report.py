"""The word cloud in the session report: the picture and the list, read back from the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from app.activities import reporting
from app.activities.wordcloud.state import WordCloud
from printables.styles import ReportOptions
from tests.core.wordcloud_words import WORDS, counts

HOSTILE = "<b>vet</b> & <script>"


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout


def make(store: Any) -> tuple[int, WordCloud]:
    session = store.sessions.create("Netwerkdag")
    config = {"prompt": "Wat neem je mee?", "max_answers": 3}
    activity = store.agenda.add(session.id, "wordcloud", "Eén woord voor vandaag", config=config)
    return session.id, WordCloud(store, activity.id)


def test_report_shows_cloud_and_counts_without_hidden_words(store: Any, tmp_path: Path) -> None:
    session_id, cloud = make(store)
    for text in ("Verbinding", "verbinding", "energie", "ruis", HOSTILE, "netwerken", "netwerk"):
        cloud.add_typed(text)
    cloud.set_hidden("ruis", True)
    cloud.merge(["netwerken"], into="netwerk")
    target = tmp_path / "report.pdf"
    reporting.build_report(store, session_id, target, ReportOptions(language="nl"))
    text = pdf_text(target)
    assert "Eén woord voor vandaag" in text and "Wat neem je mee?" in text
    assert "ruis" not in text
    assert HOSTILE in text  # shown as text, not as markup
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Verbinding 2" in lines and "netwerk 2" in lines and "energie 1" in lines
    assert "netwerken" not in text  # counted under the word it was merged into


def test_a_150_word_cloud_fits_the_page(store: Any, tmp_path: Path) -> None:
    session_id, cloud = make(store)
    values = {}
    for i, (word, n) in enumerate(zip(WORDS, counts(), strict=True)):
        for j in range(n):
            values[f"typed:{i}-{j}"] = {"text": word}
    store.results.set_many(cloud.activity_id, values)
    from app.activities.wordcloud.report import HEIGHT, WIDTH, picture

    drawing = picture(cloud.snapshot().visible())
    assert len(drawing.contents) == 150
    for string in drawing.contents:
        assert 0 <= string.x <= WIDTH and 0 <= string.y <= HEIGHT
        assert string.fontSize >= HEIGHT / 40
    target = tmp_path / "report.pdf"
    reporting.build_report(store, session_id, target, ReportOptions(language="en"))
    text = pdf_text(target)
    for word in WORDS:
        assert word in text


def test_an_empty_cloud_is_left_out(store: Any, tmp_path: Path) -> None:
    session_id, _ = make(store)
    target = tmp_path / "report.pdf"
    reporting.build_report(store, session_id, target, ReportOptions(language="nl"))
    assert "Wat neem je mee?" not in pdf_text(target)
    kept = tmp_path / "kept.pdf"
    reporting.build_report(store, session_id, kept, ReportOptions(language="en", keep_empty=True))
    assert "Wat neem je mee?" in pdf_text(kept)
