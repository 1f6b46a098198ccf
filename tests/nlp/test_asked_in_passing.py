"""A bare number answering a "how many" clause asked in passing counts what it asked about."""

from __future__ import annotations

from bot.nlp import Extractor

_OPENING = (
    "Belarusian soldiers first crossed into Ukraine two years ago. "
    "Accounts of how many Belarusians are still deployed there differ. "
)


def test_answers_count_the_people_asked_about(extractor: Extractor) -> None:
    text = _OPENING + "Kyiv says about 4,000 remain. Warsaw reckons about 3,000."
    found = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert (4000, "troop", "Belarus") in found
    assert (3000, "troop", "Belarus") in found


def test_a_range_answer_keeps_its_high_end(extractor: Extractor) -> None:
    text = _OPENING + "Kyiv puts it at 3,000 to 4,000."
    ranged = [q for q in extractor.extract(text).quantities if q.value == 3000]
    assert [(q.value_max, q.measure, q.actor) for q in ranged] == [(4000, "troop", "Belarus")]


def test_past_question_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Minsk never said how many Belarusians took part in the raid. "
        "Kyiv says about 4,000."
    )
    assert not [q for q in extractor.extract(text).quantities if q.actor == "Belarus"]


def test_new_paragraph_is_left_alone(extractor: Extractor) -> None:
    text = _OPENING + "\nShares in the firm fell after it reported that 4,000 remain unsold."
    assert not [q for q in extractor.extract(text).quantities if q.actor == "Belarus"]
