"""A protocol to a treaty the story told binds that treaty's parties: "The deputies also
ratified a protocol to the intergovernmental agreement on the bridge". A protocol (an
amendment, an annex) is written to an existing pact, and "to the <...> agreement" points
back to one the reader knows, so the parties the sentence leaves unnamed are that pact's."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_words import TREATY_NOUNS

_ADDENDA = frozenset({"protocol", "protocols", "amendment", "amendments", "annex", "annexes"})
_REACH = 5  # "to the intergovernmental agreement": "to", "the", up to three modifiers


def protocol_to_told(s: Sentence, trigger: int) -> bool:
    """Whether the treaty noun at `trigger` is a protocol "to the <treaty noun>"."""
    lowers = s.lowers
    if lowers[trigger] not in _ADDENDA or trigger + 2 >= s.end:
        return False
    if lowers[trigger + 1] != "to" or lowers[trigger + 2] not in {"the", "this", "that"}:
        return False
    last = min(s.end, trigger + 3 + _REACH)
    return not TREATY_NOUNS.isdisjoint(lowers[trigger + 3 : last])
