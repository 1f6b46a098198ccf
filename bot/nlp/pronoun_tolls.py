"""A count whose noun a pronoun carries from an earlier sentence takes the owner of that noun:
"She declined to put a figure on North Korean casualties. ... The NIS puts them at about
6,900 killed and wounded." "Them" is the casualties named before, so the figure counts the
North's, though its own sentence names only the agency (and perhaps a rival source).

News writes such an estimate as an estimate verb, the pronoun and "at" right before the
figure; the noun it stands for is the last "<country> <noun>" phrase told within a short
paragraph before whose noun counts what the figure counts (casualties for a toll, troops for
a deployment). Another kind of noun in between ("the South Koreans have theirs") is no such
antecedent and is passed over. This runs after the document's other owner passes: only a
count still ownerless is given one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.units import normalise_measure

# "puts them at about", "estimated it at roughly": the estimate and its pronoun object.
_PUT_PRONOUN = re.compile(
    r"\b(?:puts?|putting|places?|placed|pegs?|pegged|estimates?|estimated)\s+(?:them|it)"
    r"\s+at\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_CUES = (" them at ", " it at ")  # the cheap test before the pattern
_WINDOW = 60  # characters before the figure: "puts them at more than"
_REACH = 500  # about a paragraph back: where the pronoun's noun is told
_LOSS_NOUNS = frozenset({"losses", "toll", "tolls"})
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def pronoun_tolls(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """The document's ownerless counts set as "<puts> them at N", given the owner of the
    "<country> <noun>" phrase the pronoun stands for."""
    out = quantities
    for k, q in enumerate(quantities):
        if q.actor is not None or q.value is None:
            continue  # nearly every count
        window = text[max(0, q.start - _WINDOW) : q.start]
        if not any(cue in window for cue in _CUES) or _PUT_PRONOUN.search(window) is None:
            continue
        actor = _antecedent_owner(text, mentions, q, gazetteer)
        if actor is not None:
            if out is quantities:
                out = list(quantities)
            out[k] = replace(q, actor=actor)
    return out


def _antecedent_owner(
    text: str, mentions: list[Mention], q: Quantity, gazetteer: Gazetteer
) -> str | None:
    """The owner of the last "<country> <noun of the figure's kind>" before the figure."""
    for m in reversed(mentions):
        if m.end > q.start:
            continue
        if q.start - m.end > _REACH:
            return None
        entity = gazetteer.get(m.entity)
        if entity is None or entity.kind != "country":
            continue
        word = _NEXT_WORD.match(text, m.end)
        if word is None:
            continue
        noun = word.group(1)
        found = ("casualty", "casualty") if noun in _LOSS_NOUNS else normalise_measure(noun)
        if found is not None and found[1] == q.category:
            return gazetteer.actor_of(m.entity)
    return None
