"""A quotation that runs over several sentences is the speaker's throughout: in '"Eleven
thousand soldiers are already in Kursk. Our partners see this," he said.' the attribution
comes only after the quote closes, one sentence on, yet the figure in the first sentence is
the speaker's. A sentence that opens a double quote it does not close leaves its unsourced
figures waiting; sentences inside the quote (no quote mark, no source of their own) add
theirs; the sentence that closes the quote and names its speaker right after the mark gives
them that speaker. Anything else ends the wait, so a figure is never given to a source more
than a few sentences away."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.models import Claimant, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

# Double quotes only: a single one may be an apostrophe ("the soldiers' unit").
_DOUBLE = frozenset({'"', "“", "”", "«", "»", "„"})
_REACH = 3  # sentences a quotation may run before its attribution
_NEAR = 2  # tokens between the closing mark and the speaker or verb: '," he said'


@dataclass(frozen=True, slots=True)
class OpenQuote:
    """A quotation still open: where its first sentence's figures start, how many
    sentences it has run."""

    first: int
    sentences: int


def continued_quote(
    s: Sentence, cues: list[ClaimCue], quantities: list[Quantity], first: int,
    pending: OpenQuote | None,
) -> OpenQuote | None:
    """The open quotation after sentence `s`, whose figures start at `first` in
    `quantities`; fills the quotation's unsourced figures when `s` names its speaker."""
    if pending is None and s.lowers[s.start] not in _DOUBLE:
        return None  # nearly every sentence: one word test
    marks = [k for k in range(s.start, s.end) if s.lowers[k] in _DOUBLE]
    if pending is None:
        opened = len(marks) % 2 == 1 and not any(c.claimant for c in cues)
        return OpenQuote(first, 1) if opened else None
    if not marks:
        inside = not cues and pending.sentences < _REACH
        return OpenQuote(pending.first, pending.sentences + 1) if inside else None
    if len(marks) % 2 == 1 and marks[0] > s.start:
        speaker = _speaker(cues, marks[0])
        if speaker is not None:
            for k in range(pending.first, len(quantities)):
                q = quantities[k]
                if q.claimant is None and not q.whole_force:
                    quantities[k] = replace(q, claimant=speaker)
    return None


def _speaker(cues: list[ClaimCue], mark: int) -> Claimant | None:
    """The source named right after the closing mark: '," he said', '," said Kim'."""
    for cue in cues:
        if cue.claimant is not None and 0 < min(cue.start, cue.verb) - mark <= _NEAR:
            return cue.claimant
    return None
