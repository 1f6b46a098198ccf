"""Losses whose subject is a definite force with no country of its own: "North Korean troops
have returned to the front ... A spokesman said the returning units had lost 'several
hundred' men." "The" marks units the reader already knows, so the losses are those of the
force the article just named with its state, as "those soldiers" (`told_forces`) is.

Only "the", at most two lowercase modifiers ("returning", "front-line"), a force noun, then
the loss verb right before the figure: "the units lost 300 men" and "the returning units have
suffered 40 casualties", never "units lost 300" (no article: any units) or "the Ukrainian
units lost" (their own state, read as a name)."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.figures import Figure

_LOSS_VERBS = frozenset({"lost", "suffered", "sustained", "incurred"})
_AUXILIARIES = frozenset({"had", "have", "has", "already", "reportedly", "also", "since"})
_FORCES = frozenset(
    {"troops", "soldiers", "forces", "servicemen", "contingent", "fighters", "units",
     "unit", "battalions", "brigades", "formations", "contingents"}
)  # fmt: skip
_MODIFIERS = 2  # "the newly arrived units"


def definite_loss_subject(s: Sentence, f: Figure) -> bool:
    """Whether the figure is lost by "the [modifiers] <force noun>" as the loss verb's subject."""
    k = f.start - 1
    while k > s.start and s.lowers[k] in QUOTES:
        k -= 1
    if k <= s.start or s.lowers[k] not in _LOSS_VERBS:
        return False  # nearly every figure: no loss verb right before it
    k -= 1
    while k > s.start and s.lowers[k] in _AUXILIARIES:
        k -= 1
    if s.lowers[k] not in _FORCES:
        return False
    j = k - 1
    while j >= s.start and k - j <= _MODIFIERS and s.lowers[j] != "the":
        if not s.texts[j].replace("-", "").isalpha() or not s.texts[j].islower():
            return False  # a name, a number or a break: not one bare definite force
        j -= 1
    return j >= s.start and s.lowers[j] == "the"
