"""A bare number told as troops sent, after a count of troops: "The Pentagon says roughly
10,000 have been sent to Russia in total", "the North plans to send 10,000 by December",
"Kyiv says some 11,000 are there". The writer leaves out the noun because the article is
counting soldiers; what the number undergoes (being sent, deployed) or where it now is says
it counts them again. A list entry under a source's label may drop the verb too: "About
11,000 still deployed in the Kursk region"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS

# "says about 3,000 have already arrived": troops that arrived were sent.
_SENT = frozenset(
    {"sent", "deployed", "dispatched", "moved", "transferred", "stationed", "arrived"}
)
_SENDING = frozenset(
    {"send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed",
     "dispatch", "dispatches", "dispatching", "dispatched"}
)  # fmt: skip
# "will have been sent": a planned sending counts troops too (its modality says planned).
_BE = frozenset({"have", "has", "had", "were", "are", "was", "is", "been", "being", "be",
                 "already", "now", "reportedly", "will", "would"})  # fmt: skip
_THAT_REACH = 5  # "said on Monday that", "told lawmakers last week that"
_PRESENT = frozenset({"there", "in", "inside"})
_BE_HERE = frozenset({"are", "were", "is", "was", "now", "already"})
# Words that close a bare object: the number counts nothing written after it.
_OBJECT_ENDS = frozenset({".", ",", ";", "by", "to", "into", "in", "this", "next", "before"})
# "had sent about 3,000 and expected the total to reach 10,000": "and" opening a second
# verb of the same subject ends the bare object too (never "sent 3,000 and 500 more").
_SECOND_VERBS = frozenset({"said", "says", "expected", "expects", "plans", "planned", "added",
                           "warned", "is", "was", "would", "will"})  # fmt: skip


def _and_verb(s: Sentence, end: int) -> bool:
    """Whether the bare object ending at `end` is followed by "and" and a second verb."""
    return s.lowers[end] == "and" and end + 1 < s.end and s.lowers[end + 1] in _SECOND_VERBS


# "Kyiv says about 11,000 remain": those still there of the troops sent. Only where the verb
# ends the clause or places them ("remain in Kursk"): "remain missing" counts the lost.
_REMAIN = frozenset({"remain", "remains", "remained", "stay", "stayed"})
_REMAIN_ENDS = frozenset({".", ",", ";", "in", "inside", "there", "on", "at", "deployed",
                          "stationed", "behind", "and", "today", "now"})  # fmt: skip


def sent_troops(s: Sentence, q_start: int, end: int) -> bool:
    """Whether the bare number spanning [q_start, end) (with its qualifier) counts troops
    sent: the subject of a passive of sending right after a reporting verb, or the object
    of a verb of sending."""
    if q_start <= s.start:
        return _listed_sending(s, q_start, end)
    head = s.lowers[q_start - 1]
    if head in _SENDING:
        return end >= s.end or s.lowers[end] in _OBJECT_ENDS or _and_verb(s, end)
    # "Blinken said last week that 8,000 were in the region": a dated report's "that".
    # "says about 3,000 have arrived and that 10,000 will have been sent": a second "that"
    # clause of the same report.
    told_that = head == "that" and (
        not REPORT_VERBS.isdisjoint(s.lowers[max(s.start, q_start - _THAT_REACH) : q_start - 1])
        or (q_start - 2 >= s.start and s.lowers[q_start - 2] == "and")
    )
    if head not in REPORT_VERBS and not told_that:
        return False
    if end < s.end and s.lowers[end] in _REMAIN:
        return end + 1 >= s.end or s.lowers[end + 1] in _REMAIN_ENDS
    k = end
    while k < min(s.end, end + 4) and s.lowers[k] in _BE:
        k += 1
    if k <= end or k >= s.end:
        return False
    # "Kyiv says some 11,000 are there": where the troops now are says they were sent.
    return s.lowers[k] in _SENT or (s.lowers[k] in _PRESENT and s.lowers[k - 1] in _BE_HERE)


# "About 11,000 still deployed": words that may stand between a list entry's number and its
# participle.
_STILL = frozenset({"still", "now", "already", "currently", "reportedly"})


def _listed_sending(s: Sentence, q_start: int, end: int) -> bool:
    """Whether a line that opens on the bare number and goes on with a participle of sending
    counts troops sent: a source-by-source list writes its entries without a verb, "About
    11,000 still deployed in the Kursk region". Only a sentence that opens its line, and
    only a participle right after the number (a still or now between at most); "About 11,000
    killed" is a toll, read elsewhere."""
    text = s.tokens.text
    first = s.char_span(s.start, s.start + 1)[0]
    if first > 0 and text[first - 1] != "\n":
        return False  # the sentence goes on a line of prose: "..., and 11,000 deployed"
    k = end
    while k < s.end and s.lowers[k] in _STILL:
        k += 1
    return k < s.end and s.lowers[k] in _SENT
