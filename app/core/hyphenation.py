"""Dutch and English hyphenation for text that wraps in narrow cells (paper and beamer).

Bingo cells, table cards and beamer lines are narrow: a long Dutch compound such as
"programmatoren" used to be cut wherever the cell ended ("progra mmatoren"). With pyphen's
dictionaries (the LibreOffice/Hunspell patterns) a word is only broken at a hyphenation point,
with a hyphen. Two uses:

- `wrap()` for the PDFs: greedy word wrap that keeps words whole when they fit on a line and
  hyphenates only a word wider than the line itself;
- `soft_hyphens()` for Qt labels with word wrap: U+00AD at every hyphenation point, which Qt
  honours (it breaks there and draws a hyphen, otherwise the character is invisible).

No Qt here (app/core).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyphen import Pyphen

SOFT_HYPHEN = "\u00ad"
MIN_WORD = 6  # shorter words are never broken (nor get soft hyphens)
_DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")  # letters only: no numbers, codes or URLs
_TECHNICAL = re.compile(r"[/\\<>=@:_#&{}\[\]|~^`]")  # paths, URLs, e-mail, markup: never broken


@lru_cache(maxsize=4)
def _dictionary(language: str) -> Pyphen:
    import pyphen

    code = _DICTIONARIES.get(language.split("_")[0].split("-")[0].lower(), "nl_NL")
    return pyphen.Pyphen(lang=code, left=2, right=3)


@lru_cache(maxsize=8192)
def points(word: str, language: str = "nl") -> tuple[int, ...]:
    """Indices in word where it may be broken (a hyphen goes before the index)."""
    if len(word) < MIN_WORD or not word.isalpha():
        return ()
    return tuple(_dictionary(language).positions(word))


def soft_hyphens(text: str, language: str = "nl") -> str:
    """text with U+00AD at the hyphenation points of its long words (for Qt word wrap)."""

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        cuts = points(word, language)
        if not cuts:
            return word
        pieces = [word[a:b] for a, b in zip((0, *cuts), (*cuts, len(word)), strict=True)]
        return SOFT_HYPHEN.join(pieces)

    return "".join(
        token if _TECHNICAL.search(token) else _WORD.sub(mark, token)
        for token in re.split(r"(\s+)", text)
    )


def split_word(
    word: str, room: float, measure: Callable[[str], float], language: str = "nl"
) -> tuple[str, str] | None:
    """The longest head of word (hyphen included) that fits in room, and the rest.

    Breaks only at hyphenation points of its letter runs, or right after an explicit hyphen
    ("kip-of-|eiverhaal"); None when no break point fits.
    """
    best: tuple[str, str] | None = None
    for cut, hyphen in _breaks(word, language):
        head = word[:cut] + ("-" if hyphen else "")
        if measure(head) > room:
            break
        best = (head, word[cut:])
    return best


def _breaks(word: str, language: str) -> list[tuple[int, bool]]:
    """(index, needs a hyphen) for every place word may break, in order."""
    found: list[tuple[int, bool]] = []
    if _TECHNICAL.search(word):
        return found
    for match in re.finditer(r"[^\W\d_]+|-+", word):
        if match.group(0).startswith("-"):
            if match.end() < len(word):
                found.append((match.end(), False))  # after an explicit hyphen: no extra one
            continue
        found.extend((match.start() + cut, True) for cut in points(match.group(0), language))
    return sorted(found)


def wrap(
    text: str, width: float, measure: Callable[[str], float], language: str = "nl"
) -> list[str]:
    """Greedy word wrap; a word wider than a whole line is hyphenated (several times if need
    be). A piece that still does not fit (one syllable wider than the line) is left whole: the
    caller shrinks the font or cuts it."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if measure(trial) <= width:
            current = trial
            continue
        if measure(word) <= width:  # fits on a line of its own: keep it whole
            if current:
                lines.append(current)
            current = word
            continue
        rest = word  # wider than any line: fill the current line, then break again
        prefix = f"{current} " if current else ""
        while rest:
            cut = split_word(rest, width - measure(prefix), measure, language)
            if cut is None and prefix:
                lines.append(current)
                prefix = current = ""
                continue
            if cut is None or measure(rest) <= width - measure(prefix):
                current = prefix + rest
                break
            lines.append(prefix + cut[0])
            prefix, rest = "", cut[1]
    if current:
        lines.append(current)
    return lines or [""]
