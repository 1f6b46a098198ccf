"""A headline's "parliament ratifies ..." retold by the body as one chamber's vote.

"Russian parliament ratifies defence pact" over a body that says "the lower house has ratified
the treaty" and sends it on to the upper house: the headline shortens the lower house's vote,
which the extractor reads as an approval (one chamber's step, not the ratification). The
headline's ratification is the same fact told loosely, and reporting it would announce a step
the body says has not happened yet. So when the body tells that treaty's approval as news and
no ratification of it as news, the headline's ratification is dropped for the body's approval.

"Russia ratifies treaty" over a body telling the president's signature of the law (a body
ratification) is left alone, as is a headline naming the upper chamber or a president.
"""

from __future__ import annotations

from bot.models import Event, Modality, Stage

# The acting bodies a headline names for a whole legislature, or none at all ("Russia
# ratifies ..."): words that may stand for one of its chambers.
_WHOLE_LEGISLATURE = frozenset(
    {"parliament", "legislature", "lawmakers", "legislators", "mps", "deputies", "congress"}
)


def headline_chamber_votes(events: list[Event], body_start: int) -> list[Event]:
    """The events without a headline ratification the body tells as one chamber's approval."""
    news = [e for e in events if e.start >= body_start and e.modality is Modality.REPORTED]
    approved = {frozenset(e.parties) for e in news if e.stage is Stage.APPROVED}
    if not approved:
        return events  # nearly every document: no chamber's vote told as news
    ratified = {frozenset(e.parties) for e in news if e.stage is Stage.RATIFIED}
    return [e for e in events if not _retold_vote(e, body_start, approved, ratified)]


def _retold_vote(
    e: Event,
    body_start: int,
    approved: set[frozenset[str]],
    ratified: set[frozenset[str]],
) -> bool:
    if e.start >= body_start or e.stage is not Stage.RATIFIED:
        return False
    if e.modality is not Modality.REPORTED:
        return False
    if e.body is not None and e.body.lower() not in _WHOLE_LEGISLATURE:
        return False  # "Upper house ratifies ...", "Putin ratifies ...": a step of its own
    parties = frozenset(e.parties)
    return parties in approved and parties not in ratified
