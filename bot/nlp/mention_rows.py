"""The Mention records of a sentence's names, built without the dataclass's `__init__`: an
article has dozens, and the frozen dataclass sets each field through `object.__setattr__`
looked up anew per field, which costs twice what the slots' own setters do. The record is
the same: `tests/nlp/test_mention_rows.py` holds it equal, field for field, to `Mention(...)`."""

from __future__ import annotations

from bot.models import Mention
from bot.nlp.mentions import Found

_new = object.__new__
# Each slot's own setter (the member descriptor `slots=True` makes for the field).
_slots = Mention.__dict__
_entity, _surface = _slots["entity"].__set__, _slots["surface"].__set__
_start, _end, _sentence = _slots["start"].__set__, _slots["end"].__set__, _slots["sentence"].__set__


def sentence_mentions(inside: list[Found], idxs: list[int], sentence: str) -> list[Mention]:
    """A Mention per name found in the sentence `sentence`; `idxs` are the document's token
    offsets. A mention's surface is its text as written, so it ends where the surface does."""
    out: list[Mention] = []
    for f in inside:
        mention = _new(Mention)
        start = idxs[f.start]
        _entity(mention, f.entity)
        _surface(mention, f.surface)
        _start(mention, start)
        _end(mention, start + len(f.surface))
        _sentence(mention, sentence)
        out.append(mention)
    return out
