"""A source's bare total of the soldiers the sentence before told of sending: "North Korea
began sending troops to Russia in October. Seoul's spy agency estimates the total at about
15,000." The total has no noun of its own ("the total sent" is `first_sent_counts`); "the
total" can only be of what the text just told, and the text told of troops being sent, so
the number counts them, and
they are the sender's: the country the sentence before opens with ("North Korea began ..."),
as are the dead counted "of whom" after it.

Only right after a sentence whose sending verb takes soldiers as its object ("sending
troops", "deployed soldiers"): a total after "sent a letter" or "deployed drones" counts no
troops."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.bare_numbers import MEASURED, BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.counted_together import counted_together
from bot.nlp.possessive_owners import previous_subject

_TOTAL_NOUNS = frozenset({"total", "number", "figure", "tally", "count"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
_ESTIMATE_VERBS = frozenset(
    {"put", "puts", "putting", "placed", "places", "estimates", "estimated", "estimate",
     "estimating"}
)  # fmt: skip
_SENDING = frozenset(
    {"send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed",
     "dispatch", "dispatches", "dispatching", "dispatched"}
)  # fmt: skip
_SOLDIERS = frozenset({"troops", "soldiers", "servicemen", "infantrymen", "mercenaries"})
_OBJECT_REACH = 3  # "sending more combat troops": the verb to its soldiers


def sent_total(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """The troop count at `n` when it is a source's bare total right after soldiers were
    told sent, or a total of soldiers and others the sentence counts together, else None."""
    if (together := counted_together(s, n)) is not None:
        return together  # "which counts engineers and soldiers together, puts the total at"
    if previous is not None and previous.category not in MEASURED:
        return None  # a count of people or things before: its own unit carries on
    if "at" not in s.words or _ESTIMATE_VERBS.isdisjoint(s.words):
        return None  # nearly every sentence: two set tests
    if not _bare_total_at(s, n.start) or not _sending_before(s):
        return None
    return figure_like(n, ("troop", "troop"), "troops"), None


def _bare_total_at(s: Sentence, k: int) -> bool:
    """Whether "estimates the total at" ends right before token k."""
    lowers = s.lowers
    return (
        k - 4 >= s.start and lowers[k - 1] == "at" and lowers[k - 2] in _TOTAL_NOUNS
        and lowers[k - 3] in _DETERMINERS and lowers[k - 4] in _ESTIMATE_VERBS
    )  # fmt: skip


_PEOPLE = frozenset({"troop", "casualty"})


def sent_total_owner(s: Sentence, found: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """The ownerless count after "estimates the total at", and the people counted after it
    ("of whom some 4,700 were killed"), given to the sender the sentence before named."""
    if "at" not in s.words or _ESTIMATE_VERBS.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    at = next((k for k in range(s.start + 3, s.end) if _bare_total_at(s, k + 1)), None)
    if at is None or not _sending_before(s):
        return found
    after = s.char_span(at, at + 1)[1]
    owner: str | None = None
    out = list(found)
    for k, q in enumerate(out):
        if q.start < after or q.category not in _PEOPLE:
            continue
        if q.actor is not None:
            break  # a count that names its own side ends the run
        owner = owner or previous_subject(s, mentions)
        if owner is None:
            return found
        out[k] = replace(q, actor=owner)
    return out


def _sending_before(s: Sentence) -> bool:
    """Whether the sentence before tells of sending soldiers ("began sending troops")."""
    span = s.previous_span()
    if span is None:
        return False
    start, end = span
    lowers = s.lowers
    if _SENDING.isdisjoint(lowers[start:end]):
        return False
    return any(
        lowers[v] in _SENDING and not _SOLDIERS.isdisjoint(lowers[v + 1 : v + 1 + _OBJECT_REACH])
        for v in range(start, end)
    )
