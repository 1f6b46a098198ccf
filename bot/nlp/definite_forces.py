"""A definite force noun that takes up troops just counted: "about 9,000 soldiers of Belarus
remain there, after the contingent lost some 700". "The contingent", "the force", "the
troops" with "the" and nothing else before the noun point back as "they" does; "the Russian
troops", "the other force" name or pick out another body, and are left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence

FORCE_WORDS = frozenset(
    {"contingent", "force", "troops", "soldiers", "servicemen", "deployment", "grouping",
     "detachment", "unit", "units"}
)  # fmt: skip


def definite_force(s: Sentence, k: int) -> bool:
    """Whether token `k` is a force noun right after a bare "the"."""
    return s.lowers[k] in FORCE_WORDS and k - 1 >= s.start and s.lowers[k - 1] == "the"
