""""Ukraine estimates that the plant turns out about 2,700 drones a month": "the plant" points
back to the works the story has already described, and a reader takes the output's owner from
that description ("the Alabuga zone, where Russia assembles attack drones"). So an ownerless
output figure whose maker is only "the plant" (or factory) takes the state told before as
making the same goods.

Only a state named as the subject of a making verb ("Russia assembles", "where Russia builds
its ... drones") in an earlier sentence that names the same goods; the latest such telling
wins. A plant named with its owner ("Russia's plant") is read by the sentence's own rules,
and an output with no earlier maker of its goods stays ownerless."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer

# "the plant turns out", "the factory has produced", "the plant produced about 5,000".
_PLANT_MAKES = re.compile(
    r"\bthe (?:plant|factory|facility|works)(?: (?:now|has|have|had|already|still|can|could))?"
    r" (?:turns|turned|churns|churned|rolls|rolled|produces|produced|makes|made|builds|built|"
    r"assembles|assembled|manufactures|manufactured)\b"
)
# The making verb right after a state's name: "Russia assembles", "Russia builds its".
_MAKES = re.compile(
    r"\s+(?:now\s+)?(?:assembles|assembled|builds|built|makes|made|produces|produced|"
    r"manufactures|manufactured)\b"
)
_GOODS_REACH = 120  # "assembles Iranian-designed attack drones"
_PLANTS = ("plant", "factory", "facility", "works")  # the cheap test before any regex


def plant_owners(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with "the plant"'s ownerless output given its earlier-told maker."""
    out = list(quantities)
    for k, q in enumerate(out):
        if q.actor is not None or q.value is None or q.category in {"money", "deal"}:
            continue
        lowered = q.sentence.lower()
        if not any(p in lowered for p in _PLANTS):
            continue  # nearly every figure: no plant in its sentence
        head = lowered[: max(0, q.start - _sentence_start(text, q))]
        if _PLANT_MAKES.search(head) is None:
            continue
        maker = _earlier_maker(text, mentions, gazetteer, q)
        if maker is not None:
            out[k] = replace(q, actor=maker)
    return out


def _sentence_start(text: str, q: Quantity) -> int:
    """The character where the figure's sentence starts in `text`."""
    found = text.rfind(q.sentence, 0, q.start + len(q.sentence))
    return found if found >= 0 else q.start


def _earlier_maker(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, q: Quantity
) -> str | None:
    """The state last told, before the figure's sentence, as making the figure's goods."""
    first = _sentence_start(text, q)
    for m in reversed(mentions):
        if m.start >= first:
            continue
        entity = gazetteer.get(m.entity)
        if entity is None or entity.kind != "country":
            continue
        if _MAKES.match(text, m.end) is None:
            continue
        # The goods must be the figure's, in the same sentence: "Russia assembles drones".
        if q.measure in text[m.end : m.end + _GOODS_REACH].split(".", 1)[0].lower():
            return gazetteer.actor_of(m.entity)
    return None
