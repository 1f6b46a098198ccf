"""A singular "it" after coordinated speakers stands for the name opening the sentence, not
for the speakers (`bot.nlp.singular_it`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_it_after_plural_speakers_is_the_opening_name(extractor: Extractor) -> None:
    text = (
        "Iran tested two rockets last week, and London and Paris say it has shipped "
        "about 400 drones to Russia."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.actor) == (400, "Iran")


def test_it_after_plural_speakers_with_no_opening_name_is_no_speaker(
    extractor: Extractor,
) -> None:
    text = "Officials in Berlin and Warsaw say it has shipped 400 drones to Russia."
    (q,) = extractor.extract(text).quantities
    assert q.actor not in {"Germany", "Poland"}


def test_it_after_one_speaker_is_the_speaker(extractor: Extractor) -> None:
    text = "Iran tested two rockets last week, and London says it has shipped 400 drones to Kyiv."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.actor) == (400, "United Kingdom")
