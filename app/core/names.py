"""Names as the Netherlands and Flanders write them: first name, particle, last name.

One place decides how a participant's name is shown ("Zoë van der Öztürk") and sorted, so the
participants page, bingo cards, group lists, the report and the phones agree.

Sorting (docs/participants.md):
- by a real collation: the Unicode Collation Algorithm (pyuca, the default Unicode table), so an
  accent sorts with its letter (Ö with O, É with E) and case only breaks ties; when pyuca cannot
  be loaded, a documented fold (NFKD without combining marks, casefolded) gives the same order
  for Latin names;
- IJ sorts as I followed by J (between "ii" and "ik"), as Dutch dictionaries and the Taalunie
  advise; the single-letter ligature Ĳ sorts the same as IJ;
- convention "last_name" (Dutch practice, the default): on the last name without its particle,
  "van der Öztürk" under Ö/O, then particle, then first name;
- convention "particle" (Flemish practice): on particle and last name written as one word,
  "Van den Berghe" under V (as "vandenberghe"), then first name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from app.core.i18n import QT_TRANSLATE_NOOP

NAME_ORDER_KEY = "name_order"  # in a session's settings JSON
LAST_NAME = "last_name"  # Dutch practice: "van der Öztürk" under Ö
PARTICLE = "particle"  # Flemish practice: "Van den Berghe" under V
CONVENTIONS = (LAST_NAME, PARTICLE)
CONVENTION_LABELS = {
    LAST_NAME: QT_TRANSLATE_NOOP("Names", "Last name without particle (Dutch practice)"),
    PARTICLE: QT_TRANSLATE_NOOP("Names", "Particle and last name (Flemish practice)"),
}

# Particles (tussenvoegsels) recognised when splitting a full name, longest first when matching.
# The Dutch list of the Taalunie's common tussenvoegsels plus the German/French ones met here.
PARTICLES = (
    "van", "van de", "van der", "van den", "van het", "van 't", "van de l'", "van t",
    "de", "den", "der", "des", "het", "'t", "t", "ter", "ten", "te",
    "in", "in de", "in den", "in der", "in het", "in 't", "op", "op de", "op den", "op het",
    "op 't", "op ten", "uit", "uit de", "uit den", "uit het", "uit 't", "aan", "aan de",
    "aan den", "aan het", "bij", "bij de", "bij den", "bij het", "onder", "onder de",
    "over", "over de", "tot", "tot de", "tot den", "voor", "voor de", "voor den", "vande",
    "vanden", "vander", "von", "von der", "von dem", "zu", "zum", "zur", "d'", "di", "da",
    "du", "de la", "del", "della", "dos", "le", "la", "les", "l'",
)  # fmt: skip
_PARTICLE_WORDS = {tuple(p.split()) for p in PARTICLES}
_LONGEST = max(len(words) for words in _PARTICLE_WORDS)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def display_name(first: str, particle: str, last: str) -> str:
    """ "Zoë van der Öztürk": the parts that are there, one space between them."""
    return " ".join(part.strip() for part in (first, particle, last) if part and part.strip())


def is_particle(text: str) -> bool:
    """True for a recognised particle ("van der", "Van den", "in 't"), any case."""
    return tuple(_word(text).split()) in _PARTICLE_WORDS


def _word(text: str) -> str:
    return " ".join(text.translate(_APOSTROPHES).casefold().split())


def _leading_particle(words: list[str]) -> int:
    """How many of the first words form the longest recognised particle (0 when none)."""
    for size in range(min(_LONGEST, len(words) - 1), 0, -1):
        if tuple(_word(w) for w in words[:size]) in _PARTICLE_WORDS:
            return size
    return 0


def split_last_name(last: str) -> tuple[str, str]:
    """(particle, last name) of a last name written with its particle: "van der Öztürk" gives
    ("van der", "Öztürk"); "Öztürk, van der" too; a name without one is left whole."""
    text = " ".join(last.split())
    if "," in text:
        name, _, after = text.partition(",")
        if after.strip() and is_particle(after) and name.strip():
            return after.strip(), name.strip()
        return "", text
    words = text.split(" ")
    size = _leading_particle(words)
    if not size:
        return "", text
    return " ".join(words[:size]), " ".join(words[size:])


def split_full_name(full: str) -> tuple[str, str, str]:
    """(first, particle, last) of a full name.

    "Zoë van der Öztürk" -> ("Zoë", "van der", "Öztürk"): the first recognised particle after
    the first word starts the last name. Without a particle the first word is the first name
    and the rest the last name, as before; the words always stay in their order.
    """
    text = " ".join(full.split())
    words = text.split(" ") if text else []
    if len(words) < 2:
        return text, "", ""
    for start in range(1, len(words) - 1):
        size = _leading_particle(words[start:])
        if size:
            return (
                " ".join(words[:start]),
                " ".join(words[start : start + size]),
                " ".join(words[start + size :]),
            )
    return words[0], "", " ".join(words[1:])


@cache
def _collator() -> Callable[[str], tuple[int, ...]] | None:
    try:
        import pyuca

        key: Callable[[str], tuple[int, ...]] = pyuca.Collator().sort_key  # pyuca has no types
        return key
    except Exception:  # a bundle without pyuca's table still sorts (fold)
        return None


def fold(text: str) -> str:
    """The documented fallback: compatibility-decomposed (Ĳ -> IJ, ﬁ -> fi), combining marks
    dropped (Ö -> O, É -> E), casefolded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=50_000)
def collation_key(text: str) -> tuple[object, ...]:
    """A key that sorts text as people read it: letters first, accents and case as ties.

    Cached: pyuca is pure Python (~30 µs a name), and lists are sorted again on every refresh."""
    text = " ".join(text.translate(_APOSTROPHES).split())
    key = _collator()
    if key is None:
        return (fold(text), text)
    return (key(unicodedata.normalize("NFKD", text)), text)


def sort_key(
    first: str, particle: str, last: str, convention: str = LAST_NAME
) -> tuple[object, ...]:
    """The key for sorting people by name in the given convention (see the module text).

    Someone with only a first name sorts by that name, among the last names."""
    if not (last.strip() or particle.strip()):
        return (collation_key(first), collation_key(""), collation_key(""))
    if convention == PARTICLE:
        joined = (particle + last).replace(" ", "").replace("'", "")
        return (collation_key(joined), collation_key(first), collation_key(particle))
    return (collation_key(last), collation_key(particle), collation_key(first))


def convention_of(settings: dict[str, object]) -> str:
    """A session's convention from its settings JSON (Dutch practice when unset or unknown)."""
    value = settings.get(NAME_ORDER_KEY)
    return value if isinstance(value, str) and value in CONVENTIONS else LAST_NAME
