"""Interviews printed as "Q:" turns and answers labelled with the guest's name."""

from __future__ import annotations

from bot.nlp import Extractor

_INTERVIEW = (
    "Q: How big is the Belarusian army today?\n"
    "Khrenin: About 65,000 soldiers are on active duty, and we keep adding more.\n"
    "Q: What about the Russians?\n"
    "Khrenin: Roughly 9,000 are stationed with us now.\n"
    "Q: Will that change?\n"
    "Khrenin: It depends on Moscow.\n"
)


def test_q_labels_with_named_answers_set_the_side(extractor: Extractor) -> None:
    found = {(q.value, q.actor) for q in extractor.extract(_INTERVIEW).quantities}
    assert (65000, "Belarus") in found


def test_only_q_labels_make_no_exchange(extractor: Extractor) -> None:
    text = "Q: How big is the Belarusian army today?\nAbout 65,000 soldiers are on active duty.\n"
    found = {(q.value, q.actor) for q in extractor.extract(text).quantities}
    assert (65000, "Belarus") not in found
