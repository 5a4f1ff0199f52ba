"""150 distinct answers a room might give to "one word for today" (Dutch and English mixed),
with counts as a real room spreads them: most words once, a few many times."""

from __future__ import annotations

WORDS = """
inspirerend verbinding netwerk netwerken samenwerking energie kennis delen herkenning leerzaam
gezellig nuttig openheid vertrouwen collega's productie planning techniek veiligheid budget
tijdsdruk vakmanschap erkenning bijscholing toekomst uitwisseling ideeën creativiteit zaalhuur
logistiek tournee festival opbouw afbraak licht geluid decor rigging transport vrijwilligers
communicatie overleg structuur continuïteit duurzaamheid groen subsidie regelgeving verzekering
contracten mentor coaching stage talent diversiteit inclusie toegankelijkheid publiek zalen
cultuurcentrum gemeente provincie Vlaanderen Brussel regio alliantie partners gedeelde agenda
kernteam projectteam vervolg actie afspraken duidelijkheid focus richting motivatie enthousiasme
dankbaar hoopvol verrast benieuwd moe tevreden geïnspireerd gesterkt gehoord gezien solidariteit
community learning sharing trust momentum insight connection growth clarity courage support
practice reflection value impact change together next steps curious grateful energised hopeful
open honest warm fun useful practical concrete ambitie uitdaging kansen werkdruk balans rust
overzicht kwaliteit flexibiliteit efficiëntie innovatie digitalisering ticketing marketing
vakbond cao loon freelancers zzp productieleider stagemanager technici backstage repetities
première speellijst seizoen coproductie spreiding internationaal
""".split()  # noqa: SIM905 (a text block reads better here)

assert len(WORDS) == len(set(WORDS)) == 150, len(set(WORDS))


def counts() -> list[int]:
    """A count per word: mostly ones, a tail of popular words (deterministic)."""
    popular = {0: 24, 1: 17, 2: 12, 3: 9, 5: 7, 8: 6, 13: 5, 21: 4, 34: 4, 55: 3, 89: 3}
    return [popular.get(i, 2 if i % 7 == 0 else 1) for i in range(len(WORDS))]
