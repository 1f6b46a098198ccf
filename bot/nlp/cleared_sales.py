"""An arms sale a government has cleared: "the State Department approved a possible $1.2
billion sale of air defence missiles to Poland". "possible" is the formula of the approval
notice, not a hedge on the news: the approval is done, so the price is reported, not
planned. And the sale is the buyer's deal, the country after "to", not the approving
state's (a purchase is told as the buyer's, as "Poland signed a $6.5bn deal" is). A sale
only "could be approved" or one a state "may approve" keeps its own modal, and "a possible
sale" with no verb of clearing before it stays a plan."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.lexicon import FUTURE_MARKERS

_CLEARING = frozenset({"approved", "cleared", "authorized", "authorised", "okayed"})
_HEDGES = frozenset({"possible", "potential"})
_SALES = frozenset({"sale", "sales"})
_PRICE_REACH = 4  # "a possible $1.2 billion sale": tokens from "possible" to the sum
_BUYER_REACH = 16  # "sale of AIM-120 air-to-air missiles and related equipment to Poland"


def cleared_sales(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The planned deal sums of "approved a possible $N sale of X to Y" made reported and
    given to the buyer Y."""
    if _HEDGES.isdisjoint(s.words) or _CLEARING.isdisjoint(s.words) or _SALES.isdisjoint(s.words):
        return found  # nearly every sentence: three set tests
    idxs = s.tokens.idxs
    out = list(found)
    for k, q in enumerate(out):
        if q.category != "deal" or q.modality is not Modality.PLANNED:
            continue
        number = bisect_right(idxs, q.start) - 1
        hedge = _cleared_hedge(s, number)
        if hedge is None or _other_modal(s, hedge):
            continue
        buyer = _buyer(s, number)
        out[k] = replace(q, modality=Modality.REPORTED, actor=buyer or q.actor)
    return out


def _cleared_hedge(s: Sentence, number: int) -> int | None:
    """The "possible" of "approved a possible" just before the sum at token `number`."""
    for j in range(number - 1, max(s.start, number - _PRICE_REACH) - 1, -1):
        if s.lowers[j] in _HEDGES:
            k = j - 1
            if k > s.start and s.lowers[k] in {"a", "the"}:
                k -= 1
            return j if k >= s.start and s.lowers[k] in _CLEARING else None
    return None


def _other_modal(s: Sentence, hedge: int) -> bool:
    """Whether another marker of a plan stands in the clause before the hedge: "could be
    approved", "is expected to clear"."""
    first = s.clause_start(hedge)
    return any(w in FUTURE_MARKERS and w not in _HEDGES for w in s.lowers[first:hedge])


def _buyer(s: Sentence, number: int) -> str | None:
    """The country after "sale of X to" following the sum, if one is named."""
    sale = next(
        (j for j in range(number + 1, min(s.end, number + _PRICE_REACH)) if s.lowers[j] in _SALES),
        None,
    )
    if sale is None:
        return None
    for j in range(sale + 1, min(s.end - 1, sale + _BUYER_REACH)):
        if s.lowers[j] in {",", ";", "."}:
            return None
        if s.lowers[j] != "to" or s.lowers[j - 1] in {"-", "–"}:
            continue  # "air-to-air missiles": no buyer
        k = j + 2 if s.lowers[j + 1] == "the" else j + 1
        found = s.mention_at.get(k)
        if found is None:
            return None
        known = s.gazetteer.get(found.entity)
        if known is None or known.kind != "country":
            return None
        return s.gazetteer.actor_of(found.entity)
    return None
