""""Poland and the Baltic states formally ceased to be parties to the Ottawa Convention": a
state that stops being a party to a treaty has left it, a withdrawal told without a verb of
leaving or withdrawing. The cue sits at "ceased"; "ceased to be a party to the conflict" names
no treaty, so it is no step.

Parliaments and official copy tell the same exit as an ending of the state's part in the
pact: "the parliament terminated the country's participation in the 1993 agreement", "ended
its membership of the convention". The cue sits at the ending verb; "ended its participation
in the talks" names no treaty, and "terminated the contract" ends a pact, not a state's part
in it, so neither is a step here."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import TREATY_NOUNS

_CEASE = frozenset({"ceased", "ceases", "cease", "ceasing"})
_PARTY = frozenset({"party", "parties", "signatory", "signatories", "member", "members"})
_OBJECT_REACH = 5  # "parties to the 1997 Ottawa Convention"
_END = frozenset(
    {"terminated", "terminates", "terminate", "terminating", "ended", "ends", "end", "ending"}
)
# "terminated Ukraine's participation in", "ended its membership of": the state's part.
_PART = frozenset({"participation", "membership"})
_OWNER_REACH = 4  # "terminated the Republic of Moldova's participation"


def ceased_cues(s: Sentence, taken: list[StepCue]) -> list[StepCue]:
    """A withdrawal cue at each "ceased to be (a) party to <treaty>" or "terminated X's
    participation in <treaty>"."""
    if _CEASE.isdisjoint(s.words):
        return _ended_parts(s, taken) if not _END.isdisjoint(s.words) else []
    starts = {c.start for c in taken}
    lowers = s.lowers
    found: list[StepCue] = []
    for i in range(s.start, s.end - 4):
        if lowers[i] not in _CEASE or i in starts or lowers[i + 1 : i + 3] != ["to", "be"]:
            continue
        k = i + 3 + (lowers[i + 3] in {"a", "an"})
        if lowers[k] not in _PARTY or lowers[k + 1 : k + 2] not in (["to"], ["of"]):
            continue
        if not TREATY_NOUNS.isdisjoint(lowers[k + 2 : min(s.end, k + 2 + _OBJECT_REACH)]):
            found.append(StepCue(Stage.WITHDRAWN, i, i + 1, lowers[i]))
    return found


def _ended_parts(s: Sentence, taken: list[StepCue]) -> list[StepCue]:
    """"terminated Ukraine's participation in the 1993 CIS agreement": the ending verb, the
    state's part within a few words, then "in"/"of" and a treaty noun."""
    if _PART.isdisjoint(s.words):
        return []
    starts = {c.start for c in taken}
    lowers = s.lowers
    found: list[StepCue] = []
    for i in range(s.start, s.end - 3):
        if lowers[i] not in _END or i in starts:
            continue
        window = lowers[i + 1 : min(s.end, i + 2 + _OWNER_REACH)]
        part = next((i + 1 + j for j, w in enumerate(window) if w in _PART), None)
        if part is None or lowers[part + 1 : part + 2] not in (["in"], ["of"]):
            continue
        if _names_treaty(lowers[part + 2 : min(s.end, part + 2 + _OBJECT_REACH)]):
            found.append(StepCue(Stage.WITHDRAWN, i, i + 1, lowers[i]))
    return found


# "participation in the talks on the agreement": the object's phrase ends at its own
# preposition or punctuation, and what follows is another noun's.
_PHRASE_ENDS = frozenset({"on", "about", "over", "with", "for", "to", "and", ",", ".", ";"})


def _names_treaty(words: list[str]) -> bool:
    """Whether the noun phrase opening `words` is a treaty's: "the 1993 CIS agreement"."""
    for word in words:
        if word in TREATY_NOUNS:
            return True
        if word in _PHRASE_ENDS:
            return False
    return False
