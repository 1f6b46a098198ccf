"""A word of a capitalised title inside a sentence: "the Treaty on Comprehensive Strategic
Partnership", "the Convention on Cluster Munitions". Readers that look a few words back from
a step ("18 months after the ... entered into force") count a long title as one word, as
they do a name of several words; without this a treaty's full title put its step out of
reach."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Lower-case words inside a title: "Treaty on ...", "Convention of ...", "... for the ...".
_TITLE_JOINS = frozenset({"on", "of", "for", "and", "the"})


def title_word(s: Sentence, k: int) -> bool:
    """Whether token k, not the sentence's first, is a capitalised word or a join between
    two capitalised words (a title's "on": "Treaty on Comprehensive ...")."""
    if k <= s.start or k + 1 >= s.end:
        return False
    if s.texts[k][:1].isupper():
        return s.texts[k].isalpha() and not s.texts[k].isupper()  # no acronym, no "-"
    return (
        s.lowers[k] in _TITLE_JOINS
        and s.texts[k - 1][:1].isupper()
        and s.texts[k + 1][:1].isupper()
    )
