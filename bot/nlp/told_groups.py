"""A bare number whose people the sentence before named without counting them: "North Korean
soldiers were sent to Kursk late last year. Kyiv estimates that some 4,000 of them have been
killed or wounded", "... evidence that North Korean troops were in Russia. The agency says
about 3,000 have already arrived". No figure came before to carry the unit on, so the number
counts the group the last sentence was about, on that group's side."""

from __future__ import annotations

from bisect import bisect_right

from bot.models import Quantity
from bot.nlp.bare_numbers import CASUALTY_WORDS, OF_THEM, Implied, bare_number_at, figure_like
from bot.nlp.clause_groups import clause_group
from bot.nlp.context import Sentence
from bot.nlp.descriptions import Discourse
from bot.nlp.number_reading import number_at
from bot.nlp.sent_counts import sent_troops
from bot.nlp.unit_nouns import unit_noun

# The words one of the two readings needs: a sentence with none of them is passed by.
# "where Kyiv says about 10,000 remain": those still there are counted as `sent_troops` reads.
_GATE = OF_THEM | frozenset(
    {"sent", "deployed", "dispatched", "arrived", "stationed", "remain", "remains", "remained"}
)
_PEOPLE = frozenset({"troop", "person"})
_CASUALTY_REACH = 6  # "of them have been killed or wounded"


def told_group(
    s: Sentence, i: int, previous: Quantity | None, told: Discourse
) -> Implied | None:
    """The figure at token i when it counts the people the sentence before named, with the
    side their demonym gives (or None)."""
    if _GATE.isdisjoint(s.words) or (previous is not None and previous.start >= _prior_start(s)):
        return None  # a figure told since the group was named is what a bare number carries
    n = bare_number_at(s, i)
    if n is None or n.value == 1:
        return None
    end = n.end
    part = s.lowers[end : end + 2]
    if len(part) == 2 and part[0] == "of" and part[1] in OF_THEM:
        # "some 4,000 of them have been killed": the dead among the group.
        fate = s.lowers[end + 2 : end + 2 + _CASUALTY_REACH]
        if CASUALTY_WORDS.isdisjoint(fate):
            return None
        found = ("casualty", "casualty")
    elif sent_troops(s, n.start, end):
        found = ("troop", "troop")  # "says about 3,000 have already arrived"
    else:
        return None
    group = _group_told(s, told) or clause_group(s, n.start)  # or named earlier in its own sentence
    if group is None:
        return None
    kind, noun, side = group
    if found[0] == "troop" and kind[1] != "troop":
        return None  # "3,000 have arrived" after tourists were named counts no soldiers
    return figure_like(n, found, "casualty" if found[0] == "casualty" else noun), side


def _prior_start(s: Sentence) -> int:
    """Character offset where the sentence before this one starts."""
    sentences = s.tokens.sentences
    k = bisect_right(sentences, (s.start, s.end)) - 1
    start = sentences[k - 1][0] if k >= 1 else s.start
    return s.tokens.idxs[start] if start < len(s.tokens.idxs) else 0


def _group_told(
    s: Sentence, told: Discourse
) -> tuple[tuple[str, str], str, str | None] | None:
    """The first plural noun of people the sentence before names with no number counting
    it, as (its measure and category, the side its demonym names): the earlier sentence's
    topic, which "them" and a bare subject most likely take up."""
    before = s.previous_span()
    if before is None:
        return None
    start, end = before
    prior = Sentence(tokens=s.tokens, start=start, end=end, mentions=[], dates=[],
                     gazetteer=s.gazetteer, figure_starts=[], hits=[])  # fmt: skip
    for j in range(start, end):
        if not prior.lowers[j].endswith("s"):
            continue
        unit = unit_noun(prior, j)
        if unit is None or unit[0] != j or unit[2][1] not in _PEOPLE:
            continue
        if j > start and number_at(prior, j - 1) is not None:
            return None  # "9,000 soldiers": a counted group, which the figure rules carry on
        return unit[2], prior.texts[j], _side(s, told, j)
    return None


def _side(s: Sentence, told: Discourse, noun: int) -> str | None:
    """The side of the demonym ending right before the noun ("North Korean soldiers")."""
    tokens = s.tokens
    before = noun - 1
    if before < 0:
        return None
    stop = tokens.idxs[before] + len(tokens.texts[before])
    for mention in reversed(told.mentions):
        if mention.end == stop and s.gazetteer.is_adjectival(mention.surface):
            return s.gazetteer.actor_of(mention.entity)
    return None
