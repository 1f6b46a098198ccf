"""A bare "X has lost N." after a casualty count in the same sentence
(`bot.nlp.lost_counts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_bare_number_after_lost_counts_the_subjects_casualties(extractor: Extractor) -> None:
    text = (
        "Armenia says about 3,000 Azerbaijani soldiers have been killed or wounded this year, "
        "while Baku claims Yerevan has lost more than 5,000."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 5000]
    assert (q.category, q.actor) == ("casualty", "Armenia")


def test_lost_with_its_own_noun_after_is_left_alone(extractor: Extractor) -> None:
    # Near miss: the number after "lost" names its own noun later, so it is no casualty count.
    text = (
        "Armenia says about 3,000 Azerbaijani soldiers have been killed or wounded this year, "
        "while Baku claims Yerevan has lost 5,000 hectares of farmland."
    )
    facts = extractor.extract(text).quantities
    assert not [q for q in facts if q.value == 5000 and q.category == "casualty"]


def test_lost_in_the_same_period_restates_the_count_before(extractor: Extractor) -> None:
    # "in the same month" ties the bare number to the previous sentence's count of losses.
    text = (
        "Armenia's defence ministry says Azerbaijan lost 2,400 soldiers killed and wounded in "
        "March. Baku, which gives no figure for its own dead, says Armenia lost more than "
        "3,500 in the same month."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 3500]
    assert (q.category, q.actor) == ("casualty", "Armenia")


def test_lost_with_a_different_period_after_it_is_left_alone(extractor: Extractor) -> None:
    # Near miss: "in the attack" names no period the count before covered.
    text = (
        "Armenia's defence ministry says Azerbaijan lost 2,400 soldiers killed and wounded in "
        "March. Baku says Armenia lost 3,500 in the attack."
    )
    facts = extractor.extract(text).quantities
    assert not [q for q in facts if q.value == 3500 and q.category == "casualty"]
