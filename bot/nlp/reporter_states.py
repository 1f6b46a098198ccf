"""Who "it" is in "<state> announced on Monday that it was withdrawing" when the sentence
opens with someone else ("Fishermen fear losses after Russia announced that it ..."): a
reported "it" names the one reporting, the subject just before the reporting verb, not the
sentence's first clause, which here is the fishermen's."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS
from bot.nlp.notified_parties import NOTIFYING

# "Russia announced on Monday that it": the verb's subject sits right before it; a longer
# gap ("Russia, whose fleet ..., announced") is an aside this does not try to read past.
_SUBJECT_REACH = 3


def reporter_states(s: Sentence, first: int, others: set[int]) -> list[str]:
    """The state whose reporting verb, before token `first` ("it"), opens the clause."""
    verb = next(
        (k for k in range(first - 1, s.start - 1, -1)
         if s.lowers[k] in REPORT_VERBS or s.lowers[k] in NOTIFYING),
        None,
    )  # fmt: skip
    if verb is None:
        return []
    found = [
        f for f in s.mentions_between(max(s.start, verb - _SUBJECT_REACH), verb)
        if f.start not in others and not f.adjectival and f.end == verb
    ]
    return [s.gazetteer.actor_of(f.entity) for f in found[-1:]]
