"""A force a body authorises counts the strength it may reach, not troops on the ground:
"the Security Council authorised a new force for Haiti of up to 5,550 personnel", "approved
a 3,000-strong mission", "authorised the deployment of up to 800 troops". Authorisation sets
a ceiling that states have still to fill, so the figure is planned. A force told as
authorised in the past with its size ("the mission, authorised in 2023 with 2,500
personnel") sizes no "of" phrase after the verb and is left to the dating rules."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_AUTHORISING = frozenset(
    {"authorised", "authorized", "authorises", "authorizes", "authorise", "authorize",
     "approved", "approves", "approve", "mandated", "mandates", "endorsed", "endorses"}
)  # fmt: skip
# What an authorisation creates or sends, sized by "of N" or "N-strong".
_FORCES = frozenset(
    {"force", "forces", "mission", "deployment", "contingent", "operation", "brigade",
     "battalion", "unit", "corps"}
)  # fmt: skip
# "authorised a new Gang Suppression Force for Haiti of up to": verb to figure, at most.
_REACH = 12


def authorised_size(s: Sentence, f: Figure) -> bool:
    """Whether the troop figure sizes a force an authorising verb before it creates."""
    if f.category != "troop" or _AUTHORISING.isdisjoint(s.words):
        return False  # no verb of authorising: nearly every sentence
    first = s.clause_start(f.start)
    window = range(max(first, f.start - _REACH), f.start)
    verb = next((k for k in window if s.lowers[k] in _AUTHORISING), None)
    if verb is None or (verb - 1 >= s.start and s.lowers[verb - 1] == ","):
        return False  # ", authorised in 2023 with 2,500": a force described, not created
    if f.unit.lower() in _FORCES:
        return True  # "authorised a 5,000-strong force": the force is the figure's own noun
    if _FORCES.isdisjoint(s.lowers[verb + 1 : f.start]):
        return False
    # "a force ... of up to 5,550": "of" just before the figure (its qualifier included).
    return s.lowers[f.start - 1] == "of"
