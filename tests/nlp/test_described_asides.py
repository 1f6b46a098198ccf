"""The speaker before an aside telling how a body was made, past the founders it lists
(`bot.nlp.described_asides`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_founders_listed_in_an_aside_are_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "The Baltic Drone Coalition, founded in 2023 by nine states including Latvia, "
        "Estonia and Lithuania, said 2,000 drones had been delivered to Ukraine."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 2000
    assert q.claimant is not None and "Latvia" not in q.claimant.entities
    assert "Coalition" in q.claimant.name


def test_a_plain_aside_still_reads_as_before(extractor: Extractor) -> None:
    text = (
        "Latvia's defence minister, speaking in Riga on Monday, said 2,000 drones had been "
        "delivered to Ukraine."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Latvia" in q.claimant.entities
