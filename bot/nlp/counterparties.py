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
    """Whether token `before` (the word before a name) is the "with" of a contract."""
    if before < s.start or s.lowers[before] != "with":
        return False
    return not _CONTRACTS.isdisjoint(s.lowers[max(s.start, before - _REACH) : before])
