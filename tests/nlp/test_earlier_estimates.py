"""An older estimate set beside the new one counts the same thing and is history
(`bot.nlp.earlier_estimates`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _rows(extractor: Extractor, text: str) -> list[tuple[float | None, str, Modality]]:
    return [(q.value, q.measure, q.modality) for q in extractor.extract(text).quantities]


def test_its_previous_estimate_of_n(extractor: Extractor) -> None:
    text = "Officials said 90 miners had been killed, up from their previous estimate of 40."
    assert _rows(extractor, text) == [
        (90, "casualty", Modality.REPORTED), (40, "casualty", Modality.BACKGROUND)
    ]


def test_a_months_estimate_of_n(extractor: Extractor) -> None:
    text = "The ministry now counts 5,200 refugees, double its March figure of 2,600."
    assert _rows(extractor, text)[-1] == (2600, "refugee", Modality.BACKGROUND)


def test_an_estimate_with_no_earlier_word_is_left_alone(extractor: Extractor) -> None:
    text = "Officials said 90 miners had been killed, an estimate of 40 percent more."
    assert all(m is Modality.REPORTED for _, _, m in _rows(extractor, text))


def test_up_from_its_estimate_counts_the_same_and_is_history(extractor: Extractor) -> None:
    text = (
        "The UN mission said on Friday that about 7,000 Chadian soldiers were in Darfur, up "
        "from its estimate of 4,500 in the spring."
    )
    older = next(q for q in extractor.extract(text).quantities if q.value == 4500)
    assert (older.measure, older.modality) == ("troop", Modality.BACKGROUND)


def test_its_estimate_without_a_change_is_not_older(extractor: Extractor) -> None:
    text = "The UN mission said on Friday that its estimate of 7,000 soldiers in Darfur stood."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
