"""The verb group between a counted noun and its fate: "200 soldiers had so far been killed",
"1,000 have now died", "3,000 are believed to have been wounded". The casualty test looks for
the fate word past the auxiliaries; an adverb of time inside the group ("so far", "now",
"by then") stood where it expected an auxiliary, and the count read as the soldiers sent
rather than the ones lost.

An adverb is skipped only inside the group, after an auxiliary: "200 troops now in Kursk"
has no fate to reach, and the words after the noun are left as they were."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.hedged_fates import past_hedge

_ONE_WORD = frozenset({"now", "since", "thus", "all", "both"})
_TWO_WORDS = frozenset({("so", "far"), ("thus", "far"), ("by", "now"), ("by", "then")})


def past_auxiliaries(s: Sentence, k: int, auxiliaries: frozenset[str]) -> int:
    """The token after the auxiliaries (and any time adverb among them) and any hedge ("are
    believed to have been") that start at `k`."""
    inside = False
    while k < s.end:
        word = s.lowers[k]
        if word in auxiliaries:
            inside = True
            k += 1
        elif inside and (word, s.lowers[k + 1] if k + 1 < s.end else "") in _TWO_WORDS:
            k += 2
        elif inside and word in _ONE_WORD:
            k += 1
        else:
            break
    return past_hedge(s, k)
