"""'puts the contingent at ...' counts the soldiers a demonym named just before."""

from __future__ import annotations

from bot.nlp import Extractor


def _facts(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_the_contingent_and_those_of_whom_were_killed(extractor: Extractor) -> None:
    text = (
        "The assessment covers the arrival of North Korean soldiers in Russia. "
        "Latvian intelligence puts the contingent at about 12,500 troops, of whom some 3,100 "
        "have been killed or wounded."
    )
    assert _facts(extractor, text) == [
        (12500, "troop", "North Korea"), (3100, "casualty", "North Korea")
    ]


def test_their_casualties_point_back_at_the_units(extractor: Extractor) -> None:
    text = (
        "North Korean units were pulled back from the front in March. "
        "British intelligence puts their casualties at about 5,200."
    )
    assert _facts(extractor, text) == [(5200, "casualty", "North Korea")]


def test_no_soldiers_named_before_leaves_the_figure_ownerless(extractor: Extractor) -> None:
    text = (
        "The report was published on Tuesday. "
        "Latvian intelligence puts the contingent at about 12,500 troops."
    )
    assert _facts(extractor, text) == [(12500, "troop", None)]


def test_the_dead_of_them_after_a_sentence_naming_the_troops(extractor: Extractor) -> None:
    text = (
        "Kyiv said Russia fired 15 missiles overnight. The region borders the area where "
        "North Korean troops were sent last year. Ukraine's army says about 1,300 of them "
        "have been killed."
    )
    dead = next(q for q in extractor.extract(text).quantities if q.value == 1300)
    assert (dead.measure, dead.actor) == ("casualty", "North Korea")


def test_a_deployment_after_a_demonyms_casualties_is_that_countrys(
    extractor: Extractor,
) -> None:
    text = (
        "Officials spoke on Monday. London had put Belarusian casualties at about 400 last "
        "month. London now puts the whole deployment at 9,500 soldiers."
    )
    assert (9500, "troop", "Belarus") in _facts(extractor, text)


def test_a_demonyms_soldiers_outrank_a_later_demonyms_losses(extractor: Extractor) -> None:
    text = (
        "Officials spoke about Belarusian troops in Syria. Russian losses rose again. "
        "London puts the contingent at 9,500 soldiers."
    )
    assert (9500, "troop", "Belarus") in _facts(extractor, text)


def test_a_place_after_the_contingent_says_where_not_whose(extractor: Extractor) -> None:
    text = (
        "Lithuanian intelligence said Belarusian units had crossed the border and put the "
        "total contingent in Ukraine at about 6,500."
    )
    assert _facts(extractor, text) == [(6500, "troop", "Belarus")]


def test_an_owner_between_verb_and_at_still_says_whose(extractor: Extractor) -> None:
    text = (
        "Lithuanian intelligence said Belarusian units had crossed the border and put the "
        "Russian contingent at about 6,500."
    )
    assert _facts(extractor, text)[0][2] != "Belarus"
