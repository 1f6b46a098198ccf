"""A second source's bare figure for the count just told, ending the source's clause."""

from __future__ import annotations

from bot.nlp import Extractor


def _counts(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [
        (q.value, q.measure, q.claimant.name if q.claimant else None)
        for q in extractor.extract(text).quantities
    ]


def test_another_source_says_a_bare_number(extractor: Extractor) -> None:
    text = (
        "Minsk has sent about 4 000 soldiers to the border, Vilnius says, "
        "while Warsaw says more than 5 000."
    )
    counts = _counts(extractor, text)
    assert [(v, m) for v, m, _ in counts] == [(4000, "troop"), (5000, "troop")]
    assert counts[1][2] == "Warsaw"


def test_a_quoted_bare_figure_in_the_next_sentence(extractor: Extractor) -> None:
    text = (
        "Minsk has sent about 4,000 soldiers to the border, Vilnius says. "
        'Warsaw says "up to 5,000".'
    )
    assert [(v, m) for v, m, _ in _counts(extractor, text)] == [(4000, "troop"), (5000, "troop")]


def test_a_source_that_speaks_of_a_bare_number(extractor: Extractor) -> None:
    text = "Vilnius says Minsk has sent 4,000 to 5,000 soldiers; Warsaw speaks of about 4,500."
    counts = _counts(extractor, text)
    assert counts[1][:2] == (4500, "troop")
    assert counts[1][2] == "Warsaw"


def test_a_bare_number_opening_its_own_clause_is_left_alone(extractor: Extractor) -> None:
    text = "Minsk bought 40 drones last year. The minister says 12 crashed in training."
    assert [(v, m) for v, m, _ in _counts(extractor, text)] == [(40, "drone")]


def test_a_bare_number_far_from_the_count_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Minsk bought 40 drones last year. The army is short of pilots. "
        "Training is slow. The minister says 12."
    )
    assert [(v, m) for v, m, _ in _counts(extractor, text)] == [(40, "drone")]


def test_a_source_that_had_spoken_of_a_figure_tells_it(extractor: Extractor) -> None:
    text = 'The ministry in Vilnius had spoken of "several hundred" casualties by then.'
    assert _counts(extractor, text)[0][2] == "Vilnius"


def test_speaking_to_someone_is_no_source_of_the_figure(extractor: Extractor) -> None:
    text = "The minister in Vilnius spoke to reporters about 300 new tanks."
    assert _counts(extractor, text)[0][2] is None


def test_a_bare_figure_described_after_a_comma(extractor: Extractor) -> None:
    text = (
        "Vilnius says about 4,000 Belarusian soldiers are at the border, while Warsaw "
        "says about 6,000, most of them conscripts."
    )
    counts = _counts(extractor, text)
    assert [(v, m) for v, m, _ in counts] == [(4000, "troop"), (6000, "troop")]
    assert counts[1][2] == "Warsaw"


def test_a_bare_figure_before_a_new_clause_stays_unread(extractor: Extractor) -> None:
    # Near miss: the comma opens a clause of its own, not a description of the people.
    text = (
        "Vilnius says about 4,000 Belarusian soldiers are at the border, while Warsaw "
        "says about 6,000, and the gap is growing."
    )
    assert [(v, m) for v, m, _ in _counts(extractor, text)] == [(4000, "troop")]
