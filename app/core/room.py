"""Rules of the room server, without Qt: limits, codes, phone identities, message validation.

Everything a phone sends is untrusted: it is size- and depth-limited, parsed into a known shape
or refused, and rate-limited per connection before the app looks at it. Phones are told who they
are by the server (a signed identity), never the other way round.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from app.core.clock import Clock
from app.core.text_checks import BIDI_CONTROLS

MAX_MESSAGE_BYTES = 2048
MAX_DEPTH = 2  # our messages are flat objects; 2 leaves room for one small list, never a bomb
MAX_ID = 64
# Easy to read aloud and to type: capitals and digits without 0/O and 1/I (32 symbols = 5 bits)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6  # 6 x 5 = 30 bits, drawn uniformly


@dataclass(frozen=True)
class RoomLimits:
    """What one address and the whole room may hold; tests and the load script inject their own.

    A phone needs one socket; a second tab or a reconnect that overlaps the old socket needs a
    second: `sockets_per_address` leaves room for that and not for a flood. Identities are counted
    for the room's whole life per address, so dropping a socket and asking again earns nothing.
    """

    phones: int = 400  # WebSockets in the room at once (a large network day is ~150 people)
    sockets_per_address: int = 4
    phones_per_address: int = 4  # identities ever issued to one address
    http_per_address: int = 8  # page connections at once (a browser opens up to 6)
    http_connections: int = 128  # page connections at once, all addresses together
    http_rate: int = 20  # page requests a second per address (no guessing the code)
    http_timeout: float = 10.0  # seconds a page connection may live (slow or unfinished requests)
    handshake_timeout: float = 10.0  # seconds to finish the WebSocket upgrade
    hello_timeout: float = 10.0  # seconds a socket may stay silent before its hello
    message_rate: float = 5.0  # messages a second per socket ...
    message_burst: float = 10.0  # ... with bursts up to this many


@dataclass(frozen=True)
class Field:
    """One field of a phone message. Text is cleaned (control characters dropped, stripped)
    and refused past `max_length` characters; integers must lie in [0, 1_000_000)."""

    type: type  # str or int
    required: bool = True
    max_length: int = MAX_ID  # str only
    choices: tuple[str, ...] = ()  # str only: when given, the value must be one of these
    non_empty: bool = False  # str only: refused ("empty") when nothing is left after cleaning


Schema = dict[str, Field]
# The room's own messages; every other type comes from an activity kind's phone part (the room
# passes their schemas to `parse`, core knows no kind).
BASE_SCHEMAS: dict[str, Schema] = {
    "hello": {"lang": Field(str, required=False), "phone": Field(str, required=False)},
    "ping": {},
}


class RoomMessageError(ValueError):
    """A message from a phone that is refused; `code` is sent back to the phone."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def new_token() -> str:
    """A random room token (URL-safe, 128 bits)."""
    return secrets.token_urlsafe(16)


