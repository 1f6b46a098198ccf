"""Names that match a gazetteer alias but mean something else in their phrase: a treaty
named after the city it was signed in ("the Ottawa Convention"), a town sharing a capital's
name ("Washington, Tyne and Wear"), a person whose given name is a place ("Georgia Mills,
19"), and a body named with another state's name ("the Main Intelligence Directorate of
Russia's General Staff" is not Ukraine's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.nlp.gazetteer import Gazetteer
from bot.nlp.lexicon import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from bot.nlp.mentions import Found  # mentions.py calls this module

_TREATY_NAMES = frozenset(
    {"Convention", "Conventions", "Protocol", "Accord", "Accords", "Agreement", "Agreements",
     "Treaty", "Declaration", "Process", "Format", "Memorandum"}
)  # fmt: skip
# Written lower-case too ("the Ottawa convention", "the Minsk accords"): a city's name right
# before these nouns names where a treaty was signed. Not "agreement" or "treaty": news also
# names a state by its capital before those ("the Kyiv agreement with London").
_LOWER_TREATY_NAMES = frozenset({"convention", "conventions", "protocol", "accords"})
_REGION_WORDS = 4
# "the Paris climate pact": a city's name before the subject a treaty settles, then a treaty
# noun, names the treaty; news names a state by its capital in "the Kyiv agreement", never in
# "the Kyiv climate agreement".
_TREATY_TOPICS = frozenset({"climate"})
# Any treaty noun, lower-case: once a city has named a treaty in the story, "the Paris
# agreement" later in it is the same treaty (one sense of a name per story).
_ANY_TREATY_NOUNS = frozenset(
    {"agreement", "agreements", "accord", "accords", "pact", "treaty", "deal", "convention",
     "conventions", "protocol"}
)  # fmt: skip


def without_misreadings(found: list[Found], texts: list[str], gazetteer: Gazetteer) -> list[Found]:
    if not found:
        return found
    starts = {f.start: f for f in found}
    count = len(texts)
    kept = [
        f for f in found
        if not (_may_misread(f, texts[f.end] if f.end < count else "")
                and _misread(f, texts, starts, gazetteer))
    ]  # fmt: skip
    if len(kept) == len(found):
        return kept  # nearly every story: no city named a treaty
    cities = {f.surface for f in found if _names_a_treaty(f, texts, starts)}
    if not cities:
        return kept
    return [f for f in kept if not (f.surface in cities and _before_treaty_noun(f, texts))]


def _before_treaty_noun(f: Found, texts: list[str]) -> bool:
    k = f.end + 1 if texts[f.end : f.end + 1] == ["climate"] else f.end
    # "the Ottawa agreement with Mexico" names the capital's state, whatever came before.
    return texts[k : k + 1] != [] and texts[k].lower() in _ANY_TREATY_NOUNS and (
        texts[k + 1 : k + 2] != ["with"]
    )


def _names_a_treaty(f: Found, texts: list[str], starts: dict[int, Found]) -> bool:
    """A city's name before a treaty's ("the Ottawa Convention", "the Paris climate pact"):
    the treaty signed there. Its parties are listed elsewhere, if at all. A state's initials
    ("the DPRK Treaty") or the second of a hyphened pair ("the Russia-DPRK Treaty") name a
    party, not a city."""
    if f.kind != "country" or f.surface == f.entity or f.end >= len(texts):
        return False
    nxt = texts[f.end]
    topical = nxt in _TREATY_TOPICS and texts[f.end + 1 : f.end + 2] != [] and (
        texts[f.end + 1].lower() in _ANY_TREATY_NOUNS
    )
    if not (nxt in _TREATY_NAMES or nxt in _LOWER_TREATY_NAMES or topical):
        return False
    return not (f.surface.isupper() or _second_of_pair(f, texts, starts))


def _may_misread(f: Found, after: str) -> bool:
    """Whether `_misread` could hold, from the word `after` the name alone: every one of its
    tests needs a capitalised word, a comma, a treaty word or "of" there, and most names
    have none, so the tests are not called for them."""
    if f.kind == "country":
        return after == "," or after.istitle() or after in _LOWER_TREATY_NAMES or (
            after in _TREATY_TOPICS
        )
    return f.kind == "org" and after == "of"


def _misread(f: Found, texts: list[str], starts: dict[int, Found], gazetteer: Gazetteer) -> bool:
    if _names_a_treaty(f, texts, starts):
        return True
    if f.kind == "country" and f.end - f.start == 1 and (
        _aged_person(f, texts, starts) or _town_in_region(f, texts, starts)
    ):
        return True
    return f.kind == "org" and _other_state(f, texts, starts, gazetteer)


def _second_of_pair(f: Found, texts: list[str], starts: dict[int, Found]) -> bool:
    """Whether `f` follows a hyphen that joins it to another country: "Russia-Iran"."""
    before = starts.get(f.start - 2)
    return f.start >= 2 and texts[f.start - 1] in {"-", "–"} and (
        before is not None and before.kind == "country" and before.end == f.start - 1
    )


def _aged_person(f: Found, texts: list[str], starts: dict[int, Found]) -> bool:
    """"Georgia Mills, 19,": news gives a person's age after the name; no place has one."""
    k = f.end
    if k + 3 > len(texts) or k in starts or not (texts[k].istitle() and texts[k].isalpha()):
        return False
    return texts[k + 1] == "," and texts[k + 2].isdigit() and len(texts[k + 2]) <= 2


def _town_in_region(f: Found, texts: list[str], starts: dict[int, Found]) -> bool:
    """"Washington, Tyne and Wear,": a capital's name followed by the county or state it lies
    in (no name the gazetteer knows, no date) is a town of that name elsewhere."""
    if f.surface == f.entity or f.end + 2 >= len(texts) or texts[f.end] != ",":
        return False
    k = f.end + 1
    words = 0
    while k < len(texts) and words < _REGION_WORDS and (texts[k].istitle() or texts[k] == "and"):
        if k in starts or texts[k].lower() in MONTHS or texts[k].lower() in WEEKDAYS:
            return False
        k += 1
        words += 1
    return words > 0 and texts[k - 1] != "and" and k < len(texts) and texts[k] == ","


def _other_state(
    f: Found, texts: list[str], starts: dict[int, Found], gazetteer: Gazetteer
) -> bool:
    """"Directorate of Russia's General Staff": the "of" names whose body it is."""
    if f.end >= len(texts) or texts[f.end] != "of":
        return False
    k = f.end + 1
    if k < len(texts) and texts[k] == "the":
        k += 1
    owner = starts.get(k)
    entity = gazetteer.get(f.entity)
    if owner is None or entity is None or entity.country is None:
        return False
    return gazetteer.actor_of(owner.entity) not in {entity.country, f.entity}
