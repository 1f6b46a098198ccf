"""The buyer of a deal a firm signs with a state: "Hanwha Aerospace said it had signed a
contract with Poland's Armament Agency to supply 126 launchers, in a deal worth $1.8
billion". The seller is the subject and the state it contracts with pays, so the worth
told after a long object ("in a deal worth ...") is that state's, though no party follows
the figure.

Only when no state is named before "with": "Poland signed a deal with South Korea worth
$3bn" names its buyer as the subject, and a firm after "with" ("a contract with Norway's
Kongsberg") is the seller, its country only its home."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.body_buyers import body_buyer
from bot.nlp.company_homes import company_home
from bot.nlp.context import Sentence
from bot.nlp.currency_buyers import currency_buyer
from bot.nlp.figures import Figure

_DEALS = frozenset({"contract", "contracts", "deal", "deals", "agreement", "order", "orders"})
_DEAL_REACH = 4  # "a third executive contract with"
_FIGURE_REACH = 30  # "with Poland's Armament Agency to supply 126 K239 ... launchers, in a deal"


def contract_partner(s: Sentence, f: Figure) -> str | None:
    """The state after "<deal> with" before the deal figure `f`, when nothing before it
    names a state, else None."""
    if "with" not in s.words:
        return None  # nearly every deal figure: one scan in C
    for k in range(max(s.start, f.start - _FIGURE_REACH), f.start - 1):
        if s.lowers[k] != "with" or _DEALS.isdisjoint(s.lowers[max(s.start, k - _DEAL_REACH) : k]):
            continue
        party = s.mention_at.get(k + 1 + (s.lowers[k + 1] == "the"))
        if party is None or party.kind != "country" or company_home(s, party):
            return None
        if any(m.kind == "country" for m in s.mentions_between(s.start, k)):
            return None  # "Poland signed a deal with South Korea": the subject buys
        return s.gazetteer.actor_of(party.entity)
    return None


# Only "export" names the buyer as the goods' owner: "Seoul has sold billions of dollars of
# tanks to Poland" tells the seller's sales.
_EXPORT_VERBS = frozenset({"export", "exports", "exported", "exporting"})
_EXPORT_REACH = 4


def export_buyer(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """"signed a deal with Poland to export 180 K2 tanks", "will export 96 howitzers to
    Norway": exported goods are the buyer's, the party the sale names, not the seller's
    that acts."""
    if _EXPORT_VERBS.isdisjoint(s.words) or _EXPORT_VERBS.isdisjoint(
        s.lowers[max(s.start, f.start - _EXPORT_REACH) : f.start]
    ):
        return None  # no export verb just before: nearly every figure, one scan in C
    start = s.clause_start(f.start)
    verb = next((k for k in range(f.start - 1, max(start, f.start - _EXPORT_REACH) - 1, -1)
                 if s.lowers[k] in _EXPORT_VERBS), None)  # fmt: skip
    if verb is None:
        return None
    # "export ... to Norway" after the goods, else "a deal with Poland to export" before.
    places = [(k, _TO) for k in range(f.unit_end, s.clause_end(f.unit_end))]
    places += [(k, _WITH_OR_TO) for k in range(start, verb)]
    for k, prepositions in places:
        party = s.mention_after(k, prepositions)
        if party is not None and party.start not in claim_tokens:
            return s.gazetteer.actor_of(party.entity)
    return None


_TO = frozenset({"to"})
_WITH_OR_TO = frozenset({"with", "to"})


def deal_buyer(s: Sentence, f: Figure, mentions: Sequence[Mention]) -> str | None:
    """The buyer of a deal figure no party follows: a bare state body's state, the state a
    firm contracts with, else the issuer of the deal's one-state currency."""
    return body_buyer(s, f, mentions) or contract_partner(s, f) or currency_buyer(s, mentions)
