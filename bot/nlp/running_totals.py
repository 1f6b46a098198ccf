"""Figures whose unit comes before the number: an estimate ("put the number of North Korean
troops at 11,000", "which Seoul puts at 10,000") or a running total.

Running totals that name what they count before the number: "raising its count of North
Korean casualties to roughly 4,700" counts casualties, though no noun follows the 4,700.

A total that names no countable noun ("bringing its losses to 889,000", "bringing its fleet
to 18") carries on the count told just before, and so does a share of it ("Of these, 117
will be built ..., the remaining 63 ..."); implied.py reads those.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import ESTIMATE_VERBS
from bot.nlp.relative_forces import relative_force
from bot.nlp.toll_estimates import estimated_toll
from bot.nlp.unit_nouns import Unit, unit_noun
from bot.nlp.units import PHYSICAL, TIME_UNITS

RAISING = frozenset(
    {"bringing", "brings", "brought", "raising", "raises", "raised", "pushing", "pushed",
     "taking", "took", "lifting", "lifted", "putting", "increasing", "increased"}
)  # fmt: skip
# Nouns that name a count without saying what is counted: the count before says it.
COLLECTIVE_NOUNS = frozenset(
    {"losses", "fleet", "fleets", "count", "arsenal", "stockpile", "inventory", "tally",
     "contingent", "total", "toll", "number"}
)  # fmt: skip
_REACH = 12
_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "while"})
# What a running total of losses never counts in the unit it is written with.
_NOT_COUNTED = frozenset(
    {"loss", "total", "toll", "tally", *PHYSICAL.values(), *TIME_UNITS.values()}
)


def raising_verb(s: Sentence, to: int) -> int | None:
    """The verb that raises a total to the number after "to" at token `to`, in the same
    clause and a few words before it."""
    if to <= s.start or s.lowers[to] != "to":
        return None
    for k in range(to - 1, max(s.start, to - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in RAISING:
            return k
        if word in _BREAKS:
            return None
    return None


def running_total_unit(s: Sentence, before: int) -> Unit | None:
    """The unit a running total names between its verb and "to" ("raising its count of
    North Korean casualties to"), for a number starting at token `before`."""
    verb = raising_verb(s, before - 1)
    if verb is None:
        return None
    for k in range(verb + 1, before - 1):
        unit = unit_noun(s, k)
        if unit is not None and unit[1] < before and unit[2][0] not in _NOT_COUNTED:
            return unit
    return None


_OF_THESE = frozenset({"these", "them", "those"})
_IRREGULAR = frozenset({"built", "made", "sent", "kept", "sold", "bought", "shot", "held", "lost"})


def share_of_last(s: Sentence, q_start: int, end: int) -> bool:
    """"Of these, 117 will be built in Poland", "the remaining 63 will be assembled": a bare
    number that splits the count told just before, and undergoes something (a participle
    follows), counts what it counted. "Of these, 120 were over Kursk" only places them."""
    after = s.lowers[end : end + 4]
    if not any(w.endswith(("ed", "en")) or w in _IRREGULAR for w in after):
        return False
    before = s.lowers[max(s.start, q_start - 3) : q_start]
    if before[-2:] == ["the", "remaining"]:
        return True
    # "Of these, 117 ..." opens its clause; "a third of them, about 4,000," restates a share.
    if len(before) < 3:
        return False  # too close to the sentence start for "Of these,"
    opens = q_start - 3 == s.start or s.lowers[q_start - 4] in _BREAKS
    return opens and before[0] == "of" and before[1] in _OF_THESE and before[2] == ","


_CHANGES = frozenset({"up", "down"})
_PEAKS = frozenset({"peak", "high", "record", "low", "level", "maximum"})
_ARTICLES = frozenset({"a", "its", "their", "the"})


def from_peak(s: Sentence, q_start: int) -> bool:
    """"down from a peak of", "up from a low of": the words before a number that make it the
    level the count changed from, an older level (so background, as "up from" is)."""
    before = s.lowers[max(s.start, q_start - 5) : q_start]
    if before[-1:] != ["of"] or len(before) < 4 or before[-2] not in _PEAKS:
        return False
    k = -4 if before[-3] in _ARTICLES else -3
    return len(before) >= -k + 1 and before[k] == "from" and before[k - 1] in _CHANGES


def earlier_level(s: Sentence, q_start: int) -> bool:
    """"up from the 11,000 that Ukrainian intelligence reported": the level a count rose
    from counts what the count did."""
    if from_peak(s, q_start):
        return True  # "down from a peak of about 12,000": the high point the count fell from
    before = s.lowers[max(s.start, q_start - 4) : q_start]
    if before[-2:] != ["from", "the"] or len(before) < 3:
        return False
    # "up sharply from the 3,000 ...": an adverb may say how far it rose.
    return before[-3] in _CHANGES or (
        len(before) == 4 and before[0] in _CHANGES and before[1].endswith("ly")
    )


# "we estimate casualties at between 5,000 and 6,000": a range reads no noun of its own after
# the number, so the estimating verb's object is its unit as for "put".
_ESTIMATING = ESTIMATE_VERBS | {"putting", "estimate", "estimates", "estimated", "estimating"}
# "puts total North Korean casualties, including the dead, at about 6,500": the verb may stand
# a named unit and a short aside before "at".
_ESTIMATE_REACH = 12
# "the number of its soldiers", "the number of their workers": whose, before the counted noun.
_OWNERS_AFTER_OF = frozenset({"its", "their", "the", "his", "her", "our"})


def counted_earlier(s: Sentence, before: int) -> Unit | None:
    """"put the number of North Korean troops in Russia at 11,000", "put North Korean
    casualties at around 3,000": the unit comes first."""
    j = before - 1
    while j - 2 >= s.start and s.lowers[j] not in {";", ":", "."}:
        if s.lowers[j - 1] == "number" and s.lowers[j] == "of":
            # "raised the number of its soldiers in Russia to": the owner's word is no unit.
            first = j + 2 if s.lowers[j + 1] in _OWNERS_AFTER_OF else j + 1
            return unit_noun(s, first)
        j -= 1
    if before - 1 > s.start and s.lowers[before - 1] == "at":
        for k in range(before - 2, max(s.start, before - _ESTIMATE_REACH) - 1, -1):
            if s.lowers[k] in _ESTIMATING:
                unit = unit_noun(s, k + 1)
                if unit is None:
                    return estimated_toll(s, k, before - 1) or _antecedent_of_which(s, k) or (
                        relative_force(s, k)  # "Pyongyang's contingent, which Kyiv puts at"
                    )
                return _losses_counted(unit) if unit[1] < before else None
    return running_total_unit(s, before)


def _losses_counted(unit: Unit) -> Unit:
    """"puts North Korean losses at more than 6,000": losses estimated as a bare count are
    the dead and wounded, as predicates.py reads "losses stood at 1,200"; a sum of money
    lost has its own currency and never reaches here."""
    if unit[2][0] != "loss":
        return unit
    return unit[0], unit[1], ("casualty", "casualty"), unit[3]


def _antecedent_of_which(s: Sentence, verb: int) -> Unit | None:
    """"the deployment of North Korean troops to Russia, which Seoul puts at 10,000": the
    relative clause estimates the noun it hangs on, a few words before "which"."""
    which = next((k for k in range(verb - 1, max(s.start, verb - 8) - 1, -1)
                  if s.lowers[k] == "which"), None)  # fmt: skip
    if which is None:
        return None
    for k in range(which - 1, max(s.start, which - 8) - 1, -1):
        if s.lowers[k] in {";", ":", "."}:
            return None
        unit = unit_noun(s, k)
        if unit is not None and unit[1] <= which:
            return unit
    return None
