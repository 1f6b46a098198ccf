"""Interviewees named late in the introducing sentence. Agencies often open with the news and
name the source last: "North Korea continues to keep a large contingent in Russia,
representative of the Defence Intelligence of Ukraine (HUR) Andrii Yusov said in an interview
with the Agency." The interviewee is then the name right before "said"/"told" whose clause
goes on to the interview, not a name opening the sentence."""

from __future__ import annotations

import re

# A two-to-four word capitalised name, then the speech verb, then "interview" later in the
# same clause ("said in an interview with", "told the paper in an interview").
_NAMED_LATE = re.compile(
    r"\b([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:said|told)\b[^.\n]{0,60}?\binterview"
)
# Words that open a capitalised run without being part of a name ("Ukraine's ...").
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "And", "But"})


def late_interviewee(sentence: str) -> tuple[int, str] | None:
    """(offset in `sentence`, name) of the person who "said in an interview", when the
    sentence names them just before the speech verb; None otherwise."""
    if "interview" not in sentence:
        return None  # cheap gate: nearly every sentence
    m = _NAMED_LATE.search(sentence)
    if m is None:
        return None  # "In an interview, officials said ...": no one person named
    words = m.group(1).split(" ")
    # "a spokeswoman for NATO Maria Kowalska said": the body's acronym is no part of the name.
    while words and (words[0] in _NOT_NAMES or (len(words[0]) > 1 and words[0].isupper())):
        words.pop(0)
    if len(words) < 2:
        return None
    name = " ".join(words)
    return m.start(1) + len(m.group(1)) - len(name), name
