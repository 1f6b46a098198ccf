"""Numbers that are part of a name, not an amount:

- a wire story's version tag: "UPDATE 2-Russia fires 574 drones" (the agency's second
  rewrite of the story, set off by a dash from the headline);
- a designation after a capitalised designator noun: "upgraded Type 12 missiles", "the Line 9
  extension adds", "the Year 12 exams" (the number names the type, line or school year; a
  count would come before the noun, "12 Type missiles" never being said).
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_TAGS = frozenset({"update", "refile", "corrected"})
_DASHES = frozenset({"-", "–", "—"})
# Nouns that, capitalised before a number, make it a name: the word alone is a kind of label.
_DESIGNATORS = frozenset(
    {"type", "line", "year", "model", "mark", "mk", "block", "series", "route", "flight",
     "phase", "stage", "class", "grade", "tier", "level", "gate", "terminal", "platform"}
)  # fmt: skip


def name_number(s: Sentence, num_start: int) -> bool:
    """Whether the number at `num_start` is a version tag or a designation."""
    before = num_start - 1
    if before < s.start:
        return False
    word = s.texts[before]
    if word.isupper() and s.lowers[before] in _TAGS:
        # "UPDATE 2-": the tag opens its line and a dash closes it
        return num_start + 1 < s.end and s.lowers[num_start + 1] in _DASHES
    return word[:1].isupper() and s.lowers[before] in _DESIGNATORS and before not in s.mention_at
