"""The whole in "about 3,000 of the roughly 16,000 troops sent there had been killed".

Two readings go wrong without this. The part's reader looks for the whole's number right
after "of the", so a qualifier on the whole ("of the roughly 16,000") hid it and the part was
lost. And the sentence's fate verb ("had been killed") was read onto the whole too, so the
16,000 sent became 16,000 dead: a whole named after "N of the" is the group the part is taken
from, never the casualties themselves. The part is that group's side's, and a whole dated
in the past by its participle ("sent last year") is history beside the news part.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.lexicon import NUMBER_WORDS, QUALIFIERS, VAGUE_AMOUNTS, VAGUE_DETERMINERS

_QUALIFIER_SIZES = (3, 2, 1)
_VAGUE_PARTS = VAGUE_AMOUNTS | VAGUE_DETERMINERS | {"most"}
_QUALIFIER_FIRSTS = frozenset(key[0] for key in QUALIFIERS)


def past_qualifier(s: Sentence, k: int) -> int:
    """Token k, or the token after a qualifier starting at k ("roughly", "more than")."""
    if k >= s.end or s.lowers[k] not in _QUALIFIER_FIRSTS:
        return k  # most wholes: one set test
    for size in _QUALIFIER_SIZES:
        if k + size < s.end and tuple(s.lowers[k : k + size]) in QUALIFIERS:
            return k + size
    return k


def is_partitive_whole(s: Sentence, start: int) -> bool:
    """The figure starting at token `start` (its qualifier included) is the whole of "N of
    the ...": a number, "of", "the" just before it."""
    at = start - 3
    if at < s.start or s.lowers[start - 2] != "of" or s.lowers[start - 1] != "the":
        return False
    word = s.lowers[at]
    # "hundreds of the 11,000 troops", "some of the 1,000 deminers": a vague part takes a
    # whole as a number does.
    return word[:1].isdigit() or word in NUMBER_WORDS or word in _VAGUE_PARTS


def whole_side(s: Sentence, whole_num_end: int, unit_start: int) -> str | None:
    """The side a demonym names between the whole's number and its noun ("of the 16,000 North
    Korean troops"): the part taken from that group is the same side's people."""
    for k in range(whole_num_end, unit_start):
        mention = s.mention_at.get(k)
        if mention is not None and mention.kind == "country":
            return s.gazetteer.actor_of(mention.entity)
    return None


_PARTICIPLE_REACH = 4  # "soldiers sent to Russia last year": participle to the date's start


def dated_wholes(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """"4,000 of the roughly 11,000 soldiers sent last year had been killed": a whole told by
    a participle dated in the past is the earlier deployment the news part is counted from,
    history by its own date ("sent to Russia" with no date is the source's current count).
    A part told in the present perfect ("of the 11,000 sent last fall have been killed")
    is a tally that stands now, and the group it is counted from is the current one."""
    if not s.dates or "of" not in s.words or len(found) < 2:
        return found  # nearly every sentence: no partitive with a date
    out = list(found)
    for k, q in enumerate(out):
        if q.modality is not Modality.REPORTED:
            continue
        first = bisect_left(s.tokens.idxs, q.start, s.start, s.end)
        if not is_partitive_whole(s, first):
            continue
        end = bisect_left(s.tokens.idxs, q.end, s.start, s.end)
        if end >= s.end or not _participle(s.lowers[end]):
            continue
        if any(d.past and end < d.start <= end + _PARTICIPLE_REACH for d in s.dates) and (
            not _tally_now(s, end)
        ):
            out[k] = replace(q, modality=Modality.BACKGROUND)
    return out


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in {"sent", "brought", "drawn", "taken"}


_NOW = frozenset({"have", "has"})
_CLAUSE_ENDS = frozenset({",", ";", ".", "and", "but", "while"})
_TALLY_REACH = 8  # "sent to Russia last fall have": the participle's phrase, then the verb


def _tally_now(s: Sentence, end: int) -> bool:
    """Whether the part's verb after the whole's phrase is a present perfect ("have been
    killed"), as against a past perfect told from an earlier time ("had been killed")."""
    for k in range(end, min(s.end, end + _TALLY_REACH)):
        word = s.lowers[k]
        if word in _NOW:
            return True
        if word in _CLAUSE_ENDS or word == "had":
            return False
    return False
