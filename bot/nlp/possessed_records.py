"""A record named with its keeper: "..., Syrskyi said, according to the General Staff's daily
tallies", "according to the ministry's figures". The possessive names who kept the record,
but the phrase is still a record, not someone speaking: with a speaker in the sentence who
cites it, the speaker claims the figure, as with a record in lower case ("according to
preliminary data", `claim_choice.record`). Alone in its sentence the record stays the
source: the caller drops it only beside a speaker.

"according to the General Staff" names the body itself and "according to Kyiv's envoy"
names a person: neither ends in a record noun, so both stay sources.
"""

from __future__ import annotations

from bot.models import Claimant

_RECORD_NOUNS = frozenset(
    {"data", "estimates", "figures", "calculations", "statistics", "counts", "tally",
     "tallies", "records", "logs", "numbers"}
)  # fmt: skip
_POSSESSIVES = ("'s ", "’s ", "s' ")


def possessed_record(claimant: Claimant | None) -> bool:
    """Whether the claimant is "<keeper>'s <record>" ("the General Staff's daily tallies")."""
    if claimant is None:
        return False
    name = claimant.name
    return name.rsplit(" ", 1)[-1].lower() in _RECORD_NOUNS and any(
        p in name for p in _POSSESSIVES
    )
