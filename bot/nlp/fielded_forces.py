"""An army's whole strength told as what it can put into the field: "Finland's armed forces
can field about 280,000 troops in wartime", "the army could mobilise 900,000 reservists". The
capacity of the whole force, not a deployment; a deployment is told as done ("fielded 3,000
troops on the border") or planned ("will field a brigade")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import WHOLE_FORCE_NOUNS

_FIELD_VERBS = frozenset({"field", "mobilise", "mobilize", "muster", "raise"})
_ABLE = frozenset({"can", "could"})
_ARMY_WORDS = frozenset(w for phrase in WHOLE_FORCE_NOUNS for w in phrase.split())


def can_field(s: Sentence, f: Figure) -> bool:
    verb = f.start - 1
    if verb - 1 < s.start or s.lowers[verb] not in _FIELD_VERBS:
        return False
    if s.lowers[verb - 1] not in _ABLE:
        return False
    subject = s.lowers[s.clause_start(verb) : verb - 1]
    return not _ARMY_WORDS.isdisjoint(subject)
