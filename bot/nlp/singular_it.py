"""Whom "it" in a reported clause can stand for. "North Korea said it had sent 3,000 troops"
makes the speaker the one acting, but "Tokyo, Seoul and Washington say it has sent 10,000
troops" cannot: a singular "it" never takes up a coordinated, plural subject, so it points
back to something named earlier (the North of the sentence before), not to the speakers."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.context import Sentence


def plural_speakers_it(s: Sentence, k: int, claimant: Claimant) -> bool:
    """Whether the reported clause opens with "it" at k while the speakers are several
    coordinated names ("Tokyo and Seoul", "Washington, London and Paris")."""
    if s.lowers[k] != "it" or len(claimant.entities) < 2:
        return False  # nearly every claim: "we", a participle, or a single speaker
    return " and " in claimant.name


def it_antecedent(s: Sentence, verb: int, claimant: Claimant) -> str | None:
    """The actor "it" takes up when the plural speakers cannot be it: the name opening the
    sentence ("The North has fired ..., and Tokyo and Seoul say it has sent ..."), when that
    name is no speaker's. None when the sentence opens otherwise: an "it" whose antecedent
    lies further back is left unowned rather than guessed."""
    # "The North" may be matched with its article or without.
    first = s.start + 1 if s.lowers[s.start] == "the" else s.start
    found = s.mention_at.get(first)
    if found is None or found.start not in (s.start, first) or found.end > verb:
        return None
    if found.entity in claimant.entities or found.adjectival:
        return None
    actor = s.gazetteer.actor_of(found.entity)
    return None if actor in claimant.entities else actor
