"""The one pass that decides where the rules look: figure starts and candidate sentences."""

from __future__ import annotations

from bot.models import Facts, Modality, Stage
from bot.nlp import Extractor
from bot.nlp.candidates import TRIGGER, find_candidates
from bot.nlp.context import Tokens


def tokens(extractor: Extractor, text: str) -> Tokens:
    return Tokens.of(extractor.nlp.make_doc(text), text)


def test_sentences_without_numbers_treaties_or_claims_are_not_read(extractor: Extractor) -> None:
    t = tokens(
        extractor,
        "Kim Jong Un visited a factory. Officials said little. A treaty looms. "
        "It rained on 3 June. Nothing happened.",
    )
    assert find_candidates(t.lowers, t.sentences).sentences == [False, True, True, True, False]


def test_figure_starts_include_determiners_before_number_words(extractor: Extractor) -> None:
    text = "a few hundred troops, several thousand shells, tens of thousands of people, 12 tanks"
    t = tokens(extractor, text)
    starts = [t.lowers[i] for i in find_candidates(t.lowers, t.sentences).figure_starts]
    assert starts == ["a", "few", "hundred", "several", "thousand", "tens", "thousands", "12"]


def test_skipped_sentences_still_yield_their_mentions(extractor: Extractor) -> None:
    facts = extractor.extract("Kim Jong Un visited a factory in Pyongyang.")
    assert facts.entities() == {"Kim Jong Un", "North Korea"}
    assert all(m.sentence == "Kim Jong Un visited a factory in Pyongyang." for m in facts.mentions)


def test_reading_fewer_sentences_changes_no_fact(extractor: Extractor) -> None:
    text = (
        "The weather was cold. North Korea has sent 3,000 troops to Russia, Ukraine said.\n"
        "He said 2,000 more would follow. Nothing else happened."
    )
    facts = extractor.extract(text)
    assert isinstance(facts, Facts)
    assert [(q.value, q.claimant and q.claimant.name) for q in facts.quantities] == [
        (3000, "Ukraine"), (2000, "Ukraine")
    ]


def test_flagged_hits_give_the_same_candidates(extractor: Extractor) -> None:
    text = (
        "Kim visited a factory. Officials said two-thirds of 3,000 troops left.\n"
        "A few hundred more may follow; tens of thousands of shells, a treaty-based deal."
    )
    t = Tokens.of(extractor.nlp.make_doc(text), text, [TRIGGER])
    assert find_candidates(t.lowers, t.sentences, t.flagged[TRIGGER]) == find_candidates(
        t.lowers, t.sentences
    )


def test_signed_said_of_it_makes_a_candidate(extractor: Extractor) -> None:
    t = tokens(
        extractor,
        "It was signed in Lisbon in May by the ministers. The envoys signed it in Rabat. "
        "The ministers signed in Lisbon.",
    )
    # The last: "signed" of no "it" is in most sentences of a sale; nothing makes it a step.
    assert find_candidates(t.lowers, t.sentences).sentences == [True, True, False]


_RATIFIED = (
    "LISBON (Wire) - Portugal's parliament on Tuesday ratified a defence cooperation "
    "treaty with Morocco. "
)


def test_it_was_signed_after_a_ratification_is_background(extractor: Extractor) -> None:
    text = _RATIFIED + "It was signed in Rabat in May by the defence ministers."
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [e.modality for e in signed] == [Modality.BACKGROUND]


def test_signing_it_after_a_ratification_is_background(extractor: Extractor) -> None:
    text = _RATIFIED + "The defence ministers signed it in Rabat in May."
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [e.modality for e in signed] == [Modality.BACKGROUND]


def test_a_signing_of_no_it_after_a_ratification_stays_unread(extractor: Extractor) -> None:
    text = _RATIFIED + "The defence ministers signed in Rabat in May."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]
