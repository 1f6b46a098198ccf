"""Figures the next sentence brands untrue are the brander's denial."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor

# Told with no source of its own: the page relays the claim only to have it rejected.
_CLAIM = (
    'Meanwhile, the rival intelligence service again floated a "briefing" to its assembly, '
    "claiming that about 3,100 soldiers had been killed in the operation. "
)


def _only(extractor: Extractor, text: str) -> Quantity:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 3100]
    return q


def test_figures_the_next_sentence_brands_a_fabrication_are_denied(
    extractor: Extractor,
) -> None:
    text = _CLAIM + 'A KCNA commentary branded the "figures" a sheer fabrication.'
    q = _only(extractor, text)
    assert q.claimant is not None and q.claimant.denied
    assert "KCNA" in q.claimant.entities


def test_figures_the_next_sentence_only_mentions_stay_news(extractor: Extractor) -> None:
    text = _CLAIM + "A KCNA commentary called the figures a sign of the war."
    q = _only(extractor, text)
    assert q.claimant is None or not q.claimant.denied


def test_a_sourced_figure_stays_its_sources_claim(extractor: Extractor) -> None:
    text = (
        "The spy agency told lawmakers that about 3,100 soldiers had been killed. "
        'A KCNA commentary branded the "figures" a sheer fabrication.'
    )
    q = _only(extractor, text)
    assert q.claimant is not None and not q.claimant.denied
