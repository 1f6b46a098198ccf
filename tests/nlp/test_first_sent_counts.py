"""The first count of soldiers sent, told as a bare number with soldiers named before."""

from __future__ import annotations

from bot.nlp import Extractor


def _counts(extractor: Extractor, text: str) -> list[tuple[float | None, float | None, str]]:
    return [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]


def test_a_source_set_off_before_a_passive_of_sending(extractor: Extractor) -> None:
    text = (
        "Belarus started moving soldiers to the border in May. "
        "By Vilnius's count, about 4 500 were deployed near Grodno in the summer."
    )
    assert _counts(extractor, text) == [(4500, None, "troop")]


def test_a_bare_range_told_as_sent(extractor: Extractor) -> None:
    text = (
        "Belarusian troops have crossed into Russia. "
        "Lithuania and Poland say between 6 000 and 7 000 were sent in the first rotation."
    )
    assert _counts(extractor, text) == [(6000, 7000, "troop")]


def test_a_source_total_of_those_sent(extractor: Extractor) -> None:
    text = (
        "Two years on, the deployment has grown. By now the soldiers are everywhere. "
        "Kyiv's spy agency puts the total sent to the front at roughly 9 000."
    )
    counts = _counts(extractor, text)
    assert (9000, None, "troop") in counts
    assert (9000, None, "year") not in counts  # not the unit of "two years on" before it


def test_a_bare_number_sent_with_no_soldiers_told_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Minsk expelled three diplomats on Monday. "
        "By Warsaw's count, about 40 were sent home over the year."
    )
    assert all(measure != "troop" for _, _, measure in _counts(extractor, text))


def test_a_count_told_before_is_carried_not_read_afresh(extractor: Extractor) -> None:
    text = (
        "Minsk has about 4,000 soldiers near the border. "
        "Kyiv says nearly 6,000 have been deployed there since March."
    )
    assert _counts(extractor, text) == [(4000, None, "troop"), (6000, None, "troop")]


def test_a_force_sent_after_its_losses_counts_soldiers(extractor: Extractor) -> None:
    text = (
        "Vilnius said the Belarusian contingent in Mali had lost about 300 soldiers killed "
        "and wounded, and that France estimated about 5,000 had been sent to the region."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (5000, "troop", "Belarus")


def test_wounded_sent_home_after_a_toll_stay_casualties(extractor: Extractor) -> None:
    # Near miss: no source opens the clause, so "sent home" tells the toll's fate.
    text = (
        "About 40 Belarusian soldiers were killed on Monday, officials said, "
        "and 12 were sent home."
    )
    assert all(measure != "troop" or value != 12 for value, _, measure in _counts(extractor, text))
