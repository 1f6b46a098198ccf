"""A state named as where a region lies ("the Kursk region of the Russian Federation") owns
nothing counted; the owner is the one before it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_region_of_state_is_no_owner(extractor: Extractor) -> None:
    text = (
        "The losses of the army of Belarus in the Bryansk region of the Russian Federation "
        "have exceeded 900 servicemen killed and wounded, Kyiv said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 900 and q.actor == "Belarus"


def test_losses_of_a_state_stay_its_own(extractor: Extractor) -> None:
    text = "The losses of the Russian Federation have exceeded 900 servicemen killed, Kyiv said."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"
