"""A count joined by a hyphen to a singular noun before the noun it describes: "a 32-bed
stroke unit" counts beds, "a 2,000-seat hall" seats. The singular noun is no unit of its
own (only plurals are counted nouns), so without this rule the figure goes unread."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.unit_nouns import Unit

# "a 29-year-old", "a one-off payment", "a 6.4-magnitude quake": an age, no count, a reading;
# "a 300-page report" describes a document, whose length is no news figure.
_NOT_COUNTED = frozenset({"old", "odd", "off", "plus", "strong", "fold", "way", "time",
                          "magnitude", "page"})  # fmt: skip


def hyphen_count(s: Sentence, k: int) -> Unit | None:
    """The singular noun at k + 1 when token k, right after the number, is a glued hyphen
    and a lower-case word follows the noun."""
    if k + 2 >= s.end or s.lowers[k] not in {"-", "–"} or s.space_after(k - 1):
        return None  # nearly every count: no hyphen right after it
    if "." in s.texts[k - 1] or s.lowers[k - 1] == "one":
        return None  # "a 6.7-inch screen" has its unit; "one-sided", "one-time" are idioms
    noun = s.texts[k + 1]
    if s.space_after(k) or not noun.isalpha() or not noun.islower() or len(noun) < 3:
        return None
    participle = len(noun) > 4 and noun.endswith("ed")  # "two-headed", not "bed"
    if noun in _NOT_COUNTED or noun.endswith("s") or participle:
        return None
    if not s.texts[k + 2].isalpha() or not s.texts[k + 2].islower():
        return None
    return k + 1, k + 2, (noun, noun), k
