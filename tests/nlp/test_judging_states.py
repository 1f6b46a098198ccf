"""States told as judging a count are not its senders (`bot.nlp.judging_states`)."""

from __future__ import annotations

from bot.nlp import Extractor

_OPENING = (
    "Minsk's soldiers in Syria\nBelarus sent about 2,000 soldiers to Syria in the spring, "
    "officials said. "
)


def _actor(extractor: Extractor, text: str, value: int) -> str | None:
    return next(q for q in extractor.extract(text).quantities if q.value == value).actor


def test_states_agreeing_on_a_count_leave_it_to_the_lone_sender(extractor: Extractor) -> None:
    text = _OPENING + (
        "Paris and Berlin now largely agree on the scale of the mission: about 2,400 "
        "troops remain in Syria, according to the agency."
    )
    assert _actor(extractor, text, 2400) == "Belarus"


def test_states_that_send_troops_themselves_still_block(extractor: Extractor) -> None:
    text = _OPENING + (
        "Paris and Berlin now largely match the mission: about 2,400 troops remain in "
        "Syria, according to the agency."
    )
    assert _actor(extractor, text, 2400) != "Belarus"
