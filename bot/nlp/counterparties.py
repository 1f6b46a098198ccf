"""The other side of a contract is not its subject: in "the agency signed a contract with
Norway's Kongsberg for 12 launchers, a deal worth $1bn" the firm's country sells; the
figure belongs to the one who signed. A name right after "a contract with" is passed over
when the owner is sought on the figure's left."""

from __future__ import annotations

from bot.nlp.context import Sentence

_CONTRACTS = frozenset({"contract", "contracts", "deal", "deals", "agreement", "agreements",
                        "order", "orders"})  # fmt: skip
_REACH = 4  # "a second executive contract with"


def contract_counterparty(s: Sentence, before: int) -> bool:
    """Whether token `before` (the word before a name) is the "with" of a contract, or the
    "of" of a firm named after it ("a contract with Hyundai Rotem of South Korea")."""
    if before < s.start:
        return False
    if s.lowers[before] == "of":
        # The firm's country names where the seller is from: the other side still.
        k = before - 1
        while k > s.start and before - k <= _FIRM_WORDS and s.texts[k][:1].isupper():
            k -= 1
        if k == before - 1:
            return False  # "a contract for 180 tanks of South Korea's design": no firm
        before = k
    if s.lowers[before] != "with":
        return False
    return not _CONTRACTS.isdisjoint(s.lowers[max(s.start, before - _REACH) : before])


_FIRM_WORDS = 4  # "Hyundai Rotem", "Korea Aerospace Industries"
