"""A bulleted box under a capitalised title naming its source: the title's body is the
lines' source, and the side the box's lines name owns their ownerless figures."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> dict[float | None, Quantity]:
    return {q.value: q for q in extractor.extract(text).quantities}


_BOX = (
    "Seoul's spies briefed lawmakers on Thursday about the war.\n"
    "HIGHLIGHTS OF THE NIS REPORT\n"
    "- About 1,300 Belarusian soldiers killed so far\n"
    "- Troops now in Russia: roughly 7,000\n"
)


def test_a_titled_box_gives_its_source_and_side_to_its_lines(extractor: Extractor) -> None:
    figures = _figures(extractor, _BOX)
    q = figures[7000]
    assert q.claimant is not None and "NIS" in q.claimant.entities
    assert q.actor == "Belarus"


def test_a_box_under_a_plain_title_is_left_alone(extractor: Extractor) -> None:
    figures = _figures(extractor, _BOX.replace("OF THE NIS REPORT", "OF THE REPORT"))
    q = figures[7000]
    assert q.claimant is None and q.actor is None


def test_a_box_under_a_country_title_is_left_alone(extractor: Extractor) -> None:
    figures = _figures(extractor, _BOX.replace("OF THE NIS REPORT", "ON BELARUS"))
    assert figures[7000].claimant is None
