"""A treaty named with "signed" right after it describes the treaty, not a new signing:
"How a treaty signed in Pyongyang turned a pariah into ...", "the pact signed in Helsinki
still binds both sides". The participle is a reduced relative clause ("a treaty that was
signed"), so the signing is the treaty's history; a weekday date still makes it news (see
`weekday_signings`). A treaty's capitalised name may stand between the two ("the Mutual
Defence Treaty signed in ..."). Only after an article and a word that always names a
treaty: bare "Treaty signed in Pyongyang" is a headline's passive, and "the deal signed in
Doha" is as often a company's contract.

The same holds for a contact relative clause, whose subject stands between the treaty noun and
"signed" with no "that": "the Duma is to ratify the treaty Moscow signed with Pyongyang" tells
the signing as the treaty's history, the ratification is the news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_words import NEEDS_STATES, TREATY_NOUNS

_TREATIES = TREATY_NOUNS - NEEDS_STATES
_ARTICLES = frozenset({"a", "an", "the"})
_MAX_NAME = 6  # words of a treaty's name: "Comprehensive Strategic Partnership"


def signed_after_treaty(s: Sentence, start: int) -> bool:
    """Whether the "signed" at `start` directly follows "a treaty", "the pact" and the like."""
    noun = start - 1
    if noun - 1 < s.start or s.lowers[noun] not in _TREATIES:
        return False  # nearly every "signed": one set test
    k = noun - 1
    # "the Comprehensive Strategic Partnership Treaty signed by ...": a treaty's capitalised
    # name between the article and its noun still makes the participle describe it.
    if s.texts[noun][:1].isupper():
        while k > s.start and noun - k <= _MAX_NAME and s.texts[k][:1].isupper():
            k -= 1
    return s.lowers[k] in _ARTICLES


_SUBJECT_REACH = 4  # "the pact Russia and North Korea signed": a short named subject
_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})


def signed_in_contact_relative(s: Sentence, start: int) -> bool:
    """Whether the "signed" at `start` closes "the treaty <subject> signed", a relative clause
    without "that" whose subject is a name, a mention or a pronoun."""
    k = start - 1
    while k > s.start and start - k <= _SUBJECT_REACH and (
        k in s.mention_at or s.texts[k][:1].isupper() or s.lowers[k] in _PRONOUNS
        or (s.lowers[k] == "and" and k < start - 1)
    ):
        k -= 1
    if k == start - 1 or s.lowers[k] not in _TREATIES or s.lowers[k + 1] == "and":
        return False
    # "the Treaty Putin signed": a capitalised noun may be a name's head; only a lowercase
    # treaty noun surely ends before the subject.
    return s.texts[k][:1].islower()
