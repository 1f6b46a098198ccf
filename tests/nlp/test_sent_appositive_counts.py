"""A "..., N of them" aside after "the troops it sent" counts the troops of the state "it"
names, as reported (`bot.nlp.sent_appositive_counts`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_aside_after_troops_it_deployed_is_the_senders(extractor: Extractor) -> None:
    text = (
        "Diplomats worry China might reward Minsk for the soldiers it deployed to the "
        "border, some 4,000 of them according to Vilnius."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.actor, q.modality) == ("Belarus", Modality.REPORTED)


def test_troops_it_may_send_stay_planned(extractor: Extractor) -> None:
    text = (
        "Diplomats worry China might reward Minsk for the soldiers it may send to the "
        "border, some 4,000 of them according to Vilnius."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality == Modality.PLANNED
