"""A step taken "on the same day as" a document told before: "The agreement was signed in
Moscow on December 3, 2025 ... An extradition treaty signed on the same day as the legal
assistance agreement will be submitted separately." "As <the document>" names the step the
day is shared with, so the step is as old as the last step of its kind told before it:
history when that one was, news when that one was news. Bare "on the same day" is left to
`same_occasions`' reading: the day may be the news's own."""

from __future__ import annotations

from bot.models import Event
from bot.nlp.context import Sentence
from bot.nlp.same_occasions import aged_like_last
from bot.nlp.treaty_words import LAW_WORDS, TREATY_NOUNS

_DOCUMENTS = TREATY_NOUNS | LAW_WORDS | frozenset({"document", "documents"})
_REACH = 6  # "as the legal assistance agreement": words from "as" to the document's noun


def same_day_steps(s: Sentence, found: list[Event], told: list[Event]) -> list[Event]:
    """`found` with its reported steps taken "on the same day as <document>" given the
    modality of the last step of the same stage told before, when that one is history."""
    if "same" not in s.words or not found or not _same_day_as(s):
        return found  # nearly every sentence: one set test
    return aged_like_last(found, told)


def _same_day_as(s: Sentence) -> bool:
    """Whether the sentence says "the same day as <...document noun>"."""
    lowers = s.lowers
    for k in range(s.start + 1, s.end - 2):
        if lowers[k - 1 : k + 3] == ["the", "same", "day", "as"]:
            tail = lowers[k + 3 : min(s.end, k + 3 + _REACH)]
            # "On the same day as the vote, a health accord was signed": the comma ends the
            # "as" phrase, and the step it names is no document's.
            tail = tail[: tail.index(",")] if "," in tail else tail
            return not _DOCUMENTS.isdisjoint(tail)
    return False
