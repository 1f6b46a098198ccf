"""A quoted verdict with its speaker's tag, passed on figures other sources just claimed:
'X claimed that 300 soldiers were killed. Y alleged that more than 1,000 were killed or
wounded. "Such figures are nothing but a sheer fabrication," the spokesperson said.'

`told_verdicts` reads the untagged form ("This is nothing but a sheer fabrication.") and
leaves a sentence with a verb of saying alone; `denies_earlier` needs a verb of denial
("Pyongyang denied this"). Here the verdict is the quote and "said" only tags it, so the
figures the quote points back at ("such figures", "these claims") are the speaker's denial,
not the claimers' news.

Only a sentence that opens with a quote mark and the verdict, whose every cue (the tag)
comes after it, is read; only the run of figures other sources claimed, ending in the
previous sentence, is denied. A verdict on the writer's own account, or on figures already
denied, would contradict them and is left alone; so is '"These figures are accurate," he
said' (no verdict)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.verdicts import opens_verdict
from bot.nlp.writer_denials import WRITER

_POINTERS = frozenset({"this", "that", "these", "those", "such", "all"})
# "Such figures are ...": what a pointer may name besides "claims" (which `opens_verdict`
# reads); figures and estimates are what the previous sentences told.
_TOLD_NOUNS = frozenset(
    {"figure", "figures", "number", "numbers", "estimate", "estimates", "tally", "toll",
     "data", "statistics", "claim", "claims", "report", "reports", "allegation",
     "allegations", "rumour", "rumours", "rumor", "rumors"}
)  # fmt: skip
# A plural "such figures" sums up a short run of claims, as `back_verdicts` reads it.
MAX_TOLD = 3


def quoted_verdict(s: Sentence, cues: list[ClaimCue]) -> bool:
    """Whether the sentence opens '"Such figures are nothing but a sheer fabrication," X
    said': a quote mark, the verdict, and tags only after it."""
    lowers = s.lowers
    k = s.start
    # The splitter may leave the opening quote mark at the end of the sentence before.
    if k >= s.end or (lowers[k] not in QUOTES and (k == 0 or lowers[k - 1] not in QUOTES)):
        return False  # nearly every sentence: one lookup
    while k < s.end and lowers[k] in QUOTES:
        k += 1
    if not cues or any(c.claimant is None or c.start <= k for c in cues):
        return False  # the verdict must be the quote a tag after it reports
    if QUOTES.isdisjoint(lowers[k : cues[0].start]):
        return False  # no closing quote mark before the tag: not a quoted verdict
    if k + 1 < s.end and lowers[k] in _POINTERS and lowers[k + 1] in _TOLD_NOUNS:
        # Read "Such figures are ..." as "This is ...": the noun only names what is meant.
        return opens_verdict(["this", *lowers[k + 2 : s.end]], 0, s.end - k - 1)
    return opens_verdict(lowers, k, s.end)


def _denier(speaker: Claimant, claimers: set[str], earlier: list[Claimant]) -> Claimant:
    """Who denies: the tagged speaker when named; an unnamed one ("the spokesperson", "he")
    is the source last introduced that is not among the claimers (a statement's issuer,
    whose spokesperson speaks), else the text's own voice."""
    if speaker.entities:
        return replace(speaker, denied=True)
    for claimant in reversed(earlier):
        if claimant.name not in claimers and claimant.entities:
            return replace(claimant, denied=True)
    return WRITER


def deny_said_verdict(
    s: Sentence,
    cues: list[ClaimCue],
    quantities: list[Quantity],
    since: int,
    earlier: list[Claimant],
) -> None:
    """Make the figures claimed in the sentences just before (the previous one's from
    `since` on, and up to MAX_TOLD sentences back) the denial of the speaker tagging a quoted
    verdict on them. `earlier` holds the sources named so far, oldest first."""
    if since >= len(quantities) or not quoted_verdict(s, cues):
        return
    first = len(quantities)
    sentences: list[str] = []
    while first > 0:
        q = quantities[first - 1]
        if q.claimant is None or q.claimant.denied:
            break  # the writer's own account, or a denial already: no claim to call untrue
        if q.sentence not in sentences:
            if len(sentences) == MAX_TOLD:
                break
            sentences.append(q.sentence)
        first -= 1
    if first > since:
        return  # the previous sentence's figures are not all someone's claim
    claimers = {q.claimant.name for q in quantities[first:] if q.claimant is not None}
    speaker = cues[-1].claimant
    assert speaker is not None  # `quoted_verdict` checked every cue has one
    if speaker.name in claimers:
        return  # '"These are not fabrications," X said' of X's own figures: no denial
    denier = _denier(speaker, claimers, earlier)
    for k in range(first, len(quantities)):
        quantities[k] = replace(quantities[k], claimant=denier)
