"""Two officials of two states saying one thing together make a joint claim of both states;
two officials of one state do not."""

from __future__ import annotations

from bot.nlp import Extractor


def test_two_states_officials_claim_jointly(extractor: Extractor) -> None:
    text = (
        "South Korean Foreign Minister Park Min-ho and German Chancellor Olaf Scholz said in "
        "a joint statement that 5,000 Belarusian troops had moved to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert {"South Korea", "Germany"} <= set(q.claimant.entities)


def test_officials_of_one_state_stay_as_read(extractor: Extractor) -> None:
    text = (
        "German Defence Minister Hans-Peter Braun and German Chancellor Olaf Scholz said that "
        "5,000 Belarusian troops had moved to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and set(q.claimant.entities) <= {"Olaf Scholz", "Germany"}


def test_a_state_and_the_state_estimating_claim_jointly(extractor: Extractor) -> None:
    text = (
        "Poland and the United Kingdom estimate that about 4,000 Belarusian soldiers have "
        "moved to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert set(q.claimant.entities) == {"Poland", "United Kingdom"}


def test_the_state_alone_before_an_estimate_stays_alone(extractor: Extractor) -> None:
    text = "The United Kingdom estimates that about 4,000 Belarusian soldiers have moved."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ("United Kingdom",)
