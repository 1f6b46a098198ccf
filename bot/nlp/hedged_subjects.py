"""The fate of a bare number told through a hedge: in "14,000 troops were deployed, of whom
about 6,000 are believed to have been killed or wounded" the verb of killing stands after
"believed to have been", beyond the few words the bare-subject test reads after "are". The
hedge says how sure the source is, not what happened, so the words after it are the fate.
Only the hedge is skipped: "are believed to have been sent home" still counts no dead."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.hedged_fates import past_hedge

_WINDOW = 3  # "killed or wounded", "since been killed": the fate's first words


def fate_after(s: Sentence, k: int) -> list[str]:
    """The first words of the fate that starts at token k, past a hedge standing there."""
    start = past_hedge(s, k)  # one set test when no hedge stands at k
    return s.lowers[start : start + _WINDOW]
