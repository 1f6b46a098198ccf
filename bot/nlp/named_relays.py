"""A source named by name who relays another's account claims it: "The NIS told a closed
session that about 900 troops had been wounded, according to Rep. Kim Min-jae", "The NIS
believes that some 2,500 are there, Rep. Han Ji-woo told reporters", "According to Han, the
NIS also believes ...".
The analyst can only check the account with the one who told it, so the outer speaker wins;
but an unnamed relay ("according to a lawmaker who attended", "South Korean officials said")
adds nobody to check with, and the named body inside it keeps the claim. A body named as the
speaker inside a person's relay gets its claim back once the figure is dated
(`relayed_bodies`)."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.possessed_records import possessed_record

_RELAY_VERBS = frozenset({"according", "said", "says", "told", "tells", "added", "adds"})
# "..., he added" names a person too: the pronoun is resolved to the speaker named before.
# Capitalised words that describe a group rather than name anyone: "Western officials".
_GROUP_WORDS = frozenset(
    {"western", "eastern", "northern", "southern", "european", "allied", "arab", "senior",
     "government", "military", "intelligence", "u.s.", "us", "un", "eu"}
)  # fmt: skip


_JOINS = frozenset({"and", "but", "while", "whereas"})
# What follows a verb that closes the sentence's account: its end, its audience, its time.
_CLOSINGS = frozenset(
    {".", ",", "reporters", "journalists", "lawmakers", "parliament", "on", "in", "at",
     "after", "late", "earlier", "later", "yesterday", "today", "this", "last"}
)  # fmt: skip


def named_relay(s: Sentence, cues: list[ClaimCue], position: int) -> Claimant | None:
    """The claimant of a named relay wrapping the figure at token `position` together with
    another source's account of it, else None."""
    relay = named_relay_cue(s, cues, position)
    return None if relay is None else relay.claimant


def named_relay_cue(s: Sentence, cues: list[ClaimCue], position: int) -> ClaimCue | None:
    """The cue of the named relay `named_relay` credits, else None."""
    if len(cues) < 2:
        return None  # most sentences: one source or none, nobody relays anybody
    relay = _closing_relay(s, cues, position) or _opening_relay(s, cues, position)
    if relay is None or relay.claimant is None or possessed_record(relay.claimant):
        return None  # "according to the General Staff's tallies" cites a record, relays no one
    if not (_named(s, relay) or s.lowers[relay.start : relay.end] in (["he"], ["she"])):
        return None
    inner = [c for c in cues if c is not relay and c.claimant is not None and not c.denied]
    return relay if inner else None


def _closing_relay(s: Sentence, cues: list[ClaimCue], position: int) -> ClaimCue | None:
    """", according to Rep. Park", ", Rep. Lee told reporters": the last cue, set off by a
    comma after the figure, with no figure or "that" clause of its own after its verb."""
    last = max(cues, key=lambda c: c.verb)
    if last.denied or s.lowers[last.verb] not in _RELAY_VERBS or last.verb < position:
        return None
    according = s.lowers[last.verb] == "according"
    opener = last.verb if according else last.start
    if opener <= position or s.lowers[opener - 1] != "," or s.lowers[opener] in _JOINS:
        return None  # "..., and the governor said 12 were wounded": a claim of its own
    after = s.lowers[last.verb + 1] if last.verb + 1 < s.end else "."
    return last if according or after in _CLOSINGS or last.verb + 1 in s.date_at else None


def _opening_relay(s: Sentence, cues: list[ClaimCue], position: int) -> ClaimCue | None:
    """"According to Lee, the NIS also believes ...": a relay opening the sentence."""
    first = min(cues, key=lambda c: c.verb)
    if first.denied or first.verb != s.start or s.lowers[first.verb] != "according":
        return None
    if first.end >= position or s.lowers[first.end : first.end + 1] != [","]:
        return None
    return first


def _named(s: Sentence, cue: ClaimCue) -> bool:
    """Whether the relay's subject names someone: a capitalised word that is no demonym
    ("South Korean officials") and no group's description ("Western officials")."""
    for k in range(cue.start, cue.end):
        word = s.texts[k]
        if word in {",", "("}:
            return False  # an aside after the name: "a lawmaker, who ..."
        if not word[:1].isupper() or s.lowers[k] in _GROUP_WORDS:
            continue
        found = s.mention_at.get(k)
        if found is None or not found.adjectival:
            return True
    return False
