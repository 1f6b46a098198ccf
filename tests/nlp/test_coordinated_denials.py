"""A denial after "and" shares the subject of the report before it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_said_and_dismissed_reports_denies_the_figure(extractor: Extractor) -> None:
    text = (
        'Lavrov said the talks had been useful and dismissed as "pure invention" media '
        "reports that 5,000 Belarusian soldiers were in Kursk."
    )
    q = extractor.extract(text).quantities[0]
    assert q.value == 5000
    assert q.claimant is not None and q.claimant.denied and "Lavrov" in q.claimant.name


def test_a_figure_the_speaker_asserts_before_denying_stays_his(extractor: Extractor) -> None:
    text = "Zelensky said 3,000 soldiers had died and denied that the army was retreating."
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and not q.claimant.denied
