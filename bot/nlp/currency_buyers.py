"""The buyer of a deal told only by its worth in a one-state currency: "The deal is worth
6.57 billion zlotys, or about $1.7 billion, the ministry said." A sum in zlotys is paid by
Poland when a state body tells it: a firm tells its deals in its own home's money ("Hanwha
put the contract at 1.2 trillion won" is Korea's seller, not its buyer), a buying ministry in
the money it pays.
A regional paper may name no state at all before it (its readers know where they live), so
the issuer stands unless the story so far named other states but not it: then the parties
are those, and a sum in the seller's money ("9 trillion won") is no cue. A sentence that
names a state itself ("Seoul's deal with Warsaw is worth 9 trillion won") leaves its parties
to the rules that read them."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.body_buyers import paying_state
from bot.nlp.context import Sentence

# Head nouns of a state body that tells the sum: "the Ministry of National Defence said".
_BODIES = frozenset({"ministry", "agency", "inspectorate"})


def currency_buyer(s: Sentence, mentions: Sequence[Mention]) -> str | None:
    """The issuer of the one-state currency a deal sum in `s` is told in, when a state body
    tells it, `s` names no state and the story so far named the issuer or no state, else None."""
    if _BODIES.isdisjoint(s.words) or any(found.kind == "country" for found in s.mentions):
        return None
    issuer = paying_state(s)
    if issuer is None:
        return None
    told = {e.name for m in mentions
            if (e := s.gazetteer.get(m.entity)) is not None and e.kind == "country"}  # fmt: skip
    return issuer if not told or issuer in told else None