def new_code() -> str:
    """Six characters to type by hand, each drawn uniformly and independently (30 bits)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class PhoneIdentities:
    """Phone identities issued and signed by the room (HMAC-SHA256 with a per-room secret).

    A phone keeps its token and shows it again when it reconnects; a token the room did not sign
    is ignored, so a client cannot invent identities, and an address gets at most
    `per_address` of them for the room's whole life.
    """

    def __init__(self, per_address: int, secret: bytes | None = None) -> None:
        self.per_address = per_address
        self._secret = secret or secrets.token_bytes(32)
        self._issued: dict[str, set[str]] = {}

    def _sign(self, phone_id: str) -> str:
        digest = hmac.new(self._secret, phone_id.encode("ascii"), hashlib.sha256)
        return digest.hexdigest()[:32]

    def verify(self, token: str | None) -> str | None:
        """The phone id in a token this room signed, else None."""
        if not token or token.count(".") != 1:
            return None
        phone_id, signature = token.split(".")
        if len(phone_id) != 16 or not phone_id.isalnum() or not phone_id.isascii():
            return None
        return phone_id if hmac.compare_digest(signature, self._sign(phone_id)) else None

    def issue(self, address: str) -> tuple[str, str] | None:
        """(phone id, token) for a new phone at address; None when the address had its share."""
        issued = self._issued.setdefault(address, set())
        if len(issued) >= self.per_address:
            return None
        phone_id = secrets.token_hex(8)
        issued.add(phone_id)
        return phone_id, f"{phone_id}.{self._sign(phone_id)}"


def nesting_ok(text: str, limit: int = MAX_DEPTH) -> bool:
    """True when brackets outside strings nest at most `limit` deep (checked before json.loads,
    whose recursion a few thousand brackets would exhaust)."""
    if text.count("[") + text.count("{") <= limit:
        return True  # the usual flat message: nothing to scan
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return False
        elif char in "]}":
            depth -= 1
    return True


def _shown(char: str) -> bool:
    code = ord(char)
    return code >= 32 and not 0x7F <= code <= 0x9F and char not in BIDI_CONTROLS


def _clean_text(name: str, value: str, max_length: int) -> str:
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800") cannot be stored or sent
    except UnicodeEncodeError as exc:
        raise RoomMessageError("bad_" + name) from exc
    # control characters (C0 but the line break, DEL and C1) and direction overrides go: a phone
    # must not reverse the text around its words on the beamer or in the report
    value = "".join(c for c in value if c == "\n" or _shown(c)).strip()
    if len(value) > max_length:
        raise RoomMessageError("too_long")
    return value


def _field(name: str, spec: Field, value: Any) -> Any:
    """One present field, checked and cleaned; raises RoomMessageError."""
    if spec.type is int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1_000_000:
            raise RoomMessageError("bad_" + name)
        return value
    if not isinstance(value, str):
        raise RoomMessageError("bad_" + name)
    value = _clean_text(name, value, spec.max_length)
    if spec.choices and value not in spec.choices:
        raise RoomMessageError("bad_" + name)
    if spec.non_empty and not value:
        raise RoomMessageError("empty")
    return value


def parse(
    raw: str | bytes, schemas: dict[str, Schema] | None = None,
    max_bytes: int = MAX_MESSAGE_BYTES,
) -> dict[str, Any]:  # fmt: skip
    """A phone's JSON message as a validated dict; raises RoomMessageError. `schemas` are the
    activity kinds' message types (message type -> field -> Field) besides hello and ping."""
    if isinstance(raw, bytes):
        if len(raw) > max_bytes:
            raise RoomMessageError("too_large")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RoomMessageError("not_json") from exc
    if len(raw) > max_bytes or len(raw.encode("utf-8", "surrogatepass")) > max_bytes:
        raise RoomMessageError("too_large")
    if not nesting_ok(raw):
        raise RoomMessageError("too_deep")
    try:
        data = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, and int literals past Python's digit limit
        raise RoomMessageError("not_json") from exc
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise RoomMessageError("bad_message")
    kind = data["type"]
    schema = BASE_SCHEMAS.get(kind)
    if schema is None and schemas is not None:
        schema = schemas.get(kind)
    if schema is None:
        raise RoomMessageError("unknown_type")
    message: dict[str, Any] = {"type": kind}
    for name, spec in schema.items():
        value = data.get(name)
        if value is None:
            if spec.required:
                raise RoomMessageError("missing_" + name)
            continue
        message[name] = _field(name, spec, value)
    return message


@dataclass
class RateLimiter:
    """Token bucket per connection: `rate` messages a second, bursts up to `burst`."""

    clock: Clock
    rate: float = 5.0
    burst: float = 10.0
    _tokens: float = field(init=False, default=0.0)
    _last: float | None = field(init=False, default=None)

    def allow(self) -> bool:
        now = self.clock.now()
        if self._last is None:
            self._tokens = self.burst
        else:
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False
