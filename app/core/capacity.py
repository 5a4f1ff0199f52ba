"""Who gets a seat and who waits: capacity with an automatic waiting list.

Registration order decides; people marked present always keep their seat.
"""

from __future__ import annotations

from dataclasses import dataclass

REGISTERED = "registered"
WAITING = "waiting"
PRESENT = "present"
STATUSES = (REGISTERED, WAITING, PRESENT)


@dataclass(frozen=True)
class Seat:
    id: int
    status: str
    position: int


def rebalance(capacity: int, seats: list[Seat]) -> dict[int, str]:
    """Status changes that make the list respect the capacity (0 = unlimited).

    Registered people beyond capacity move to the waiting list (latest registrations first);
    waiting people move up, in registration order, while seats are free.
    """
    changes: dict[int, str] = {}
    if capacity <= 0:
        return {s.id: REGISTERED for s in seats if s.status == WAITING}
    seated = sorted((s for s in seats if s.status != WAITING), key=lambda s: s.position)
    waiting = sorted((s for s in seats if s.status == WAITING), key=lambda s: s.position)
    present = [s for s in seated if s.status == PRESENT]
    registered = [s for s in seated if s.status == REGISTERED]
    free = capacity - len(present)
    keep = registered[: max(free, 0)]
    for seat in registered[len(keep) :]:
        changes[seat.id] = WAITING
    free -= len(keep)
    for seat in waiting:
        if free <= 0:
            break
        changes[seat.id] = REGISTERED
        free -= 1
    return changes


def counts(seats: list[Seat]) -> dict[str, int]:
    """How many people per status, for the participants tab and the report cover."""
    result = dict.fromkeys(STATUSES, 0)
    for seat in seats:
        result[seat.status] = result.get(seat.status, 0) + 1
    return result
