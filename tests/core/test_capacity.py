from app.core.capacity import PRESENT, REGISTERED, WAITING, Seat, counts, rebalance


def seats(*statuses: str) -> list[Seat]:
    return [Seat(id=i, status=s, position=i) for i, s in enumerate(statuses, start=1)]


def test_latest_registrations_wait_when_full() -> None:
    assert rebalance(2, seats(REGISTERED, REGISTERED, REGISTERED)) == {3: WAITING}


def test_waiting_list_moves_up_in_registration_order() -> None:
    assert rebalance(3, seats(REGISTERED, WAITING, WAITING, REGISTERED)) == {2: REGISTERED}


def test_present_people_keep_their_seat() -> None:
    changes = rebalance(1, seats(REGISTERED, PRESENT))
    assert changes == {1: WAITING}


def test_no_limit_empties_the_waiting_list() -> None:
    assert rebalance(0, seats(WAITING, REGISTERED)) == {1: REGISTERED}


def test_counts() -> None:
    assert counts(seats(REGISTERED, WAITING, PRESENT, PRESENT)) == {
        REGISTERED: 1, WAITING: 1, PRESENT: 2}  # fmt: skip
