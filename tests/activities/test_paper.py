"""Every paper item of a session: listed from the agenda, written combined or separately."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.activities import paper
from app.activities.breakout.state import BreakoutData
from app.core import templates
from app.storage.agenda import config_of
from tests.helpers.report_session import fill_session


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def jobs(found: list[paper.PaperItem]) -> list[tuple[paper.PaperItem, paper.Job]]:
    return [(item, item.prepare()) for item in found if not item.unavailable]


def groups_item(store, session_id: int) -> paper.PaperItem:  # type: ignore[no-untyped-def]
    return next(i for i in paper.items(store, session_id, "en") if i.key.startswith("groups"))


@pytest.fixture
def alliances(store):  # type: ignore[no-untyped-def]
    return fill_session(store, templates.builtin("sector_day_alliances", "en")).session_id


def test_the_agenda_calls_for_handout_bingo_cards_and_blank_worksheets(store, alliances) -> None:  # type: ignore[no-untyped-def]
    found = paper.items(store, alliances, "en")
    keys = [item.key.partition(":")[0] for item in found]
    assert keys == ["agenda", "bingo"] + ["worksheet"] * 5
    assert found[1].title == "Bingo cards: Sector bingo" and not found[1].unavailable
    assert len({item.file_name for item in found}) == len(found)


def test_one_pdf_with_everything_has_an_outline_entry_per_item(store, alliances, tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = paper.items(store, alliances, "en")
    seen: list[tuple[int, int]] = []
    written = paper.write(jobs(found), tmp_path / "all.pdf", True, lambda d, t: seen.append((d, t)))
    assert written == [tmp_path / "all.pdf"] and seen[-1] == (len(found), len(found))
    reader = PdfReader(written[0])
    assert [entry.title for entry in reader.outline] == [item.title for item in found]
    text = text_of(written[0])
    assert "Agenda" in text and "Welcome and opening" in text and "09:30–09:45" in text
    assert "Bingozin" in text  # the session's own bingo statements are on the cards
    assert not list(tmp_path.glob("*.part"))


def test_separate_files_in_a_folder_never_overwrite(store, alliances, tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = paper.items(store, alliances, "en")[:2]
    folder = tmp_path / "paper"
    first = paper.write(jobs(found), folder, False, lambda d, t: None)
    assert [p.name for p in first] == ["Verslag Sector day new alliances - Agenda handout.pdf",
                                       "Verslag Sector day new alliances - Bingo cards Sector "
                                       "bingo.pdf"]  # fmt: skip
    again = paper.write(jobs(found[:1]), folder, False, lambda d, t: None)
    assert again == [folder / "Verslag Sector day new alliances - Agenda handout (2).pdf"]
    assert all(PdfReader(p).pages for p in first + again)


def test_group_lists_once_the_groups_are_made(store) -> None:  # type: ignore[no-untyped-def]
    session = fill_session(store, templates.builtin("learning_network_reflection", "en"))
    breakout = next(a for a in store.agenda.list(session.session_id) if a.kind == "breakout")
    item = next(
        i for i in paper.items(store, session.session_id, "en") if i.key.startswith("groups")
    )
    assert "make the groups first" in item.unavailable
    with pytest.raises(paper.PaperError, match="make the groups first"):
        item.prepare()
    people = [p.id for p in store.participants.list(session.session_id)][:6]
    BreakoutData(store, breakout.id).save_schedule([[people[:3], people[3:]]], 1)
    item = next(
        i for i in paper.items(store, session.session_id, "en") if i.key.startswith("groups")
    )
    assert not item.unavailable


def test_group_lists_and_speed_dating_schedule_name_people(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = fill_session(store, templates.builtin("production_network_kickoff", "en"))
    activities = store.agenda.list(session.session_id)
    breakout = next(a for a in activities if a.kind == "breakout")
    people = store.participants.list(session.session_id)
    ids = [p.id for p in people]
    BreakoutData(store, breakout.id).save_schedule([[ids[:4], ids[4:8]]], 1)
    meet = next(a for a in activities if a.kind == "meet_greet")
    store.agenda.update(meet.id, config={"mode": "speed_dating", "rounds": 2, "group_size": 2})
    store.results.set(meet.id, "rotation",
                      {"people": ids[:4], "group_size": 2,
                       "rounds": [[[ids[0], ids[1]], [ids[2], ids[3]]],
                                  [[ids[0], ids[2]], [ids[1], ids[3]]]]})  # fmt: skip
    found = [i for i in paper.items(store, session.session_id, "en")
             if i.key.split(":")[0] in ("groups", "rotation")]  # fmt: skip
    assert [i.key.split(":")[0] for i in found] == ["rotation", "groups"]
    written = paper.write(jobs(found), tmp_path / "tables.pdf", True, lambda d, t: None)
    text = text_of(written[0])
    assert people[0].last_name in text and people[7].last_name in text
    assert "Table schedule" in text or "Tafelschema" in text
    assert "Who sits where: names A to Z" in text  # the breakout's alphabetical list


def test_group_lists_item_prints_the_copies_asked_for(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = fill_session(store, templates.builtin("learning_network_reflection", "en"))
    breakout = next(a for a in store.agenda.list(session.session_id) if a.kind == "breakout")
    store.agenda.update(breakout.id, config={**config_of(breakout), "card_copies": 2})
    people = [p.id for p in store.participants.list(session.session_id)][:6]
    BreakoutData(store, breakout.id).save_schedule([[people[:3], people[3:]]], 1)
    written = paper.write(jobs([groups_item(store, session.session_id)]), tmp_path / "g.pdf",
                          True, lambda d, t: None)  # fmt: skip
    pages = [page.extract_text() for page in PdfReader(written[0]).pages]
    assert sum("fold here" in t for t in pages) == 4  # two tables, two cards each


def test_free_mingling_needs_no_paper(store) -> None:  # type: ignore[no-untyped-def]
    session = fill_session(store, templates.builtin("learning_network_reflection", "en"))
    meet = next(a for a in store.agenda.list(session.session_id) if a.kind == "meet_greet")
    store.agenda.update(meet.id, config={"mode": "free"})
    assert not [i for i in paper.items(store, session.session_id) if i.key.startswith("rotation")]


def test_file_names_are_safe() -> None:
    assert paper.file_name('Bingo: "a/b" <c>?') == "Bingo a b c.pdf"
    assert paper.file_name("\x00") == "Tafelronde.pdf"


def poster_items(store, activity, title: str, language: str) -> list[paper.PaperItem]:  # type: ignore[no-untyped-def]
    """A kind's paper function, as a plug-in's paper.py would write it."""

    def prepare() -> paper.Job:
        from reportlab.pdfgen.canvas import Canvas

        def job(target) -> None:  # type: ignore[no-untyped-def]
            canvas = Canvas(target)
            canvas.drawString(72, 720, f"Poster for {title} ({language})")
            canvas.save()

        return job

    return [paper.PaperItem(f"poster:{activity.id}", f"Poster: {title}", f"Poster {title}",
                            prepare)]  # fmt: skip


def test_a_kind_gets_paper_through_the_registry_alone(store, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The hub names no kind: a kind known only to the registry has its paper listed, in agenda
    order, and written; a kind without `paper` has none."""
    from app.activities import registry

    poster = registry.ActivityKind("poster", "Poster", 5,
                                   paper=f"{__name__}:poster_items")  # fmt: skip
    monkeypatch.setitem(registry._BY_KEY, "poster", poster)
    session = store.sessions.create("Dag")
    store.agenda.add(session.id, "poster", "Wall of ideas")
    store.agenda.add(session.id, "segment", "Opening")
    found = paper.items(store, session.id, "en")
    assert [i.key.partition(":")[0] for i in found] == ["agenda", "poster"]
    assert found[1].file_name == "Dag - Poster Wall of ideas.pdf"
    written = paper.write(jobs(found[1:]), tmp_path / "poster.pdf", True, lambda d, t: None)
    assert "Poster for Wall of ideas (en)" in text_of(written[0])
