"""A capitalised subhead that names the past ("EARLIER ESTIMATES") makes what its section
tells as done background, until the next subhead; other subheads change nothing."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

TEXT = (
    "Minsk moves troops to the border\n"
    "Poland said on Monday that 3,000 Belarusian soldiers had reached the border.\n"
    "EARLIER ESTIMATES\n"
    "Poland said 1,200 Belarusian soldiers were stationed near Grodno.\n"
    "Minsk has a 48,000-strong army.\n"
    "WHAT COMES NEXT\n"
    "Lithuania said 800 Belarusian soldiers had arrived at its border.\n"
)


def test_history_section_is_background(extractor: Extractor) -> None:
    found = {q.value: q for q in extractor.extract(TEXT).quantities}
    assert found[3000].modality is Modality.REPORTED
    assert found[1200].modality is Modality.BACKGROUND
    assert found[800].modality is Modality.REPORTED  # the next subhead closes the section


def test_army_size_is_left_alone(extractor: Extractor) -> None:
    found = {q.value: q for q in extractor.extract(TEXT).quantities}
    assert found[48000].modality is not Modality.BACKGROUND


def test_other_subheads_change_nothing(extractor: Extractor) -> None:
    text = TEXT.replace("EARLIER ESTIMATES", "ESTIMATES DIFFER")
    found = {q.value: q for q in extractor.extract(text).quantities}
    assert found[1200].modality is Modality.REPORTED
