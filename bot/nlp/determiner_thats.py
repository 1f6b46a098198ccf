"""A "that" right after a preposition is a determiner ("in that area", "over that period"),
not the conjunction opening a reported clause, so it does not end the clause it stands in.
The clause breaks treat every "that" as a clause opener, which cut "Ukrainian losses in
that area amounted to up to 180 servicemen" off from its loss noun."""

from __future__ import annotations

from bot.nlp.context import Sentence

_PREPOSITIONS = frozenset(
    {"in", "on", "at", "over", "from", "for", "during", "across", "along", "near", "of",
     "by", "throughout", "within", "around", "since", "until"}
)  # fmt: skip


def clause_start_past_determiner(s: Sentence, i: int) -> int:
    """`s.clause_start(i)`, looking on past a "that" a preposition makes a determiner."""
    first = s.clause_start(i)
    while (
        first - 2 >= s.start
        and s.lowers[first - 1] == "that"
        and s.lowers[first - 2] in _PREPOSITIONS
    ):
        before = s.clause_start(first - 2)
        if before >= first:
            break
        first = before
    return first
