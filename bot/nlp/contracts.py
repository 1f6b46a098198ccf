"""Step verbs whose object is no treaty, and deals that are sales.

"Poland signed a $6.5 billion contract with Hyundai Rotem ..., the largest arms export deal"
is a purchase, and "Mexico will scrap duties of up to 100%" under a trade agreement drops
tariffs, not the agreement; "signs second tank deal" buys tanks."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.covered_goods import deal_covers_goods
from bot.nlp.purchase_deals import deal_to_buy
from bot.nlp.suspended_objects import suspends_other
from bot.nlp.units import COUNTED

_CONTRACTS = frozenset({"contract", "contracts", "order", "orders", "purchase", "tender"})
# The signed object follows within a determiner, an amount and a modifier or two.
_OBJECT_REACH = 8
# Verbs that take the treaty as their direct object; "withdraw from", "exit" do not.
_TRANSITIVE_ENDINGS = frozenset({"scrap", "scraps", "scrapped", "scrapping", "revoke", "revokes",
                                 "revoked", "revoking"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her"})


def not_a_treaty_object(s: Sentence, verb: int, trigger: int, nouns: frozenset[str]) -> bool:
    """Whether the step verb at `verb` acts on something other than the treaty noun at
    `trigger`: a contract signed before it, or a bare plural ("scrap duties") dropped."""
    if trigger > verb:
        if _contract_object(s, verb, min(trigger, s.end)) or suspends_other(s, verb, trigger):
            return True  # a contract signed, trade suspended
        if _signed_on(s, verb, trigger):
            return True
    if s.lowers[verb] not in _TRANSITIVE_ENDINGS or verb + 1 >= s.end:
        return False
    following = s.lowers[verb + 1]
    # "revoke the country's ratification", "scrap the pact": a determiner or owner opens
    # the treaty; an unmodified plural noun is another object.
    return following not in _DETERMINERS and following not in nouns and following.isalpha() and (
        verb + 1 not in s.mention_at
    )


def _contract_object(s: Sentence, verb: int, stop: int) -> bool:
    """Whether a contract noun is the verb's object, within reach of it. A bracketed aside
    does not count against the reach: "signed a 1.9 trillion-won (US$1.3 billion) contract"
    gives the amount twice, and the contract is still the object."""
    depth, reach = 0, 0
    for k in range(verb + 1, stop):
        word = s.lowers[k]
        if word == "(":
            depth += 1
        elif word == ")" and depth:
            depth -= 1
        elif not depth:
            if word in _CONTRACTS:
                return True
            reach += 1
            if reach >= _OBJECT_REACH:
                return False
    return False


_SIGNING = frozenset({"sign", "signs", "signed", "signing"})
_ON_REACH = 5
_PAPERS = frozenset({"law", "bill", "decree", "legislation", "document", "treaty", "pact",
                     "accord", "agreement", "convention", "protocol", "memorandum"})  # fmt: skip


def _signed_on(s: Sentence, verb: int, trigger: int) -> bool:
    """"Legia sign a winger on a three-year deal": the one signed is the object, and the deal
    is the contract they sign on, no treaty. "signed on Monday a pact" dates the signing."""
    if s.lowers[verb] not in _SIGNING or "on" not in s.lowers[verb + 2 : trigger]:
        return False
    on = trigger - 1 - s.lowers[verb + 2 : trigger][::-1].index("on")
    # Reach counts words, not tokens: "on a three-and-a-half-year deal" is four words apart.
    words = sum(1 for k in range(on, trigger) if s.space_after(k))
    if words > _ON_REACH or (on + 1) in s.date_at:
        return False
    # "signed the law on ratification of the treaty": the law is the signed object.
    signed = s.lowers[verb + 1 : on]
    between = s.lowers[on + 1 : trigger]
    return _PAPERS.isdisjoint(signed) and "of" not in between and not any(
        k in s.mention_at or s.lowers[k].startswith("ratif") for k in range(on + 1, trigger)
    )


def a_sale(s: Sentence, trigger: int, quantities: list[Quantity]) -> bool:
    """Whether the "deal" at `trigger` is a purchase: priced, or named by what it buys."""
    return (_money_near(s, trigger, quantities) or _goods_before(s, trigger)
            or _goods_follow(s, trigger, quantities) or deal_to_buy(s, trigger)
            or deal_covers_goods(s, trigger))  # fmt: skip


def _goods_before(s: Sentence, trigger: int) -> bool:
    """"signs second tank deal": a deal named by the goods it buys is a purchase."""
    before = s.lowers[trigger - 1] if trigger > s.start else ""
    return before in COUNTED or before in COUNTED.values() or before in {"arms", "weapons"}


def _goods_follow(s: Sentence, trigger: int, quantities: list[Quantity]) -> bool:
    """"signs deal for 20 more jets": a deal for counted goods is a purchase."""
    if s.lowers[trigger + 1 : trigger + 2] != ["for"]:
        return False
    lo, hi = s.char_span(trigger + 1, min(s.end, trigger + 4))
    return any(q.value is not None and lo <= q.start < hi for q in quantities)


def _money_near(s: Sentence, trigger: int, quantities: list[Quantity]) -> bool:
    lo, hi = s.char_span(max(s.start, trigger - 6), trigger + 1)
    return any(q.category in {"deal", "money"} and lo <= q.start < hi for q in quantities)
