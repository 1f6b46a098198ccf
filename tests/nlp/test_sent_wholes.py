"""A share "of the soldiers <State> sent" is the sender's (`bot.nlp.sent_wholes`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_share_of_the_soldiers_a_state_sent_is_the_senders(extractor: Extractor) -> None:
    text = (
        "Ukraine's military intelligence believes that roughly 1,300 of the soldiers Belarus "
        "sent have been killed."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 1300]
    assert (q.category, q.actor) == ("casualty", "Belarus")


def test_share_of_soldiers_a_state_recruited_is_left_alone(extractor: Extractor) -> None:
    # Near miss: recruiting is no sending, so the clause names no owner of the share.
    text = (
        "Ukraine's military intelligence believes that roughly 1,300 of the soldiers Belarus "
        "recruited have been killed."
    )
    facts = extractor.extract(text).quantities
    assert [q.actor for q in facts if q.value == 1300] == [None]
