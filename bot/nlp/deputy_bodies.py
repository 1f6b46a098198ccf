"""A vote told of "the deputies" is the vote of the chamber deputies sit in: "On the same
day, the deputies also ratified the agreement with Nicaragua", in a story about the State
Duma. Deputies are the members of a lower house or of a single chamber (senators and
councillors sit in upper ones), and a story names the chamber before it calls its members
by their title; so the chamber is the nearest lower or single one named before the sentence.
A lower house's vote to ratify is its approval, whose law the upper house has still to back.

Only the bare title as the subject ("the deputies", "deputies", "the deputies also") is read
this way; a sentence that names a chamber itself is left to `chambers.acting_body`."""

from __future__ import annotations

from bot.nlp.chambers import body_named_at
from bot.nlp.context import Sentence

_MEMBERS = frozenset({"deputies"})
_GAP = frozenset({"also", "then", "later", "have", "had", "has", "unanimously"})
# A chamber's committee is no chamber of deputies of its own.
_PARTS = frozenset({"committee", "panel"})
_REACH = 400  # tokens back to the chamber the story named: a few paragraphs


def deputies_body(s: Sentence, cue_start: int) -> tuple[str, str] | None:
    """(chamber as named, level) of the lower or single chamber whose deputies take the step
    at `cue_start`, when its subject is the bare title "deputies"."""
    if _MEMBERS.isdisjoint(s.words):
        return None  # nearly every step: one set test
    k = cue_start - 1
    while k > s.start and s.lowers[k] in _GAP:
        k -= 1
    if k < s.start or s.lowers[k] not in _MEMBERS:
        return None
    lowers = s.tokens.lowers
    for i in range(s.start - 1, max(-1, s.start - _REACH), -1):
        found = body_named_at(lowers, i)
        if found is None or found[1] not in {"lower", "single"} or lowers[i] in _PARTS:
            continue
        size = found[0]
        while i > 0 and (longer := body_named_at(lowers, i - 1)) and longer[0] > size:
            i, size = i - 1, longer[0]  # "Duma" is the end of "State Duma"
        return s.tokens.span_text(i, i + size), found[1]
    return None
