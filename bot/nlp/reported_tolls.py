"""A bare number that opens a source's reported clause and is killed or wounded counts the
dead of the soldiers the text is about, even when no count of them came before: "Pyongyang
has not said how many of its soldiers died. Seoul's spy agency estimates that about 2,000
have been killed out of roughly 15,000 sent". The fate names the unit (casualties); without
a figure before to carry, the number was dropped. And the whole the dead came "out of",
when it was "sent" or "deployed", counts those soldiers."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import CASUALTY_WORDS, BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.demonym_forces import soldiers_told_before
from bot.nlp.lexicon import REPORT_VERBS
from bot.nlp.sentence_openers import opens_attributed

_BE_FORMS = frozenset({"were", "are", "was", "is", "had", "have", "has", "been"})
_PEOPLE = frozenset({"troop", "casualty"})
_FATE_REACH = 3  # "have been killed", "had already died"
_SENT = frozenset({"sent", "deployed", "dispatched", "shipped", "moved", "transferred"})
_SOLDIER_NOUNS = frozenset({"soldiers", "troops", "servicemen"})


def reported_toll(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """The casualty count at `n` when it opens a reported clause ("estimates that about 2,000
    have been killed") about soldiers told in this sentence or just before it."""
    if CASUALTY_WORDS.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    if previous is not None and previous.category in _PEOPLE:
        return None  # a count of people before: `bare_subject` carries its side
    fate = s.lowers[n.end : min(s.end, n.end + _FATE_REACH + 1)]
    if not fate or fate[0] not in _BE_FORMS or CASUALTY_WORDS.isdisjoint(fate):
        return None
    head = s.lowers[n.start - 1] if n.start > s.start else ""
    # "About 3,000 have been killed, the statement said": the source after the clause.
    if head != "that" and head not in REPORT_VERBS and not opens_attributed(
        s, n.start, n.end + len(fate)
    ):
        return None  # "2,000 killed ..." with no source: too bare to read as a toll
    if _SOLDIER_NOUNS.isdisjoint(s.lowers[s.start : n.start]) and not soldiers_told_before(s):
        return None  # "that 12 have died": with no soldiers told, whose dead is not known
    return figure_like(n, ("casualty", "casualty"), "casualty"), None


def sent_whole(s: Sentence, end: int) -> tuple[tuple[str, str], str] | None:
    """"out of roughly 15,000 sent to Russia": a whole that was sent counts soldiers."""
    if end < s.end and s.lowers[end] in _SENT:
        return ("troop", "troop"), "troops"
    return None
