"""A kind defined in this test package, added through the registry alone, is served to a phone
(a real room and a real WebSocket), printed by the paper hub and reported (PDFs read back)."""

from __future__ import annotations

import io
import urllib.request
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from app.activities import registry
from app.room.service import RoomService
from tests.plugin_kind.kind import KEY, KIND, SHOUT
from tests.room.conftest import PhoneClient, in_thread

pytestmark = pytest.mark.gui


@pytest.fixture
def registered() -> Iterator[None]:
    with registry.register(KIND):
        yield
    assert KEY not in set(registry.keys())  # gone again for the other tests


@pytest.fixture
def room(qtbot, store, meeting, registered) -> Iterator[RoomService]:  # type: ignore[no-untyped-def]
    service = RoomService(store, meeting.id)
    service.open("127.0.0.1", 0)
    yield service
    service.close()


def test_the_kind_is_served_to_a_phone(qtbot, store, meeting, room) -> None:  # type: ignore[no-untyped-def]
    wall = store.agenda.add(meeting.id, KEY, "Roepmuur", 5)
    room.set_activity(wall.id)
    events: list[tuple[int, str, object]] = []
    room.phone_event.connect(lambda *event: events.append(event))

    def page() -> str:
        with urllib.request.urlopen(room.server.join_url(), timeout=5) as response:
            return response.read().decode("utf-8")

    served = in_thread(qtbot, page)
    assert 'Tafelronde.view("shout"' in served  # its view script, inlined from its package
    assert served.index('Tafelronde.view("shout"') > served.index("window.Tafelronde")

    url = f"{room.server.ws_url()}/?t={room.server.token}"
    alice, bob = PhoneClient(qtbot, url), PhoneClient(qtbot, url)
    try:
        for client in (alice, bob):
            client.wait_connected()
            client.send({"type": "hello"})
            assert client.wait_for("state", view="shout")["shouts"] == []
        alice.send({"type": "shout", "text": "  Meer koffie!\u0007 "})  # cleaned by the parser
        alice.wait_for("ack", what="shouted")
        bob.send({"type": "shout", "text": "Meer koffie!"})
        bob.wait_for("error", code="shout_taken")  # the kind's own rule, checked in `handle`
        bob.send({"type": "shout", "text": "\u0000 "})
        bob.wait_for("error", code="empty")  # its schema's rule, checked by the room's parser
        bob.send({"type": "shout", "text": "x" * 81})
        bob.wait_for("error", code="too_long")
        bob.send({"type": "vote", "statement": "s1", "position": "agree"})
        bob.wait_for("error", code="not_now")  # another kind's message: not while this is on
        seen = bob.wait_for("state", view="shout", shouts=["Meer koffie!"])  # pushed live
        assert "mine" not in seen
        assert alice.wait_for("state", shouts=["Meer koffie!"])["mine"] == "Meer koffie!"
    finally:
        alice.close()
        bob.close()
    stored = store.results.all(wall.id, SHOUT)
    assert list(stored.values()) == ["Meer koffie!"]
    assert events == [(wall.id, "shouted", "Meer koffie!")]


def test_the_kind_is_reported(store, meeting, registered) -> None:  # type: ignore[no-untyped-def]
    from app.activities.reporting import build_report

    wall = store.agenda.add(meeting.id, KEY, "Roepmuur", 5)
    store.results.set(wall.id, f"{SHOUT}abc", "Langere pauzes <b>graag</b>")
    buffer = io.BytesIO()
    build_report(store, meeting.id, buffer)
    text = " ".join(page.extract_text() for page in PdfReader(buffer).pages)
    assert "Roepmuur" in text
    assert "Shouted: Langere pauzes <b>graag</b>" in " ".join(text.split())


def test_the_kind_is_printed(store, meeting, registered, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.activities import paper

    wall = store.agenda.add(meeting.id, KEY, "Roepmuur", 5)
    store.results.set(wall.id, f"{SHOUT}abc", "Meer koffie!")
    found = paper.items(store, meeting.id)
    assert found[-1].key == f"shout:{wall.id}"  # the hub lists it, in agenda order (last)
    jobs = [(item, item.prepare()) for item in (found[0], found[-1])]  # agenda handout + it
    steps: list[tuple[int, int]] = []
    written = paper.write(jobs, tmp_path / "all.pdf", True, lambda *step: steps.append(step))
    reader = PdfReader(written[0])
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Shout sheet: Roepmuur" in text and "Meer koffie!" in text
    assert steps[-1] == (2, 2)
    outline = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert "Shout sheet Roepmuur" in outline  # its own entry in the combined PDF


def test_without_registration_the_room_does_not_know_it(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    service = RoomService(store, meeting.id)
    wall = store.agenda.add(meeting.id, KEY, "Roepmuur", 5)
    service.set_activity(wall.id)
    assert service.shared_state()["view"] == "idle"
    assert "shout" not in registry.message_schemas()
    from app.activities import paper

    assert not [item for item in paper.items(store, meeting.id) if item.key.startswith("shout:")]
    service.close()
