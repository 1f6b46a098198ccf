"""Timeline entries and claims restated from an earlier briefing are background."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_timeline_entry_dated_weeks_before_the_dateline_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "ANKARA, March 20 (Wire) - The accord took effect on Thursday.\n"
        "Feb. 2, 2025: Turkey's parliament ratifies the accord with Iraq.\n"
        "Feb. 9, 2025: Iraqi officials say 4,000 Turkish troops will leave the border zone."
    )
    facts = extractor.extract(text)
    ratified = [e for e in facts.events if e.stage is Stage.RATIFIED]
    assert ratified and all(e.modality is Modality.BACKGROUND for e in ratified)
    (troops,) = [q for q in facts.quantities if q.value == 4000]
    assert troops.modality is Modality.BACKGROUND


def test_a_timeline_entry_of_the_dateline_week_stays_news(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Key dates.\n"
        "March 18: Turkey's parliament ratifies the accord with Iraq."
    )
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.REPORTED


def test_a_claim_the_source_made_last_month_is_background(extractor: Extractor) -> None:
    text = "The defence ministry said last month that 6,500 Belarusian troops were there."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_claim_made_on_a_weekday_stays_news(extractor: Extractor) -> None:
    text = "The defence ministry said on Tuesday that 6,500 Belarusian troops were there."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_an_older_count_the_source_gave_in_a_past_month_dates_only_that_count(
    extractor: Extractor,
) -> None:
    text = (
        "KYIV, May 14 (Wire) - The agency now counts 9,000 Belarusian troops at the border, "
        "up from the 7,000 troops it reported in March."
    )
    by_value = {q.value: q for q in extractor.extract(text).quantities}
    assert by_value[9000].modality is Modality.REPORTED


def test_a_correction_note_retells(extractor: Extractor) -> None:
    text = (
        "Correction: An earlier version of this story misstated the day on which Chile "
        "ratified the pact with Peru."
    )
    assert [e.modality for e in extractor.extract(text).events] == [Modality.BACKGROUND]


def test_a_factbox_entry_dated_in_its_label_is_history(extractor: Extractor) -> None:
    text = (
        "Orders so far:\n"
        "• Frigates, first order (2021): 4 frigates for $2.2 billion\n"
        "• Frigates, second order (March 2023): 2 frigates for $1.3 billion\n"
        "• Frigates, third order: 3 frigates for $2 billion\n"
    )
    found = [(q.value, q.modality) for q in extractor.extract(text).quantities]
    assert found[:4] == [
        (4, Modality.BACKGROUND),
        (2.2e9, Modality.BACKGROUND),
        (2, Modality.BACKGROUND),
        (1.3e9, Modality.BACKGROUND),
    ]
    assert all(m is Modality.REPORTED for _, m in found[4:])


def test_a_participle_after_a_dated_report_takes_its_date(extractor: Extractor) -> None:
    text = (
        "TOKYO, May 6 (Wire) - Japan's coast guard first reported the landing on March 2, saying "
        "600 marines had come ashore."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_said_in_the_middle_of_an_earlier_month_is_background(extractor: Extractor) -> None:
    text = (
        "TOKYO, May 6 (Wire) - A Japanese official said in mid-February that 600 marines "
        "had come ashore."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_said_in_a_report_last_month_is_background(extractor: Extractor) -> None:
    text = "The coast guard said in a report last month that 600 marines had come ashore."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_an_earlier_report_is_background(extractor: Extractor) -> None:
    text = (
        "KYIV, May 9 (Wire) - Ukraine's military intelligence earlier reported that about "
        "13,500 North Korean soldiers are in Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_an_estimate_dated_after_its_figure_is_background(extractor: Extractor) -> None:
    text = (
        "SEOUL, April 28 (Wire) - Talks resumed on Monday. Zelensky put the number of North "
        "Korean dead and wounded at about 2,300 in January."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_an_older_figure_set_off_dates_only_itself(extractor: Extractor) -> None:
    text = (
        "SEOUL, June 2 (Wire) - The GUR now puts the number of North Korean troops at about "
        "14,000, up from the 12,500 it gave in February."
    )
    first = extractor.extract(text).quantities[0]
    assert first.modality is Modality.REPORTED


def test_a_timeline_entry_spanning_days_is_dated_by_its_first(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Key dates.\n"
        "Feb. 3-7: Iraqi officials say 4,000 Turkish troops left the border zone."
    )
    (troops,) = extractor.extract(text).quantities
    assert troops.modality is Modality.BACKGROUND


def test_a_month_that_starts_a_count_does_not_date_the_estimate(
    extractor: Extractor,
) -> None:
    text = (
        "KYIV, Nov 20 (Wire) - Shelling went on overnight.\n"
        "The general staff put Russian losses at 900 servicemen over the past day and "
        "more than 20,000 since the offensive began there in July."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.modality) for q in quantities] == [
        (900, Modality.REPORTED),
        (20000, Modality.REPORTED),
    ]


def test_an_earlier_figure_that_a_source_reported_last_week_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "VILNIUS, March 20 (Wire) - Belarus has about 6,000 soldiers near the border, the "
        "ministry said on Thursday.\n"
        "The estimate is up sharply from the 2,000 that Lithuania's intelligence service "
        "reported last week."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 2000
    assert q.modality is Modality.BACKGROUND


def test_said_in_early_part_of_an_earlier_month_is_background(extractor: Extractor) -> None:
    text = (
        "SEOUL, Dec. 10 (Wire) - Lawmakers met on Tuesday.\n"
        "The spy agency told lawmakers in early October that 3,000 soldiers had been sent."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_said_in_early_part_of_this_month_stays_news(extractor: Extractor) -> None:
    text = (
        "SEOUL, Dec. 10 (Wire) - Lawmakers met on Tuesday.\n"
        "The spy agency told lawmakers in early December that 3,000 soldiers had been sent."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_an_estimate_dated_before_a_second_predicate_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "SEOUL, May 9 (Wire) - The NIS put North Korean casualties at about 4,000 in a "
        "briefing last month and said the front had gone quiet."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_an_estimate_dated_on_a_weekday_before_a_second_predicate_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "SEOUL, May 9 (Wire) - The NIS put North Korean casualties at about 4,000 in a "
        "briefing on Thursday and said the front had gone quiet."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_dated_verb_after_than_leaves_the_later_figures_news(extractor: Extractor) -> None:
    text = (
        "VILNIUS, May 14 (Agency) - Lithuania's defence ministry said on Wednesday that Belarus "
        "had moved about 6,000 soldiers to the border, 2,000 more than it estimated in "
        "January, and that about 3,500 of them were still there."
    )
    assert [(q.value, q.modality) for q in extractor.extract(text).quantities] == [
        (6000, Modality.REPORTED), (2000, Modality.REPORTED), (3500, Modality.REPORTED)
    ]


def test_a_verb_dated_months_back_still_makes_its_claim_history(extractor: Extractor) -> None:
    text = (
        "VILNIUS, May 14 (Agency) - Parliament met.\n"
        "The ministry estimated in January that about 3,500 Belarusian soldiers were at the "
        "border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_an_estimate_dated_last_month_before_its_at_is_background(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Iraq's defence ministry put Turkish casualties last month "
        "at about 450 killed and wounded."
    )
    (figure,) = extractor.extract(text).quantities
    assert figure.modality is Modality.BACKGROUND


def test_an_estimate_dated_today_before_its_at_is_news(extractor: Extractor) -> None:
    # Near miss: the day of the news between object and "at" keeps the estimate news.
    text = (
        "ANKARA, March 20 (Wire) - Iraq's defence ministry put Turkish casualties on Thursday "
        "at about 450 killed and wounded."
    )
    (figure,) = extractor.extract(text).quantities
    assert figure.modality is Modality.REPORTED


def test_an_estimate_over_a_period_since_a_past_month_is_news(extractor: Extractor) -> None:
    # Near miss: "since January 2023" is what the count covers, not when it was made.
    text = (
        "ANKARA, March 20 (Wire) - Iraq's defence ministry puts Turkish losses since January "
        "2023 at about 450 killed and wounded."
    )
    (figure,) = extractor.extract(text).quantities
    assert figure.modality is Modality.REPORTED


def test_a_bulleted_entry_dated_with_a_dash_is_background(extractor: Extractor) -> None:
    text = (
        "Analysis · 20 June 2025\n"
        "Here is how the estimates changed:\n"
        "• 4 February 2025 — Kyiv says more than 2,000 Belarusian soldiers have been killed.\n"
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 2000 and q.modality is Modality.BACKGROUND


def test_a_dated_dash_without_a_bullet_stays_news(extractor: Extractor) -> None:
    text = (
        "Analysis · 20 June 2025\n"
        "4 February 2025 — Kyiv says more than 2,000 Belarusian soldiers have been killed.\n"
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is not Modality.BACKGROUND


def test_a_long_since_clause_starts_the_count_not_the_estimate(extractor: Extractor) -> None:
    text = (
        "The general staff put Belarusian losses at 900 killed and wounded since the "
        "brigade's first battalions crossed the border in March."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_an_estimate_dated_after_its_figure_is_still_background(extractor: Extractor) -> None:
    text = "The general staff put Belarusian losses at 900 killed and wounded in March."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_claim_in_the_sources_own_paper_dated_months_back_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "ANKARA, Oct. 14 (Wire) - The navy said in its yearly review in May that 900 Greek "
        "sailors had been moved to the islands."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_claim_in_the_sources_own_paper_then_a_clause_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "ANKARA, Oct. 14 (Wire) - The navy said in its yearly review, which cited May data, "
        "that 900 Greek sailors had been moved to the islands."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def _troop_modality(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "troop"]
    return q.modality


def test_said_in_a_bare_year_that_is_background(extractor: Extractor) -> None:
    text = "The Pentagon said in early 2023 that about 9,000 Belarusian troops had massed there."
    assert _troop_modality(extractor, text) is Modality.BACKGROUND


def test_said_in_a_statement_that_stays_news(extractor: Extractor) -> None:
    text = "The Pentagon said in a statement that about 9,000 Belarusian troops had massed there."
    assert _troop_modality(extractor, text) is Modality.REPORTED


def test_own_report_last_month_name_is_history(extractor: Extractor) -> None:
    text = (
        "Dateline | 14.05.2025 | 10:00\n"
        "The monitoring group had said in its survey last November that shelling had "
        "destroyed 340 schools in the region."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 340 and q.modality is Modality.BACKGROUND


def test_said_last_month_name_is_history(extractor: Extractor) -> None:
    text = "The monitoring group said last November that shelling had destroyed 340 schools."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_since_last_month_name_stays_reported(extractor: Extractor) -> None:
    text = (
        "The monitoring group said on Monday that shelling had destroyed 340 schools since "
        "last November."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
