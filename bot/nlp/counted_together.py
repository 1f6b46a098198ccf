"""A bare total whose own sentence says which people it counts together: "The agency, which
counts engineers and soldiers together, puts the total at about 12,000", "Counting soldiers
and construction workers alike, Kyiv puts the number at 12,000". The total has no noun of its
own, and the rule that gives a bare total the unit of the text's last figure would count
whatever came before ("5,000 construction workers"); but the sentence itself names what is
counted. A head count that takes soldiers in with other personnel is a count of troops (the
engineers, sappers and workers of an army are its troops), so the total counts troops.

Only when a counting verb ("counts", "counting", "combines", "lumps") takes a list of plural
people nouns joined by "and", one of them soldiers, before a bare "the total at/of/to"; a
list of things ("counts tanks and guns together") or one noun alone leaves the usual
reading."""

from __future__ import annotations

from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence

_COUNTING = frozenset(
    {"counts", "count", "counting", "counted", "combines", "combining", "combined", "lumps",
     "lumping", "lumped", "includes", "including", "included", "adds", "adding", "added"}
)  # fmt: skip
_SOLDIERS = frozenset({"soldiers", "troops", "servicemen", "fighters", "combatants"})
_PERSONNEL = _SOLDIERS | frozenset(
    {"engineers", "sappers", "deminers", "workers", "labourers", "laborers", "builders",
     "officers", "specialists", "instructors", "operators", "personnel", "staff", "medics",
     "technicians", "advisers", "advisors", "crews", "mechanics", "drivers"}
)  # fmt: skip
_TOTAL_NOUNS = frozenset({"total", "number", "figure", "tally", "count", "sum"})
_TOTAL_LINKS = frozenset({"at", "of", "to", "is", "was", "as"})
_LIST_REACH = 6  # "counts military engineers, sappers and soldiers": verb to the list's end


def counted_together(s: Sentence, n: BareNumber) -> Implied | None:
    """The troop count at `n` when it is a bare total after a count of soldiers and other
    personnel named in the same sentence, else None; the sentence's own list decides,
    whatever was counted before."""
    words = s.words
    if _COUNTING.isdisjoint(words) or _SOLDIERS.isdisjoint(words):
        return None  # nearly every sentence: two set tests
    lowers, k = s.lowers, n.start
    if not (k - 2 >= s.start and lowers[k - 1] in _TOTAL_LINKS and lowers[k - 2] in _TOTAL_NOUNS):
        return None
    for verb in range(s.start, k - 2):
        if lowers[verb] in _COUNTING and _people_list(lowers, verb + 1, k - 2):
            return figure_like(n, ("troop", "troop"), "troops"), None
    return None


def _people_list(lowers: list[str], start: int, stop: int) -> bool:
    """Whether the words from `start` hold "X and Y" of personnel nouns, soldiers among
    them, within reach; a modifier may stand before each noun ("construction workers")."""
    nouns: list[str] = []
    joined = False
    for k in range(start, min(stop, start + _LIST_REACH)):
        word = lowers[k]
        if word in _PERSONNEL:
            nouns.append(word)
        elif word == "and":
            joined = joined or bool(nouns)
        elif word in _LIST_ENDS or not (word == "," or word.isalpha()):
            break  # "counts engineers who ...", "counts 5,000": the list ends
    return joined and len(nouns) >= 2 and not _SOLDIERS.isdisjoint(nouns)


# Words that end a list of nouns: a relative clause, a preposition, a verb's object.
_LIST_ENDS = frozenset({"who", "which", "that", "whose", "in", "of", "on", "at", "to", "from",
                        "but", "or", "as", "puts", "put", "says", "said"})
