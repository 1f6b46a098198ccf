"""A vote's tally told right after the vote retells it: "Parliament voted on Wednesday to
ratify the accord. Deputies backed it by 212 votes to 31." and "The convention was approved
by 98 votes to 12." add the count to the ratification just reported; they are no new step of
a lower house or committee. So is a tally of the members who voted ("The ratification law was
backed by all 397 deputies who took part"). A chamber named in the tally's sentence ("The
Senate approved it by 60 votes to 20") takes a step of its own and is kept, but a bare
"Parliament", or the very body that just voted, is the voter already told: "The Storting
ratified the pact on Monday. Parliament backed it by 150 votes to 9."."""

from __future__ import annotations

from bot.models import Event, Modality, Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_VOTED = frozenset({Stage.RATIFIED, Stage.APPROVED})
_VOTES = frozenset({"votes", "vote"})
_REACH = 8  # "backed the accession protocol by 287 votes"
# "backed by all 397 deputies": the members who voted count the votes.
_MEMBERS = frozenset(
    {"deputies", "lawmakers", "legislators", "members", "mps", "senators", "parliamentarians"}
)
_COUNTED = _VOTES | _MEMBERS


def retold_tally(
    s: Sentence, cue: StepCue, previous: Event | None, body: tuple[str, str] | None
) -> bool:
    """Whether the step at `cue` is the vote of `previous` told again with its tally."""
    if previous is None or not _same_voter(body, previous) or _COUNTED.isdisjoint(s.words):
        return False  # nearly every step: a missing "votes" or "deputies" ends it
    if previous.stage not in _VOTED or cue.stage not in _VOTED:
        return False
    if previous.modality is not Modality.REPORTED:
        return False
    after = s.lowers[cue.end : min(s.end, cue.end + _REACH)]
    for k in range(len(after) - 2):
        if after[k] != "by":
            continue
        first = k + 2 if after[k + 1] == "all" else k + 1  # "by all 397 deputies"
        if first < len(after) and after[first][:1].isdigit() and not _COUNTED.isdisjoint(
            after[first + 1 : first + 4]
        ):
            return True
    return False


def _same_voter(body: tuple[str, str] | None, previous: Event) -> bool:
    """Whether the body named with the tally (if any) can be the one whose vote was told:
    a lower house or committee named anew votes on its own, while "Parliament" on its own
    names no other chamber than the one just reported."""
    if body is None:
        return True
    name, level = body
    return level == "single" and (name.lower() == "parliament" or name == previous.body)
