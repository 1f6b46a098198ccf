"""A treaty "concluded" on a legal basis or for a term: its standing, no news of a signing.

"The treaty is concluded for 20 years" states its term; "concluded in full accordance with
the UN Charter" and "the agreement was concluded in development of the 2024 treaty" (or "in
pursuance of", "in implementation of") state what it rests on. Wire copy explains a new
agreement so after its signing was told, or long after it: the sentence names no signing.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_ACCORDANCE = frozenset({"accordance", "compliance", "conformity"})
# "in development of", "in pursuance of", "in furtherance of", "in implementation of",
# "in fulfilment of": the older act the treaty carries out.
_CARRYING_OUT = frozenset(
    {"development", "pursuance", "furtherance", "implementation", "fulfilment", "fulfillment",
     "execution"}
)  # fmt: skip


def legal_basis(s: Sentence, i: int) -> bool:
    """Whether the "concluded" at `i` is followed by a term ("for") or a legal basis."""
    lowers = s.lowers
    if lowers[i + 1 : i + 2] == ["for"] or _ACCORDANCE.intersection(lowers[i + 1 : i + 4]):
        return True  # "concluded in full accordance with the UN Charter": its legal basis
    after = lowers[i + 1 : i + 4]
    return len(after) == 3 and after[0] == "in" and after[1] in _CARRYING_OUT and after[2] == "of"
