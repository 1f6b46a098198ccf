"""A state body named through its state by a relative clause: "Part of the work is for
Poland, whose Armament Agency signed a $3.9 billion deal on Friday". "whose" hands the body
to the country just before it, so the deal the body closes is that country's purchase, not
that of whichever state the story named first."""

from __future__ import annotations

from bot.nlp.context import Sentence


def whose_body_state(
    s: Sentence, end: int, heads: frozenset[str], body_words: frozenset[str]
) -> str | None:
    """The country of "<country>, whose <body words> <head>" ending at token `end`, else
    None."""
    if end - 1 <= s.start or s.lowers[end - 1] not in heads:
        return None
    k = end - 2
    while k > s.start and s.lowers[k] in body_words:
        k -= 1
    if s.lowers[k] != "whose" or k - 1 <= s.start or s.lowers[k - 1] != ",":
        return None
    owner = s.mention_at.get(k - 2)
    if owner is None or owner.end != k - 1 or owner.kind != "country":
        return None  # "the firm, whose defence unit signed": no state owns the body
    return s.gazetteer.actor_of(owner.entity)
