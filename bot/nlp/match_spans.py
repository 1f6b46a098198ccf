"""Where words and matches stand in a document's tokens, found in C where a Python loop over
the tokens would cost more than the work: the alias matches that win (the longest, then the
leftmost) and the positions of one word."""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter


def longest_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, the longest (then the leftmost) winning, in text order: what
    `spacy.util.filter_spans` does, without building a Span per match."""
    # Matches that overlap none other stand as they are; only a run of overlapping ones
    # (rarely more than two) needs the contest, and no run's outcome depends on another's.
    kept: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    reach = -1
    for match in sorted(matches, key=itemgetter(1, 2)):
        if match[1] >= reach:
            if len(run) == 1:
                kept.append(run[0])
            elif run:
                kept.extend(_contest(run))
            run = [match]
        else:
            run.append(match)
        if match[2] > reach:
            reach = match[2]
    if len(run) == 1:
        kept.append(run[0])
    elif run:
        kept.extend(_contest(run))
    return kept


def _contest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The longest (then the leftmost) of overlapping matches win, in text order."""
    taken: set[int] = set()
    kept: list[tuple[int, int, int]] = []
    for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        _, start, end = match
        if taken.isdisjoint(range(start, end)):
            kept.append(match)
            taken.update(range(start, end))
    kept.sort(key=lambda m: m[1])
    return kept


def word_positions(words: list[str], word: str) -> list[int]:
    """Where `word` stands in `words`: `list.index` compares in C, far faster than a Python
    loop over a document's tokens."""
    found: list[int] = []
    try:
        while True:
            found.append(words.index(word, found[-1] + 1 if found else 0))
    except ValueError:
        return found


def text_positions(text: str, idxs: list[int], texts: list[str], word: str) -> list[int]:
    """`word_positions(texts, word)`, found from where `word` stands in the text: a token that
    is `word` starts where the text has it, and `str.find` skips the rest in C, where a
    scan of the token list compares every token."""
    found: list[int] = []
    at = text.find(word)
    while at != -1:
        k = bisect_left(idxs, at)
        if k < len(idxs) and idxs[k] == at and texts[k] == word:
            found.append(k)
        at = text.find(word, at + 1)
    return found
