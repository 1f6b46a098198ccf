"""A place that "has lost" residents over years is shrinking, not counting its dead: "The
town has lost 12,000 residents since 2010 as families leave for the capital", "the county
lost 3,000 inhabitants over the past decade". The object of "lost" is a casualty count only
when people die or vanish; a town, city or region losing people across a span of years, or
while people move away, tells of its population falling. Read so only when the clause's
subject is a place, the loss spans a period or the sentence says people leave, and nothing
in the sentence tells of violence or disaster ("the village lost 40 residents in the strike"
stays a casualty count)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_LOST = frozenset({"lost", "loses", "losing", "lose"})
# People a place's population is counted in.
_RESIDENTS = frozenset({"resident", "inhabitant", "person", "citizen", "villager", "people"})
_PLACES = frozenset(
    {"city", "town", "village", "region", "province", "county", "district", "country",
     "island", "state", "municipality", "prefecture", "capital", "area", "valley", "suburb",
     "borough", "countryside"}
)  # fmt: skip
_SUBJECT_REACH = 6  # "The small port city has lost"
# A span of time after the figure: "since 2015", "over the past decade", "in the last ...".
_SPAN_OPENERS = frozenset({"since", "over", "in", "during", "across", "each", "every"})
_SPAN_WORDS = frozenset({"since", "past", "last", "decade", "decades", "years", "year",
                         "annually"})  # fmt: skip
# People leaving, or too few born: the loss is moving away or ageing, not death.
_LEAVING = frozenset(
    {"move", "moved", "moving", "moves", "leave", "leaves", "leaving", "left", "emigrate",
     "emigrated", "emigrating", "emigration", "migrate", "migrated", "migration", "exodus",
     "relocate", "relocated", "births", "birthrate", "ageing", "aging", "outflow"}
)  # fmt: skip
# Any of these and the loss may well be deaths: leave it a casualty count.
_VIOLENCE = frozenset(
    {"killed", "died", "dead", "death", "deaths", "war", "attack", "attacks", "strike",
     "strikes", "shelling", "bombing", "fighting", "flood", "floods", "quake", "earthquake",
     "fire", "offensive", "invasion", "occupation", "famine", "epidemic", "pandemic",
     "wounded", "injured", "casualties", "massacre"}
)  # fmt: skip


def depopulated(s: Sentence, f: Figure) -> bool:
    """Whether the figure is the people a place "has lost" over years or as people leave."""
    words = s.words
    if _LOST.isdisjoint(words) or not _VIOLENCE.isdisjoint(words):
        return False  # nearly every sentence: two set tests
    if f.measure not in _RESIDENTS or f.start <= s.start:
        return False
    verb = f.start - 1
    if s.lowers[verb] not in _LOST:
        return False
    subject = s.lowers[max(s.start, verb - _SUBJECT_REACH) : verb]
    if _PLACES.isdisjoint(subject):
        return False  # "the army lost 40,000 men since 2022": no place as the subject
    after = s.lowers[f.end : min(s.end, f.end + 4)]
    spans = bool(after) and after[0] in _SPAN_OPENERS and not _SPAN_WORDS.isdisjoint(after)
    return spans or not _LEAVING.isdisjoint(words)
