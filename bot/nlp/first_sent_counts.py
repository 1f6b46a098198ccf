"""The first count of soldiers sent, told with no noun and no count of them before: "North
Korea began sending troops in October. By Seoul's count, about 11 000 were deployed to
Kursk", "South Korea says between 11 000 and 12 000 were deployed", "the spy agency puts the
total sent to Russia at roughly 15 000". The writer names the soldiers in words ("troops",
"soldiers") a sentence or two before, then gives the number alone, letting the verb of
sending say what it counts. `bare_subject` carries a count told before; this reads the count
that opens the tally, when the last figure (if any) counts no people ("three months", "one
year on" in a headline) and so has no unit to lend.

Only with soldiers told in the sentence or just before it (a bare "12 were sent" in a story
about diplomats is no troop count), and only where the clause makes the number the thing
sent: the subject of a passive of sending right after a source ("says", "By X's count,",
"according to X,") or the value of a source's total of those sent ("puts the total sent at").
After a toll the same passive reads so too ("had lost about 4,000 killed and wounded, and
... estimated about 11,000 had been sent"): the dead are not what is sent, so the number is
the force they came from, the toll's side.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.bare_numbers import MEASURED, BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.demonym_forces import people_told_as_soldiers, soldiers_told_before
from bot.nlp.lexicon import REPORT_VERBS
from bot.nlp.named_people_counts import named_people
from bot.nlp.number_reading import number_at
from bot.nlp.sentence_openers import opens_attributed

_SOLDIERS = frozenset(
    {"troops", "soldiers", "servicemen", "infantrymen", "mercenaries", "conscripts"}
)
_SENT = frozenset(
    {"sent", "deployed", "dispatched", "shipped", "moved", "transferred", "stationed"}
)
# "were deployed", "have already been sent", "had reportedly been moved".
_BE = frozenset({"were", "are", "was", "is", "have", "has", "had", "been", "already",
                 "reportedly", "now", "since"})  # fmt: skip
_BE_REACH = 4
# "By Seoul's count, about 11 000 were deployed": a source set off before the clause.
_SOURCE_OPENERS = frozenset({"count", "estimate", "estimates", "tally", "reckoning"})
_TOTAL_NOUNS = frozenset({"total", "number", "figure", "tally", "count"})
_PUT_VERBS = frozenset({"put", "puts", "putting", "placed", "places", "estimates", "estimated"})
_TOTAL_REACH = 8  # "puts the total sent to Russia since October at"


def first_sent_count(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """The troop count at `n` when it opens a tally of soldiers sent, else None."""
    words = s.words
    if _SENT.isdisjoint(words):
        return None  # nearly every sentence: one set test
    owner = None
    people = None  # "the North Koreans ..., and that about 12,000 had been sent"
    if previous is not None and previous.category not in MEASURED:
        people = named_people(s, n.start, previous)
        if people is not None:
            owner = people[0]
        elif previous.category != "casualty" or n.start <= s.start or not _sent_subject(s, n):
            return None  # a count of people or things before: `bare_subject` carries its unit
        else:
            # "the contingent had lost about 4,000 killed and wounded, and ... estimated about
            # 11,000 had been sent": the dead are not what is sent; the number is the force
            # they came from, the same side's. Only with its source before it in the clause:
            # a sentence opening on the number ('"Around 11,000 were sent originally," he
            # said') is a recollection the next sentences go on with.
            owner = previous.actor
    n, high = _between(s, n)
    if not (_sent_subject(s, n) or _total_sent(s, n.start)):
        return None
    if _SOLDIERS.isdisjoint(s.lowers[s.start : n.start]) and not soldiers_told_before(s) and (
        people is None or not people_told_as_soldiers(s, people[1])  # "North Korean troops"
    ):
        return None  # "12 were sent home" in a story that tells of no soldiers
    figure = figure_like(n, ("troop", "troop"), "troops")
    return (figure if high is None else replace(figure, value_max=high)), owner


def _between(s: Sentence, n: BareNumber) -> tuple[BareNumber, float | None]:
    """"between 11 000 and 12 000": a bare range read as one number spanning both ends,
    with its high end (None when n is no range's low end)."""
    if n.start <= s.start or s.lowers[n.start - 1] != "between":
        return n, None
    if n.end + 1 >= s.end or s.lowers[n.end] != "and":
        return n, None
    high = number_at(s, n.end + 1)
    if high is None or n.value is None or high[1] <= n.value:
        return n, None
    return n._replace(start=n.start - 1, end=high[0], qualifier="range"), high[1]


def _sent_subject(s: Sentence, n: BareNumber) -> bool:
    """"says about 11 000 were deployed", "By Seoul's count, 11 000 were deployed": the
    number opens a passive of sending right after its source."""
    k = n.end
    while k < min(s.end, n.end + _BE_REACH) and s.lowers[k] in _BE:
        k += 1
    if not (n.end < k < s.end and s.lowers[k] in _SENT):
        return False
    if n.start <= s.start:
        # "About 11,000 have been deployed, the lawmaker said": the source comes after.
        return opens_attributed(s, n.start, k)
    head = s.lowers[n.start - 1]
    return head in REPORT_VERBS or head == "that" or (
        head == "," and not _SOURCE_OPENERS.isdisjoint(s.lowers[max(s.start, n.start - 4) :
                                                                 n.start - 1])
    )  # fmt: skip


def _total_sent(s: Sentence, q_start: int) -> bool:
    """"puts the total sent to Russia at roughly 15 000": the number is the value of a
    source's total, and the total is of those sent."""
    if q_start <= s.start or s.lowers[q_start - 1] != "at":
        return False
    window = s.lowers[max(s.start, q_start - 1 - _TOTAL_REACH) : q_start - 1]
    if any(not w.isalnum() for w in window):
        window = window[max(i for i, w in enumerate(window) if not w.isalnum()) + 1 :]
    total = next((k for k, w in enumerate(window) if w in _TOTAL_NOUNS), None)
    if total is None or _PUT_VERBS.isdisjoint(window[:total]):
        return False
    return total + 1 < len(window) and window[total + 1] in _SENT
