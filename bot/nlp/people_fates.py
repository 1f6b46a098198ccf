"""What befalls "them" says what "them" are: in "The soldiers are missing from the army's
reports, but Kyiv says 9,000 of them were deployed", the nearest plural noun before "them"
is "reports", yet reports are not deployed; people are. When the words right after "of them"
tell a fate only people meet (sent, deployed, killed, wounded, captured), a noun of things
is passed over for the people named before it."""

from __future__ import annotations

from bot.nlp.context import Sentence

_FATES = frozenset(
    {"sent", "deployed", "dispatched", "stationed", "killed", "wounded", "injured", "captured",
     "died", "evacuated", "redeployed", "transferred"}
)  # fmt: skip
_REACH = 4  # "of them have since been sent": the fate's verb within a few words


def people_fate_after(s: Sentence, of: int) -> bool:
    """Whether a people's fate is told within a few words after "of them" at token `of`."""
    after = s.lowers[of + 2 : min(s.end, of + 2 + _REACH)]
    return not _FATES.isdisjoint(after)
