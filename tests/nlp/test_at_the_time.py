"""A source quoted "at the time" tells an old report."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_said_at_the_time_is_background(extractor: Extractor) -> None:
    text = "Floods in the delta killed about 400 people, the interior ministry said at the time."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_plain_said_stays_news(extractor: Extractor) -> None:
    text = "Floods in the delta killed about 400 people, the interior ministry said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED



def test_putting_a_figure_at_n_at_the_time_is_background(extractor: Extractor) -> None:
    text = (
        "Vilnius says 10,000 Belarusian soldiers are now at the border. Lithuanian officials "
        "put their number at about 4,000 at the time."
    )
    now, then = extractor.extract(text).quantities
    assert (now.modality, then.modality) == (Modality.REPORTED, Modality.BACKGROUND)


def test_a_figure_put_now_with_a_time_elsewhere_stays_news(extractor: Extractor) -> None:
    text = (
        "Vilnius says 10,000 Belarusian soldiers are now at the border. Lithuanian officials "
        "put their number at about 4,000 on Monday, though the border at the time was quiet."
    )
    _now, then = extractor.extract(text).quantities
    assert then.modality is Modality.REPORTED
