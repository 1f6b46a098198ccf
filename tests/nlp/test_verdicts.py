"""The one reading of "This is nothing but a sheer fabrication" (`bot.nlp.verdicts`)."""

from __future__ import annotations

import pytest

from bot.nlp.verdicts import opens_verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "this is a sheer lie .",
        "these claims are pure fabrication .",
        "all of this is sheer fiction .",
        "this is nothing but a sheer fabrication meant to smear us .",
        "such reports are groundless .",
        '" this is a hoax .',
        "this is nothing but a clumsy fabrication designed to smear us .",  # scorn
        "this is a crude lie .",
    ],
)
def test_a_verdict_opening_is_read_from_the_first_words(sentence: str) -> None:
    lowers = sentence.split()
    assert opens_verdict(lowers, 0, len(lowers))


@pytest.mark.parametrize(
    "sentence",
    [
        "this is a big lie .",  # an adjective the verdict does not take
        "the lie is out .",
        "this is a worrying escalation .",
        "it is a lie that the drills are over .",  # a claim of its own
        "these are the facts .",
    ],
)
def test_other_openings_are_no_verdict(sentence: str) -> None:
    lowers = sentence.split()
    assert not opens_verdict(lowers, 0, len(lowers))


@pytest.mark.parametrize(
    "sentence",
    [
        "such a fabrication is an insult to our soldiers .",
        "this lie deserves nothing but contempt .",
        "such a shameless fabrication only shows their panic .",
    ],
)
def test_a_verdict_noun_as_the_subject_is_a_verdict(sentence: str) -> None:
    lowers = sentence.split()
    assert opens_verdict(lowers, 0, len(lowers))


@pytest.mark.parametrize(
    "sentence",
    [
        "this lie detector showed three errors .",  # the noun names a thing
        "such a fiction writer is rare .",
    ],
)
def test_a_verdict_noun_in_another_noun_is_no_verdict(sentence: str) -> None:
    lowers = sentence.split()
    assert not opens_verdict(lowers, 0, len(lowers))
