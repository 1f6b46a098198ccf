"""A figure whose subject is an "it" that stands for the country the sentence before opened
with: "Russia kept up its air campaign. Overnight, it launched 146 drones at Ukraine." Named,
the country would make the figure its own ("Russia launched 146 drones"); the "it" that
takes it up does the same, as "he" does for a leader (`pronoun_subjects`) and "they" for
forces (`pronoun_forces`). News writes this way when one sentence sets the subject and the
next gives its numbers.

Only the sentence right before counts, and only when it opens with a country's name (not its
demonym, "Russian drones hit ...", nor its possessive, "Georgia's ministry counts ..." whose
"it" is the ministry), so the country is that sentence's subject. An "it" that
opens a passive or a statement of being ("it is believed 300 died", "it was the largest
attack") is no actor, and neither is an "it" a name or a reporting verb is between
(`told_before_pronoun`), nor one after anything but a short fronted time ("The JCS said ... that
it flew 1,000 km", "The ministry said it had signed": the sentence's own subject or object)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.pronoun_subjects import told_before_pronoun

_IT = frozenset({"it"})
# "it is", "it was believed", "it has been": a dummy or passive subject, no actor.
_NOT_ACTING = frozenset(
    {"is", "was", "'s", "’s", "be", "been", "being", "seems", "seemed", "appears", "appeared",
     "remains", "remained", "means", "meant"}
)  # fmt: skip
# The "it" opens the sentence, past at most a short fronted time: "Overnight, it launched",
# "On Monday it fired".
_OPENING = 4
_FRONTING = frozenset({"on", "in", "at", "overnight", "later", "then", "earlier", "last",
                       "this", "since", "after", "by", "during", "yesterday", "today"})  # fmt: skip
_SKIPPED = frozenset({"has", "had", "have", "also", "then", "again", "later", "now", "already"})


def pronoun_state_actor(
    s: Sentence, f: Figure, cues: list[ClaimCue], claim_tokens: set[int],
    mentions: Sequence[Mention],
) -> str | None:
    """The country an "it" subject before the figure stands for, or None."""
    told = told_before_pronoun(s, f, cues, claim_tokens, mentions, _IT)
    if told is None:
        return None  # nearly every sentence: no "it" at all
    it = next(k for k in range(f.start - 1, s.start - 1, -1) if s.lowers[k] in _IT)
    if it > s.start and not _fronted(s, it):
        return None  # "The JCS said ... that it flew", "The ministry said it had signed"
    k = it + 1
    while k < f.start and s.lowers[k] in _SKIPPED:
        k += 1
    if k >= f.start or s.lowers[k] in _NOT_ACTING:
        return None
    opening = told[0]
    entity = s.gazetteer.get(opening.entity)
    if entity is None or entity.kind != "country" or s.gazetteer.is_adjectival(opening.surface):
        return None
    if opening.sentence.lstrip()[len(opening.surface) :].startswith(("'s", "’s")):
        return None  # "Georgia's defence ministry ...": "it" is the ministry, a counter
    previous = s.earlier_start(1)
    if opening.start != s.char_span(previous, previous + 1)[0]:
        return None  # the name opens no sentence, or not the one right before
    return s.gazetteer.actor_of(opening.entity)


def _fronted(s: Sentence, it: int) -> bool:
    """Whether the words before the "it" at token `it` are a short fronted time, not a
    subject of their own: "Overnight, it", "On Monday it", not "The ministry said it"."""
    if it - s.start > _OPENING or s.mentions_between(s.start, it):
        return False
    return s.lowers[s.start] in _FRONTING or s.lowers[it - 1] == ","
