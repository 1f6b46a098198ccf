"""A reporting verb in a relative clause with no "that" after a count ("had followed the
1,500 it reported last week, bringing the total to around 3,000") tells of that count only.
Its date makes the older count history, not the figures the main clause goes on to give."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_NOUN_REACH = 2  # "the 1,500 it reported", "the 1,500 soldiers it reported"


def contact_relative(s: Sentence, cue: ClaimCue) -> bool:
    """Whether the cue's subject follows a count straight on, as "the 1,500 (soldiers) it
    reported" does: the clause describes that count."""
    for k in range(cue.start - 1, max(s.start, cue.start - _NOUN_REACH) - 1, -1):
        if s.lowers[k][:1].isdigit():
            return k - 1 >= s.start and s.lowers[k - 1] == "the"
        if not s.lowers[k].isalpha():
            return False
    return False
