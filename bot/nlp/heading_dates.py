"""A date that heads a timeline entry dates the entry's clause: "• 24 October: The Duma
approves the treaty." Timelines and chronologies tell each step in the present tense after
its date and a colon; the clause after the colon starts past the date, so without this the
step read as undated and, in the present tense, as the day's news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan


def heading_dates(s: Sentence, first: int) -> list[DateSpan]:
    """The date that alone heads the sentence before the colon that opens the clause at
    `first` (a bullet or dash may come before it), or [] when the clause has no such head."""
    colon = first - 1
    if colon <= s.start or s.lowers[colon] != ":" or not s.dates:
        return []  # nearly every clause: one word test
    head = s.dates[0]
    if head.end != colon:
        return []  # "Key events: ..." or "14:05 BST: ...": no date right before the colon
    # Only a mark may stand before the date: "• 24 October:", "– 6 November:".
    if any(w.isalnum() for w in s.lowers[s.start : head.start]):
        return []  # "Putin said on 9 November: ...": the date is a clause's, not a heading
    return [head]
