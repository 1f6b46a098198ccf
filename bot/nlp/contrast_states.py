"""States named in a contrast set after a treaty step: "Russia and Iran sign partnership
treaty, without the defence pledge Moscow gave Pyongyang", "Japan and Italy signed a pact on
Friday, unlike the one Washington signed with Seoul". The phrase compares the step with
another arrangement; the states it names are that arrangement's, not parties to this step.

Only past the step's cue and its treaty noun, from the contrast word to the end of the
sentence's clause run (a semicolon starts a new statement): "Unlike Britain, Italy signed"
sets the contrast before the step, and its subject is still a party."""

from __future__ import annotations

from bot.nlp.context import Sentence

_CONTRASTS = frozenset({"without", "unlike"})
_STOPS = frozenset({";", ".", "!", "?"})


def contrast_states(s: Sentence, after: int) -> set[int]:
    """Start tokens of mentions inside a contrast phrase that opens after token `after`."""
    if _CONTRASTS.isdisjoint(s.words):
        return set()  # nearly every sentence: one set test
    out: set[int] = set()
    inside = False
    for k in range(after, s.end):
        word = s.lowers[k]
        if word in _STOPS:
            inside = False
        elif word in _CONTRASTS and k > s.start and s.lowers[k - 1] == ",":
            inside = True  # set off by a comma: an aside on the step, not its object
        elif inside and k in s.mention_at:
            out.add(s.mention_at[k].start)
    return out
