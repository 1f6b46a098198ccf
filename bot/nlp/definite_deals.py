"""A price told in the sentence after a purchase, for "the deal" or "the contract" that
sentence told of, is that buyer's deal: "Poland's agency signed a contract for 96 howitzers.
The agency valued the deal at 5.6 billion zloty." The definite noun points back at the
contract just told, and the price sentence names no side of its own, so the buyer of the
figures before it (when they have one, and only one) owns the price too.

Only a deal figure with no owner; only when its sentence names "the/this deal" (or contract,
order, agreement, purchase) and no country or body of its own; only when the sentence before
told of a contract and its figures have a single owner. "A deal worth $2bn" after such a
sentence may be any deal, and stays ownerless."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence

_DEAL_NOUNS = frozenset({"deal", "contract", "order", "agreement", "purchase"})
_DEFINITE = frozenset({"the", "this"})
# Words that say the sentence before told of a purchase.
_CONTRACT_WORDS = frozenset(
    {"contract", "contracts", "deal", "deals", "order", "orders", "ordered", "signed", "buy",
     "bought", "purchase", "purchased"}
)  # fmt: skip
# Words that tell the contract as not made yet, unless the sentence also tells a signing.
_UNSIGNED = frozenset(
    {"negotiating", "negotiates", "negotiate", "negotiations", "talks", "seeking", "seeks",
     "considering", "considers", "plans", "proposed", "wants"}
)  # fmt: skip


def definite_deal_owner(
    s: Sentence, found: list[Quantity], just_told: list[Quantity]
) -> list[Quantity]:
    """The sentence's figures, an ownerless price of "the deal" given the single owner of
    the figures of the contract told just before."""
    if not just_told or _DEAL_NOUNS.isdisjoint(s.words) or _DEFINITE.isdisjoint(s.words):
        return found  # nearly every sentence: no definite deal noun
    if not any(q.category == "deal" and q.actor is None for q in found):
        return found
    if not any(
        s.lowers[k] in _DEAL_NOUNS and s.lowers[k - 1] in _DEFINITE
        for k in range(s.start + 1, s.end)
    ):
        return found  # "a deal worth $2bn": any deal
    if s.mentions:
        return found  # the sentence names a side (or a maker) of its own
    owners = {q.actor for q in just_told}
    if len(owners) != 1 or None in owners:
        return found  # no owner, or several: whose contract is unclear
    told = just_told[-1].sentence.lower().replace(",", " ").replace(".", " ").split()
    if _CONTRACT_WORDS.isdisjoint(told):
        return found  # the figures before were no purchase
    owner = owners.pop()
    unsigned = not _UNSIGNED.isdisjoint(told) and "signed" not in told
    return [
        replace(q, actor=owner, modality=_planned(q.modality) if unsigned else q.modality)
        if q.category == "deal" and q.actor is None else q
        for q in found
    ]  # fmt: skip


def _planned(modality: Modality) -> Modality:
    return Modality.PLANNED if modality is Modality.REPORTED else modality
