"""Is this participant the same human as that one? The rules behind linking people in a series.

- Both have an e-mail address: the same address (case and spaces aside) is the same person,
  certainly. Different addresses with the same name are *uncertain* (a work and a private
  address, or two people called Jan de Vries): the organiser decides.
- Otherwise name and organisation, normalised: case, accents (Ö = O), spacing and punctuation,
  and the Dutch particle wherever it was typed ("van der Berg" as particle + last name, as last
  name, as "Berg, van der" or as "Vanderberg" are all the same). Same name and same organisation
  is certain; same name and another (or a missing) organisation is uncertain; a name one letter
  away (a typo: "Jansen" / "Janssen") with the same organisation is uncertain. A row without a
  last name is never matched on name (a first name alone says too little).
- Anything else is not a match.

Nothing here merges: certain pairs are linked by the storage (app/storage/people.py), uncertain
ones become reviews the organiser decides on. No Qt, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.names import fold, split_last_name

CERTAIN, UNCERTAIN, DIFFERENT = "certain", "uncertain", "different"

# reasons, stored in person_review.reason as these keys; the texts are shown in the review
SAME_EMAIL = "same_email"
SAME_NAME_ORGANISATION = "same_name_organisation"
SAME_NAME_OTHER_EMAIL = "same_name_other_email"
SAME_NAME_OTHER_ORGANISATION = "same_name_other_organisation"
SAME_NAME_NO_ORGANISATION = "same_name_no_organisation"
ONE_LETTER = "one_letter"
REASONS = {
    SAME_EMAIL: QT_TRANSLATE_NOOP("PersonMatch", "Same e-mail address"),
    SAME_NAME_ORGANISATION: QT_TRANSLATE_NOOP("PersonMatch", "Same name and organisation"),
    SAME_NAME_OTHER_EMAIL: QT_TRANSLATE_NOOP("PersonMatch", "Same name, different e-mail address"),
    SAME_NAME_OTHER_ORGANISATION: QT_TRANSLATE_NOOP(
        "PersonMatch", "Same name, different organisation"
    ),
    SAME_NAME_NO_ORGANISATION: QT_TRANSLATE_NOOP(
        "PersonMatch", "Same name, organisation missing on one or both"
    ),
    ONE_LETTER: QT_TRANSLATE_NOOP("PersonMatch", "Names differ by one letter, same organisation"),
}

_NOT_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Someone:
    """What matching looks at of a participant."""

    id: int
    first_name: str = ""
    name_particle: str = ""
    last_name: str = ""
    organisation: str = ""
    email: str = ""


@dataclass(frozen=True)
class Match:
    kind: str  # CERTAIN | UNCERTAIN | DIFFERENT
    score: int  # 0..100
    reason: str = ""  # a key of REASONS ("" when different)


NO_MATCH = Match(DIFFERENT, 0)


def email_key(email: str) -> str:
    return email.strip().casefold()


def text_key(text: str) -> str:
    """Case, accents, spacing and punctuation removed: "Théâtre  d'Ici" -> "theatredici"."""
    return _NOT_WORD.sub("", fold(text))


def name_key(person: Someone) -> str:
    """First name, particle and last name as one normalised word, wherever the particle was
    typed: ("Jan", "van der", "Berg") and ("Jan", "", "Berg, van der") give "jan vanderberg"."""
    particle, last = person.name_particle, person.last_name
    if not particle.strip():
        particle, last = split_last_name(last)
    return f"{text_key(person.first_name)} {text_key(particle + last)}"


def organisation_key(person: Someone) -> str:
    return text_key(person.organisation)


def one_letter_apart(a: str, b: str) -> bool:
    """True when one edit (a letter added, removed or changed) turns a into b (a != b)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def compare(a: Someone, b: Someone) -> Match:
    """How sure we are that a and b are the same human (see the module text)."""
    email_a, email_b = email_key(a.email), email_key(b.email)
    if email_a and email_a == email_b:
        return Match(CERTAIN, 100, SAME_EMAIL)
    names_a, names_b = name_key(a), name_key(b)
    if names_a.endswith(" ") or names_b.endswith(" "):
        return NO_MATCH  # without a last name ("Jan", a row just added as "New") too little
    org_a, org_b = organisation_key(a), organisation_key(b)
    if names_a == names_b:
        if email_a and email_b:
            return Match(UNCERTAIN, 60, SAME_NAME_OTHER_EMAIL)
        if org_a and org_a == org_b:
            return Match(CERTAIN, 90, SAME_NAME_ORGANISATION)
        if org_a and org_b:
            return Match(UNCERTAIN, 60, SAME_NAME_OTHER_ORGANISATION)
        return Match(UNCERTAIN, 50, SAME_NAME_NO_ORGANISATION)
    if org_a and org_a == org_b and one_letter_apart(names_a, names_b):
        if email_a and email_b:
            return NO_MATCH  # different addresses and different names: two people
        return Match(UNCERTAIN, 40, ONE_LETTER)
    return NO_MATCH


def buckets(person: Someone) -> set[str]:
    """Keys under which a possible match of `person` is looked for (only these are compared:
    thousands of people stay fast). A one-letter typo keeps the organisation."""
    keys = {"n:" + name_key(person)}
    if email_key(person.email):
        keys.add("e:" + email_key(person.email))
    if organisation_key(person):
        keys.add("o:" + organisation_key(person))
    return keys
