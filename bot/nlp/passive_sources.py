"""A source named after its figures, in the passive: "The enemy's losses amounted to 1,200
personnel over the past day. This was reported by the General Staff on Facebook." Translated
agency copy states the figures first and names who gave them in the next sentence; that
source vouches for the previous sentence's figures nobody else vouched for, as "Pyongyang
has denied this" disputes them."""

from __future__ import annotations

from bot.models import Claimant, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.enemy_claims import claimant_enemies

_BACK = frozenset({"this", "that", "it"})
# "This was stated on Telegram on Saturday by X": translated agency copy puts where and when
# between the participle and its agent. Only a short phrase that opens with one of these
# prepositions and holds no verb or clause break may stand there.
_ADJUNCT_OPENERS = frozenset({"on", "in", "at", "during", "via"})
_MAX_ADJUNCT = 7  # "on the air of the national telethon"
_ADJUNCT_STOPS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "and", "but"})
_BE = frozenset({"was", "were", "is", "has", "have", "been"})
# "This was stated by", "This has been announced by": a short subject and a verb of being.
_MAX_LEAD = 4


def agent_after(s: Sentence, verb: int) -> int | None:
    """The token after the "by" that names a passive reporting verb's agent: right after the
    verb ("was reported by X") or after a short adjunct ("was stated on Telegram on Saturday
    by X"); None when no agent follows."""
    k = verb + 1
    if k < s.end and s.lowers[k] == "by":
        return k + 1
    if k >= s.end or s.lowers[k] not in _ADJUNCT_OPENERS:
        return None  # nearly every passive verb
    for j in range(k + 1, min(s.end, k + 1 + _MAX_ADJUNCT)):
        word = s.lowers[j]
        if word == "by":
            return j + 1 if j + 1 < s.end else None
        if word in _ADJUNCT_STOPS or (word.endswith("ed") and not s.texts[j][:1].isupper()):
            return None  # "was reported in a town shelled by ...": another verb's agent
    return None


def passive_source(s: Sentence, cues: list[ClaimCue]) -> Claimant | None:
    """The source of "This was reported by X", X; None when the sentence is not that."""
    if "by" not in s.words or s.lowers[s.start] not in _BACK:
        return None  # most sentences
    for cue in cues:
        verb = cue.verb
        if cue.denied or cue.claimant is None or cue.start <= verb:
            continue
        if agent_after(s, verb) is None or verb - s.start > _MAX_LEAD:
            continue
        if all(w in _BE for w in s.lowers[s.start + 1 : verb]) and verb > s.start + 1:
            return cue.claimant
    return None


def vouched_enemies(told: Sentence | None, vouched: list[Quantity]) -> list[Quantity]:
    """The vouched sentence's figures once its source is known: "The total combat losses of
    the enemy amounted to 722,440 personnel. This was reported by the General Staff of the
    Armed Forces of Ukraine." When that sentence was read its enemy had no side; the source
    now names it (enemy_claims.py)."""
    if told is None or not vouched:
        return vouched
    return claimant_enemies(told, vouched)
