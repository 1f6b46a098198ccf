"""A signing told after a chamber's vote on the treaty is the law's signing: "the senate
ratified it on Tuesday, and the president will sign it next week", "The lower house approved
the treaty. The treaty must now be signed by the president". Once a parliament has voted,
the treaty itself was signed long before; what is left to sign is the ratification law, and
the head of state signing it ratifies (a signing before any vote is the treaty's own, and
stays one). So "The law now goes to the president for his signature" after the vote plans
the ratification."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality, Stage
from bot.nlp.context import Sentence

_SIGN = frozenset({"sign", "signs", "signed", "signing"})
_VOTED = frozenset({Stage.APPROVED, Stage.RATIFIED})


def signed_into_law(s: Sentence, found: list[Event], previous: Event | None) -> list[Event]:
    """`found` with a signing of "it" after a chamber's vote made the ratification, and the
    law's awaited signature added."""
    if not found:
        return _awaited_signature(s, previous)
    found = _signed_it(s, found, previous)
    if any(e.stage in _VOTED for e in found):
        return found  # a vote told here may already stand for the law's signing
    # "The law now goes to Putin for his signature, and the treaty will take effect once ...":
    # the signature is a step of its own beside the one the treaty noun carries.
    return found + _awaited_signature(s, previous)


def _signed_it(s: Sentence, found: list[Event], previous: Event | None) -> list[Event]:
    """`found` with a signing of "it" after a chamber's vote made the ratification."""
    if not any(e.stage is Stage.SIGNED and e.modality is not Modality.BACKGROUND for e in found):
        return found  # most sentences: no signing to read again
    voted = [e for e in found if e.stage in _VOTED]
    if previous is not None and previous.stage in _VOTED:
        voted.append(previous)
    if not voted or not _signs_it(s):
        return found
    return [
        replace(e, stage=Stage.RATIFIED)
        if e.stage is Stage.SIGNED and e.modality is not Modality.BACKGROUND
        and set(e.parties) <= {p for v in voted for p in v.parties}
        else e
        for e in found
    ]  # fmt: skip


def _signs_it(s: Sentence) -> bool:
    """"will sign it", "must now be signed by": the thing signed is the one just voted on."""
    if _SIGN.isdisjoint(s.words):
        return False
    lowers = s.lowers
    for k in range(s.start + 1, s.end - 1):
        if lowers[k] in _SIGN and (
            lowers[k + 1] == "it" or (lowers[k - 1] == "be" and lowers[k + 1] == "by")
        ):
            return True
    return False


_GOES = frozenset({"goes", "go", "heads", "passes", "sent", "forwarded"})
_SIGNATURE_REACH = 8  # "goes to President Vladimir Putin for his signature"


def _awaited_signature(s: Sentence, previous: Event | None) -> list[Event]:
    """"The law now goes to Putin for his signature" after a chamber's vote: the head of
    state's signing, which ratifies, is still to come."""
    if "signature" not in s.words or previous is None or previous.stage not in _VOTED:
        return []
    lowers = s.lowers
    for k in range(s.start, s.end - 2):
        if lowers[k] not in _GOES or lowers[k + 1] != "to":
            continue
        window = lowers[k + 2 : min(s.end, k + 2 + _SIGNATURE_REACH)]
        if "signature" in window and "for" in window:
            at = k + 2 + window.index("signature")
            start, end = s.char_span(k, at + 1)
            return [Event(type=previous.type, stage=Stage.RATIFIED, parties=previous.parties,
                          date=None, claimant=None, sentence=s.text, start=start, end=end,
                          modality=Modality.PLANNED)]  # fmt: skip
    return []
