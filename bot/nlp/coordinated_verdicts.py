"""A quoted verdict that closes its own predicate, not the sentence: "X called Western
reports that 10,000 soldiers had been sent 'fabrications' and declined to comment". The
verb of branding and its verdict make one predicate; "and" with a second finished verb of
the same subject ("declined", "refused", "said") opens another, so the verdict still closes
what the subject branded. `dismissals` looks for a verdict at the sentence's end; this gives
it the end of the branding predicate instead.

Only a closing quote right after a verdict word, then "and" (or ", and") and a past-tense
verb: "called the reports 'lies' and the figures ..." joins nouns, no predicate, and an
unquoted "... lies and declined" is too loose to cut on."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence

# Finished verbs of a second predicate that do not end in "-ed".
_IRREGULAR = frozenset({"said", "told", "gave", "made", "took", "went", "put", "held"})


def _second_predicate(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR


def predicate_end(s: Sentence, start: int, verdicts: frozenset[str]) -> int:
    """The last token of the branding predicate whose object starts at `start`: the closing
    quote of a verdict followed by "and <verb>ed", else the sentence's last token."""
    for k in range(start + 1, s.end - 2):
        if s.lowers[k] not in QUOTES or s.lowers[k - 1] not in verdicts:
            continue  # nearly every token: no quote right after a verdict word
        j = k + 1 + (s.lowers[k + 1] == ",")
        if j + 1 < s.end and s.lowers[j] == "and" and _second_predicate(s.lowers[j + 1]):
            return k
    return s.end - 1
