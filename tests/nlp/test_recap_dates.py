""""As reported, ..." is an agency's recap, background unless it dates what it retells to the
dateline's own day."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_recap_dated_to_the_dateline_day_is_news(extractor: Extractor) -> None:
    text = (
        "ODESA, March 14. /Agency/. The port was closed for the day.\n"
        "As reported, on the night of March 14, Russia attacked the region with 61 attack "
        "drones, the regional governor said."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "drone"]
    assert q.modality is Modality.REPORTED


def test_a_recap_dated_weeks_before_the_dateline_stays_background(extractor: Extractor) -> None:
    text = (
        "ODESA, March 14. /Agency/. The port was closed for the day.\n"
        "As reported, on the night of February 2, Russia attacked the region with 61 attack "
        "drones, the regional governor said."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "drone"]
    assert q.modality is Modality.BACKGROUND


def test_an_undated_recap_stays_background(extractor: Extractor) -> None:
    text = (
        "ODESA, March 14. /Agency/. The port was closed for the day.\n"
        "As reported, Russia attacked the region with 61 attack drones, the governor said."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "drone"]
    assert q.modality is Modality.BACKGROUND


def test_a_recap_of_the_past_day_tally_is_news(extractor: Extractor) -> None:
    text = (
        "KYIV, May 3. /Agency/. The port was closed for the day.\n"
        "As reported, the General Staff said Russia had lost 980 troops over the past day."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_recap_of_a_tally_on_another_day_stays_background(extractor: Extractor) -> None:
    text = (
        "KYIV, May 3. /Agency/. The port was closed for the day.\n"
        "As reported, the General Staff said Russia had lost 980 troops in a single day."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_recap_dated_by_a_bare_weekday_is_the_weeks_news(extractor: Extractor) -> None:
    text = (
        "VILNIUS, June 12. /Agency/. The border post was shut on Thursday.\n"
        "As reported, the defence intelligence said on Monday that about 4,000 foreign "
        "soldiers are stationed near the frontier."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_recap_dated_last_weekday_stays_background(extractor: Extractor) -> None:
    text = (
        "VILNIUS, June 12. /Agency/. The border post was shut on Thursday.\n"
        "As reported, the defence intelligence said last Monday that about 4,000 foreign "
        "soldiers are stationed near the frontier."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_recap_dated_days_before_the_dateline_is_background(extractor: Extractor) -> None:
    text = (
        "ODESA, March 14. /Agency/. The port was closed for the day.\n"
        "As reported, on March 10 the intelligence service said that about 11,000 North Korean "
        "troops remained in the Kursk region."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 11000]
    assert q.modality is Modality.BACKGROUND
