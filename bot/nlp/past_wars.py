"""A figure told of a war long over is history, though no year dates it: "Canada sent about
26,000 troops to the Korean War, and 516 of them died". The war's name dates the sentence as
well as "in 1951" would. Only a war set as the scene ("to", "in", "during the Korean War")
counts; "the largest deployment since the Korean War" measures up to now, and "veterans of
the Vietnam War" names people who may be the news. A war named by its year ("In the 2020
war, ...") or measured in days ("during the 12-day war, in which ...") is over too: a war
still going is "the war", and one counted in days has been counted to its end. A war told in
a relative clause ("Kim, who fled during the Korean War, ...") dates only that clause's
person. A figure its clause ties to the present ("still", "today") stays news."""

from __future__ import annotations

from bot.nlp.begun_wars import begun_long_ago
from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.figures import Figure

# The words before "War" of the finished wars news retells ("World War II" is found from its
# "world" and numeral after).
_NAMES = frozenset({"korean", "vietnam", "gulf", "cold", "falklands"})
_ORDINALS = frozenset({"first", "second"})
_NUMERALS = frozenset({"i", "ii", "one", "two", "1", "2"})
_SCENES = frozenset({"to", "in", "during"})
_NOW = frozenset({"today", "now", "still", "currently"})


def told_of_past_war(s: Sentence, f: Figure) -> bool:
    """Whether `f`'s sentence sets its telling in a finished war, and `f` is not of now."""
    return _named_past_war(s, f) or begun_long_ago(s, f)  # "in the conflict, which began in 1950"


def _named_past_war(s: Sentence, f: Figure) -> bool:
    if "war" not in s.words:
        return False  # nearly every sentence: one set test
    lowers = s.lowers
    for k in range(s.start + 1, s.end):
        if lowers[k] != "war":
            continue
        first = _name_start(lowers, k, s.end) if s.texts[k] == "War" else _dated_start(s, k)
        if first is None:
            continue
        opening = first - 1 if lowers[first - 1] == "the" else first
        if opening - 1 < s.start or lowers[opening - 1] not in _SCENES:
            continue
        if _in_relative(s, opening - 1):
            continue  # "Kim, who fled during the Korean War, says thousands ...": his past
        clause = lowers[s.clause_start(f.start) : s.clause_end(f.end)]
        return _NOW.isdisjoint(clause)
    return False


_RELATIVES = frozenset({"who", "which", "whose", "whom"})


def _in_relative(s: Sentence, k: int) -> bool:
    """Whether token `k` sits in a relative clause: a relative word before it, back to the
    comma that opens it."""
    for j in range(k - 1, s.start - 1, -1):
        if s.lowers[j] in _RELATIVES:
            return True
        if s.lowers[j] == ",":
            return False
    return False


def _dated_start(s: Sentence, war: int) -> int | None:
    """The first token of "2020 war" or "12-day war" (one token or three) before `war`."""
    lowers = s.lowers
    before = lowers[war - 1]
    if is_year(before):
        return war - 1
    if before.endswith("-day") and before[:-4].isdigit():
        return war - 1
    if before == "day" and war - 3 > s.start and lowers[war - 2] == "-" and (
        lowers[war - 3].isdigit()
    ):
        return war - 3
    return None


def _name_start(lowers: list[str], war: int, end: int) -> int | None:
    """The first token of the war's name ending at `war`'s "War", or None for another war."""
    before = lowers[war - 1]
    if before in _NAMES:
        return war - 1
    if before == "world" and lowers[war - 2] in _ORDINALS:
        return war - 2  # "the Second World War"
    if lowers[war - 1] == "world" and war + 1 < end and lowers[war + 1] in _NUMERALS:
        return war - 1  # "in World War II"
    return None
