"""A count whose noun is the subject of the verb before it: "Measles cases rose to 2,350",
"Ticket sales for the festival reached 95,000". No unit follows the number, so what it counts
is the subject: the plural noun before the verb, past a phrase hanging on it ("for the
festival"). Sales and numbers count what their modifier names ("ticket sales", "visitor
numbers" count tickets and visitors); prices, rates and other levels count nothing a
reader would add up, and are left alone.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from bot.nlp.bare_numbers import BareNumber, figure_like
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.lexicon import REPORT_VERBS
from bot.nlp.number_reading import number_at
from bot.nlp.predicates import before_aside
from bot.nlp.units import PHYSICAL, TIME_UNITS, normalise_measure
from bot.nlp.war_losses import counts_war_losses

# "rose to 2,350": a verb of change, then "to" and the new level.
_CHANGE_TO = frozenset(
    {"rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "climbed", "climb",
     "climbs", "jumped", "dropped", "increased", "decreased", "grew", "grown", "surged",
     "soared", "declined", "slipped", "swelled", "dipped", "edged", "crept"}
)  # fmt: skip
# "reached 95,000": the level is the verb's object.
_REACHED = frozenset(
    {"reached", "reach", "reaches", "hit", "hits", "topped", "tops", "exceeded", "exceeds",
     "passed", "surpassed", "totalled", "totaled", "totals", "numbered"}
)  # fmt: skip
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "may", "might"})
# "casualties are estimated at about 4,000", "the dead were put at 300": a passive verb of
# reckoning with "at" and the level; its be-form stands where an auxiliary would.
_RECKONED_AT = frozenset({"estimated", "put", "assessed", "reckoned", "tallied", "stood"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "being", "be"})
# Only men are reckoned this way with no unit; "debts were estimated at 3,100" lacks one.
_RECKONED_KINDS = frozenset({"casualty", "troop"})
_PREPOSITIONS = frozenset({"for", "of", "in", "at", "on", "across", "from", "among"})
# Subjects that name their count by a modifier: "ticket sales" count tickets.
_BY_MODIFIER = frozenset({"sales", "numbers", "figures"})
# Levels, not counts: "prices rose to 450" needs a unit the text does not give.
_LEVELS = frozenset(
    {"prices", "rates", "levels", "yields", "costs", "shares", "stocks", "profits",
     "earnings", "revenues", "wages", "rents", "temperatures", "totals", "scores", "ratings",
     "odds", "values", "bills", "fees", "returns", "exports", "imports", "losses", "readings",
     "markets", "indices", "futures", "bonds", "tolls", "tallies", "counts"}
)  # fmt: skip
_MEASURED = frozenset({"money", *PHYSICAL.values(), *TIME_UNITS.values()})
_REACH = 7  # "Ticket sales for the summer festival in Leeds reached"
# Words that open the subject's clause: a phrase before them ("said on Monday that ...") is
# the reporting clause's, not a phrase hanging on the subject.
_CLAUSE_OPENERS = frozenset({"that", "whether"}) | REPORT_VERBS


def subject_count(s: Sentence, i: int) -> tuple[Figure, str | None] | None:
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    following = s.lowers[end] if end < s.end else "."
    if following.isalpha() and following not in STOP_WORDS:
        return None  # a word follows that the number may count
    q_start, qualifier = qualifier_before(s, i)
    verb = _verb_before(s, q_start)
    if verb is None:
        return None
    found = _subject(s, verb)
    if found is None or (s.lowers[q_start - 1] == "at" and found[1] not in _RECKONED_KINDS):
        return None
    figure = figure_like(BareNumber(q_start, i, end, value, qualifier), found, found[0])
    return figure, None


def _verb_before(s: Sentence, q_start: int) -> int | None:
    k = q_start - 1
    if k - 1 >= s.start and s.lowers[k] == "to":
        changed = _change_verb(s, k)
        if changed is None:
            return None
        k = changed
    elif k - 1 >= s.start and s.lowers[k] == "at" and s.lowers[k - 1] in _RECKONED_AT:
        k -= 1
        while k - 1 >= s.start and s.lowers[k - 1] in _BE_FORMS:
            k -= 1  # "are estimated at": the subject ends before the be-form
    elif k < s.start or s.lowers[k] not in _REACHED:
        return None
    while k - 1 >= s.start and s.lowers[k - 1] in _AUXILIARIES:
        k -= 1
    return k


# "rose by 9% last year to 4,410", "fell 3 per cent to 880,000": the size of the change and
# its period may stand between the verb and the new level.
_CHANGE_WORDS = frozenset(
    {"by", "%", "per", "cent", "percent", "last", "this", "year", "month", "week", "quarter",
     "a", "an", "over", "the", "past"}
)  # fmt: skip
_CHANGE_REACH = 6


def _change_verb(s: Sentence, to: int) -> int | None:
    """The verb of change before the "to" at token `to`, past the size of the change."""
    for j in range(to - 1, max(s.start, to - 1 - _CHANGE_REACH) - 1, -1):
        word = s.lowers[j]
        if word in _CHANGE_TO:
            return j
        if word not in _CHANGE_WORDS and not word.replace(",", "").replace(".", "").isdigit():
            return None
    return None


def _subject(s: Sentence, verb: int) -> tuple[str, str] | None:
    """The measure of the plural noun heading the subject that ends before token `verb`."""
    # "casualties, including the dead, had reached about 4,000": the subject before the aside.
    last = before_aside(s, verb - 1)
    head = last
    for k in range(last, max(s.start, last + 1 - _REACH) - 1, -1):
        if s.lowers[k] in {",", ";", ":"} or s.lowers[k] in _CLAUSE_OPENERS:
            break  # "said on Monday that casualties rose": the subject starts after "that"
        if s.lowers[k] in _PREPOSITIONS:
            head = k - 1  # "sales for the festival": the noun before the phrase
    if head < s.start or not _noun(s, head):
        return None
    if counts_war_losses(s, head):
        return "casualty", "casualty"  # "North Korean losses had exceeded 4,000": the dead
    if s.lowers[head] in _LEVELS:
        return None
    word = s.lowers[head]
    if word in _BY_MODIFIER:
        modifier = head - 1
        if modifier < s.start or not _noun(s, modifier) or word == s.lowers[modifier]:
            return None
        return s.lowers[modifier], s.lowers[modifier]
    found = normalise_measure(word)
    if found is None or not word.endswith("s") or found[1] in _MEASURED:
        return None
    return found


def _noun(s: Sentence, k: int) -> bool:
    """A lower-case content word (capitalised only as the sentence's first word)."""
    word = s.lowers[k]
    written = s.texts[k]
    lower = written.islower() or (k == s.start and written[1:].islower())
    return lower and word.isalpha() and word not in STOP_WORDS
