"""A date inside an appositive after the figure: "Poland on Friday signed a contract worth
about $6.5 billion for 180 tanks, the second deal under a framework agreement concluded in
2022". The appositive (", the ...") renames what the clause told, and the participle in it
("concluded in 2022") dates the noun of a phrase nested in it (the framework agreement, past
"under"), not the figure's clause: the contract is the news, the framework its history.
"Poland ordered 180 tanks in 2022" stays dated (no appositive), and so does "destroyed 1
million mines, a process it completed in 2015": the appositive's own head, the act renamed,
is what the date tells of."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan

# The prepositions that date a participle: "concluded in 2022", "signed during 2019".
_DATING = frozenset({"in", "during"})
# The determiners that open an appositive noun phrase: ", the second deal", ", a deal".
_APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# Irregular past participles of the acts that date an agreement or a purchase.
_IRREGULAR = frozenset({"signed", "made", "struck", "won", "sold", "bought", "built", "set"})
# A verb of being or having before the participle makes it a finite verb ("were delivered
# in 2022"), a clause of its own that may well tell the figure's time.
_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "and", "or"}
)
# The prepositions that nest a noun inside the appositive: "the second deal under a
# framework", "the third order of a programme", "the first batch from a contract".
_NESTING = frozenset({"under", "of", "with", "from", "for", "within", "in", "on", "to"})
# A pronoun before the verb is its subject ("a process it completed in 2015"): a relative
# clause of the appositive's own head, which dates the act the head renames.
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
# Words that open a clause with its own verb inside the appositive: then it is no plain
# noun phrase, and the date may be told of the figure.
_CLAUSE_WORDS = frozenset({"which", "that", "who", "when", "where", ",", ";", ":"})


def appositive_dated(s: Sentence, figure_end: int, date: DateSpan) -> bool:
    """Whether `date`, after the figure ending at `figure_end`, dates a participle in an
    appositive noun phrase set off by a comma after the figure."""
    k = date.start - 1
    if k - 2 <= figure_end or s.lowers[k] not in _DATING:
        return False  # nearly every date: one set test
    participle = s.lowers[k - 1]
    if not (participle in _IRREGULAR or (len(participle) > 4 and participle.endswith("ed"))):
        return False
    noun = s.lowers[k - 2]
    if noun in _AUXILIARIES or noun in _PRONOUNS or not noun.isalpha():
        return False  # "were concluded in 2022": a finite verb, not a participle phrase
    between = s.lowers[figure_end : k - 1]
    if "," not in between:
        return False
    comma = between.index(",")
    opener = between[comma + 1 : comma + 2]
    if not opener or opener[0] not in _APPOSITIVE_OPENERS:
        return False  # ", which were ...", ", and Poland ordered ...": a clause, not a name
    inside = between[comma + 2 :]
    return _CLAUSE_WORDS.isdisjoint(inside) and not _NESTING.isdisjoint(inside)
