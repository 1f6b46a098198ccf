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
