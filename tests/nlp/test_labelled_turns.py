"""Speaker-labelled hearing transcripts (`bot.nlp.labelled_turns`, `bot.nlp.asked_losses`,
`bot.nlp.question_topics`)."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor

_HEARING = (
    "US commander tells senators of North Korean deployment\n"
    "Gen. Ray Mendez, the commander, gave the estimates to the committee on Tuesday.\n"
    "SEN. DEBRA HOLLOWAY: General, how many North Korean troops are in Russia right now?\n"
    "GEN. MENDEZ: Senator, our assessment is about 11,000 in uniform.\n"
    "SEN. HOLLOWAY: And their losses since they entered the fight?\n"
    "GEN. MENDEZ: Killed and wounded, north of 6,000.\n"
    "SEN. HOLLOWAY: Are they rotating home?\n"
    "GEN. MENDEZ: Most of them, yes.\n"
)


def _by_value(extractor: Extractor, text: str) -> dict[float | None, Quantity]:
    return {q.value: q for q in extractor.extract(text).quantities}


def test_a_witness_answer_is_the_witness_claim(extractor: Extractor) -> None:
    found = _by_value(extractor, _HEARING)
    claimant = found[11000].claimant
    assert claimant is not None and "Ray Mendez" in claimant.name


def test_a_bare_answer_to_a_question_on_losses_counts_casualties(extractor: Extractor) -> None:
    found = _by_value(extractor, _HEARING)
    assert found[6000].measure == "casualty"
    assert found[6000].actor == "North Korea"


def test_a_topic_question_sets_the_answers_side(extractor: Extractor) -> None:
    text = (
        "Minister tells MPs of North Korean losses\n"
        "Tom Hadley, the armed forces minister, was giving evidence to the committee.\n"
        "Rhian Morgan: Minister, can we start with North Korea. Has their role changed?\n"
        "Tom Hadley: It has, Chair. They are now largely in support roles.\n"
        "Rhian Morgan: And casualties?\n"
        "Tom Hadley: Our assessment is around 6,000 killed and wounded.\n"
    )
    assert _by_value(extractor, text)[6000].actor == "North Korea"


def test_numbered_explainer_labels_name_no_speaker(extractor: Extractor) -> None:
    # Near miss: "Q1:"/"A1:" are an explainer's own questions and answers, no witness.
    text = (
        "What the treaty means\n"
        "Q1: What does the treaty say?\n"
        "A1: The treaty's 23 articles range from trade to space cooperation.\n"
        "Q2: Who pays?\n"
        "A2: Russia is paying about $20 million a month, by our estimate.\n"
    )
    assert all(q.claimant is None for q in extractor.extract(text).quantities)


def test_an_answer_after_a_question_on_money_is_no_loss(extractor: Extractor) -> None:
    # Near miss: the question asks about money, so the bare answer counts no casualties.
    text = _HEARING.replace("And their losses since they entered the fight?", "And the cost?")
    assert all(q.measure != "casualty" for q in extractor.extract(text).quantities)


_QUOTING_WITNESS = (
    "Defence chief briefs MPs on Belarus\n"
    "Air Marshal Owen Pryce gave evidence to the committee on Thursday.\n"
    "CHAIR ANNA BELL: Marshal, how many Russian troops are in Belarus?\n"
    "PRYCE: Kyiv says about 14,000 troops are there. {turn}\n"
    "CHAIR ANNA BELL: Are more coming?\n"
    "PRYCE: Not that we can see.\n"
)


def test_a_witness_we_is_the_witness_not_the_source_just_quoted(extractor: Extractor) -> None:
    text = _QUOTING_WITNESS.format(turn="We judge that about 9,000 troops are near Brest.")
    claimant = _by_value(extractor, text)[9000].claimant
    assert claimant is not None and "Pryce" in claimant.name


def test_a_witness_quoting_a_source_keeps_that_source(extractor: Extractor) -> None:
    text = _QUOTING_WITNESS.format(turn="That is roughly our view too.")
    claimant = _by_value(extractor, text)[14000].claimant
    assert claimant is not None and "Ukraine" in claimant.entities


_MAKERS = (
    "Minister tells MPs of Iranian drone output\n"
    "Tom Hadley, the armed forces minister, was giving evidence to the committee.\n"
    "MS. LAURA BRIGGS: Minister, how many drones has Iran sent to Russia this year?\n"
    "MR. HADLEY: About 900, by our count.\n"
    "MS. BRIGGS: Is Iran still building Shahed-type drones itself?\n"
    "MR. HADLEY: Yes. We believe Iran can build a few hundred a month. {last}\n"
    "MS. BRIGGS: Thank you.\n"
)


def test_a_source_the_witness_never_names_is_the_witness(extractor: Extractor) -> None:
    # The first person's "Iran" is the question's, lent on to the next sentence: in the
    # witness's turn, a source it never names is the witness.
    text = _MAKERS.format(last="Russia turns out 40 drones a day.")
    claimant = _by_value(extractor, text)[40].claimant
    assert claimant is not None and "Hadley" in claimant.name


def test_a_source_the_witness_names_keeps_its_figure(extractor: Extractor) -> None:
    text = _MAKERS.format(last="Ukraine says Russia turns out 40 drones a day.")
    claimant = _by_value(extractor, text)[40].claimant
    assert claimant is not None and claimant.name == "Ukraine"
