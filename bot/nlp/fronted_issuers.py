"""Who issues a statement after a fronted time clause: "On the morning the war entered its
fourth year, Ukraine's General Staff published the same kind of bulletin it has issued
every day". The subject opens the main clause after the comma, not the sentence, and a
state's own body ("Ukraine's General Staff") speaks for the state; the next sentence's "it
said" means that body."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.mentions import Found

# Openings of a time clause set before the subject.
_FRONTED = frozenset({"on", "in", "at", "after", "when", "as", "early", "late", "later"})
_FRONT_REACH = 16  # "On the morning the war entered its fourth year ,": opening to comma
_POSSESSIVES = frozenset({"'s", "’s"})


def main_clause_opening(s: Sentence) -> int | None:
    """The token after a fronted time clause's comma, or None when no such clause opens."""
    if s.lowers[s.start] not in _FRONTED:
        return None
    end = min(s.end, s.start + _FRONT_REACH)
    return next((k + 1 for k in range(s.start + 1, end) if s.lowers[k] == ","), None)


def states_body(s: Sentence, found: Found) -> bool:
    """"Ukraine's General Staff": a country's capitalised body right after its name."""
    k = found.end
    return (
        found.kind == "country"
        and k + 1 < s.end
        and s.lowers[k] in _POSSESSIVES
        and s.texts[k + 1][:1].isupper()
    )
