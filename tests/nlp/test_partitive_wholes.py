"""The whole of "N of the roughly M troops ... were killed" (`bot.nlp.partitive_wholes`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_qualified_whole_keeps_the_part_and_stays_troops(extractor: Extractor) -> None:
    text = (
        "Kyiv's defence intelligence said that around 900 of the nearly 7,000 Belarusian "
        "soldiers deployed to Russia had died in combat."
    )
    found = {q.value: q for q in extractor.extract(text).quantities}
    assert found[900].category == "casualty"
    assert found[900].actor == "Belarus"
    assert found[7000].category == "troop"
    assert found[7000].actor == "Belarus"


def test_whole_without_qualifier_is_no_casualty_count(extractor: Extractor) -> None:
    text = "The ministry said 250 of the 4,000 Iranian soldiers sent to Syria had been killed."
    found = {q.value: q.category for q in extractor.extract(text).quantities}
    assert found[4000] != "casualty"
    assert found[250] == "casualty"


def test_a_plain_count_of_the_dead_stays_casualties(extractor: Extractor) -> None:
    # Near miss: no "N of the" before the figure, so the killed are the figure itself.
    text = "The ministry said 4,000 Iranian soldiers sent to Syria had been killed."
    found = {q.value: q.category for q in extractor.extract(text).quantities}
    assert found[4000] == "casualty"


def test_whole_sent_at_a_past_date_is_history(extractor: Extractor) -> None:
    text = (
        "Officials estimated that about 600 of the roughly 5,000 volunteers sent last year "
        "had been wounded."
    )
    found = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert found[5000] is Modality.BACKGROUND


def test_whole_sent_without_a_date_stays_news(extractor: Extractor) -> None:
    text = (
        "Officials estimated that about 600 of the roughly 5,000 volunteers sent to the front "
        "had been wounded."
    )
    found = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert found[5000] is Modality.REPORTED


def test_whole_sent_at_a_past_date_stays_news_under_a_present_tally(
    extractor: Extractor,
) -> None:
    # "have been wounded": the tally stands now, so the group it is counted from is current.
    text = (
        "Officials say about 600 of the roughly 5,000 volunteers sent last year have been "
        "wounded."
    )
    found = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert found[5000] is Modality.REPORTED
