"""A people's name counted right after the text spoke of soldiers counts soldiers."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_demonym_count_after_talk_of_troops_counts_troops(extractor: Extractor) -> None:
    text = (
        "Officials said Russian troops had crossed the border overnight. "
        "Minsk says about 2,000 Russians are already in Belarus."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (2000, "troop", "Russia")


def test_a_demonym_count_without_soldiers_counts_people(extractor: Extractor) -> None:
    text = "Tourism is booming. Minsk says about 2,000 Russians are already in Belarus."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure) == (2000, "person")


_GAP = (
    "Nothing has been announced since, and officials would not speculate about the numbers "
    "either way, the spokesman told reporters at a briefing on Tuesday afternoon, before "
    "leaving for a long trip with his staff and aides and many others. He promised an update "
    "as and when there was a new figure to give, as the session ended in the press room. "
)


def test_a_people_called_soldiers_long_before_are_counted_as_soldiers(
    extractor: Extractor,
) -> None:
    text = f"Minsk said Russian soldiers had crossed the border overnight. {_GAP}" + (
        "Kyiv says about 2,000 Russians are already in Belarus."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (2000, "troop", "Russia")


def test_another_peoples_soldiers_long_before_do_not_count(extractor: Extractor) -> None:
    text = f"Minsk said Belarusian soldiers had begun exercises overnight. {_GAP}" + (
        "Kyiv says about 2,000 Russians are already in Belarus."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure) == (2000, "person")


def test_soldiers_told_two_long_sentences_back_still_set_up_a_bare_count(
    extractor: Extractor,
) -> None:
    # The soldiers open a paragraph whose two long sentences run past the token reach.
    text = (
        "The soldiers, most of them conscripts from garrisons in the east of the country, "
        "spent six weeks at a training ground near the Urals learning to fly small drones, "
        "dig trenches and follow orders given in a language few of them speak well.\n"
        "Many were handed new uniforms and papers, and some were told they would be paid "
        "in cash once they reached the front, according to people familiar with the matter.\n"
        "About 7,000 have been deployed so far, a lawmaker told reporters."
    )
    assert (7000, "troop") in [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_a_bare_count_far_from_any_soldiers_is_left_alone(extractor: Extractor) -> None:
    # Near miss: the soldiers are three sentences back, out of reach.
    text = (
        "The soldiers returned home in May.\n"
        "The harvest, delayed by weeks of rain across the whole of the southern plain, began "
        "late this year and is expected to be one of the smallest in a decade, farmers say.\n"
        "Grain prices have risen sharply in local markets, traders said on Monday, and "
        "exporters have cut their forecasts for the season ahead by a quarter or more.\n"
        "About 7,000 have been deployed so far, a lawmaker told reporters."
    )
    assert (7000, "troop") not in [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_people_freed_after_soldiers_count_as_people(extractor: Extractor) -> None:
    text = (
        "In the last exchange, 185 Ukrainian soldiers came home. More than 3,000 Ukrainians "
        "have been freed since the invasion began, the headquarters said."
    )
    freed = extractor.extract(text).quantities[-1]
    assert freed.value == 3000 and freed.category == "person"


def test_people_fighting_after_soldiers_stay_soldiers(extractor: Extractor) -> None:
    text = (
        "In the last exchange, 185 Ukrainian soldiers came home. More than 3,000 Ukrainians "
        "have fought in the Donetsk region, the headquarters said."
    )
    fought = extractor.extract(text).quantities[-1]
    assert fought.value == 3000 and fought.category == "troop"
