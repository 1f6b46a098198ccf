"""The whole of "lost a third of the 12,000 troops it sent" (`bot.nlp.share_wholes`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> dict[float | None, str]:
    return {q.value: q.measure for q in extractor.extract(text).quantities}


def test_a_share_in_words_leaves_the_whole_a_troop_count(extractor: Extractor) -> None:
    text = "The general said the brigade had lost half of the 3,000 soldiers it deployed."
    assert _measures(extractor, text) == {3000: "troop"}


def test_a_quoted_share_leaves_the_whole_a_troop_count(extractor: Extractor) -> None:
    text = 'Officials said Minsk had lost "up to a quarter" of the 7,000-8,000 troops it sent.'
    assert _measures(extractor, text) == {7000: "troop"}


def test_most_of_the_whole_is_no_casualty_count(extractor: Extractor) -> None:
    text = "The colonel said casualties took most of the 900 recruits in his regiment."
    assert _measures(extractor, text) == {900: "troop"}


def test_a_plain_loss_stays_casualties(extractor: Extractor) -> None:
    # Near miss: "of the" without a share word before it ("lost control of the ...") is no
    # share, and a loss told straight is the dead and wounded.
    text = "The general said the brigade had lost 3,000 soldiers in the offensive."
    assert _measures(extractor, text) == {3000: "casualty"}
