"""A question put to the speaker, set off between the speaker and the reply: "The minister,
asked by reporters about claims that 10,000 troops were deployed near the border, called
them a fabrication". The aside retells the question at any length, so the speaker is the
name before its opening comma however far back that comma stands (the ordinary aside search
gives up after a dozen words)."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Participles that open a retold question: "asked by journalists about", "when asked",
# "questioned on", "pressed about".
_ASKED = frozenset({"asked", "questioned", "pressed", "quizzed"})
_REACH = 40  # a retold question may recite the whole claim it was about


def question_aside_comma(s: Sentence, closing: int) -> int | None:
    """The comma opening a question aside that the comma at `closing` ends, or None."""
    if _ASKED.isdisjoint(s.words):
        return None  # most sentences put no question to anyone
    for k in range(closing - 1, max(s.start, closing - _REACH), -1):
        word = s.lowers[k]
        if word not in _ASKED:
            continue
        opening = k - 2 if s.lowers[k - 1] == "when" else k - 1
        if opening > s.start and s.lowers[opening] == ",":
            return opening
        return None
    return None
