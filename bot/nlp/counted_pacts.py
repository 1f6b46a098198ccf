"""A signing told as part of a count of pacts is the signer's record, not news of a step:
"Japan has concluded similar agreements with 17 countries" (a tally of partners), "The
treaty is the third legal pact the two countries have concluded since ..." (the step in a
relative clause ranking the pact). An alert on either would report old deals as a new one.
"The two countries on Tuesday signed their third pact" puts the step before the ranked
noun, so it is news and stays so."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import Sentence
from bot.nlp.lexicon import NUMBER_WORDS
from bot.nlp.span_records import told_over_years
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import TREATY_NOUNS

_PLURAL_PACTS = frozenset({"agreements", "pacts", "treaties", "accords", "conventions"})
_ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
_PARTNERS = frozenset({"countries", "states", "nations", "partners", "governments"})
_PERFECT = frozenset({"has", "have", "had"})
_NOUN_REACH = 3  # "the third legal pact", "similar defence agreements"
_PARTNER_REACH = 4  # "agreements with some 17 countries"
_RELATIVE_REACH = 6  # "pact that the two countries have concluded"


def counted_pact(s: Sentence, cue: StepCue, trigger: int, modality: Modality) -> Modality:
    """Background for a step whose pact is one of a counted set."""
    if modality is not Modality.REPORTED:
        return modality
    if told_over_years(s, cue):
        return Modality.BACKGROUND  # "the only treaty concluded by Russia in recent years"
    word = s.lowers[trigger]
    if word in _PLURAL_PACTS and _partner_count(s, trigger):
        return Modality.BACKGROUND
    # The ranked pact is the noun the relative clause hangs on, before the step, whichever
    # treaty noun after it the step was paired with.
    if _ORDINALS.isdisjoint(s.words) or not _perfect(s, cue):
        return modality  # nearly every treaty sentence: one set test
    ranked = _pact_before(s, cue)
    return Modality.BACKGROUND if ranked is not None and _ranked(s, ranked) else modality


def _pact_before(s: Sentence, cue: StepCue) -> int | None:
    """"the third legal pact the two countries have concluded": the pact heading the
    relative clause of the step."""
    first = max(s.start, cue.start - _RELATIVE_REACH)
    return next((k for k in range(cue.start - 1, first - 1, -1) if s.lowers[k] in TREATY_NOUNS),
                None)  # fmt: skip


def _partner_count(s: Sentence, trigger: int) -> bool:
    """"agreements with 17 countries", "with eight countries": the pacts counted by their
    partners, in figures or in words."""
    lowers = s.lowers
    if lowers[trigger + 1 : trigger + 2] != ["with"]:
        return False
    after = range(trigger + 2, min(s.end, trigger + 2 + _PARTNER_REACH))
    return any(lowers[k] in _PARTNERS for k in after) and any(
        s.texts[k].replace(",", "").isdigit() or lowers[k] in NUMBER_WORDS for k in after
    )


def _ranked(s: Sentence, trigger: int) -> bool:
    """"the third legal pact": an ordinal in the pact's own noun phrase."""
    return not _ORDINALS.isdisjoint(s.lowers[max(s.start, trigger - _NOUN_REACH) : trigger])


def _perfect(s: Sentence, cue: StepCue) -> bool:
    """"the two countries have concluded": the step told as a record up to now."""
    first = max(s.start, cue.start - 2)
    return not _PERFECT.isdisjoint(s.lowers[first : cue.start])
