"""The rules that revise a read sentence's figures and steps once both are found: what the
sentence's own labels, dateline and dates say of them, and what the sentence before (its
figures, `just_told`) makes of them."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Event, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.clock_labels import clock_label_claims
from bot.nlp.context import Sentence
from bot.nlp.dated_accounts import as_history
from bot.nlp.dateline_chambers import dateline_chamber_parties
from bot.nlp.figure_origins import origin_claims
from bot.nlp.follow_on_history import continued_history
from bot.nlp.relayed_bodies import relayed_bodies
from bot.nlp.same_briefing_history import same_briefing_history
from bot.nlp.same_period_history import same_period_history
from bot.nlp.source_labels import source_label_claims
from bot.nlp.vote_tallies import tallies_follow_steps


def labelled_facts(
    s: Sentence, cues: list[ClaimCue], quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """The sentence's figures and steps after its dateline, its vote tallies, its dates and
    its source labels."""
    if not quantities and not events:
        return quantities, events  # most sentences read: every rule below revises facts found
    events = dateline_chamber_parties(s, events)  # "SEOUL -- The National Assembly ..."
    quantities = tallies_follow_steps(quantities, events)
    quantities, events = as_history(s, cues, quantities, events)
    quantities = relayed_bodies(s, cues, quantities)  # "the NIS said ..., according to Rep. Lee"
    quantities = source_label_claims(s, quantities)  # "- HUR: 5,000, ..."
    quantities = clock_label_claims(s, quantities)  # "13:05 HUR: ..."
    return origin_claims(s, quantities), events  # ", a figure from NATO"


def history_after(
    s: Sentence, found: list[Quantity], just_told: list[Quantity], told: Sequence[Quantity]
) -> list[Quantity]:
    """The sentence's figures, history when they go on from figures just told as history
    (`just_told`; `told`, every figure so far, for "at the same briefing")."""
    if not found:
        return found  # most sentences read: every rule below revises figures found
    found = continued_history(s, found, just_told)
    found = same_period_history(s, found, just_told)
    return same_briefing_history(s, found, told)
