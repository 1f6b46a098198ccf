"""How far a step told by "the anniversary of" may lie: "on the second anniversary of the day
the two countries' mutual defence treaty entered into force". When the anniversary is of
"the day" / "the date" a step happened, the step is told by the relative clause after it,
which runs past the short reach a plain "anniversary of the signing" needs."""

from __future__ import annotations

# "of the day (when|that) ...", "of the date ...": the nouns that open such a clause.
_DAY_NOUNS = frozenset({"day", "date"})
# A relative clause telling a step: "the day the two countries' mutual defence treaty
# entered into force" is eleven words from "of" to "force".
DAY_REACH = 14


def day_reach(lowers: list[str], after_of: int, end: int, reach: int) -> int:
    """The reach for the words from `after_of` (just past "anniversary of"): `reach`, or
    the longer `DAY_REACH` when they open "the day ..." / "the date ..."."""
    if after_of + 1 < end and lowers[after_of] == "the" and lowers[after_of + 1] in _DAY_NOUNS:
        return max(reach, DAY_REACH)
    return reach
