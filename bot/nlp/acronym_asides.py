"""A short bracket between a subject and its verb: "South Korea's National Intelligence
Service (NIS) estimates that ...". The bracket glosses the name before it, so a reporting
word after it is a verb, as after the name itself; a bracket that is no name ("a report
(40 pages) estimates") leaves the word a noun."""

from __future__ import annotations

from bot.nlp.context import Sentence

_MAX_INSIDE = 3  # "(NIS)", "(HUR)", "(the JCS)"


def before_aside(s: Sentence, end: int) -> int:
    """`end` moved before a closing bracketed gloss that ends right at it."""
    if end - 2 <= s.start or s.lowers[end - 1] != ")":
        return end  # nearly every verb: one comparison
    for k in range(end - 2, max(s.start, end - 2 - _MAX_INSIDE), -1):
        if s.lowers[k] == "(":
            inside = s.texts[k + 1 : end - 1]
            named = bool(inside) and all(w[:1].isupper() or w == "the" for w in inside)
            return k if named and k > s.start else end
    return end
