"""What a helper helps another build is the builder's (`bot.nlp.helped_makers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_helped_country_owns_what_it_builds(extractor: Extractor) -> None:
    text = (
        "Officials said China had helped Iran build a missile plant able to turn out up to "
        "60 ballistic missiles a month."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Iran"


def test_helper_keeps_what_it_launched(extractor: Extractor) -> None:
    # Near miss: the figure comes before the help clause, in the helper's own clause.
    text = "Russia launched 90 drones at Kyiv and helped Belarus build a new airfield."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"
