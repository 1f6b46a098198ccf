"""The value of a contract something is bought "under" is the contract's, and the contract
exists: "Poland will buy 126 launchers under a contract worth about 5.4 trillion won", "will
keep its presses running under a new $430 million Army contract". What the contract delivers
is still to come, but its value is told now; a date after it ("signed in 2021") still makes it
history."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_CONTRACTS = frozenset({"contract", "contracts", "deal", "agreement", "order"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})
# "under a contract worth about": words a value may sit behind after "worth".
_LEAD_INS = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "up", "to"})
# "under a contract worth": how far back the "under" may sit from "worth" ("under a new
# five-year contract worth" is five words).
_REACH = 6
# "a $430 million Army contract": how many words may name the contract after its value.
_NAMING = 3


def contract_value(s: Sentence, f: Figure) -> bool:
    """Whether the money figure `f` is the value of a contract something comes "under"."""
    if f.category != "money" or "under" not in s.words or _CONTRACTS.isdisjoint(s.words):
        return False  # nearly every figure: no contract in the sentence
    k = min(f.start, f.num_start) - 1
    while k >= s.start and s.lowers[k] in _LEAD_INS:
        k -= 1
    if k >= s.start and s.lowers[k] == "worth":
        # "under a contract worth N": the contract noun and "under" before "worth"
        back = s.lowers[max(s.start, k - _REACH) : k]
        return bool(back) and back[-1] in _CONTRACTS and "under" in back
    # "under a new $430 million Army contract": the value names the contract it sits in
    if k - 1 < s.start or s.lowers[k] not in _DETERMINERS | {"new"}:
        return False
    if s.lowers[k] == "new":
        k -= 1
    if k - 1 < s.start or s.lowers[k] not in _DETERMINERS or s.lowers[k - 1] != "under":
        return False
    end = f.end
    if end < s.end and s.lowers[end] == "(" and ")" in s.lowers[end : s.end]:
        end = s.lowers.index(")", end) + 1  # "4.8 trillion won ($3.3 billion) contract"
    after = s.lowers[end : min(s.end, end + _NAMING + 1)]
    return not _CONTRACTS.isdisjoint(after)
