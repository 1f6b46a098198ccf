"""A date inside a participle phrase that describes the treaty dates that phrase's step, not
the main verb's: "The parliament has ratified the agreement on joint production, signed in
Oslo on March 2." News tags a treaty with where and when it was signed in a trailing
", signed in <place> on <date>" phrase; the ratification told in the main clause is today's
news, and the earlier date must not make it background (the signing it dates is read as a
step of its own).

Only a phrase set off by a comma and opened by a step's past participle, after a treaty noun
that follows the main verb, is read this way: "ratified the pact on March 2, signed in ..."
keeps its own date before the comma."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.treaty_words import TREATY_NOUNS

# Past participles that open a phrase telling the treaty's own history.
_PARTICIPLES = frozenset({"signed", "concluded", "initialled", "initialed", "agreed"})
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "but", "which", "that"})


def participle_date(s: Sentence, verb_end: int, date: DateSpan) -> bool:
    """Whether `date`, after the step verb ending at token `verb_end`, sits in a trailing
    ", signed ..." phrase on a treaty noun of the verb's clause."""
    if date.start <= verb_end or _PARTICIPLES.isdisjoint(s.lowers[verb_end : date.start]):
        return False  # nearly every date: no participle between the verb and it
    for k in range(date.start - 1, verb_end, -1):
        word = s.lowers[k]
        if word in _PARTICIPLES and s.lowers[k - 1] == ",":
            return not TREATY_NOUNS.isdisjoint(s.lowers[verb_end : k - 1])
        if word in _BREAKS:
            return False  # the date stands in a clause of its own
    return False
