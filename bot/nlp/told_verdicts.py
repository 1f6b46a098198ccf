"""A sentence that calls what was just told untrue, in the text's own voice: "Recently, the
spy agency and Kyiv have claimed that the DPRK sent 30,000 soldiers. This is nothing but a
sheer fabrication." It is the two-sentence form of `story_verdicts` ("The story that ... is
a sheer fabrication"): the claimers only told the figures; the verdict is the voice that
speaks in the text (the statement's issuer), so the figures are that speaker's denial, as in
`writer_denials`.

The verdict sentence has no number and often no reporting verb, so the candidate pass skips
it; the test here is cheap enough to run on every sentence (a look at its first word).

"This is a worrying escalation" calls nothing untrue, and "This is a lie, the ministry said"
names its own speaker: neither is read here."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.context import QUOTES
from bot.nlp.writer_denials import WRITER

_POINTERS = frozenset({"this", "that", "it", "these", "those", "such"})
_SUBJECT_NOUNS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations"})
_BE = frozenset({"is", "are", "was", "were", "'s"})
# "is nothing but a sheer fabrication", "is a pure lie": words between the verb and verdict.
_FILLERS = frozenset(
    {"nothing", "but", "a", "an", "pure", "sheer", "utter", "complete", "total", "outright",
     "blatant", "mere", "simply", "just", "another", "only", "absolute", "yet", "all", "no",
     "more", "than"}
)  # fmt: skip
_VERDICTS = frozenset(
    {"fabrication", "fabrications", "lie", "lies", "fake", "fakes", "hoax", "hoaxes",
     "falsehood", "falsehoods", "fiction", "fantasy", "invention", "nonsense", "groundless",
     "baseless", "unfounded", "untrue", "false", "fabricated", "disinformation"}
)  # fmt: skip
_MAX_OPENING = 3  # "This", "These claims", "Such reports"


def calls_told_untrue(lowers: list[str], start: int, end: int) -> bool:
    """Whether the sentence [start, end) opens "This is (nothing but a sheer) fabrication"."""
    k = start
    while k < end and lowers[k] in QUOTES:
        k += 1
    if k >= end or lowers[k] not in _POINTERS:
        return False  # nearly every sentence: one set lookup
    k += 1
    while k < min(end, start + _MAX_OPENING + 1) and lowers[k] in _SUBJECT_NOUNS:
        k += 1
    if k >= end or lowers[k] not in _BE:
        return False
    k += 1
    while k < end and (lowers[k] in _FILLERS or lowers[k] in QUOTES):
        k += 1
    return k < end and lowers[k] in _VERDICTS


def deny_claimed(told: list[Quantity], voice: Claimant | None) -> list[Quantity]:
    """The figures just told, as the denial of the voice speaking (the text's own with none).
    Only figures told as someone's claim are denied: a verdict after the writer's own
    account would contradict it, so that reading is not the one meant."""
    denier = replace(voice, denied=True) if voice is not None else WRITER
    if not told or any(q.claimant is None or q.claimant.denied for q in told):
        return told
    return [replace(q, claimant=denier) for q in told]
