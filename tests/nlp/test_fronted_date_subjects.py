"""A date fronted without a comma before the claim's subject."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_month_fronted_without_comma_keeps_the_source_and_dates_it(
    extractor: Extractor,
) -> None:
    text = (
        "KYIV, 20 March 2025 - Shelling went on overnight.\n"
        "In January Britain's Ministry of Defence put the number of Belarusian troops near "
        "the border at about 6,000."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 6000
    assert q.claimant is not None and "Ministry of Defence" in q.claimant.name
    assert q.modality is Modality.BACKGROUND


def test_a_weekday_fronted_without_comma_keeps_the_source(extractor: Extractor) -> None:
    text = (
        "WASHINGTON, March 20 (Wire) - Talks resumed.\n"
        "On Tuesday the Pentagon said 4,000 Belarusian soldiers were near the border."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Pentagon" in q.claimant.name
    assert q.modality is Modality.REPORTED


def test_a_month_fronted_before_the_and_a_noun_dates_the_act(extractor: Extractor) -> None:
    text = (
        "ANKARA, Dec 9 (Wire) - The drills ended on Monday. In July the army called up "
        "40,000 reservists for them."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_body_the_gazetteer_names_in_part_after_a_date(extractor: Extractor) -> None:
    text = (
        "On Friday the General Staff of the Armed Forces of Ukraine put the enemy's losses "
        "at about 1,200 personnel."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ("Ukraine",)


def test_a_lower_case_noun_after_a_date_is_no_source(extractor: Extractor) -> None:
    text = "On Friday the shelling killed 12 people in Kharkiv, officials said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "officials"


def test_a_past_month_alone_is_history(extractor: Extractor) -> None:
    text = (
        "MINSK, 12 April 2025 - Air raid alerts sounded overnight.\n"
        "In February alone, the enemy launched more than 900 drones against the city, the "
        "Polish army said."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 900 and q.modality is Modality.BACKGROUND


def test_this_month_alone_stays_news(extractor: Extractor) -> None:
    text = (
        "MINSK, 12 April 2025 - Air raid alerts sounded overnight.\n"
        "In April alone, the enemy launched more than 900 drones against the city, the "
        "Polish army said."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.modality is Modality.REPORTED
