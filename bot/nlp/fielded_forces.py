"""An army's whole strength told as what it can put into the field: "Finland's armed forces
can field about 280,000 troops in wartime", "the army could mobilise 900,000 reservists". The
capacity of the whole force, not a deployment; a deployment is told as done ("fielded 3,000
troops on the border") or planned ("will field a brigade"). With "in wartime" after it, a
state's capacity is its army's too: "Norway, whose coast ..., can mobilise 80,000 troops in
wartime".

A sentence opening with the strength is the same: "With about 1.2 million troops, North
Korea's military is among the world's largest" describes the army by its size."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import WHOLE_FORCE_NOUNS
from bot.nlp.wartime_forces import wartime_force

_FIELD_VERBS = frozenset({"field", "mobilise", "mobilize", "muster", "raise"})
_ABLE = frozenset({"can", "could"})
_ARMY_WORDS = frozenset(w for phrase in WHOLE_FORCE_NOUNS for w in phrase.split())
_SUBJECT_REACH = 5  # "North Korea 's military is": the army noun ends the main clause's subject
_WARTIME = (("in", "wartime"), ("in", "war"), ("in", "a", "war"), ("in", "time", "of", "war"))


def can_field(s: Sentence, f: Figure) -> bool:
    # "can mobilise a wartime force of 280,000 troops": the capacity named as a noun.
    return _able_to_field(s, f) or _fronted_strength(s, f) or wartime_force(s, f)


def _able_to_field(s: Sentence, f: Figure) -> bool:
    verb = f.start - 1
    if verb - 1 < s.start or s.lowers[verb] not in _FIELD_VERBS:
        return False
    if s.lowers[verb - 1] not in _ABLE:
        return False
    subject = s.lowers[s.clause_start(verb) : verb - 1]
    if not _ARMY_WORDS.isdisjoint(subject):
        return True
    # Whoever the subject, the strength it has for a war is the whole army's.
    return any(tuple(s.lowers[f.end : f.end + len(w)]) == w for w in _WARTIME)


def _fronted_strength(s: Sentence, f: Figure) -> bool:
    """"With about 1.2 million troops, X's military is ...": the figure opens the sentence
    and the army is the subject right after the comma."""
    if f.start != s.start + 1 or s.lowers[s.start] != "with":
        return False
    if f.end >= s.end or s.lowers[f.end] != ",":
        return False
    return not _ARMY_WORDS.isdisjoint(s.lowers[f.end + 1 : f.end + 1 + _SUBJECT_REACH])
