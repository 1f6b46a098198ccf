"""Claims a source dismisses as untrue: "X said reports of 1,500 troops were groundless" is
X's denial of the figure, not X's claim of it."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant
from bot.nlp.claims import ClaimCue, find_claims
from bot.nlp.context import QUOTES, Sentence

# Predicates that call what they are said of untrue.
_DISMISSIVE = frozenset(
    {"groundless", "baseless", "unfounded", "untrue", "false", "fabricated", "fake",
     "nonsense", "fabrication", "fabrications", "lies", "disinformation", "speculation"}
)  # fmt: skip
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
# "is a sheer fabrication", "an utter lie": emphasis between the verb and the verdict.
_INTENSIFIERS = frozenset({"sheer", "utter", "outright", "complete", "total", "an", "blatant"})


def find_claims_with_dismissals(s: Sentence) -> list[ClaimCue]:
    """The sentence's claim cues, a reporting verb turned into a denial when what it reports
    is called untrue ("... were 'groundless'", "is pure fabrication")."""
    cues = find_claims(s)
    if not cues or _DISMISSIVE.isdisjoint(s.lowers[s.start : s.end]):
        return cues
    if not _dismissed(s):
        return cues
    return [
        c if c.denied or c.claimant is None
        else c._replace(denied=True, claimant=replace(c.claimant, denied=True))
        for c in cues
    ]  # fmt: skip


def _dismissed(s: Sentence) -> bool:
    for k in range(s.start + 1, s.end):
        if s.lowers[k] not in _DISMISSIVE:
            continue
        j = k - 1
        while j > s.start and (s.lowers[j] in QUOTES or s.lowers[j] in {"pure", "completely",
                                                                        "totally", "a"}
                                   or s.lowers[j] in _INTENSIFIERS):
            j -= 1
        if s.lowers[j] in _BE:
            return True
    return False


# ", saying about 14,000 had been deployed": after dismissing a claim, the source's own figure.
_OWN_WORDS = frozenset({"saying", "adding", "noting", "estimating", "putting"})


def own_figure_claimant(s: Sentence, cues: list[ClaimCue], position: int) -> Claimant | None:
    """The source of a denial, undenied, for a figure it gives after ", saying" (a figure
    before it is the one denied)."""
    for cue in cues:
        if not cue.denied or cue.claimant is None or cue.verb >= position:
            continue
        for k in range(cue.verb + 1, position):
            if s.lowers[k] in _OWN_WORDS and s.lowers[k - 1] == ",":
                return replace(cue.claimant, denied=False)
    return None
