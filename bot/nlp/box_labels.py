"""A key-figures box: a section heading in capitals ("TROOPS", "CASUALTIES") above bulleted
"Label: value (source)" lines: "* Still in Russia: about 10,000 (NIS); more than 12,000
(HUR)". Two habits of the form leave a line's figure unread by the flattened-table reader
(`labelled_counts`):

- the label names no noun when the heading names it once for the whole section: "Still in
  Russia" under "TROOPS" counts troops, as "Troops still in Russia" would;
- one label gives several sources' values, each with its source in brackets, one after
  another after a semicolon: the later values have no colon before them, yet count what the
  label counts.

Only a heading of one or two words in capitals with no final stop, over bulleted lines only,
and only a label with no noun of its own (a place or time at most: "Still in Russia", "Now");
only a value right after "(...);" on a line whose label reads so."""

from __future__ import annotations

from bot.nlp.box_sections import people_heading, section_heading
from bot.nlp.context import Sentence

_MAX_VALUE = 8  # tokens of one value and its bracketed source before the semicolon


def heading_measure(s: Sentence) -> tuple[str, str] | None:
    """What the capitals heading over the bulleted line of sentence `s` counts: (measure,
    category) of a plural noun of people ("TROOPS", "SOLDIERS"), else None."""
    text = s.tokens.text
    span = section_heading(text, s.char_span(s.start, s.start + 1)[0])
    return None if span is None else people_heading(text[span[0] : span[1]])


def continued_label(s: Sentence, q_start: int) -> int | None:
    """The colon of the label whose list of sourced values the figure at `q_start` goes on:
    "Label: about 10,000 (NIS); more than 12,000 (HUR)", else None."""
    semi = q_start - 1
    if semi - 1 <= s.start or s.lowers[semi] != ";" or s.lowers[semi - 1] != ")":
        return None  # nearly every figure: no bracketed source and semicolon before it
    k = semi - 1
    depth = 0
    while k > s.start:  # back over the bracket to its opening
        if s.lowers[k] == ")":
            depth += 1
        elif s.lowers[k] == "(":
            depth -= 1
            if depth == 0:
                break
        k -= 1
    for j in range(k - 1, max(s.start, k - 1 - _MAX_VALUE), -1):
        word = s.lowers[j]
        if word == ":":
            return j
        if word in {";", "."} or "\n" in word:
            return None
    return None
