"""A treaty noun inside quotation marks with no state to sign it is a figure of speech: "the
last six factions signed a "peace treaty" on a napkin", "the flatmates drew up a 'peace
treaty' over the washing-up". Quotes that close right after the noun set the word apart as
not meant literally, and with no country or organisation among the parties nothing marks it
as one between states. A quoted treaty between named states ("Moscow and Pyongyang signed
a "comprehensive strategic partnership" treaty") keeps its parties and stays a step."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.treaty_words import STAGE_WORDS

# The quote opens a few words before the noun: "a "peace treaty"", "a "grand bargain" pact".
_OPEN_REACH = 4
# A quote that holds a determiner or a stage verb is someone's words ("would "never ratify
# the treaty""), not a name held at arm's length, whose article stands outside the quote.
_SPEECH = STAGE_WORDS | {"the", "a", "an", "this", "that", "its", "their", "our", "will",
                         "would", "not", "never", "to"}  # fmt: skip


def scare_quoted(s: Sentence, trigger: int) -> bool:
    """Whether the treaty noun at `trigger` closes a short quotation: "a "peace treaty"" or
    "'treaty'"."""
    if trigger + 1 >= s.end or s.lowers[trigger + 1] not in QUOTES:
        return False
    for k in range(trigger - 1, max(s.start, trigger - _OPEN_REACH) - 1, -1):
        if s.lowers[k] in QUOTES:
            return True
        if not (s.lowers[k].isalpha() or s.lowers[k] == "-") or s.lowers[k] in _SPEECH:
            return False  # a comma or a number: the quote is a longer one, a speaker's words
    return False
