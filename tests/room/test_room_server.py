"""The room server against real sockets: tokens, views per activity, posts, hostile phones."""

from __future__ import annotations

import html
import json
import urllib.error
import urllib.request

import pytest

from app.activities.factory import make_beamer
from app.activities.worksheet import board as posts
from app.core.clock import FakeClock
from app.room.service import ALLOW_NAMES, RoomService

pytestmark = pytest.mark.gui


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def get_in_thread(qtbot, url: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """HTTP GET from a thread while the Qt loop (and so the server) keeps running."""
    import threading

    result: list[tuple[int, str]] = []
    thread = threading.Thread(target=lambda: result.append(fetch(url)))
    thread.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    thread.join()
    return result[0]


def activity_of(store, meeting, kind: str):  # type: ignore[no-untyped-def]
    return next(a for a in store.agenda.list(meeting.id) if a.kind == kind)


def test_page_needs_the_token_and_requests_nothing_external(qtbot, room) -> None:  # type: ignore[no-untyped-def]
    status, page = get_in_thread(qtbot, room.server.join_url())
    assert status == 200 and 'data-state="joining"' in page
    assert room.server.token in page and "<script>" in page
    assert "default-src 'none'" in html.unescape(page)  # CSP: nothing but the room's socket
    for external in ("http://", "https://", "//fonts", "cdn"):
        assert external not in page.replace(room.server.join_url(), "").replace(
            room.server.ws_url(), "")  # fmt: skip
    status, refused = get_in_thread(qtbot, room.server.join_url().split("?")[0] + "?t=wrong")
    assert status == 200 and 'data-state="invalid"' in refused
    assert room.server.token not in refused and "WebSocket" not in refused
    assert 'name="c"' in refused  # a form to type the short code instead
    by_code = f"http://{room.server.address}:{room.server.port}/?c={room.server.code.lower()}"
    status, joined = get_in_thread(qtbot, by_code)
    assert status == 200 and room.server.token in joined
    status, wrong = get_in_thread(qtbot, by_code[:-1] + "?")
    assert room.server.token not in wrong
    base = f"http://{room.server.address}:{room.server.port}"
    for path in (
        "/../etc/passwd",
        "/app.js",
        "/resources/room/app.js",
        "/%2e%2e/%2e%2e/etc/passwd",
    ):
        status, body = get_in_thread(qtbot, base + path)
        assert status == 404 and body == ""


def test_socket_without_the_right_token_is_closed(qtbot, room, phone) -> None:  # type: ignore[no-untyped-def]
    for token in ("wrong", ""):
        client = phone(token)
        qtbot.waitUntil(lambda c=client: c.close_code is not None, timeout=10000)
        assert client.close_code == 4003
    assert room.server.phones == {}


def test_hello_gets_the_state_of_the_current_activity(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    client = phone()
    client.wait_connected()
    client.send({"type": "hello", "lang": "nl", "phone": "abc123"})
    state = client.wait_for("state")
    assert state["view"] == "idle" and state["session"] == meeting.title
    room.set_activity(activity_of(store, meeting, "breakout").id)
    assert client.wait_for("state", view="seat")["names"] is None  # names not allowed: none sent


def test_where_do_i_sit_only_with_consenting_names(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    people = store.participants.list(meeting.id)
    store.participants.update(people[0].id, consent=True)
    breakout = activity_of(store, meeting, "breakout")
    from app.activities.breakout.state import BreakoutData

    ids = [p.id for p in people]
    BreakoutData(store, breakout.id).save_schedule([[ids[:3], ids[3:]], [ids[2:], ids[:2]]], 1)
    store.sessions.update(meeting.id, settings=json.dumps({ALLOW_NAMES: True}))
    room.set_activity(breakout.id)
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    state = client.wait_for("state", view="seat")
    assert [n["id"] for n in state["names"]] == [people[0].id]  # only the consenting person
    client.send({"type": "seat", "participant": people[0].id})
    qtbot.waitUntil(lambda: any("seat" in m for m in client.messages), timeout=10000)
    seat = next(m for m in reversed(client.messages) if "seat" in m)
    assert seat["seat"] == [{"round": 1, "table": 1}, {"round": 2, "table": 2}]
    client.send({"type": "seat", "participant": people[1].id})  # not consenting: nothing told
    qtbot.waitUntil(lambda: sum("seat" in m for m in client.messages) == 2, timeout=10000)
    assert [m for m in client.messages if "seat" in m][-1]["seat"] == []


def test_bingo_card_and_claim(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    bingo = store.agenda.add(meeting.id, "bingo", "Bingo", 5, {"rule": "count", "target": 10,
                                                              "layout": "grid4"})  # fmt: skip
    room.set_activity(bingo.id)
    claims: list[tuple[int, str, object]] = []
    room.phone_event.connect(lambda *event: claims.append(event))
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    client.wait_for("state", view="bingo")
    client.send({"type": "bingo_card", "card": 1})
    card = client.wait_for("card", number=1)
    assert card["columns"] == 4 and len(card["statements"]) == 16
    client.send({"type": "bingo_card", "card": 99999})
    assert client.wait_for("error", code="no_card")
    from app.activities.bingo.state import BingoGame

    BingoGame(store, bingo.id).mark(card["statements"][0]["id"])
    state = client.wait_for("state", view="bingo", heard=[card["statements"][0]["id"]])
    assert state["heard"] == [card["statements"][0]["id"]]  # marks reach phones live
    client.send({"type": "bingo_claim", "card": 1})
    client.wait_for("ack", what="claim_sent")
    assert claims == [(bingo.id, "bingo_claim", {"card": 1, "name": ""})]
    assert any(k.startswith("claim:00001:") for k in store.results.all(bingo.id, "claim:"))


def test_posts_wait_for_approval_and_are_stored_as_typed(
    qtbot, store, meeting, room, phone
) -> None:  # type: ignore[no-untyped-def]
    board = next(a for a in store.agenda.list(meeting.id)
                 if a.kind == "worksheet" and "requests_offers" in a.config)  # fmt: skip
    room.set_activity(board.id)
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    client.wait_for("state", view="board")
    hostile = "<script>alert('x')</script> zoek 600 flessen cola"
    client.send({"type": "post", "kind": "request", "text": hostile})
    client.wait_for("ack", what="posted")
    pending = posts.pending_posts(store, board.id)
    assert len(pending) == 1
    key, value = next(iter(pending.items()))
    assert value["text"] == hostile and value["approved"] is False
    assert posts.approve(store, board.id, key)
    assert posts.pending_posts(store, board.id) == {}
    assert store.results.get(board.id, key)["approved"] is True
    # on the beamer, through the board's own table, as text: never as HTML
    from app.activities.context import ActivityContext
    from app.activities.factory import make_runtime

    runtime = make_runtime(ActivityContext(store, meeting.id, board.id))
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    beamer.resize(1920, 1080)
    assert hostile in beamer.plain_text()


@pytest.mark.parametrize(
    ("raw", "code"),
    [("{not json", "not_json"), ("[1,2]", "bad_message"), ('{"type": "rm -rf"}', "unknown_type"),
     ('{"type": "vote"}', "missing_statement"), ('{"type": "bingo_card", "card": "1"}', "bad_card"),
     ('{"type": "post", "kind": "spam", "text": "x"}', "bad_kind")],
)  # fmt: skip
def test_malformed_messages_get_an_error_not_a_crash(qtbot, room, phone, raw, code) -> None:  # type: ignore[no-untyped-def]
    client = phone()
    client.wait_connected()
    client.send(raw)
    assert client.wait_for("error", code=code)
    client.send({"type": "ping"})
    client.wait_for("ack")  # still served


def test_oversized_message_closes_only_that_phone(qtbot, room, phone) -> None:  # type: ignore[no-untyped-def]
    big, calm = phone(), phone()
    big.wait_connected()
    calm.wait_connected()
    big.send({"type": "post", "kind": "offer", "text": "x" * 100_000})
    qtbot.waitUntil(lambda: big.close_code is not None or any(
        m.get("code") == "too_large" for m in big.messages), timeout=10000)  # fmt: skip
    calm.send({"type": "ping"})
    calm.wait_for("ack")


def test_a_flooding_phone_is_rate_limited(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    service = RoomService(store, meeting.id, clock=clock)
    service.open("127.0.0.1", 0)
    handled: list[str] = []
    original = service.handle
    service.server.handler = lambda p, m: (handled.append(m["type"]), original(p, m))
    from tests.room.conftest import PhoneClient

    url = f"{service.server.ws_url()}/?t={service.server.token}"
    client, other = PhoneClient(qtbot, url), PhoneClient(qtbot, url)
    try:
        client.wait_connected()
        other.wait_connected()
        for _ in range(1000):  # a thousand messages in one instant of (fake) time
            client.send({"type": "ping"})
        other.send({"type": "ping"})  # another phone, in the middle of the flood
        client.wait_for("error", code="slow_down")
        other.wait_for("ack", what="connected")  # is answered: the flood costs it nothing
        qtbot.waitUntil(lambda: len(handled) >= 11, timeout=10000)
        assert len(handled) <= 11  # the flooder's burst allowance of 10, plus the other's one
        assert not any(m.get("code") == "slow_down" for m in other.messages)
        clock.advance(2.0)  # two seconds later the phone may talk again
        client.send({"type": "ping"})
        qtbot.waitUntil(lambda: len(handled) == 12, timeout=10000)
    finally:
        client.close()
        other.close()
        service.close()


def test_closing_the_room_disconnects_everyone(qtbot, room, phone) -> None:  # type: ignore[no-untyped-def]
    clients = [phone() for _ in range(3)]
    for client in clients:
        client.wait_connected()
    qtbot.waitUntil(lambda: len(room.server.phones) == 3, timeout=10000)
    room.close()
    for client in clients:
        qtbot.waitUntil(lambda c=client: c.close_code is not None, timeout=10000)
        assert client.close_code == 1001


def test_port_in_use_gives_a_clear_message(qtbot, store, meeting, room) -> None:  # type: ignore[no-untyped-def]
    from app.room.server import RoomError

    second = RoomService(store, meeting.id)
    with pytest.raises(RoomError, match=r"cannot open on 127\.0\.0\.1"):
        second.open("127.0.0.1", room.server.port)
    assert not second.server.running


def test_the_panel_opens_and_closes_the_room_and_approves_posts(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    from app.room.panel import RoomPanel

    service = RoomService(store, meeting.id)
    panel = RoomPanel(service)
    qtbot.addWidget(panel)
    panel.address.setCurrentText("127.0.0.1")
    panel.address.setCurrentIndex(panel.address.findText("127.0.0.1"))
    panel.open_button.click()
    assert service.server.running and service.server.code in panel.status.text()
    with qtbot.waitSignal(panel.join_screen_requested) as shown:
        panel.show_button.click()
    assert shown.args == [service.server.join_url(), service.server.code]
    board = next(a for a in store.agenda.list(meeting.id) if "requests_offers" in a.config)
    service.set_activity(board.id)
    store.results.set(board.id, "post:abc", {"kind": "offer", "text": "Decorwagen te leen",
                                             "approved": False})  # fmt: skip
    service.phone_event.emit(board.id, "post", "post:abc")
    board_panel = panel.console  # the board's own part of the panel, while the board is on
    assert board_panel is not None
    assert board_panel.posts.count() == 1
    assert "Decorwagen te leen" in board_panel.posts.item(0).text()
    board_panel.posts.item(0).setSelected(True)
    board_panel.approve_button.click()
    assert board_panel.posts.count() == 0 and store.results.get(board.id, "post:abc")["approved"]
    service.set_activity(None)
    assert panel.console is None  # nothing of the board's when it is not on
    panel.open_button.click()
    assert not service.server.running and "closed" in panel.status.text()
    service.close()


def test_votes_from_phones_count_once_per_phone_and_close_on_reveal(
    qtbot, store, meeting, room, phone
) -> None:  # type: ignore[no-untyped-def]
    from app.activities.statements.state import StatementGame

    game_activity = store.agenda.add(meeting.id, "statements", "Stellingen", 30,
                                     {"scale": "three", "use_default_set": True})  # fmt: skip
    game = StatementGame(store, game_activity.id)
    first = game.statements()[0]
    game.set_count(first.id, "agree", 3)  # hands counted in the room
    room.set_activity(game_activity.id)
    alice, bob = phone(), phone()
    for client, key in ((alice, "alice"), (bob, "bob")):
        client.wait_connected()
        client.send({"type": "hello", "phone": key})
        state = client.wait_for("state", view="vote")
        assert state["statement_id"] == first.id and state["revealed"] is False
        assert "counts" not in state  # results only after the facilitator reveals them
    alice.send({"type": "vote", "statement": first.id, "position": "doubt"})
    alice.wait_for("ack", what="vote_saved")
    alice.send({"type": "vote", "statement": first.id, "position": "agree"})  # changes her mind
    bob.send({"type": "vote", "statement": first.id, "position": "disagree"})
    bob.wait_for("ack", what="vote_saved")
    qtbot.waitUntil(lambda: game.tally(first.id).counts == (4, 0, 1), timeout=10000)
    bob.send({"type": "vote", "statement": "not-the-current-one", "position": "agree"})
    bob.wait_for("error", code="not_now")
    game.set_revealed(first.id, True)
    revealed = alice.wait_for("state", view="vote", revealed=True)
    assert revealed["counts"] == {"agree": 4, "doubt": 0, "disagree": 1}
    assert revealed["my_vote"] == "agree"
    alice.send({"type": "vote", "statement": first.id, "position": "disagree"})
    alice.wait_for("error", code="vote_closed")
    assert game.tally(first.id).counts == (4, 0, 1)


def test_a_closed_room_leaves_no_stale_wrapper_behind(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    """QHttpServer is final, so shiboken cannot see it die; a socket later allocated at its
    address came back as the dead QHttpServer ('has no attribute requestUrl') until the
    server invalidated the wrapper on destroyed()."""
    import shiboken6

    service = RoomService(store, meeting.id)
    service.open("127.0.0.1", 0)
    http = service.server._http
    assert shiboken6.isValid(http)
    service.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(http), timeout=5000)


def test_a_full_board_keeps_the_post_waiting(qtbot, store, meeting, room) -> None:  # type: ignore[no-untyped-def]
    board = next(a for a in store.agenda.list(meeting.id)
                 if a.kind == "worksheet" and "requests_offers" in a.config)  # fmt: skip
    room.set_activity(board.id)
    from app.activities.worksheet import state as sheets

    instance = sheets.instances(store, board.id)[0].id
    sheets.write_value(store, board.id, instance, "offers", [["taken", "x"]] * 8)
    store.results.set(board.id, "post:full", {"kind": "offer", "text": "a van", "approved": False})
    assert posts.approve(store, board.id, "post:full") is False
    assert "post:full" in posts.pending_posts(store, board.id)  # still waiting, nothing lost


def test_speed_dating_tables_come_from_the_stored_rotation(
    qtbot, store, meeting, room, phone
) -> None:  # type: ignore[no-untyped-def]
    from app.activities.meet_greet.state import ROTATION_KEY

    people = store.participants.list(meeting.id)
    store.participants.update(people[3].id, consent=True)
    dating = store.agenda.add(meeting.id, "meet_greet", "Speed-dating", 15,
                              {"mode": "speed_dating", "rounds": 2, "group_size": 2})  # fmt: skip
    ids = [p.id for p in people]
    rounds = [[[ids[0], ids[1]], [ids[2], ids[3], ids[4]]], [[ids[3], ids[0]], [ids[1], ids[2]]]]
    store.results.set(dating.id, ROTATION_KEY, {"rounds": rounds})
    store.sessions.update(meeting.id, settings=json.dumps({ALLOW_NAMES: True}))
    room.set_activity(dating.id)
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    client.wait_for("state", view="seat")
    client.send({"type": "seat", "participant": people[3].id})
    qtbot.waitUntil(lambda: any("seat" in m for m in client.messages), timeout=10000)
    seat = next(m for m in reversed(client.messages) if "seat" in m)
    assert seat["seat"] == [{"round": 1, "table": 2}, {"round": 2, "table": 1}]


def test_a_phone_that_never_reads_is_dropped_and_the_others_go_on(qtbot, room, phone) -> None:  # type: ignore[no-untyped-def]
    """A socket opened and never read: the laptop must not buffer for it forever."""
    import socket as sockets

    from app.room.server import MAX_BACKLOG_BYTES

    reader = phone()
    reader.wait_connected()
    silent = sockets.socket(sockets.AF_INET, sockets.SOCK_STREAM)
    silent.setsockopt(sockets.SOL_SOCKET, sockets.SO_RCVBUF, 4096)
    silent.connect(("127.0.0.1", room.server.ws_port))
    silent.sendall(
        (
            f"GET /?t={room.server.token} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    try:
        qtbot.waitUntil(lambda: len(room.server.phones) == 2, timeout=10000)
        big = "x" * 16_000
        sent = 0
        while len(room.server.phones) == 2 and sent < 4 * MAX_BACKLOG_BYTES // len(big) + 400:
            room.server.broadcast({"type": "state", "view": "idle", "pad": big, "n": sent})
            sent += 1
            qtbot.wait(1)  # let the reader's socket read
        assert len(room.server.phones) == 1  # the silent one was closed
        room.server.broadcast({"type": "state", "view": "idle", "n": "last"})
        reader.wait_for("state", n="last")  # the phone that reads still gets everything
    finally:
        silent.close()


def test_bingo_calls_show_in_the_panel_while_the_bingo_is_on(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    from app.activities.bingo.state import claim_key
    from app.room.panel import RoomPanel

    service = RoomService(store, meeting.id)
    panel = RoomPanel(service)
    qtbot.addWidget(panel)
    bingo = store.agenda.add(meeting.id, "bingo", "Bingo", 5, {"rule": "count", "target": 10})
    store.results.set(bingo.id, claim_key(4, "p1"), {"card": 4, "name": "Ann"})  # before: kept
    service.set_activity(bingo.id)
    claims = panel.console
    assert claims is not None and claims.claims.count() == 1
    assert claims.claims.item(0).text() == "Card 4 calls bingo Ann"
    service.phone_event.emit(bingo.id, "bingo_claim", {"card": 7, "name": ""})
    service.phone_event.emit(bingo.id + 1, "bingo_claim", {"card": 8, "name": ""})  # not ours
    assert [claims.claims.item(i).text() for i in range(claims.claims.count())] == [
        "Card 7 calls bingo", "Card 4 calls bingo Ann"]  # fmt: skip
    breakout = next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")
    service.set_activity(breakout.id)
    assert panel.console is None  # a kind without a console part shows nothing extra
    service.close()
