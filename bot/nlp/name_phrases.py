"""Country names inside other names, and towns that share a country's name.

- "Georgia-Pacific": a country joined by a hyphen to a capitalised word no gazetteer name
  starts is a company's name ("Russia-Ukraine" joins two names and stays).
- "China Lake", "Paris Hill", "Okushiri Island": a country's name before, or an alias that is,
  a capitalised landform or institution word names a place of its own.
- "Jordan Mensah, who signed": a place's name before a capitalised word and ", who" is a
  person's given name.
- "Yoon Ji-won": a known person's one-word surname before a hyphenated given name is another
  person of that family name.
- "the town of China", "Sweden, a town of 400", "the Peru select board", "towns including
  Norway, Paris and Poland", "Poland, Maine": a town. Once an article names a town so, its
  other bare uses of that name are the town too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    from bot.nlp.mentions import Found  # mentions.py calls this module

_PLACE_HEADS = frozenset(
    {"Lake", "Lakes", "River", "Creek", "Hill", "Hills", "Spring", "Springs", "Mountain",
     "Mount", "Valley", "Pond", "Falls", "Island", "Islands", "Library", "Memorial",
     "Township", "Road", "Street", "Avenue", "Cemetery", "Academy", "Grange", "Fairgrounds"}
)  # fmt: skip
_TOWN_NOUNS = frozenset({"town", "village", "township", "hamlet", "plantation"})
_TOWN_LISTS = frozenset({"towns", "villages", "townships", "communities", "municipalities"})
_LOCAL_BODIES = frozenset({"select", "selectboard", "selectmen", "selectboard's"})
_TOWN_AFTER = frozenset({"meeting", "council", "office", "clerk", "manager", "hall"})
_LIST_WORDS = frozenset({",", "and", "or", "including", "like", "such", "as"})
_LIST_REACH = 8
US_STATES = frozenset(
    {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
     "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
     "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
     "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon",
     "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Wisconsin",
     "Wyoming"}
)  # fmt: skip
# Every `_town` test needs one of these words (in any case) or a state's name.
_TOWN_WORDS = _TOWN_NOUNS | _TOWN_LISTS | _LOCAL_BODIES


def without_name_phrases(
    found: list[Found], texts: list[str], lowers: list[str] | None = None
) -> list[Found]:
    """`lowers`, the lower-case `texts` if the caller has them, rule out towns at once in
    the many articles with no word a town is told by."""
    if not found:
        return found
    starts = {f.start for f in found}
    townish = lowers is None or not (
        _TOWN_WORDS.isdisjoint(lowers) and US_STATES.isdisjoint(texts)
    )
    towns = {
        f.surface for f in found if f.kind == "country" and _town(f, texts, starts)
    } if townish else set()  # fmt: skip
    persons = [f for f in found if f.kind == "person"]  # a few of a story's many names
    namesakes = {f.entity for f in persons if _namesake(f, texts)}
    if namesakes:
        namesakes -= {f.entity for f in persons if f.end - f.start > 1}
    count = len(texts)
    # `_inside_name` needs a hyphen or a capitalised word after the name (every place head is
    # capitalised) or a place head for the alias: most names have neither, and skip the call.
    return [
        f for f in found
        if not (
            (f.kind == "country" and (
                f.surface in _PLACE_HEADS
                or (f.end < count and (texts[f.end] == "-" or texts[f.end].istitle()))
            ) and _inside_name(f, texts, starts))
            or (f.surface in towns and not f.adjectival and f.end - f.start == 1)
            or (f.entity in namesakes and f.end - f.start == 1)
        )
    ]  # fmt: skip


def _at(texts: list[str], k: int) -> str:
    return texts[k] if 0 <= k < len(texts) else ""


def _inside_name(f: Found, texts: list[str], starts: set[int]) -> bool:
    nxt = _at(texts, f.end)
    # The words around are read only when a test needs them: most names pass every test.
    if nxt == "-" and (joined := _at(texts, f.end + 1)).istitle() and f.end + 1 not in starts:
        # "Georgia-Pacific"; a dateline's dash before "The" joins nothing.
        return f.end - f.start == 1 and joined.lower() not in STOP_WORDS
    if nxt in _PLACE_HEADS:
        return True
    if f.surface in _PLACE_HEADS and _at(texts, f.start - 1).istitle() and (
        f.start - 1 not in starts
    ):
        return True  # "Okushiri Island": an alias that is a landform word
    # "Jordan Mensah, who": a given name.
    return (
        f.end - f.start == 1 and nxt.istitle() and nxt.isalpha() and f.end not in starts
        and _at(texts, f.end + 1) == "," and _at(texts, f.end + 2) == "who"
    )  # fmt: skip


def _town(f: Found, texts: list[str], starts: set[int]) -> bool:
    if f.adjectival or f.end - f.start != 1:
        return False
    before = [_at(texts, f.start - 2).lower(), _at(texts, f.start - 1).lower()]
    if before[0] in _TOWN_NOUNS and before[1] == "of":
        return True  # "the town of China"
    after = [_at(texts, f.end + k) for k in range(3)]
    if after[0] == "," and after[1] in {"a", "the"} and after[2].lower() in _TOWN_NOUNS:
        return True  # "Sweden, a town of about 400 people"
    if after[0] == "," and after[1] in US_STATES:
        return True  # "Poland, Maine"
    if after[0] in _LOCAL_BODIES or (after[0] == "town" and after[1] in _TOWN_AFTER):
        return True  # "the Peru select board", "the Mexico town meeting"
    return _listed_under_towns(f, texts, starts)


def _listed_under_towns(f: Found, texts: list[str], starts: set[int]) -> bool:
    """"Towns in the western foothills, including Norway, Paris and Poland"."""
    k = f.start - 1
    while k >= 0 and (texts[k].lower() in _LIST_WORDS or k in starts):
        k -= 1
    for j in range(k, max(-1, k - _LIST_REACH), -1):
        word = texts[j].lower()
        if word in _TOWN_LISTS:
            return True
        if word in {".", ";", ":", "\n"}:
            return False
    return False


def _namesake(f: Found, texts: list[str]) -> bool:
    """"Yoon Ji-won": a surname first, then a hyphenated given name."""
    if f.end - f.start != 1:
        return False
    given, hyphen, rest = _at(texts, f.end), _at(texts, f.end + 1), _at(texts, f.end + 2)
    return given.istitle() and given.isalpha() and hyphen == "-" and rest.islower()
