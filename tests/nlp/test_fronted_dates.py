"""Dates set before a sentence, or in a figure's clause, that make it history
(`bot.nlp.fronted_dates`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _fronted_modality(extractor: Extractor, text: str, value: float) -> Modality:
    return next(q.modality for q in extractor.extract(text).quantities if q.value == value)


_BRIEFING = "Conflict briefing, day 300\nHere is the situation on Friday, March 14, 2025.\n"


def test_a_subject_that_took_part_months_before_is_history(extractor: Extractor) -> None:
    text = (
        "RIGA, Nov. 20 (Agency) - Parliament met.\n"
        "About 9,000 Latvian and Polish troops took part in the summer drills in June."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (9000, Modality.BACKGROUND)


def test_a_subject_acting_this_month_stays_news(extractor: Extractor) -> None:
    text = (
        "RIGA, Nov. 20 (Agency) - Parliament met.\n"
        "About 9,000 Latvian and Polish troops took part in the drills in November."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_fronted_day_two_days_before_a_briefing_date_is_history(extractor: Extractor) -> None:
    text = _BRIEFING + "On March 12, Russia launched 140 drones at Odesa, the navy said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_fronted_day_of_the_briefing_date_stays_news(extractor: Extractor) -> None:
    text = _BRIEFING + "On March 14, Russia launched 140 drones at Odesa, the navy said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_by_the_end_of_an_earlier_month_is_history(extractor: Extractor) -> None:
    text = (
        "TOKYO, May 6 (Wire) - The navy held drills on Tuesday.\n"
        "By the end of January, the ministry estimated that about 3,000 sailors were aboard "
        "the ships."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_last_month_opening_is_history(extractor: Extractor) -> None:
    text = "Last month, Iran fired 40 missiles at the base, according to the army."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_month_in_the_clause_long_before_the_dateline_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "TOKYO, May 6 (Wire) - Officials say Beijing moved 2,000 marines to the island "
        "in January."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_month_in_the_clause_just_before_the_dateline_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "TOKYO, May 6 (Wire) - Officials say Beijing moved 2,000 marines to the island "
        "in April."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_figure_naming_a_treaty_dated_in_its_clause_is_not_made_history(
    extractor: Extractor,
) -> None:
    text = "TOKYO, May 6 (Wire) - The 10-year accord, signed in January, covers fisheries."
    (q,) = extractor.extract(text).quantities
    assert q.modality is not Modality.BACKGROUND


def test_a_month_in_the_subject_dates_the_act_before_the_figure(extractor: Extractor) -> None:
    text = (
        "NAIROBI, July 9 (Wire) - Shelling around the port in February killed about 900 "
        "people, aid groups said."
    )
    [q] = extractor.extract(text).quantities
    assert (q.value, q.modality) == (900, Modality.BACKGROUND)


def test_a_recent_month_in_the_subject_stays_news(extractor: Extractor) -> None:
    text = (
        "NAIROBI, July 9 (Wire) - Shelling around the port in July killed about 900 "
        "people, aid groups said."
    )
    [q] = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_month_that_opens_a_count_since_then_stays_news(extractor: Extractor) -> None:
    text = (
        "TOKYO, May 6 (Wire) - Rebel losses since the offensive began in January have "
        "reached more than 900 killed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_running_total_by_last_months_end_stays_news(extractor: Extractor) -> None:
    text = (
        "TOKYO, May 6 (Wire) - The navy held drills on Tuesday.\n"
        "By the end of April, the navy had taken delivery of 14 patrol boats, the ministry said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_month_after_than_dates_the_older_count_not_the_news(extractor: Extractor) -> None:
    text = (
        "KYIV, Sept. 12 (Agency) - Parliament met.\n"
        "Kyiv's intelligence service told reporters on Friday that Belarus had sent about "
        "4,000 soldiers to the border, 1,000 more than it estimated in March."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.modality) for q in quantities] == [
        (4000, Modality.REPORTED), (1000, Modality.REPORTED)
    ]


def test_a_month_in_the_figure_clause_without_than_stays_history(extractor: Extractor) -> None:
    text = (
        "KYIV, Sept. 12 (Agency) - Parliament met.\n"
        "Belarus sent about 4,000 soldiers to the border in March."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_sentence_opened_by_when_a_year_began_is_history(extractor: Extractor) -> None:
    text = (
        "KYIV, Feb. 3 (Agency) - Parliament met.\n"
        "When 2024 began, about 9,000 Belarusian soldiers were at the border, the service said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_when_clause_that_names_no_year_stays_news(extractor: Extractor) -> None:
    text = (
        "KYIV, Feb. 3 (Agency) - Parliament met.\n"
        "When the talks began, about 9,000 Belarusian soldiers were at the border, the "
        "service said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_an_occasion_fronted_before_its_past_date_is_history(extractor: Extractor) -> None:
    text = (
        "OSLO, Feb. 20, 2026 (Agency) - Parliament met.\n"
        "At a summit in Vilnius on March 3, 2025, the ministers said some 7,000 Belarusian "
        "soldiers were in Syria."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (7000, Modality.BACKGROUND)


def test_an_occasion_fronted_before_yesterday_stays_news(extractor: Extractor) -> None:
    text = (
        "OSLO, Feb. 20, 2026 (Agency) - Parliament met.\n"
        "At a summit in Vilnius on February 19, 2026, the ministers said some 7,000 "
        "Belarusian soldiers were in Syria."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_month_after_an_earlier_level_dates_that_level(extractor: Extractor) -> None:
    text = (
        "VILNIUS, Nov 20 (Wire) - Belarus has moved more than 8,000 soldiers to the border, "
        "the ministry said on Thursday, raising its estimate from about 5,000 in June."
    )
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.modality) == (8000, Modality.REPORTED)


def test_a_month_after_a_place_still_dates_the_figure(extractor: Extractor) -> None:
    text = (
        "VILNIUS, Nov 20 (Wire) - Belarus moved more than 8,000 soldiers from Minsk to the "
        "border in June, the ministry said on Thursday."
    )
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.modality) == (8000, Modality.BACKGROUND)


def test_a_month_fronting_a_joined_clause_dates_its_order_and_price(
    extractor: Extractor,
) -> None:
    text = (
        "OSLO, Dec. 3 (Agency) - Parliament met.\n"
        "Norway has leased ships since 2020, and in May it bought 40 armoured trucks in a deal "
        "worth about $300 million."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.modality) for q in found] == [
        (40, Modality.BACKGROUND), (300_000_000, Modality.BACKGROUND)
    ]  # fmt: skip


def test_a_month_in_the_next_joined_clause_leaves_the_first_alone(
    extractor: Extractor,
) -> None:
    text = (
        "OSLO, Dec. 3 (Agency) - Parliament met.\n"
        "Norway has bought 60 armoured trucks since 2020, and in May it leased two ships."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.modality) for q in found if q.measure == "truck"] == [
        (60, Modality.REPORTED)
    ]


def test_by_early_in_a_later_month_is_last_year(extractor: Extractor) -> None:
    text = (
        "KYIV, Jan. 20 (Wire) - Officials spoke.\n"
        "By early March, Berlin said 3,000 Belarusian soldiers were in Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (3000, Modality.BACKGROUND)


def test_by_early_in_the_datelines_month_stays_news(extractor: Extractor) -> None:
    text = (
        "KYIV, Jan. 20 (Wire) - Officials spoke.\n"
        "By early January, Berlin said 3,000 Belarusian soldiers were in Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (3000, Modality.REPORTED)


def test_an_occasion_fronted_before_its_month_is_history(extractor: Extractor) -> None:
    text = (
        "Medals for the returning units\n\n20 November 2025\n\n"
        "At a parade staged in Minsk in July, medals were handed to 340 soldiers of the "
        "brigade."
    )
    assert _fronted_modality(extractor, text, 340) is Modality.BACKGROUND


def test_an_occasion_fronted_before_a_place_alone_stays_news(extractor: Extractor) -> None:
    text = (
        "Medals for the returning units\n\n20 November 2025\n\n"
        "At a parade staged in Minsk, medals were handed to 340 soldiers of the brigade."
    )
    assert _fronted_modality(extractor, text, 340) is Modality.REPORTED


def test_in_mid_month_fronted_before_the_datelines_is_history(extractor: Extractor) -> None:
    text = (
        "KYIV, Jan. 20 (Wire) - Officials spoke.\n"
        "In mid-November, Berlin said 3,000 Belarusian soldiers were in Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (3000, Modality.BACKGROUND)


def test_in_mid_month_of_the_datelines_month_stays_news(extractor: Extractor) -> None:
    text = (
        "KYIV, Jan. 20 (Wire) - Officials spoke.\n"
        "In mid-January, Berlin said 3,000 Belarusian soldiers were in Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (3000, Modality.REPORTED)
