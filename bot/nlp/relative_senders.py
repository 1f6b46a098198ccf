"""A force counted before a relative clause that names its sender: "Of the roughly 14,000
soldiers that Seoul says North Korea has sent to Russia, ...", "the 3,000 troops which Minsk
deployed to the border", "the 11,000 soldiers Pyongyang dispatched last autumn". The state
that sent or deployed them owns them; a source the clause quotes on the way ("Seoul says")
is who claims it, not whose troops they are.

A clause whose sender is "it" ("Eritrea has lost 300 soldiers in Sudan, out of some 9,000 it
has deployed there") points back at the state the sentence opens with, as its subject: the
pronoun outranks whatever country the words before the count happened to name ("in the war
between Sudan and Chad"), so the owner is replaced, not only filled in."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.dateline_places import after_dateline

_SENDING = frozenset(
    {"sent", "deployed", "dispatched", "sends", "deploys", "dispatches", "send", "deploy",
     "dispatch"}
)  # fmt: skip
_RELATIVES = frozenset({"that", "which", "whom", "who"})
# Words between a sender and its verb: "has sent", "had already deployed", "is said to have sent".
_BETWEEN = frozenset(
    {"has", "have", "had", "is", "was", "already", "since", "reportedly", "also", "so", "far",
     "now"}
)  # fmt: skip
_REACH = 8  # "that Seoul says North Korea has sent": relative word to the verb
_STOPS = frozenset({",", ";", ":", "(", "and", "but"})
# "12,000 troops in Russia sent there last year": a place, not the clause's subject.
_PREPOSITIONS = frozenset({"in", "to", "into", "from", "for", "with", "by", "at", "near", "of"})


def relative_sender(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Ownerless troop counts whose relative clause names the state that sent them, given to
    that state."""
    if _SENDING.isdisjoint(s.words) or not any(q.category == "troop" for q in found):
        return found  # nearly every sentence: two set tests
    out = list(found)
    for k, q in enumerate(out):
        if q.category != "troop":
            continue
        end = bisect_left(s.tokens.idxs, q.end, s.start, s.end)
        if q.actor is not None:
            sender = None
        else:
            sender = _sender_after(s, end) or _sender_after(s, _past_including(s, end))
        if sender is None and "it" in s.words:
            sender = _subject_by_pronoun(s, end)
        if sender is not None:
            out[k] = replace(q, actor=sender)
    return out


_ASIDE_REACH = 10  # ", including 500 officers and three generals,"


def _past_including(s: Sentence, end: int) -> int:
    """Where a relative clause would start after an ", including ..." aside that the count
    ending at `end` opens or sits in: "12,000 servicemen, including 500 officers, that
    Pyongyang has sent" (the clause describes the whole force, its parts included); `end`
    itself when there is no such aside."""
    if "including" not in s.words:
        return end  # nearly every sentence: one set test
    opened = s.lowers[end : end + 2] == [",", "including"]
    if not opened:
        # The count inside the aside: ", including 500 officers" before it, no comma between.
        j = end - 1
        while j > s.start and s.lowers[j] not in _STOPS - {"and"}:
            j -= 1
        opened = s.lowers[j : j + 2] == [",", "including"]
        if not opened:
            return end
    for k in range(end + 1, min(s.end - 1, end + _ASIDE_REACH)):
        if s.lowers[k] == ",":
            return k + 1 if s.lowers[k + 1] in _RELATIVES else end
    return end


_OPENERS = frozenset({"but", "and", "yet", "so"})
_NOT_SUBJECT_NEXT = frozenset(
    {"'s", "’s", "said", "says", "told", "reported", "claimed", "believes", "believed",
     "estimated", "estimates", "thinks"}
)  # fmt: skip


def _subject_by_pronoun(s: Sentence, end: int) -> str | None:
    """The country opening the sentence as its subject, when the clause at `end` is "(that)
    it has sent/deployed/dispatched": "it" can only be that subject."""
    k = end + 1 if end < s.end and s.lowers[end] in _RELATIVES else end
    if k >= s.end or s.lowers[k] != "it":
        return None
    v = k + 1
    while v < s.end and s.lowers[v] in _BETWEEN:
        v += 1
    if v >= s.end or s.lowers[v] not in _SENDING:
        return None
    start = after_dateline(s)  # "SEOUL, Jan 28 (Wire) - North Korea ...": the city filed from
    first = start + 1 if s.lowers[start] in _OPENERS else start
    found = s.mention_at.get(first)
    if found is None or found.start != first or found.adjectival or found.possessive:
        return None  # "Russia's army ... it has sent": the pronoun may be the army
    if found.end < s.end and s.lowers[found.end] in _NOT_SUBJECT_NEXT:
        return None  # "Chad said the mission ... it has sent": "it" is the reported subject
    entity = s.gazetteer.get(found.entity)
    if entity is None or entity.kind != "country":
        return None
    return s.gazetteer.actor_of(found.entity)


def _sender_after(s: Sentence, end: int) -> str | None:
    """The country that is the subject of a sending verb in the clause starting at `end`."""
    k = end + 1 if end < s.end and s.lowers[end] in _RELATIVES else end
    stop = min(s.end, k + _REACH)
    j = k
    while j < stop and s.lowers[j] not in _STOPS:
        found = s.mention_at.get(j)
        if found is None:
            j += 1
            continue
        v = found.end
        while v < stop and s.lowers[v] in _BETWEEN:
            v += 1
        entity = s.gazetteer.get(found.entity)
        if (
            v < s.end and s.lowers[v] in _SENDING and not found.adjectival
            and s.lowers[found.start - 1] not in _PREPOSITIONS
            and entity is not None and entity.kind == "country"
        ):
            return s.gazetteer.actor_of(found.entity)
        j = found.end
    return None
