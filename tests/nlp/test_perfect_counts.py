"""A recent briefing's count told in the present perfect is the latest word, so news; the
same count in the past perfect stays background. Also: "the agency" tagging a sentence that
opened with "Tokyo's spy agency" means that agency, not one named sentences before."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor
from bot.nlp.perfect_counts import perfect_count

_OPENING = (
    "Minsk on Tuesday admitted for the first time that its units fought abroad, according "
    "to the state-run Belarusian news agency BelTA. The agency said the units had been sent "
    "on the orders of President Alexander Lukashenko. "
)


def test_a_present_perfect_count_from_a_recent_briefing_is_news(extractor: Extractor) -> None:
    text = _OPENING + (
        "Warsaw's intelligence agency has estimated that about 6,000 Belarusian troops have "
        "been deployed in total and that some 900 of them have been wounded, the agency said "
        "in a briefing earlier this month."
    )
    quantities = extractor.extract(text).quantities
    assert [q.value for q in quantities] == [6000, 900]
    for q in quantities:
        assert q.modality is Modality.REPORTED
        assert q.claimant is not None and "Poland" in q.claimant.entities


def test_a_past_perfect_count_from_the_same_briefing_stays_background(
    extractor: Extractor,
) -> None:
    text = _OPENING + (
        "Warsaw's intelligence agency has estimated that about 6,000 Belarusian troops had "
        "been deployed by then, the agency said in a briefing earlier this month."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_only_the_figures_own_clause_is_read() -> None:
    words = ["the", "agency", "has", "estimated", "that", "300", "had", "been", "killed"]
    assert not perfect_count(words, 5, len(words))
    words = ["the", "agency", "said", "that", "300", "have", "been", "killed"]
    assert perfect_count(words, 4, len(words))
    words = ["that", "300", "were", "killed", ",", "and", "officials", "have", "said"]
    assert not perfect_count(words, 1, len(words))
