"""An ownerless troop count of "the contingent" belongs to the army the text just counted:
"... the DPRK had completed a rotation of about 5,000 servicemen. 'The contingent remains at
about 11,000 military personnel,' Yusov said." The contingent is the one whose soldiers the
last count before it was about, told a sentence or two earlier, so the count takes that
count's side.

`unowned_sendings.py` gives such counts the text's lone sender, but stands back when the
text counts two armies (a prisoner swap, the other side's losses). "The contingent" with no
owner of its own still points back to the most recent one, so only: a troop count with no
side, "the/this/that/a contingent" before it in its own sentence (no owner word between:
"the Russian contingent" names its own and is read by the figure rules), and the nearest
owned troop or casualty count before it no more than `_SENTENCE_REACH` sentences back."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Tokens
from bot.nlp.unowned_sendings import unowned_troops

# "the contingent", "a contingent it now puts at ...": a determiner right before the noun,
# so nothing in between names whose contingent it is.
_POINTED = re.compile(r"\b(?:the|this|that|a)\s+contingent\b", re.IGNORECASE)
_OWNED = frozenset({"troop", "casualty"})
_SENTENCE_REACH = 2  # the contingent's owner counted in this sentence or the two before


def contingent_owners(tokens: Tokens, quantities: list[Quantity]) -> list[Quantity]:
    """The text's quantities, ownerless troop counts of "the contingent" given the side of
    the last troop or casualty count before them."""
    if "contingent" not in tokens.text.lower() or not any(unowned_troops(q) for q in quantities):
        return quantities  # nearly every text: one substring test
    # A line break may stand as a sentence of its own: only sentences with words count.
    spans = [tokens.chars(a, b) for a, b in tokens.sentences]
    starts = [a for a, b in spans if tokens.text[a:b].strip()]
    out = list(quantities)
    for k, q in enumerate(out):
        if not unowned_troops(q):
            continue
        here = bisect_right(starts, q.start) - 1
        first = starts[here] if here >= 0 else 0
        if _POINTED.search(tokens.text, first, q.start) is None:
            continue  # no unowned "the contingent" before the count in its sentence
        reach = starts[max(0, here - _SENTENCE_REACH)]
        owner = next(
            (p.actor for p in reversed(out[:k])
             if reach <= p.start < q.start and p.actor is not None
             and p.category in _OWNED and not p.whole_force),
            None,
        )  # fmt: skip
        if owner is not None:
            out[k] = replace(q, actor=owner)
    return out
