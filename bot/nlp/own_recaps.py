"""An agency citing its own earlier report: "As Ukrinform reported, on November 19 the
president said ..." in a dispatch stamped "KYIV, November 20. /Ukrinform/." recaps what the
agency's readers were already told, as "As the agency reported earlier," does, though no
adverb of time says so. In another outlet's copy ("As Reuters reported, ...") the same
opening only names a source, so the name must be the one in the dispatch's own stamp."""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.context import Sentence

# The stamp stands in the dateline, after at most a headline and a place and date.
_STAMP_REACH = 60


def own_stamp(s: Sentence, reporter: Sequence[str]) -> bool:
    """Whether the one-word `reporter` ("ukrinform") is the agency of the dispatch's stamp:
    "/Ukrinform/." or "(Yonhap)" near the text's start."""
    if len(reporter) != 1 or not reporter[0].isalpha():
        return False  # "the agency", "Reuters and AP": no one-word agency name
    name = reporter[0]
    lowers = s.tokens.lowers
    end = min(len(lowers), _STAMP_REACH)
    for k in range(end):
        word = lowers[k]
        if word.startswith(f"/{name}/"):
            return True
        if word == name and 0 < k < end - 1 and lowers[k - 1] == "(" and lowers[k + 1] == ")":
            return True
    return False
