"""Labour agreements are no treaties: "Machinists voted to approve a four-year labour
agreement", "Union members ratified the deal by 59% to 41%", "each worker receives a lump
sum on ratification". Unions ratify and approve contracts with the same verbs parliaments use
for treaties, and a company's home country ("U.S. planemaker Boeing") reads as a state party.

Two shapes tell such a deal: the agreement named by its trade ("a pay deal", "the collective
agreement"), or workers or their union as the ones taking the step, standing in its clause
before the step word. Members of a parliament or an alliance are no workers: "members" alone
does not count. An agreement two states make is theirs, whatever trade it covers: "the
Russia-North Korea labor pact" is a treaty (`state_parties`)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.state_parties import between_states

# Words that name an agreement as one between employers and workers.
_LABOUR_KINDS = frozenset(
    {"labour", "labor", "wage", "wages", "pay", "collective", "bargaining", "employment",
     "union", "salary", "workplace"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "new"})
# Working people and their unions, as the ones voting on or taking an agreement.
_WORKERS = frozenset(
    {"worker", "workers", "machinists", "employees", "employee", "staff", "union", "unions",
     "unionised", "unionized", "nurses", "teachers", "doctors", "dockers", "dockworkers",
     "miners", "drivers", "pilots", "strikers", "workforce", "rank-and-file", "teamsters"}
)  # fmt: skip
# The doers stand before the step word, within this many words ("Members of the International
# Association of Machinists and Aerospace Workers (IAM) District 751 ratified").
_DOER_REACH = 16
_STOPS = frozenset({";", ".", "but", "while", "whereas"})
# "the convention on migrant workers", "rights for workers": what a treaty covers.
_ABOUT = frozenset({"on", "for", "protecting", "covering"})


def labour_deal(s: Sentence, step: int, trigger: int) -> bool:
    """Whether the agreement at `trigger`, whose step word is at `step`, is a labour deal."""
    if _WORKERS.isdisjoint(s.words) and _LABOUR_KINDS.isdisjoint(s.words):
        return False  # most treaty sentences: two set tests
    if between_states(s, trigger):
        return False
    return _kind_before(s, trigger) or _workers_before(s, step)


def _kind_before(s: Sentence, trigger: int) -> bool:
    """"a labour agreement", "the collective bargaining agreement": the trade right before
    the noun, or one modifier before it; "the European Union agreement" is no union's."""
    for k in (trigger - 1, trigger - 2):
        if k < s.start or not _lower(s, k) or s.lowers[k] in _DETERMINERS:
            return False
        if s.lowers[k] in _LABOUR_KINDS:
            return True
    return False


def _lower(s: Sentence, k: int) -> bool:
    """A common noun as written: "the General Staff", "the Workers' Party of Korea" and "the
    African Union" are names, no workers."""
    return s.texts[k].islower() or (k == s.start and s.texts[k][1:].islower())


def _workers_before(s: Sentence, step: int) -> bool:
    """Workers or a union as the doers, in the words leading up to the step word:
    "machinists at Boeing voted to approve", "each worker receives ... on ratification". A
    state named in between takes the step itself ("the convention on domestic workers,
    which Ukraine ratified"), and workers a treaty is about are no doers."""
    for k in range(step - 1, max(s.start, step - _DOER_REACH) - 1, -1):
        word = s.lowers[k]
        if word in _STOPS or k in s.mention_at:
            return False
        if word in _WORKERS and _lower(s, k):
            return not _ABOUT.intersection(s.lowers[max(s.start, k - 2) : k])
    return False
