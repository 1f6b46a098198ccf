"""A bare number that more of a counted noun is added to: "North Korea could send more
soldiers to Russia on top of the more than 10,000 already there" counts soldiers, sent by the
country that sends more; so does "another 6,000 soldiers ... on top of the 11,000 already
there", and "additional troops ... on top of the roughly 11,000 it believes are already
there". "Adding to the N" is the same phrase told with a participle: "was preparing to send
more troops, adding to the roughly 14,000 already sent" counts the troops sent before."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.unit_nouns import unit_noun

_ADDED_TO = (("on", "top", "of"), ("in", "addition", "to"))
# "adding to the 14,000 already sent", "would add to the 11,000 there": the verb, then "to".
_ADDING = frozenset({"adding", "add", "adds", "added"})
_REACH = 14
# "additional troops" says "more troops" with an adjective: the same added count.
_MORE = frozenset({"more", "another", "additional"})
# Words that put the total added to in the present: it is the count there now.
_PRESENCE = frozenset(
    {"already", "still", "remain", "remains", "remained", "remaining", "currently", "now"}
)
_PRESENCE_REACH = 5  # "already there"; "he said remained there"
_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "while"})


def added_to(s: Sentence, q_start: int) -> tuple[tuple[str, str], str, str | None] | None:
    """For a number (its qualifier from `q_start`) after "on top of (the)" or "in addition
    to (the)": the (measure, category), unit word and actor of "more <noun>" before it."""
    k = q_start - 1 if q_start > s.start and s.lowers[q_start - 1] == "the" else q_start
    if not _added_phrase(s, k):
        return None
    for m in range(k - 4, max(s.start, k - _REACH) - 1, -1):
        if s.lowers[m] not in _MORE:
            continue
        # "another 6,000 soldiers", "an additional 2,000 troops": the added count's own
        # number stands before its noun.
        skip = s.lowers[m] != "more" and s.lowers[m + 1][:1].isdigit()
        unit = unit_noun(s, m + 1 + skip)
        if unit is None or unit[2][1] != "troop":
            return None
        return unit[2], s.lowers[unit[0]], _sender(s, m)
    return None


def _added_phrase(s: Sentence, k: int) -> bool:
    """Whether "on top of", "in addition to" or "adding to" ends just before token k."""
    if tuple(s.lowers[max(s.start, k - 3) : k]) in _ADDED_TO:
        return True
    return k - 2 >= s.start and s.lowers[k - 1] == "to" and s.lowers[k - 2] in _ADDING


def _sender(s: Sentence, more: int) -> str | None:
    """The nearest country named before "more" ("North Korea could send more soldiers")."""
    for k in range(more - 1, s.start - 1, -1):
        mention = s.mention_at.get(k)
        if mention is not None and mention.kind == "country":
            return s.gazetteer.actor_of(mention.entity)
    return None


def current_total(s: Sentence, start: int, end: int) -> bool:
    """The count added to is the one now, whatever the clause plans: "on top of the more
    than 10,000 already there", "on top of the roughly 11,000 he said remained there" (a
    word of presence, past a short "he said")."""
    k = start - 1 if start > s.start and s.lowers[start - 1] == "the" else start
    if not _added_phrase(s, k):
        return False
    after = s.lowers[end : min(s.end, end + _PRESENCE_REACH)]
    # "on top of the 11,000 sent last year, 2,000 remain": the word must be the total's own,
    # before any clause break.
    for word in after:
        if word in _PRESENCE:
            return True
        if word in _BREAKS:
            return False
    return False
