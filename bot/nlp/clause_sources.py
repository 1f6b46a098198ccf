"""A second source opening a clause after a semicolon: "The agency said in January that 300
soldiers had been killed; Budanov's figure is higher, at roughly 4,000 killed and wounded".
The owner of the figure, tally or estimate that opens the clause claims the clause's count,
not the speaker of the first clause, and a person counts as well as a body ("Budanov's
figure"), since the noun is the subject of a "be" verb that states its value. Such a rival
figure counts what the first clause counted, so an ownerless count in it takes that
count's side."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence

_POSSESSIVE = frozenset({"'s", "’s", "'"})
SOURCE_NOUNS = frozenset(
    {"figure", "figures", "estimate", "estimates", "count", "tally", "toll", "assessment"}
)
# The source noun states its value: "is higher, at ...", "stands at", "puts it at".
_STATING = frozenset({"is", "are", "was", "were", "stands", "stood", "puts", "put"})
# Words a semicolon clause may open with before the source: "; but Kyiv's count is ...".
_OPENERS = frozenset({"but", "however", "while", "and", "yet", "the"})


def clause_source_cues(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """Cues for "; <source>'s figure is ..." clauses the sentence's other cues miss."""
    if ";" not in s.words:
        return []  # most sentences: no second clause of this shape
    taken = {c.start for c in cues}
    out: list[ClaimCue] = []
    for k in range(s.start, s.end):
        if s.lowers[k] != ";":
            continue
        cue = _source_after(s, k + 1)
        if cue is not None and cue.start not in taken:
            out.append(cue)
    return out


def _source_after(s: Sentence, first: int) -> ClaimCue | None:
    """The cue of "<named source>'s <figure noun> <be>" opening the clause at `first`."""
    k = first
    while k < s.end and s.lowers[k] in _OPENERS and k not in s.mention_at:
        k += 1
    found = s.mention_at.get(k)
    if found is None or found.start != k:
        return None
    noun = found.end
    if noun < s.end and s.lowers[noun] in _POSSESSIVE:
        noun += 1
    elif not found.possessive:
        return None  # "; Kyiv figures ...": no owner of the figure
    if noun + 1 >= s.end or s.lowers[noun] not in SOURCE_NOUNS:
        return None
    if s.lowers[noun + 1] not in _STATING:
        return None  # "; Budanov's figures were cited by ...": the noun is no subject
    claimant = name_claimant(s, found.start, found.end)
    if claimant is None:
        return None
    return ClaimCue(noun, found.start, found.end, claimant, denied=False)


def rival_owners(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Ownerless counts in a "; <source>'s figure is ..." clause, given the side of the same
    kind of count the clause before it gave: "300 North Korean soldiers had been killed;
    Budanov's figure is higher, at 4,000 killed" are both North Korea's dead."""
    if ";" not in s.words or all(q.actor is not None for q in found):
        return found  # most sentences: nothing to give
    breaks = [k for k in range(s.start, s.end) if s.lowers[k] == ";"]
    out = list(found)
    for n, k in enumerate(breaks):
        if _source_after(s, k + 1) is None:
            continue
        start = s.char_span(k, k + 1)[1]
        stop = s.char_span(breaks[n + 1], breaks[n + 1] + 1)[0] if n + 1 < len(breaks) else None
        for i, q in enumerate(out):
            if q.actor is not None or q.start < start or (stop is not None and q.start >= stop):
                continue
            before = [p for p in out if p.start < start and p.category == q.category]
            sides = {p.actor for p in before}
            if len(sides) == 1 and None not in sides:
                out[i] = replace(q, actor=before[-1].actor)  # one side counted: its figure
    return out


_BE = frozenset({"is", "are", "was", "were"})


def owned_estimate(s: Sentence, q_start: int) -> bool:
    """"Kyiv's figure is about 6,000": a bare number a named source's figure is, another
    estimate of what was just counted."""
    end = q_start
    # "Ukraine's own count is higher, about 1.16 million": a comparison set off before the
    # figure still makes it what the count is.
    if s.lowers[max(s.start, end - 2) : end] in (["higher", ","], ["lower", ","]):
        end -= 2
    elif s.lowers[max(s.start, end - 3) : end] in (["higher", ",", "at"], ["lower", ",", "at"]):
        end -= 3
    if end - 3 < s.start:
        return False
    owner, noun, verb = s.lowers[end - 3 : end]
    if owner == "own" and end - 4 >= s.start:
        owner = s.lowers[end - 4]  # "Kyiv's own figure": its own, against the one just told
    return owner in _POSSESSIVE and noun in SOURCE_NOUNS and verb in _BE
