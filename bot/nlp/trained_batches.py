"""Troops still in training for a rotation or a dispatch are planned: "the North is training
another 2,000 troops for a second rotation", "about 3,000 fresh troops were undergoing
training in the northeast to be sent to Russia". They are not where the news puts its
deployment yet; the training is the preparation, as "preparations for 10,000 personnel to
join" (`prepared_counts`) is.

Only training in progress ("is training", "were undergoing training", "are being trained")
together with a purpose of sending ("for a second rotation", "for dispatch", "to be sent"):
"the US is training 2,000 Ukrainian soldiers at a base in Germany" is news of the training
itself, "has trained 50,000 recruits" a count done, and troops "trained for deployment to
the zone" at a front they have reached are already there."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_BE = frozenset({"is", "are", "was", "were", "'s", "'re", "being", "still", "now", "also"})
_IN_TRAINING = frozenset({"undergoing", "receiving", "in", "completing"})
_ROTATIONS = frozenset({"rotation", "rotations", "dispatch"})
_TRAINING = frozenset({"training", "trained"})
_SENDING = frozenset({"sent", "dispatched", "shipped", "rotated"})
_STOPS = frozenset({",", ";", ".", ":", "and", "but", "while"})
_REACH = 12  # "undergoing training in the North's northeastern region to be sent"
_BEFORE = 3  # "is training another 2,000": the verb, a determiner, the number
_AFTER = 5  # "2,000 fresh troops were undergoing training"


def trained_for_dispatch(s: Sentence, f: Figure) -> bool:
    """Whether the troop figure is trained now for a rotation or dispatch still to come."""
    if f.category != "troop" or _TRAINING.isdisjoint(s.words):
        return False  # nearly every figure: no training told
    at = _training_before(s, f)
    if at is None:
        at = _training_after(s, f)
    return at is not None and _purpose(s, at)


def _training_before(s: Sentence, f: Figure) -> int | None:
    """"is training (another) 2,000": the progressive verb just before the figure."""
    for k in range(f.start - 1, max(s.start, f.start - _BEFORE) - 1, -1):
        if s.lowers[k] == "training":
            return k if k > s.start and s.lowers[k - 1] in _BE else None
    return None


def _training_after(s: Sentence, f: Figure) -> int | None:
    """"2,000 troops were undergoing training", "are being trained" after the figure."""
    end = max(f.end, f.unit_end)
    for k in range(end, min(s.end, end + _AFTER)):
        word = s.lowers[k]
        if word in _STOPS:
            return None
        before = s.lowers[k - 1]
        if (word == "training" and before in _IN_TRAINING) or (
            word == "trained" and before == "being"
        ):
            return k
    return None


def _purpose(s: Sentence, at: int) -> bool:
    """"for a second rotation", "for dispatch", "to be sent" after the training."""
    for k in range(at + 1, min(s.end, at + _REACH)):
        word = s.lowers[k]
        if word in _STOPS:
            return False
        if word in _ROTATIONS and "for" in s.lowers[max(at + 1, k - 4) : k]:
            return True
        if word == "be" and s.lowers[k - 1] == "to" and s.lowers[k + 1 : k + 2] != [] and (
            s.lowers[k + 1] in _SENDING
        ):
            return True
    return False
