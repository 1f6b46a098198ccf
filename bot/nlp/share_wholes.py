"""The whole in "lost a third of the 12,000 troops it sent": a share named in words.

`partitive_wholes` knows the whole of "N of the M troops" by the number before "of the". A
share can be told without a number too: "a third of", "half of", "most of", "two-thirds of",
"20 percent of". Then the sentence's loss word ("lost", "casualties") is the share's fate,
never the whole's: the M troops are the group the share was taken from, so the count must
stay troops and not become M dead.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

# Words that name a part of a group without counting it.
SHARE_WORDS = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
     "most", "majority", "bulk", "percent", "per", "cent", "%", "proportion", "share",
     "fraction"}
)  # fmt: skip
# What may stand between the share word and "of the": a closing quote ("up to a third" of).
_CLOSERS = frozenset({'"', "”", "'", "’"})


def is_share_whole(s: Sentence, start: int) -> bool:
    """The figure starting at token `start` (its qualifier included) is the whole of "a
    third of the ...", "most of the ...": a share word, "of", "the" just before it."""
    if start - 3 < s.start or s.lowers[start - 1] != "the" or s.lowers[start - 2] != "of":
        return False  # nearly every figure: two string tests
    k = start - 3
    while k > s.start and s.lowers[k] in _CLOSERS:
        k -= 1
    return s.lowers[k] in SHARE_WORDS
