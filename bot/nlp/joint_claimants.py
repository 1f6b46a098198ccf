"""Claims voiced jointly by several states: "Seoul, Kyiv and Washington say ...", "...,
according to Seoul, Kyiv and Washington", "South Korean and U.S. officials say ...".

A joint claim is a claim of each state in the list: the claimant keeps the joint name and
stands for every state (and body) it names, so a watch on any one of them takes it. The
subject reading stops at commas, so a list of three or more names is read back (or on) to
its first (last) name here. A list that mixes in a group that is no state ("Western and
South Korean officials") names no one claimant and is left unnamed.
"""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.context import Sentence
from bot.nlp.mentions import Found

_LISTED_KINDS = frozenset({"country", "org"})
_MAX_ITEMS = 6
# Before the first name of a list these make it an adjunct, not the subject: "Unlike Russia,
# China and India say ...", "In Kyiv, Seoul and Washington ...".
_ADJUNCTS = frozenset(
    {"in", "unlike", "like", "besides", "beyond", "for", "with", "from", "of", "by", "to", "on",
     "at", "against", "than", "over", "between", "among", "including", "after", "before"}
)  # fmt: skip
# "officials in Seoul, Kyiv and Washington say": people of the places listed.
_PEOPLE = frozenset({"officials", "sources", "diplomats", "analysts", "authorities"})


def _listed(s: Sentence, k: int) -> Found | None:
    """The named state or body covering token k, never a demonym or an owner."""
    f = s.mention_at.get(k)
    if f is None or f.kind not in _LISTED_KINDS or f.adjectival or f.possessive:
        return None
    return f


def _item_before(s: Sentence, comma: int) -> int | None:
    """The first token of a list item ending just before the comma at `comma`."""
    f = _listed(s, comma - 1)
    if f is None or f.end != comma:
        return None
    start = f.start
    return start - 1 if start > s.start and s.lowers[start - 1] == "the" else start


def list_start(s: Sentence, start: int, end: int) -> int:
    """The start of a subject [start, end) that ends a list of names: "Seoul, Kyiv and
    Washington say" is read back past the commas to "Seoul"."""
    if start <= s.start or s.lowers[start - 1] != "," or "and" not in s.lowers[start:end]:
        return start  # nearly every subject: no comma before, or no coordination in it
    if not all(w in {"and", "the"} or _listed(s, k) is not None
               for k, w in enumerate(s.lowers[start:end], start)):  # fmt: skip
        return start  # "the ministry and its agencies": no list of names
    if s.lowers[start] == "and" and not _third_item(s, start - 1):
        return start  # "..., and Ukraine said": a clause of its own; a list ends "A, B and C"
    k = start
    for _ in range(_MAX_ITEMS):
        item = _item_before(s, k - 1) if k > s.start and s.lowers[k - 1] == "," else None
        if item is None:
            break
        before = s.lowers[item - 1] if item > s.start else ""
        if before in {"in", "from"} and item - 1 > s.start and s.lowers[item - 2] in _PEOPLE:
            return item - 2  # "officials in Seoul, Kyiv and Washington"
        if before in _ADJUNCTS or (item == s.start and s.texts[item].isupper()):
            break  # an adjunct ("Unlike Russia, ...") or a dateline ("KYIV, ...")
        k = item
    return k


def list_comma(s: Sentence, comma: int) -> bool:
    """The comma at `comma` separates two names of a list: "Japan, France and Germany"."""
    if _item_before(s, comma) is None or comma + 1 >= s.end:
        return False
    k = comma + 1 + (s.lowers[comma + 1] == "and")
    k += s.lowers[k : k + 1] == ["the"]
    return _listed(s, k) is not None


def _third_item(s: Sentence, comma: int) -> bool:
    """"Seoul, Kyiv, and Washington": the name before the comma follows a comma itself."""
    item = _item_before(s, comma)
    return item is not None and item > s.start and s.lowers[item - 1] == ","


def list_end(s: Sentence, first: int, end: int) -> int:
    """The end of a subject after its verb, [first, end), that opens a list of names:
    "according to Seoul, Kyiv and Washington" runs on to "Washington"."""
    if end + 1 >= s.end or s.lowers[end] != "," or _listed(s, end - 1) is None:
        return end  # nearly every subject: no comma after, or no name before it
    if s.lowers[end + 1] == "and":
        return end  # "according to the NIS, and Ukraine's GUR says": a clause of its own
    k = end
    for _ in range(_MAX_ITEMS):
        if k >= s.end - 1 or s.lowers[k] not in {",", "and"}:
            return end
        glue = k + 1 if s.lowers[k] == "and" else k + 1 + (s.lowers[k + 1 : k + 2] == ["and"])
        glue += s.lowers[glue : glue + 1] == ["the"]
        f = _listed(s, glue)
        if f is None or f.start != glue:
            return end  # "according to Seoul, which ...": no list
        k = f.end
        if "and" in s.lowers[end : f.start]:
            return k  # the list closes with "and <name>"
    return end


def group_claimant(s: Sentence, first: int, end: int) -> Claimant | None:
    """"South Korean, U.S. and Ukrainian officials": a group noun after a list of origins
    whose every capitalised word names a state is a joint claim of those states."""
    states: list[str] = []
    for k in range(first, end - 1):
        if s.lowers[k] in {",", "and"}:
            continue
        f = s.mention_at.get(k)
        if f is None or f.kind != "country":
            return None  # "Western and South Korean officials": a group that is no state
        if f.entity not in states:
            states.append(f.entity)
    if len(states) < 2:
        return None
    return Claimant(name=s.phrase(first, end), entities=tuple(states), denied=False)
