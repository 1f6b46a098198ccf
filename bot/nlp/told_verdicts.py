"""A sentence that calls what was just told untrue, in the text's own voice: "Recently, the
spy agency and Kyiv have claimed that the DPRK sent 30,000 soldiers. This is nothing but a
sheer fabrication." It is the two-sentence form of `story_verdicts` ("The story that ... is
a sheer fabrication"): the claimers only told the figures; the verdict is the voice that
speaks in the text (the statement's issuer), so the figures are that speaker's denial, as in
`writer_denials`.

The verdict sentence has no number and often no reporting verb, so the candidate pass skips
it; `verdicts.opens_verdict` is cheap enough to run on every sentence (a look at its first
word). "This is a lie, the ministry said" names its own speaker and is not read here."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.writer_denials import WRITER


def deny_claimed(told: list[Quantity], voice: Claimant | None) -> list[Quantity]:
    """The figures just told, as the denial of the voice speaking (the text's own with none).
    Only figures told as someone's claim are denied: a verdict after the writer's own
    account would contradict it, so that reading is not the one meant."""
    denier = replace(voice, denied=True) if voice is not None else WRITER
    if not told or any(q.claimant is None or q.claimant.denied for q in told):
        return told
    return [replace(q, claimant=denier) for q in told]
