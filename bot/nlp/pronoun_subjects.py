"""A figure acted on by a "he" or "she" that stands for the person named last: "Kim Jong Un
met the coffins at the airport. He decorated 230 soldiers of the engineering regiment." Named,
the leader would make the soldiers his country's ("Kim Jong Un decorated 230 soldiers"); the
pronoun that stands for him does the same. Only a person the gazetteer ties to a country
counts, and only when no name or reporting verb comes between the pronoun and the figure
("He said 40 soldiers died" is a claim, whose owner the claim rules read)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PRONOUNS = frozenset({"he", "she"})


def pronoun_subject_actor(
    s: Sentence, f: Figure, cues: list[ClaimCue], claim_tokens: set[int],
    mentions: Sequence[Mention],
) -> str | None:
    """The country of the person a "he"/"she" subject before the figure stands for."""
    told = told_before_pronoun(s, f, cues, claim_tokens, mentions, _PRONOUNS)
    if told is None:
        return None
    # The pronoun stands for the subject that opens the last sentence with a name, and only
    # when that sentence names no other person ("Kim met Putin. He ..." is either of them).
    people = {m.entity for m in told if _person_country(s, m.entity) is not None}
    if len(people) != 1 or told[0].entity not in people:
        return None
    if not told[0].sentence.lstrip().startswith(told[0].surface):
        return None
    return _person_country(s, told[0].entity)


def told_before_pronoun(
    s: Sentence, f: Figure, cues: list[ClaimCue], claim_tokens: set[int],
    mentions: Sequence[Mention], pronouns: frozenset[str],
) -> list[Mention] | None:
    """The mentions of the last sentence with a name, when one of `pronouns` is the subject
    of the figure's clause: none when no such pronoun is there, or a name or a claim comes
    between it and the figure ("He said Russia lost ..." is a claim)."""
    if pronouns.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    stop = s.clause_start(f.start)
    pronoun = next((k for k in range(f.start - 1, stop - 1, -1) if s.lowers[k] in pronouns),
                   None)  # fmt: skip
    if pronoun is None or pronoun in claim_tokens:
        return None
    if s.mentions_between(pronoun, f.start) or any(pronoun <= c.verb < f.start for c in cues):
        return None
    first = s.char_span(s.start, s.start + 1)[0]
    earlier = [m for m in mentions if m.start < first]
    if not earlier:
        return None
    return [m for m in earlier if m.sentence == earlier[-1].sentence]


def _person_country(s: Sentence, name: str) -> str | None:
    entity = s.gazetteer.get(name)
    if entity is None or entity.kind != "person":
        return None
    return entity.country
