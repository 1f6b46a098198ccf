"""A force sized in a relative clause hung on it: "Pyongyang's contingent, which Kyiv has put
at about 11,000, had lost a third of its men", "the Belarusian force, which Vilnius estimates
at 2,500, ...". "Which" refers back to the force noun before its comma, so the bare number
counts that force's troops, though no noun follows it. running_totals.py reads the same
relative after a counted noun ("the deployment of North Korean troops, which Seoul puts at
10,000"); a collective force noun ("contingent", "force") is no unit noun of its own, so it is
read here. Only right before the comma: "the contingent in Kursk, which ..." or "the
contingent's losses, which ..." are other nouns the relative may hang on."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.unit_nouns import Unit

_FORCES = frozenset({"contingent", "force", "garrison", "deployment", "contingents"})
_RELATIVES = frozenset({"which", "that"})
_SOURCE_REACH = 6  # "which Ukraine's military intelligence has put": relative to the verb
_TROOPS = ("troop", "troop")


def relative_force(s: Sentence, verb: int) -> Unit | None:
    """The force noun a ", which <source> puts at N" relative hangs on, as a troop unit, when
    the estimating verb at token `verb` opens that relative; else None."""
    for k in range(verb - 1, max(s.start, verb - _SOURCE_REACH) - 1, -1):
        if s.lowers[k] in _RELATIVES:
            break
        if s.lowers[k] in (",", ";", ":", "."):
            return None
    else:
        return None
    noun = k - 2
    if noun < s.start or s.lowers[k - 1] != "," or s.lowers[noun] not in _FORCES:
        return None
    return noun, noun + 1, _TROOPS, k
