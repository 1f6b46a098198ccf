"""A told claim the text then calls untrue: "The story, cooked up by the spy agency, that
the DPRK sent 12,000 soldiers is nothing but a sheer fabrication", "The claim that 500 tanks
were lost is a lie". The content noun opens the clause; the verdict is its predicate, after
the figure, so no verb of saying and no "the lie that ..." lead-in marks it. As with
`writer_denials`, the verdict is the voice speaking in the text (the statement's issuer), so
the cue's claimant is `WRITER`, resolved to the source last speaking.

"The report that 300 were killed is based on satellite images" has no verdict and is left
alone; so is "The claim that 500 tanks were lost was repeated ... a lie" when the verdict
is not what the claim "is"."""

from __future__ import annotations

from collections.abc import Set

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.turn_labels import after_turn_label
from bot.nlp.writer_denials import WRITER

_STORIES = frozenset(
    {"story", "stories", "claim", "claims", "report", "reports", "allegation", "allegations",
     "rumour", "rumours", "rumor", "rumors", "assertion", "assertions", "version"}
)  # fmt: skip
_BE = frozenset({"is", "are", "was", "were"})
# What may stand between the verb and the verdict: "is nothing but a sheer fabrication".
_FILLERS = frozenset(
    {"nothing", "but", "a", "an", "pure", "sheer", "utter", "complete", "total", "outright",
     "blatant", "mere", "simply", "just", "another", "only", "absolute"}
)  # fmt: skip
_THAT_REACH = 40  # "The story, cooked up by ... and echoed by ..., that": a long aside
_CLAUSE_REACH = 40


def story_verdict(s: Sentence, verdicts: Set[str]) -> list[ClaimCue]:
    """A denial cue by the text's voice at the verb of "<story> ... that <clause> is
    <verdict>", or no cue."""
    words = s.words
    if "that" not in words or _STORIES.isdisjoint(words) or _BE.isdisjoint(words):
        return []
    # The story noun opens the sentence's subject: "The story", "These reports", also past
    # an interview's "A:".
    k = after_turn_label(s)
    while k < s.end and (s.lowers[k] in QUOTES or s.lowers[k] in {"the", "this", "these",
                                                                   "such", "a", "any"}):
        k += 1
    if k >= s.end or s.lowers[k] not in _STORIES:
        return []
    that = next(
        (j for j in range(k + 1, min(s.end, k + _THAT_REACH)) if s.lowers[j] == "that"), None
    )
    if that is None:
        return []
    for b in range(that + 2, min(s.end - 1, that + _CLAUSE_REACH)):
        if s.lowers[b] not in _BE:
            continue
        j = b + 1
        while j < s.end and (s.lowers[j] in _FILLERS or s.lowers[j] in QUOTES):
            j += 1
        if j < s.end and s.lowers[j] in verdicts:
            return [ClaimCue(verb=b, start=b, end=b, claimant=WRITER, denied=True)]
    return []
