"""Whether a sum is a deal's price (money in a sale, purchase or contract), not money at
large: a deal noun right after the sum ("a $2bn contract"), a deal word in the sum's clause
("signed a deal worth $2bn"), or a state's buying body valuing it in a sentence of its own
("The agency put its value at 8.3 billion zloty"): such a body prices only its purchases.
"""

from __future__ import annotations

from bot.nlp.body_buyers import valued_by_body
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import DEAL_WORDS

_DEAL_NOUNS_AFTER = frozenset({"deal", "contract", "sale", "order", "purchase", "package"})


def is_deal(s: Sentence, f: Figure) -> bool:
    after = [w for w in s.lowers[f.num_end : f.num_end + 3] if w not in {"-", "–"}]
    if after and after[0] in _DEAL_NOUNS_AFTER:
        return True
    if DEAL_WORDS.isdisjoint(s.words):
        return valued_by_body(s, f)  # no deal word anywhere: no need to find the clause
    first, last = s.clause_start(f.start), s.clause_end(f.end)
    return not DEAL_WORDS.isdisjoint(s.lowers[first:last])
