"""An "it" that signs: "Since 2022, it has signed executive contracts with Korean companies",
"Hanwha said it expects to sign a third contract with Poland". Right after a treaty step an
"it" next to a stage word may stand for the treaty (`step_cues.pronoun_triggers`), but a
treaty is signed, ratified and approved; it never signs, ratifies or approves. An "it" before
an active verb of those stages is the state or company acting, and what it signs is named
after the verb, so the "it" is no treaty."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Active forms of the stages whose subject acts on the treaty (not "it entered into force").
_ACTING = frozenset(
    {"sign", "signs", "signed", "signing", "ratify", "ratifies", "ratified", "ratifying",
     "approve", "approves", "approved", "approving", "endorse", "endorses", "endorsed",
     "suspend", "suspends", "suspended"}
)  # fmt: skip
# A passive between them makes "it" the treaty again: "it must now be approved", "it was
# signed in June", "it has been ratified".
_PASSIVE = frozenset({"be", "is", "was", "were", "been", "being", "are", "get", "gets", "got"})


def pronoun_signs(s: Sentence, it: int, stage: int) -> bool:
    """Whether the "it" at token `it` is the subject of the active stage verb at `stage`."""
    if stage <= it or s.lowers[stage] not in _ACTING:
        return False
    return _PASSIVE.isdisjoint(s.lowers[it + 1 : stage])
