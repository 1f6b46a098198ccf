"""", rejecting reports that ..." hung on a statement: the opening subject denies."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_ministry_statement_rejecting_a_figure_denies_it(extractor: Extractor) -> None:
    text = (
        "Minsk's defence ministry published a statement on Friday, flatly rejecting reports "
        "that 6,000 Belarusian troops had crossed into Ukraine."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.entities == ("Belarus",)


def test_a_figure_before_the_participle_stays_the_speakers_own(extractor: Extractor) -> None:
    text = (
        "Ukraine's General Staff said 1,150 Russian troops were killed in a day, dismissing "
        "Moscow's version of the battle."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied


def test_a_short_opener_before_the_subject_is_passed_over(extractor: Extractor) -> None:
    text = (
        "Meanwhile, the Kremlin issued a statement, rejecting claims that 7,000 Russian "
        "troops had been moved to the Finnish border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.entities == ("Russia",)
