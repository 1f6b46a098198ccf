"""A closing claim whose speaker is named with a title or description before the name:
"..., Ukraine's commander-in-chief Oleksandr Syrskyi said last week." The comma that sets the
claim off stands before the title, not right before the name the claim cue starts at, yet
the clause closes the sentence as "..., Syrskyi said last week." does."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.lexicon import CLAUSE_BREAKS

# "Ukraine's commander-in-chief": a possessive, a post and its hyphens; longer is a clause.
_TITLE_TOKENS = 7
# A word that joins a clause of its own: "..., and Syrskyi said", "..., which Syrskyi said".
_JOINERS = frozenset({"and", "but", "or", "while", "which", "who", "that", "as", "when",
                      "after", "before", "although", "though", "because"})  # fmt: skip


def titled_after_comma(s: Sentence, cue: ClaimCue) -> bool:
    """Whether a comma opens the words before the cue's name, and they only title it."""
    if "," not in s.words:
        return False  # no comma, nothing set off: many sentences
    for k in range(cue.start - 1, max(s.start, cue.start - _TITLE_TOKENS) - 1, -1):
        word = s.lowers[k]
        if word == ",":
            return k < cue.start - 1
        if word in _JOINERS or word in CLAUSE_BREAKS or word[:1].isdigit():
            return False
    return False
