"""The source of a question's premise: "Asked about a report by Seoul's spy agency that the
North had sent 3,000 more soldiers, the spokesman said Beijing 'was not aware of it'". The
figure is the report's word: the one answering speaks after it, of his own clause, and
passes the premise on without taking it up (by_sources.py finds the same source when the
sentence has no saying verb). A denial in the answer ("called it groundless") stays the
answerer's: dismissals.py and claim_choice.py give a denied figure to the denier, so only
answers that deny nothing take the premise's source."""

from __future__ import annotations

from bot.nlp.by_sources import by_source_cues
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

# "Asked about ...", "When asked about ...", "Questioned about ...": the premise opens the
# sentence as a question put to the speaker.
_ASKED = frozenset({"asked", "questioned", "pressed"})
_OPENING_REACH = 2  # "When asked", "Asked"


def asked_by_sources(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The "by X that" cue of a premise the sentence opens with, when every other cue of the
    sentence speaks after it and none denies."""
    opening = s.lowers[s.start : s.start + _OPENING_REACH]
    if _ASKED.isdisjoint(opening) or any(c.denied for c in cues):
        return []  # nearly every sentence: no question put first
    found = by_source_cues(s)
    if not found:
        return []
    first = min(c.verb for c in found)
    if any(c.verb < first for c in cues):
        return []  # "X said that, asked about reports by Y that N, ...": X's own account
    # The premise speaks from its "that" on: the figure in it stands nearer its source than
    # the answer's verb after it, so the nearest-assertion rule (claim_choice.py) picks it.
    return [c._replace(verb=_that_after(s, c.end)) for c in found]


def _that_after(s: Sentence, k: int) -> int:
    return next((i for i in range(k, s.end) if s.lowers[i] == "that"), k)
