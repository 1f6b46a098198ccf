"""A toll given to "its" or "their" in a reported clause that follows the clause naming the
force: "said the DPRK contingent in Russia now numbered about 11,000 servicemen and that its
losses had exceeded 5,000 killed and wounded", "said North Korean units had been pulled back
and that their casualties had passed 4,000". The possessive points back at the force the
report is about, not at the sentence's subject (the source who said it), which is where
clause_possessives.py looks. The force is a country's name or demonym standing right before a
force noun ("the DPRK contingent", "Pyongyang's units"); only when every such force in the
sentence before the possessive is the same side: with two ("Russian and North Korean units
... their losses") whose losses they are is unclear."""

from __future__ import annotations

from collections.abc import Callable

from bot.models import Quantity
from bot.nlp.casualty_owners import own_casualties
from bot.nlp.context import Sentence

_POSSESSIVES = frozenset({"its", "their"})
_LOSS_NOUNS = frozenset({"losses", "casualties", "dead", "toll"})
# What opens the possessive's reported clause: "... and that its losses", "..., and their".
OPENERS = frozenset({"that", "and"})
_FORCES = frozenset(
    {"troops", "soldiers", "units", "forces", "servicemen", "personnel", "contingent",
     "force", "brigades", "battalions", "regiments", "deployment"}
)  # fmt: skip
# Between the force's name and its noun: "North Korean special forces", "Pyongyang 's troops".
_FORCE_LEADS = frozenset({"'s", "special", "military", "combat", "expeditionary"})
_JOINS = frozenset({"and", ","})
_NOUN_REACH = 3  # "its losses", "their combined losses", "its total casualties"
_NUMBER_REACH = 8  # "its losses in Kursk had already exceeded" before the number


def possessive_loss_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The ownerless casualty counts of a reported "... and that its losses ..." clause,
    given to the one country whose force the sentence named before it."""

    def side_at(number: int, _: Quantity) -> str | None:
        owner = _possessive_at(s, number)
        return None if owner is None else force_side(s, owner)

    return own_casualties(s, found, _POSSESSIVES, side_at)


def _possessive_at(s: Sentence, number: int) -> int | None:
    """The clause-opening "its"/"their" + loss noun close before token `number`."""
    p = loss_marker(s, number, s.start, _POSSESSIVES.__contains__)
    opened = p is not None and p - 1 > s.start and s.lowers[p - 1] in OPENERS
    return p if opened else None


def loss_marker(
    s: Sentence, number: int, lowest: int, is_marker: Callable[[str], bool]
) -> int | None:
    """The nearest owner mark ("its", "'s") before token `number` in the number's clause whose
    head noun is a loss noun, searched back to `lowest`; None at another clause or name."""
    for p in range(number - 1, max(lowest, number - _NUMBER_REACH) - 1, -1):
        word = s.lowers[p]
        if word in (",", ";", ":") or p in s.mention_at:
            return None  # another clause, or a name of its own: "its losses in Russia"
        if not is_marker(word):
            continue
        nouns = s.lowers[p + 1 : min(number, p + 1 + _NOUN_REACH)]
        # "its estimate of losses" is the source's estimate: the loss noun must be its head.
        owned = not _LOSS_NOUNS.isdisjoint(nouns) and "of" not in nouns
        return p if owned else None
    return None


def force_side(s: Sentence, possessive: int) -> str | None:
    """The side of the forces named by a country before token `possessive`, if only one."""
    sides: set[str] = set()
    for m in s.mentions:
        if m.start < s.start or m.end > possessive:
            continue
        j = m.end
        # "Russian and North Korean units": every country the force noun names is a side.
        while j < possessive and (s.lowers[j] in _FORCE_LEADS | _JOINS or j in s.mention_at):
            j += 1
        if j >= possessive or s.lowers[j] not in _FORCES:
            continue
        known = s.gazetteer.get(m.entity)
        actor = s.gazetteer.actor_of(m.entity) if known and known.kind == "country" else None
        if actor is None:
            return None  # "the agency's units": no country's force
        sides.add(actor)
    return next(iter(sides)) if len(sides) == 1 else None
