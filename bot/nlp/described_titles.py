"""A person named after a lower-case description of their side and a capitalised title:
"according to ruling party MP Lee Seong-kweun", "opposition lawmaker Yoo Yong-weon said",
"senior Cabinet Secretary Hayashi told reporters". Asian agencies' English services stack
such descriptions before names; the words make the subject too long to read as a plain
unnamed source, so the claim would fall to whoever is named inside the account. The name is
the capitalised run at the end; the description before it is dropped."""

from __future__ import annotations

from bot.nlp.context import Sentence

# "ruling party", "main opposition": at most this many lower-case words describe the person.
_MAX_DESCRIPTION = 3
# The title and name after them: "MP Lee Seong-kweun" is four words with the hyphen.
_MAX_NAME = 6
# Words that open a clause or an object, never a description of a person.
_NOT_DESCRIPTIONS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "that", "which", "who", "and", "or",
     "to", "of", "in", "on", "by", "for", "with", "from", "as", "at"}
)  # fmt: skip


def described_name_start(s: Sentence, start: int, end: int) -> int | None:
    """Where the capitalised title and name of [start, end) begin, past a short lower-case
    description; None unless the span is description then a capitalised run to its end."""
    k = start
    while k < end and s.texts[k].isalpha() and s.texts[k].islower():
        if s.lowers[k] in _NOT_DESCRIPTIONS:
            return None
        k += 1
    if k == start or k - start > _MAX_DESCRIPTION or end - k > _MAX_NAME or end - k < 2:
        return None
    # The run: capitalised words, with a hyphen glueing the parts of a name ("Seong-kweun").
    for j in range(k, end):
        word = s.texts[j]
        glued = j > k and (word == "-" or s.texts[j - 1] == "-")
        if not (word[:1].isupper() or glued):
            return None
    return k
