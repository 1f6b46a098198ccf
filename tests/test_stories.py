from __future__ import annotations

from bot.stories import (
    BANDS,
    STORY_SIMILARITY,
    Known,
    bands,
    best_story,
    from_bytes,
    signature,
    similarity,
    to_bytes,
)

WIRE = (
    "Ukraine's military intelligence agency said on Thursday that North Korea has sent about "
    "12,000 soldiers to Russia, and that some of them have already moved to the Kursk region "
    "near the border. The agency said the troops were being trained on Russian equipment and "
    "would be ready for combat within weeks. Officials in Seoul said they were checking the "
    "report and would share their own assessment with allies on Friday."
)
# The same wire copy as another outlet runs it: a new first sentence, a trimmed ending.
REWRITE = (
    "KYIV (Eastern Desk) - Ukraine's military intelligence agency said on Thursday that North "
    "Korea has sent about 12,000 soldiers to Russia, and that some of them have already moved "
    "to the Kursk region near the border. The agency said the troops were being trained on "
    "Russian equipment and would be ready for combat within weeks."
)
OTHER = (
    "The finance ministry presented a draft budget on Tuesday that raises spending on roads "
    "and schools while cutting subsidies for energy companies, and parliament is expected to "
    "debate the plan next month before a final vote in December."
)


def _sig(text: str) -> object:
    sig = signature(text)
    assert sig is not None
    return sig


def test_wire_copy_scores_high_and_unrelated_text_low() -> None:
    a, b, c = signature(WIRE), signature(REWRITE), signature(OTHER)
    assert a is not None and b is not None and c is not None
    assert similarity(a, b) >= 0.5
    assert similarity(a, c) < 0.15
    assert similarity(a, a) == 1.0


def test_signatures_are_stable_and_round_trip_through_bytes() -> None:
    a = signature(WIRE)
    assert a is not None
    again = signature(WIRE.upper())  # case does not matter
    assert again is not None and (a == again).all()
    data = to_bytes(a)
    back = from_bytes(data)
    assert back is not None and (back == a).all()
    assert from_bytes(data[:-4]) is None


def test_short_text_has_no_signature() -> None:
    assert signature("Troops sent") is None
    assert best_story(None, []) is None


def test_copies_share_a_band_and_join_the_best_story() -> None:
    a, b, c = signature(WIRE), signature(REWRITE), signature(OTHER)
    assert a is not None and b is not None and c is not None
    assert len(bands(a)) == BANDS
    assert set(bands(a)) & set(bands(b))
    known = [Known("budget", "Ledger", c), Known("troops", "Wire", a)]
    found = best_story(b, known)
    assert found is not None and found.story_key == "troops"
    assert best_story(c, [Known("troops", "Wire", a)]) is None
    assert 0 < STORY_SIMILARITY < 1
