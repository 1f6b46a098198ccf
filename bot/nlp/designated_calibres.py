"""A weapon's designation and name before its calibre: "120 M1989 Koksan 170mm
self-propelled guns", "48 M142 227mm launchers". The calibre is skipped only right after the
count, so a designation before it left the count without its noun; past the capitalised
designation and name, the calibre is skipped as well."""

from __future__ import annotations

from bot.nlp.calibres import skip_calibre
from bot.nlp.context import Sentence
from bot.nlp.unit_nouns import Unit, unit_noun

_MAX_NAMES = 2  # "M1989 Koksan"


def designated_unit(s: Sentence, k: int) -> Unit | None:
    """The counted noun past a designation and a calibre that follow the count at token k."""
    if k >= s.end or not s.texts[k][:1].isupper():
        return None  # nearly every count: one test
    for j in range(k + 1, min(s.end, k + 1 + _MAX_NAMES)):
        after = skip_calibre(s, j)
        if after != j:
            return unit_noun(s, after)
        if not s.texts[j][:1].isupper():
            return None
    return None
