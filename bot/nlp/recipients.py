"""The recipient of a two-object giving verb: "North Korea has sent Russia more than 20,000
containers" names Russia as the one given to, right before the count; the giver is the
subject further left. The same holds for each count of a list the verb gives ("has shipped
Russia millions of shells, more than 200 missiles and about 15,000 soldiers")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import may_start_figure
from bot.nlp.lexicon import CLAUSE_BREAKS, QUALIFIERS

_GIVING = frozenset(
    {"sent", "send", "sends", "sending", "gave", "give", "gives", "given", "giving", "sold",
     "sell", "sells", "selling", "shipped", "ship", "ships", "handed", "hand", "hands",
     "offered", "offer", "offers", "lent", "lend", "lends", "promised", "promise", "promises"}
)  # fmt: skip
_SERVICES = frozenset({"navy", "army", "military", "coast", "guard", "air", "force", "forces"})
# "more than 200 missiles": a count may open with its qualifier's first word.
_QUALIFIER_STARTS = frozenset(key[0] for key in QUALIFIERS)
# Words that end a list of given counts and start a clause or a phrase of their own: "sent
# Russia 20,000 shells to use in Kursk and 300 soldiers were killed".
_LIST_ENDS = CLAUSE_BREAKS | frozenset(
    {"to", "for", "in", "on", "from", "is", "are", "was", "were", "has", "have", "had", "will",
     "would", "said", "says", "while", "since", "(", ")", "."}
)  # fmt: skip


def indirect_object(s: Sentence, verb: int, mention_end: int, figure_start: int) -> bool:
    """Whether the name ending at `mention_end`, right after the giving verb at `verb`, is
    the recipient of the count starting right after it, or of a later count in the list
    that count opens."""
    if verb < s.start or s.lowers[verb] not in _GIVING:
        return False
    # A quoted count ('sent Russia "more than 12 million shells"') opens after its quote
    # mark: the quote is the writer's, not a word of the sentence.
    first = mention_end
    # "give the Philippine Navy five vessels": a demonym's service is the recipient too.
    while first < figure_start and s.lowers[first] in _SERVICES:
        first += 1
    while first < figure_start and s.lowers[first] in _QUOTES:
        first += 1
    if first == figure_start:
        return True
    return _listed(s, first, figure_start)


def _listed(s: Sentence, first: int, figure_start: int) -> bool:
    """A count right after the name opens the list, and the figure joins it by a comma or
    "and", with no word between that would end the list."""
    if figure_start <= first or first >= s.end:
        return False
    opener = s.lowers[first]
    if not (may_start_figure(opener) or opener in _QUALIFIER_STARTS):
        return False
    joint = figure_start - 1
    while joint > first and s.lowers[joint] in _QUOTES:
        joint -= 1  # '"more than 12 million shells" and some 15,000 soldiers'
    if s.lowers[joint] not in {",", "and"}:
        return False
    # "..., and 40 soldiers were killed": a count with a verb of its own is a clause's
    # subject, no longer the list's.
    own_verb = s.lowers[figure_start : figure_start + _COUNT_REACH]
    return _LIST_ENDS.isdisjoint(s.lowers[first:figure_start]) and _FINITE.isdisjoint(own_verb)


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# "about 15,000 combat soldiers were": a count and its noun, then the verb.
_COUNT_REACH = 6
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
