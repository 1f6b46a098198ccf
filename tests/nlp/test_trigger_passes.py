"""The trigger-word dispatcher (`bot.nlp.trigger_passes`) skips a pass only where it could not
act: every registered pass, run on a gold sentence holding none of its trigger words, returns
the cues it was given."""

from __future__ import annotations

import importlib.machinery
import json
from dataclasses import replace
from pathlib import Path

import pytest

import bot.nlp.extractor
from bot.nlp import Extractor
from bot.nlp.candidates import is_trigger
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claims import _TAIL, find_claims
from bot.nlp.context import Sentence
from bot.nlp.dismissals import _CUE_PASSES, find_claims_with_dismissals
from bot.nlp.joined_reports import SAYING_WORDS
from bot.nlp.named_treaties import named_treaty
from bot.nlp.trigger_passes import Passes, Triggered

# A compiled build (setup.py's mypyc build) binds `find_claims` into the compiled
# `sentence_cues` at build time, so the recording stand-in below could not see the sentences;
# the plain install runs these.
_COMPILED = str(bot.nlp.extractor.__file__).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "eval"
REGISTERED = [*_TAIL, *_CUE_PASSES]


@pytest.fixture(scope="module")
def gold_sentences(extractor: Extractor) -> list[Sentence]:
    """Every sentence of the tune articles the extractor reads for claims."""
    articles = json.loads((GOLD / "tune.json").read_text(encoding="utf-8"))
    return _read_sentences(extractor, [(a["text"], a.get("title")) for a in articles])


def _read_sentences(extractor: Extractor, items: list[tuple[str, str | None]]) -> list[Sentence]:
    if _COMPILED:
        pytest.skip("records sentences by patching the extractor, which a compiled build binds")
    read: list[Sentence] = []

    def recording(s: Sentence) -> list[ClaimCue]:
        read.append(s)
        return find_claims_with_dismissals(s)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("bot.nlp.sentence_cues.find_claims", recording)
        list(extractor.extract_many(items))
    return read


@pytest.mark.parametrize("step", REGISTERED, ids=lambda p: p.run.__name__)
def test_a_pass_leaves_a_sentence_without_its_words_alone(
    step: Triggered, gold_sentences: list[Sentence]
) -> None:
    assert step.triggers is not None
    quiet = [s for s in gold_sentences if step.triggers.isdisjoint(s.words)]
    assert quiet  # the check reads sentences, not nothing
    for s in quiet:
        for given in ([], find_claims(s)):
            assert step.run(s, list(given)) == given, s.text


def _adds_one(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    return [*cues, ClaimCue(s.start, s.start, s.start + 1, None, False)]


def test_only_a_pass_whose_words_stand_runs(extractor: Extractor) -> None:
    (s,) = _read_sentences(extractor, [("Officials said the treaty was signed on Friday.", None)])
    passes = Passes(
        Triggered(_adds_one, frozenset({"treaty"})),  # a word of the sentence: runs
        Triggered(_adds_one, frozenset({"estimate"})),  # not in it: skipped
        Triggered(_adds_one, None),  # no trigger: always runs
    )
    assert len(passes.run(s, [])) == 2


def test_the_saying_words_are_trigger_words() -> None:
    """`joined_reports` picks its verbs from the sentence's hits (`Sentence.positions`), which
    hold only trigger words."""
    assert all(is_trigger(w) for w in SAYING_WORDS)


def test_a_treaty_name_is_found_among_the_trigger_words_before(extractor: Extractor) -> None:
    """`named_treaty` looks for the name's treaty noun among the document's trigger words; a
    sentence made without them (no `TRIGGER` flag) scans every word before, with the same
    answer."""
    text = (
        "Russia and the US signed the New START treaty in 2010. New START, ratified by both "
        "sides, caps each side at 1,550 warheads."
    )
    sentences = _read_sentences(extractor, [(text, None)])
    s = sentences[-1]
    assert named_treaty(s) == [s.start + 1]
    unflagged = replace(s.tokens, flagged={})
    assert named_treaty(replace(s, tokens=unflagged)) == [s.start + 1]
