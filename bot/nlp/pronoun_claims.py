"""A fronted date followed, with no comma, by a pronoun and its reporting verb: "In
February he said that 46,000 soldiers had been killed", "In April it put the toll at 600".
The pronoun stands for a source named before, so it is no name a date could run into, yet
it opens the claim as plainly as a name would: the date dates the claim."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import ESTIMATE_VERBS, REPORT_VERBS

_SUBJECTS = frozenset({"he", "she", "it", "they"})


def pronoun_claim(s: Sentence, k: int) -> bool:
    """Whether a subject pronoun at token k is followed by a reporting or estimating verb."""
    if k + 1 >= s.end or s.lowers[k] not in _SUBJECTS:
        return False
    verb = s.lowers[k + 1]
    return verb in REPORT_VERBS or verb in ESTIMATE_VERBS
