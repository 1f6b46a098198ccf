"""A state's official counting recruits, with no agent and no place, counts the state's own
(`bot.nlp.recruited_forces`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_conscripts_called_up_are_the_minister_s_state_s(extractor: Extractor) -> None:
    text = (
        "Lithuania's defence minister said on Monday that more than 9,000 conscripts had been "
        "called up since January."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 9000 and q.actor == "Lithuania"


def test_soldiers_recruited_for_a_named_minister_are_his_country_s(
    extractor: Extractor,
) -> None:
    text = (
        "Defence Minister Andrei Belousov said on Tuesday that about 300,000 contract "
        "soldiers had been recruited since January."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"


def test_soldiers_mobilised_in_a_named_place_are_left_alone(extractor: Extractor) -> None:
    text = (
        "Lithuania's defence minister said on Monday that 9,000 soldiers had been mobilised "
        "in Belarus."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor != "Lithuania"


def test_soldiers_called_by_another_name_are_left_alone(extractor: Extractor) -> None:
    text = "Lithuania's defence minister said on Monday that 9,000 soldiers were called back."
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
