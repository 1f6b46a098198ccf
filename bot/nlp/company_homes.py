"""A country named as a company's home is not the buyer of the company's deal.

"Polish state-owned rail operator PKP Intercity signed a contract worth $1.7 billion with
France's Alstom" is a firm's order: neither Poland nor France buys. "South Korea's Hanwha
Aerospace signed a $2 billion contract with Poland" is a sale: the buying state is the one
the company contracts with, not the company's home. A deal's money belongs to the state a
firm deals with, or to nobody when the other side is a firm too."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.mentions import Found

# Nouns for a firm told by its trade: "Polish rail operator", "South Korean missile maker".
_COMPANY_NOUNS = frozenset(
    {"operator", "carrier", "airline", "railway", "railways", "company", "firm", "maker",
     "manufacturer", "shipbuilder", "contractor", "supplier", "producer", "utility", "lender",
     "bank", "insurer", "retailer", "automaker", "carmaker", "conglomerate", "group"}
)  # fmt: skip
# Words of a state body: "Poland's Armament Agency", "the Philippine defense ministry".
_STATE_WORDS = frozenset(
    {"agency", "ministry", "government", "army", "navy", "air", "forces", "force", "military",
     "armament", "armaments", "procurement", "department", "office",
     "administration", "minister", "president", "prime", "cabinet", "parliament", "centre",
     "center", "materiel", "coast", "marine", "marines", "authorities", "treasury",
     "national", "assembly",
     "congress", "senate", "council", "court", "legislature"}
)  # fmt: skip
_NAME_REACH = 6  # "Polish state - owned rail operator"
_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "to", "for", "with", "said",
                             "says", "has", "have", "had", "is", "was", "will", "which",
                             "that", "who", "on", "in", "officials", "people"})  # fmt: skip
_DEAL_NOUNS = frozenset({"contract", "contracts", "deal", "deals", "order", "orders",
                         "purchase", "programme", "program", "agreement"})  # fmt: skip
_DATELINE_REACH = 12
_DASHES = frozenset({"-", "--", "—", "–"})
_PARTIES = frozenset({"with", "to", "supply", "supplies", "supplying"})
_PARTY_REACH = 14  # "a 3.7 trillion won ($2.8 billion) contract to supply Iraq"


def company_home(s: Sentence, found: Found) -> bool:
    """Whether the country `found` names where a firm is from: a demonym or owner before a
    trade noun ("Polish rail operator") or a name that is no state body ("France's Alstom")."""
    if not (found.adjectival or found.possessive) or found.kind != "country":
        return False
    k = found.end + (1 if found.end < s.end and s.lowers[found.end] in {"'s", "’s"} else 0)
    named = False
    for j in range(k, min(s.end, k + _NAME_REACH)):
        word = s.lowers[j]
        if word in _STATE_WORDS or j in s.mention_at:
            return False
        if word in _COMPANY_NOUNS:
            return True
        if s.texts[j][:1].isupper():
            if j > k and not named:
                return False  # "Warsaw's first K2 contract": a name after a modifier
            named = True
        elif named and word in _DEAL_NOUNS:
            return False  # "Warsaw's K2 contract": the name only describes the deal
        elif word in _FUNCTION_WORDS or (not word.isalpha() and word != "-") or named:
            break  # "Polish officials said the company": the demonym is not the firm's
    return named and found.possessive


def company_deal_owner(s: Sentence, f: Figure) -> tuple[bool, str | None]:
    """(whether a firm's home is the deal's first named side before `f`, the state the firm
    deals with); most sentences return (False, None) on one scan."""
    first = s.clause_start(f.start)
    # "WARSAW, Oct 29 (Wire) - Polish ...": the city only places it; a spaced dash ends it,
    # not the hyphen of "state-owned".
    dash = next((k for k in range(first + 1, min(f.start, first + _DATELINE_REACH))
                 if s.lowers[k] in _DASHES and s.space_after(k - 1)), None)  # fmt: skip
    if dash is not None:
        first = dash + 1
    # "The contract, signed with South Korea's Hanwha, ...": a party after "with" is no subject.
    subject = next((m for m in s.mentions if first <= m.start < f.start
                    and s.lowers[m.start - 1] not in _PARTIES | {"from", "by"}), None)  # fmt: skip
    if subject is None or not company_home(s, subject):
        return False, None
    for k in range(f.end, min(s.end, f.end + _PARTY_REACH)):
        if s.lowers[k] not in _PARTIES:
            continue
        j = k + 1 + (k + 1 < s.end and s.lowers[k + 1] == "the")
        party = s.mention_at.get(j)
        if party is not None and party.kind == "country" and not company_home(s, party):
            return True, s.gazetteer.actor_of(party.entity)
    return True, None
