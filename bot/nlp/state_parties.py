"""An agreement two states are named as making: "the Russia-North Korea labor pact", "an
agreement between Seoul and Hanoi on the dispatch of workers". Two states as its parties make
it a treaty, whatever trade it covers or whoever it is about, so the readers that set apart
union contracts and petitions ("workers ratified the deal") leave it alone."""

from __future__ import annotations

from bot.nlp.context import Sentence

_STATE_REACH = 5  # "the Russia - N. Korea labor pact", "between North Korea and Russia"
# Before the noun, the two names must be joined into one modifier: "Russia-N. Korea".
_DASHES = frozenset({"-", "–", "—"})


def between_states(s: Sentence, trigger: int) -> bool:
    """Whether two states stand as the parties of the agreement noun at `trigger`: both
    named, joined by a dash, in the few words before it, or after a "between" right after
    it."""
    if trigger + 1 < s.end and s.lowers[trigger + 1] == "between":
        window = range(trigger + 2, min(s.end, trigger + 2 + _STATE_REACH))
    else:
        window = range(max(s.start, trigger - _STATE_REACH), trigger)
        if _DASHES.isdisjoint(s.lowers[window.start : window.stop]):
            return False  # "Seoul and Hanoi sign labour pact": the pair is the subject
    if not any(k in s.mention_at for k in window):
        return False  # most agreements: a few dict tests
    states = {
        m.entity for k in window if (m := s.mention_at.get(k)) is not None and m.kind == "country"
    }
    return len(states) >= 2
