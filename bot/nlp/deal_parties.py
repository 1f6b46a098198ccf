"""The other party of a sale named after its worth: "signed a $1.64-billion deal with
Poland", "a contract worth $2bn to supply Norway". A country named there as a firm's home is
the seller's origin rather than a party of the sale: "the Armament Agency signed a contract
worth PLN 11.2 billion with South Korea's Hanwha Aerospace" is a purchase from Hanwha, and
whoever buys is the state of the bare agency (body_buyers.py), not South Korea.

The home stays the party when it is the state whose money the sum is told in ("a 3.1bn
zloty contract with Polish company WB Electronics": a home order), or when no buyer is found
otherwise ("a £48m contract to supply forgings for howitzers built by South Korea's
Hanwha")."""

from __future__ import annotations

from collections.abc import Callable

from bot.nlp.body_buyers import paying_state
from bot.nlp.company_homes import company_home
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure


def deal_party_after(
    s: Sentence,
    f: Figure,
    words: frozenset[str],
    seller_at: Callable[[int], bool],
    buyer: Callable[[], str | None],
) -> str | None:
    """The first state after one of `words` following the deal figure `f` in its clause, not
    the seller (`seller_at(k)` for a "from" of a purchase at token k); for a foreign firm's
    home, the `buyer` found otherwise, if any."""
    stop = s.clause_end(f.end)
    for k in range(f.end, stop):
        party = s.mention_after(k, words)
        if party is None or (s.lowers[k] == "from" and seller_at(k)):
            continue
        home = s.gazetteer.actor_of(party.entity)
        if company_home(s, party) and home != paying_state(s):
            return buyer() or home  # "with South Korea's Hanwha": the seller's home
        return home
    return None
