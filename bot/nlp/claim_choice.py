"""Which of a sentence's claim cues speaks for a fact: the nearest assertion, a denial when
nothing asserts, and the speaker of a "that" clause over a relay ("according to", ", the
agency reported")."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.branding_participles import BRANDING_PARTICIPLES
from bot.nlp.citing_sources import cited_claimant, without_citing
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.clause_sources import SOURCE_NOUNS
from bot.nlp.possessed_records import possessed_record
from bot.nlp.put_at_figures import puts_own_figure
from bot.nlp.unnamed_relays import unnamed_relay


def claimant_for(
    cues: list[ClaimCue], position: int, lowers: list[str] | None = None
) -> Claimant | None:
    """The claimant of a fact at token `position`: the nearest assertion in its sentence;
    a denial only when nothing in the sentence asserts. A speaker whose "that" clause holds
    the fact outranks an "according to" after it, which only relays it."""
    if not cues:
        return None  # most facts: no claim in the sentence
    if lowers is not None:
        if (cited := cited_claimant(cues, position, lowers)) is not None:
            return cited  # "Citing Ukrainian estimates, he said ...": the state's own account
        cues = without_citing(cues, lowers)
    asserting = [c for c in cues if not c.denied and c.claimant is not None]
    if lowers is not None and any(c.denied for c in cues):
        # "X rejected reports that N ..., the agency reported": the relay does not endorse;
        # "X said ... and dismissed reports that N": the denial, not the earlier assertion,
        # holds the figure; so does "X said ..., calling talk of N 'a canard'".
        last = max((c.verb for c in asserting if c.verb < position), default=-1)
        denials = [c for c in cues if c.denied and c.claimant is not None
                   and last < c.verb < position
                   and ("that" in lowers[c.verb : position]
                        or lowers[c.verb] in BRANDING_PARTICIPLES)]  # fmt: skip
        if denials:
            return max(denials, key=lambda c: c.verb).claimant
    pool = asserting or [c for c in cues if c.claimant is not None]
    if lowers is not None:
        pool = [c for c in pool if not _later_claim(c, position, lowers)]
        if not pool and asserting:
            # "X called reports of N 'lies', while Y said last week that ...": the only
            # assertion speaks of its own clause, so the denial before is all that speaks of N.
            pool = [c for c in cues if c.claimant is not None and c.denied
                    and not _later_claim(c, position, lowers)]  # fmt: skip
        pool = _without_records(pool, lowers)
    if not pool:
        return None
    best = min(pool, key=lambda c: abs(c.verb - position))
    if lowers is not None:
        best = _outer_speaker(pool, best, position, lowers)
    if lowers is not None and best.verb > position and lowers[best.verb] == "according":
        speakers = [c for c in pool if c.verb < position and "that" in lowers[c.verb : position]]
        if speakers:
            return max(speakers, key=lambda c: c.verb).claimant
    return best.claimant


def _without_records(pool: list[ClaimCue], lowers: list[str]) -> list[ClaimCue]:
    """"According to preliminary data, 3,000 were killed," Zelensky wrote': an "according to"
    a record in lower case (data, estimates, figures) names nobody to check with; the speaker
    who cites it claims the figure. Alone in the sentence, the record stays the source."""
    records = [c for c in pool if lowers[c.verb] == "according"
               and (record(c.claimant) or possessed_record(c.claimant))]  # fmt: skip
    return [c for c in pool if c not in records] if records and len(records) < len(pool) else pool


def record(claimant: Claimant | None) -> bool:
    """A source that is a record, not a speaker: "preliminary data", "our estimates"."""
    if claimant is None or claimant.entities or not claimant.name.islower():
        return False
    return claimant.name.rsplit(" ", 1)[-1] in RECORD_NOUNS


RECORD_NOUNS = frozenset(
    {"data", "estimates", "estimate", "figures", "information", "calculations", "statistics",
     "count", "counts", "tally", "assessment", "assessments", "findings"}
)  # fmt: skip


def _later_claim(cue: ClaimCue, position: int, lowers: list[str]) -> bool:
    """"Some 9,000 troops are in Russia, and Kyiv says 2,000 have reached Kursk": a source
    in a later clause who gives its own figure or "that" clause says nothing of the figure
    before it."""
    if cue.verb <= position or cue.verb + 1 >= len(lowers):
        return False  # most claims: the verb before the figure, or closing the sentence
    after = lowers[cue.verb + 1]
    if _as_clause_source(cue, position, lowers, after):
        return True
    # "..., and Kyiv's figure is higher": a source noun opens its own clause's account.
    owned = lowers[cue.verb] in SOURCE_NOUNS and lowers[cue.verb - 1] in {"'s", "’s", "'"}
    opens = after == "that" or after[:1].isdigit() or owned or _dated_that(cue.verb, lowers)
    # "..., but it accuses others of ...": a charge speaks only of what it charges.
    opens = opens or lowers[cue.verb] in _ACCUSING
    # "..., while Kyiv puts the deployment at 12,000": a figure of its own, as "says 12,000".
    # "raised its figure to 3,000, and by November it put the number at 10,000": a pronoun
    # is the same source going on, still the one for the figure before.
    opens = opens or (puts_own_figure(cue.verb, lowers) and not _pronoun(cue, lowers))
    return opens and not _JOINS.isdisjoint(lowers[position : cue.start + 1])


_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def _pronoun(cue: ClaimCue, lowers: list[str]) -> bool:
    return cue.end - cue.start == 1 and lowers[cue.start] in _PRONOUNS


_JOINS = frozenset({"and", "but", "while", "whereas", ";"})
_ACCUSING = frozenset({"accuse", "accuses"})
# After "as X said" these close an attribution ("as the ministry said on Monday."), which
# does vouch for the clause before it.
_ATTRIBUTION_ENDS = frozenset(
    {".", ",", ";", "on", "in", "at", "last", "earlier", "this", "yesterday", "today", "late",
     "early", "'", '"', "”", "’", ")"}
)  # fmt: skip


def _as_clause_source(cue: ClaimCue, position: int, lowers: list[str], after: str) -> bool:
    """"The Duma approved the treaty with 397 votes, as Washington said thousands of troops
    were in Russia": an "as" (or "of whom") before the subject opens a clause of its own whose
    source speaks of what follows the verb, not of the figure before it."""
    if position >= cue.start - 1:
        return False
    if lowers[cue.start - 1] == "as":
        return after not in _ATTRIBUTION_ENDS
    # "The 11,000 soldiers, of whom Ukraine says 4,000 have been killed": the source of the
    # relative clause counts the part, not the group it hangs on.
    return cue.start - 2 >= 0 and lowers[cue.start - 2] == "of" and lowers[cue.start - 1] in {
        "whom", "which"
    }
# "..., and Ukraine said earlier this month that ...": a time phrase between the verb and its
# "that" still opens the later source's own clause.
_MAX_TIME_GAP = 4


def _dated_that(verb: int, lowers: list[str]) -> bool:
    """Whether a "that" follows the verb after a few words of time ("on Monday", "last week")."""
    gap = lowers[verb + 1 : verb + 2 + _MAX_TIME_GAP]
    if "that" not in gap:
        return False
    between = gap[: gap.index("that")]
    return bool(between) and all(w.isalpha() for w in between) and not _TIME.isdisjoint(between)


_TIME = frozenset(
    {"earlier", "later", "on", "last", "this", "yesterday", "today", "previously", "week",
     "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "in", "recently"}
)  # fmt: skip


def _outer_speaker(
    pool: list[ClaimCue], best: ClaimCue, position: int, lowers: list[str]
) -> ClaimCue:
    """A relayed account is claimed by whoever relays it: "..., the NIS told lawmakers,
    according to Rep. Kang" is Kang's, and "Rutte said the members were briefed by a
    delegation, which told them ..." is Rutte's."""
    # Only a source told after the fact: "The agency believes about 600 ..., according to a
    # lawmaker" opens with its own account, which the relay passes on unchanged.
    # An indefinite relay ("according to a lawmaker") names nobody to check with: the named
    # source inside it ("the NIS said ..., according to a lawmaker") keeps its claim.
    relays = [c for c in pool if c.verb > best.verb and lowers[c.verb] == "according"
              and not _indefinite(c.claimant)]  # fmt: skip
    if relays and lowers[best.verb] != "according" and best.verb > position:
        return relays[-1]
    # "Rutte said the members had been briefed by a delegation": a source named inside
    # another's reported clause, with no break between the two verbs.
    outer = [c for c in pool if c.verb < best.verb and lowers[c.verb] in _SAYING
             and _BREAKS.isdisjoint(lowers[c.verb : best.verb])]  # fmt: skip
    return min(outer, key=lambda c: c.verb) if outer else best


def _indefinite(claimant: Claimant | None) -> bool:
    """"a lawmaker", "two committee members", "several officials": one of many, unnamed."""
    return unnamed_relay(claimant)


_SAYING = frozenset({"said", "says", "told", "tells"})
_BREAKS = frozenset({",", ";", ":", "and", "but", "while", '"', "“", "”", "according"})


def claimant_tokens(cues: list[ClaimCue]) -> set[int]:
    """Token positions inside claim subjects: a claimant is not the actor of a figure."""
    return {i for c in cues for i in range(c.start, c.end)}
