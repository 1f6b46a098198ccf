"""Whose claim a figure is when the sentence names more than one source: a state's belief
relayed by a named speaker ("South Korea believes ..., Lee said") is the speaker's claim, and
officials of several states speaking together ("South Korean, U.S. and Ukrainian officials
say") are a joint claim of each of those states (joint_claimants.py), and "lawmakers briefed
by the NIS said" is the lawmakers' account of the briefing."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.joint_claimants import group_claimant

# Verbs of holding a view: the view is only known through whoever relays it.
_BELIEF_VERBS = frozenset(
    {"believes", "believe", "believed", "thinks", "think", "thought", "suspects", "suspect",
     "suspected", "assesses", "assess", "assessed"}
)  # fmt: skip
_SPEAKING_VERBS = frozenset({"said", "says", "told", "added", "noted"})
# Group nouns a list of origins can qualify ("Western and South Korean officials").
_GROUP_NOUNS = frozenset(
    {"officials", "sources", "governments", "diplomats", "intelligence", "analysts",
     "agencies", "authorities", "militaries"}
)  # fmt: skip
_REACH = 8


def settle_sources(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """`cues` with a relayed belief handed to its relaying speaker and joint sources named
    for all their states (or left unnamed when one of them is no state)."""
    if not cues:
        return cues
    cues = [
        _briefed(s, c) if (first := _joint(s, c)) is None
        else c._replace(claimant=group_claimant(s, first, c.end))
        for c in cues
    ]
    outer = _closing_speaker(s, cues)
    if outer is None:
        return cues
    return [
        c._replace(claimant=outer.claimant)
        if c.verb < outer.verb and s.lowers[c.verb] in _BELIEF_VERBS and not c.denied
        else c
        for c in cues
    ]


def _closing_speaker(s: Sentence, cues: list[ClaimCue]) -> ClaimCue | None:
    """", Lee said." closing the sentence: a speaker whose words are all that comes before."""
    last = max(cues, key=lambda c: c.verb)
    if last.claimant is None or last.denied or s.lowers[last.verb] not in _SPEAKING_VERBS:
        return None
    if last.start <= s.start or s.lowers[last.start - 1] != ",":
        return None
    after = [k for k in range(last.verb + 1, s.end) if k not in s.date_at]
    if any(s.lowers[k].isalnum() for k in after if s.lowers[k] not in {"on", "in"}):
        return None
    return last


def _joint(s: Sentence, cue: ClaimCue) -> int | None:
    """The first origin word of a group noun whose origin words, written as a list, name two
    or more sources; None for any other subject."""
    if cue.claimant is None or s.lowers[cue.end - 1] not in _GROUP_NOUNS:
        return None
    k = cue.end - 2
    groups, joined = 0, False
    word_before = False
    while k >= max(s.start, cue.end - 1 - _REACH):
        word = s.lowers[k]
        if word in {"and", ","}:
            joined = joined or word == "and"
            word_before = False
        elif s.texts[k][:1].isupper():
            if not word_before:
                groups += 1
            word_before = True
        else:
            break
        k -= 1
    return k + 1 if joined and groups >= 2 else None


# Participles that make the subject a listener: "lawmakers briefed by the NIS".
_HEARD = frozenset({"briefed", "told", "informed", "shown"})


def _briefed(s: Sentence, cue: ClaimCue) -> ClaimCue:
    """A subject that heard a briefing tells its own account of it."""
    inner = next((k for k in range(cue.start + 1, cue.end - 1)
                  if s.lowers[k] in _HEARD and s.lowers[k + 1] == "by"), None)  # fmt: skip
    if inner is None or cue.denied:
        return cue
    start = cue.start
    while start < inner and s.lowers[start] in {"and", "but", "while"}:
        start += 1
    if start == inner:
        return cue
    listener = name_claimant(s, start, inner, denied=False)
    return cue if listener is None else cue._replace(start=start, end=inner, claimant=listener)
