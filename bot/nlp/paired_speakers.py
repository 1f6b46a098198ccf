"""Two officials of two states who say one thing together: "South Korean Defence Minister
Kim Yong-hyun and U.S. Defense Secretary Lloyd Austin said in a joint statement that ...".
The subject reading stops at "and", so the claim went to the second official alone; but the
statement is both governments', a joint claim of each state (README: a joint claim is a
claim of every state named). Each side must be a capitalised title-and-name phrase naming
its own state; "Austin and his aides said", or two officials of one state, change nothing."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_MAX_LEFT = 10  # "South Korean Defence Minister Kim Yong-hyun"


def paired_speakers(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """`cues` with a subject "<official of A> and <official of B>" made a joint claim."""
    if not cues or "and" not in s.words:
        return cues  # most sentences
    return [_paired(s, c) for c in cues]


def _paired(s: Sentence, c: ClaimCue) -> ClaimCue:
    claimant = c.claimant
    if claimant is None or c.denied or c.start >= c.verb:
        return c
    # The subject span may hold the "and" ("... Kim Yong-hyun and U.S. ... Austin") or
    # start right after it.
    inner = [k for k in range(c.start, c.end) if s.lowers[k] == "and"]
    # "South Korea and the United States estimate": the subject read starts after "the".
    the = c.start - 1 > s.start and s.lowers[c.start - 1] == "the"
    and_at = inner[0] if len(inner) == 1 else c.start - 1 - int(the)
    if and_at <= s.start or s.lowers[and_at] != "and":
        return c
    left = min(and_at, c.start)
    while left > s.start and and_at - left < _MAX_LEFT and _name_word(s, left - 1):
        left -= 1
    if left == and_at or (left > s.start and s.lowers[left - 1] not in {",", ";", "that"}):
        return c  # not a whole title-and-name phrase opening its clause
    if not all(_name_word(s, k) for k in range(left, and_at)):
        return c
    ours = _states(s, left, and_at)
    theirs = list(dict.fromkeys(s.gazetteer.actor_of(e) for e in claimant.entities))
    if not ours or not theirs or not set(ours).isdisjoint(theirs):
        return c  # two officials of one state, or a side that names none
    entities = tuple(dict.fromkeys([*ours, *claimant.entities, *theirs]))
    joint = Claimant(name=s.phrase(left, c.end), entities=entities, denied=False)
    return c._replace(start=left, claimant=joint)


def _name_word(s: Sentence, k: int) -> bool:
    """A word of a capitalised title or name ("Defence", "Kim", "Yong-hyun", "U.S.")."""
    if s.texts[k][:1].isupper() or s.texts[k] == "-":
        return True
    return k > s.start and s.texts[k - 1] == "-"  # "Yong-hyun": the part after the hyphen


def _states(s: Sentence, start: int, end: int) -> list[str]:
    """The states the names in [start, end) stand for ("South Korean" -> South Korea)."""
    return list(
        dict.fromkeys(s.gazetteer.actor_of(f.entity) for f in s.mentions_between(start, end))
    )
