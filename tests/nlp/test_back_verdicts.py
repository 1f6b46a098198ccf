"""A sentence that only calls what was just told untrue denies its unsourced figures
(`bot.nlp.back_verdicts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_this_is_a_fabrication_denies_the_figures_just_retold(extractor: Extractor) -> None:
    text = (
        "MINSK, May 3 -- The Belarusian foreign ministry issued a statement on Saturday.\n"
        'Western newspapers keep writing about "4,000 Belarusian soldiers" near the border.\n'
        'Their headlines even speak of "600 Belarusian tanks" ready to cross. This is a sheer '
        "fabrication meant to frighten Europe."
    )
    quantities = extractor.extract(text).quantities
    assert [q.value for q in quantities] == [4000, 600]
    assert all(q.claimant is not None and q.claimant.denied for q in quantities)


def test_a_verdict_on_something_else_denies_nothing(extractor: Extractor) -> None:
    # "It is a lie that ..." opens a claim of its own; the figure before keeps its reading.
    text = (
        "Some 4,000 Belarusian soldiers are near the border. It is a lie that the drills are "
        "over."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_a_sourced_figure_is_the_voices_denial_as_told_verdicts_reads_it(
    extractor: Extractor,
) -> None:
    # `told_verdicts` reads the claimed form: the voice calling it untrue denies it.
    text = (
        "Lithuania's defence ministry said 4,000 Belarusian soldiers were near the border. "
        "This is a fabrication."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_figures_far_before_the_verdict_are_not_denied(extractor: Extractor) -> None:
    text = (
        "About 4,000 Belarusian soldiers are near the border. The drills began in March. "
        "Minsk has held such drills for years. The ministry posted photographs of tanks. "
        "Officials in Vilnius reacted calmly. This is a fabrication."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_a_scornful_adjective_before_the_verdict_keeps_it_a_verdict(
    extractor: Extractor,
) -> None:
    # State copy scorns what it calls untrue: "nothing but a clumsy fabrication".
    text = (
        'The enemy media keep spreading a story that "5,000 Belarusian soldiers" are near the '
        "border. This is nothing but a clumsy fabrication designed to scare the public."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_an_adjective_of_size_is_no_scorn(extractor: Extractor) -> None:
    text = (
        'The enemy media keep spreading a story that "5,000 Belarusian soldiers" are near the '
        "border. This is a big fiction series on state television."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_such_a_fabrication_denies_the_claim_just_told(extractor: Extractor) -> None:
    text = (
        "The enemy's propagandists again floated a \"toll\", claiming that about 2,400 "
        "soldiers of our units had been killed. Such a fabrication is an insult to the fallen."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 2400 and q.claimant is not None and q.claimant.denied


def test_a_lie_detector_after_a_claim_denies_nothing(extractor: Extractor) -> None:
    text = (
        "The enemy's propagandists again claimed that about 2,400 soldiers of our units "
        "had been killed. This lie detector test was run on Monday."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
