"""The series report from plain data in a real PDF: meetings, attendance chart, actions,
statements side by side, reflections; read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from printables import series_report as sr


def sample(organisations: dict[str, list[int]] | None = None) -> sr.SeriesReportData:
    meetings = [
        sr.Meeting("Kick-off productieleiders", "14-03-2027", 37, 40, 3),
        sr.Meeting("Tweede ontmoeting", "10-10-2027", 29, 33, 0),
        sr.Meeting("Derde ontmoeting", "12-03-2028", 41, 45, 6),
    ]
    return sr.SeriesReportData(
        title="Netwerk productieleiders",
        meetings=meetings,
        organisations=organisations
        if organisations is not None
        else {"CC Strombeek": [5, 4, 6], "De Singel": [3, 0, 2], "": [29, 25, 33]},
        actions=[
            sr.ActionFate(
                "Kick-off productieleiders",
                "Vraag- en aanbodbord opzetten",
                "Kernteam",
                "01-05-2027",
                "done",
            ),
            sr.ActionFate(
                "Kick-off productieleiders", "Vormingsaanbod peilen <b>nu</b>", "An", "", "dropped"
            ),
        ],
        statements=[
            sr.StatementAcross(
                "Een volle zaal zegt weinig over de waarde.",
                [("Kick-off productieleiders", 30, 0.7, 0.3), ("Derde ontmoeting", 35, 0.45, 0.62)],
            ),
        ],
        reflections=[
            sr.Reflection(
                "Kick-off productieleiders", "Toegepast — Een voorbeeld", "We delen nu technici."
            ),
            sr.Reflection("Derde ontmoeting", "Toegepast — Een voorbeeld", "Gezamenlijke aankoop."),
        ],
    )


def text_of(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)  # fmt: skip
    return " ".join(result.stdout.split())


def test_series_report_shows_meetings_attendance_actions_statements_reflections(tmp_path) -> None:
    target = tmp_path / "series.pdf"
    pages = sr.build(sample(), target)
    assert pages >= 2
    text = text_of(target)
    for expected in ("Netwerk productieleiders", "Kick-off productieleiders", "Tweede ontmoeting",
                     "Derde ontmoeting", "CC Strombeek", "Vraag- en aanbodbord opzetten",
                     "Vormingsaanbod peilen <b>nu</b>", "Een volle zaal zegt weinig",
                     "70%", "62%", "We delen nu technici.", "Gezamenlijke aankoop.",
                     "Not named"):  # fmt: skip
        assert expected in text, expected
    for number in ("37", "29", "41", "40", "33", "45"):  # attendance numbers, chart and table
        assert f" {number} " in f" {text} ", number
    assert not list(tmp_path.glob(".*tmp"))  # written whole, nothing left beside it


def test_chart_names_the_largest_organisations_and_groups_the_rest() -> None:
    organisations = {f"Org {i}": [i, i, i] for i in range(1, 11)} | {"": [1, 2, 3]}
    stacks = sr.chart_series(sample(organisations))
    names = [name for name, _values in stacks]
    assert names[:2] == ["Org 10", "Org 9"]
    assert len(names) == sr.MOST_ORGANISATIONS + 2
    assert stacks[-2] == ("Other organisations", [6, 6, 6])  # Org 1 + 2 + 3
    assert stacks[-1] == ("Not named", [1, 2, 3])


@pytest.mark.parametrize("organisations", [{}, {"": [37, 29, 41]}])
def test_without_names_the_report_still_renders(tmp_path, organisations) -> None:
    data = sample(organisations)
    data.actions, data.statements, data.reflections = [], [], []
    target = tmp_path / "anonymous.pdf"
    sr.build(data, target)
    text = text_of(target)
    assert "CC Strombeek" not in text
    assert "No actions were agreed." in text
    assert "41" in text
