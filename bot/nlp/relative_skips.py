"""The verb after a relative aside on the counted noun: "11,000 soldiers, most of whom had
never fought, would be sent", "5,000 troops, who trained for months, will be deployed". The
aside describes the soldiers; the verb after its closing comma is still the figure's own,
as it would be right after the noun."""

from __future__ import annotations

from bot.nlp.context import Sentence

_RELATIVES = frozenset({"who", "whom", "which"})
# "most of whom", "many of which", "all of whom": a share of the counted noun, then the relative.
_SHARES = frozenset({"most", "many", "some", "all", "half", "few", "none", "several"})
_REACH = 14  # tokens from the aside's opening comma to its closing one


def past_relative_aside(s: Sentence, k: int) -> int:
    """Token k, or, when a ", who ... ," (or ", most of whom ... ,") aside opens at k, the
    token after its closing comma."""
    if _RELATIVES.isdisjoint(s.words):
        return k  # nearly every sentence: one set test
    lowers = s.lowers
    if k + 1 >= s.end or lowers[k] != ",":
        return k
    j = k + 1
    if lowers[j] in _SHARES and lowers[j + 1 : j + 2] == ["of"]:
        j += 2
    if j >= s.end or lowers[j] not in _RELATIVES:
        return k
    for close in range(j + 1, min(s.end, k + _REACH)):
        if lowers[close] in {";", ":", "(", ")"}:
            return k  # the aside runs on into another clause: no verb of the figure's
        if lowers[close] == ",":
            return close + 1
    return k
