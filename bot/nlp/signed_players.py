"""A club signing a player "to" a deal: "The Eagles have signed American right-hander Cole
Whitaker to a one-year deal", "signed defender Kim to a two-year contract extension", or "on"
one, as British and Irish sports pages put it ("signed striker X from Cork City on an
18-month contract"). A state signs a treaty itself; a person signed "to" a deal is hired
under it, whatever nationality ("American") the sentence gives him, so the deal is no treaty
step.

Only a signing verb whose object, a short phrase with a capitalised name and no treaty noun,
runs up to "to a"/"on a" (or "an") and a deal, contract or extension a few words on: "signed
the pact to a standing ovation" has a treaty noun as its object.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import SIGN, TREATY_NOUNS

_HIRING = frozenset({"deal", "contract", "extension"})
_OBJECT_REACH = 10  # "signed South Korean goalkeeper Kim Jin-seo to", "X from Cork City on"
# "to a one-year deal", and the British and Irish "on a two-year contract".
_TERMS = frozenset({"to", "on"})
_TERM_REACH = 5  # "to a two-year contract extension"


def signs_player(s: Sentence, cue: StepCue) -> bool:
    """Whether the signing at `cue` hires a named person "to a ... deal"."""
    if cue.verb_word not in SIGN or _TERMS.isdisjoint(s.words):
        return False  # nearly every step
    verb = cue.start
    to = next((k for k in range(verb + 1, min(s.end, verb + 1 + _OBJECT_REACH))
               if s.lowers[k] in _TERMS), None)  # fmt: skip
    if to is None or to == verb + 1 or s.lowers[to + 1 : to + 2] not in (["a"], ["an"]):
        return False
    named = s.texts[verb + 1 : to]
    if not any(w[:1].isupper() for w in named) or not TREATY_NOUNS.isdisjoint(
        s.lowers[verb + 1 : to]
    ):
        return False
    return not _HIRING.isdisjoint(s.lowers[to + 2 : to + 2 + _TERM_REACH])
