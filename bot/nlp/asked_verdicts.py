"""A figure a source was asked about, which the source's answer calls untrue: "Asked about
claims by Kyiv that 3,000 soldiers had been killed, the spokesman said Moscow would not take
part in 'such speculation'". The fronted question tells what others claimed; the answer's
speaker rejects it with a verdict word, so the figure is that speaker's denial, not news. So
does an answer that refuses to trust the figures, with no verdict word: "..., the spokesman
said the ministry did not trust such numbers" (distrusted_answers.py).

An answer without a verdict ("Asked about reports that ..., X said the talks would go on")
denies nothing and is left alone."""

from __future__ import annotations

from dataclasses import replace

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.distrusted_answers import DISTRUST_WORDS, distrusts
from bot.nlp.refused_reports import REPORT_NOUNS, VERDICTS

_ASKED = frozenset({"asked", "questioned", "pressed"})
# "Asked to comment on the statements of ... that ...": the question's reach to its noun.
_NOUN_REACH = 8


def asked_verdict(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The cues, the answer's reporting cue turned into a denial when the sentence opens with
    a question about others' claims and the answer calls them untrue."""
    if s.lowers[s.start] not in _ASKED or not cues or (
        VERDICTS.isdisjoint(s.words) and DISTRUST_WORDS.isdisjoint(s.words)
    ):
        return cues  # nearly every sentence: one word and a set test
    lowers = s.lowers
    noun = next((k for k in range(s.start + 1, min(s.end, s.start + _NOUN_REACH))
                 if lowers[k] in REPORT_NOUNS), None)  # fmt: skip
    if noun is None or "that" not in lowers[noun : noun + 8]:
        return cues  # "Asked about the talks, ...": no claim of others in the question
    # The answer's verb: the first cue after the comma that closes the question.
    answer = next((c for c in cues if c.start > noun and c.verb > noun and not c.denied
                   and c.claimant is not None and "," in lowers[noun : c.start]), None)  # fmt: skip
    if answer is None or answer.claimant is None:
        return cues
    answered = lowers[answer.verb + 1 : s.end]
    if VERDICTS.isdisjoint(answered) and not distrusts(" ".join(answered)):
        return cues  # the answer calls nothing untrue, nor refuses to trust it
    denial = answer._replace(denied=True, claimant=replace(answer.claimant, denied=True))
    return [denial if c is answer else c for c in cues]
