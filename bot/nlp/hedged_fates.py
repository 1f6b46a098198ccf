"""A fate told through a hedge: "2,000 soldiers are believed to have been killed", "300 are
thought to have died", "about 40 are feared to have drowned". Intelligence briefings hedge
their tolls this way; the hedge stands between the counted noun and the verb of killing, so
the casualty test skips it as it skips "were" in "were killed". What follows the hedge is
still the test's to judge: "are believed to have been sent" counts no dead."""

from __future__ import annotations

from bot.nlp.context import Sentence

_HEDGES = frozenset(
    {"believed", "thought", "estimated", "feared", "said", "reported", "understood",
     "known", "presumed", "assumed", "suspected", "expected"}
)  # fmt: skip


def past_hedge(s: Sentence, k: int) -> int:
    """The token after "<hedge> to have (been)" at `k`, or `k` when no hedge stands there."""
    if k + 2 >= s.end or s.lowers[k] not in _HEDGES:
        return k
    if s.lowers[k + 1] != "to" or s.lowers[k + 2] != "have":
        return k
    j = k + 3
    return j + 1 if j < s.end and s.lowers[j] == "been" else j
