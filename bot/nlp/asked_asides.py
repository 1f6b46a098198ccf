"""A question told as an aside after its speaker, answered with a verdict: "Peskov, asked
about claims by Kyiv that about 15,000 soldiers had been deployed, said the Kremlin had
nothing to add and called such reports 'speculation'". It is the fronted "Asked about
claims that ..., Peskov said ... speculation" (asked_verdicts.py) with the speaker moved
before the question: the figure is others' claim and the answer denies it.

An answer with no verdict ("Peskov, asked about reports that ..., said talks would go on")
denies nothing and is left alone."""

from __future__ import annotations

from dataclasses import replace

from bot.nlp.aside_speakers import aside_speaker_answer
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.distrusted_answers import distrusts
from bot.nlp.refused_reports import REPORT_NOUNS, VERDICTS

_ASKED = frozenset({"asked", "questioned", "pressed"})
_SPEAKER_REACH = 10  # "Presidential Press Secretary Dmitry Peskov, asked"
_NOUN_REACH = 10  # "asked about the South Korean intelligence service's claim"
# One source's claim is asked about as often as several: "the spy agency's claim that ...".
_CLAIM_NOUNS = REPORT_NOUNS | {"claim", "report", "assertion", "allegation", "estimate"}
_THAT_REACH = 8  # "claims by Kyiv's military intelligence that"


def asked_aside_verdict(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The cues, the answer's cue turned into a denial when a ", asked about <claims> that
    ..." aside follows its speaker and the answer calls the claims untrue."""
    if _ASKED.isdisjoint(s.words) or not cues:
        return cues
    lowers = s.lowers
    asked = next((k for k in range(s.start + 2, min(s.end, s.start + _SPEAKER_REACH))
                  if lowers[k] in _ASKED and lowers[k - 1] == ","), None)  # fmt: skip
    if asked is None:
        return cues
    noun = next((k for k in range(asked + 1, min(s.end, asked + _NOUN_REACH))
                 if lowers[k] in _CLAIM_NOUNS), None)  # fmt: skip
    if noun is None or "that" not in lowers[noun : noun + _THAT_REACH]:
        return cues  # "X, asked about the talks, said ...": no claim of others asked about
    # The answer: the speaker's cue, its verb after the comma that closes the aside.
    answer = next((c for c in cues if c.start < asked and c.verb > noun and not c.denied
                   and c.claimant is not None and "," in lowers[noun : c.verb]), None)  # fmt: skip
    if answer is None and (respoken := aside_speaker_answer(s, cues, asked, noun)) is not None:
        cues, answer = respoken  # "X, asked ..., said the Kremlin saw": X answers
    if answer is None or answer.claimant is None:
        return cues
    answered = lowers[answer.verb + 1 : s.end]
    if VERDICTS.isdisjoint(answered) and not distrusts(" ".join(answered)):
        return cues
    denial = answer._replace(denied=True, claimant=replace(answer.claimant, denied=True))
    # "claims by Kyiv that ...": the premise's source inside the aside is whose claim is
    # denied; the figure goes to the denier, as with a fronted question (asked_by_sources.py).
    kept = [c for c in cues if c is answer or not asked < c.verb < answer.verb]
    return [denial if c is answer else c for c in kept]
