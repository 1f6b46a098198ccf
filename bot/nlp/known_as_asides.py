"""A speaker set off with the name it goes by: "The agency, known as HUR, said ...", "The
ministry's spy service, also known as the GRU, said ...", "The monitor, called Airwars, said".
The words between the commas are no subject of their own ("known" is a participle), so
without this the reported clause's subject after the verb ("said the North Korean contingent
numbered ...") reads as an inverted speaker. The name in the aside is who speaks, as in
"The agency, HUR, said", and any body the role names before it goes with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.models import Claimant
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence

if TYPE_CHECKING:
    from bot.nlp.claim_subjects import ClaimCue

# The participles that introduce another name for the thing before them.
_NAMING = frozenset({"known", "called", "dubbed", "named", "nicknamed"})
# "also known as", "better known as", "widely known as", "officially called".
_HEDGES = frozenset({"also", "better", "widely", "commonly", "officially", "formally"})
_MAX_NAME = 5  # "known as the Main Intelligence Directorate": a name, not a clause
_MAX_ROLE = 6  # "The country's military intelligence agency": a short description


def known_as_subject(s: Sentence, verb: int, end: int, *, denied: bool) -> ClaimCue | None:
    """The cue whose speaker is the name after "known as" in the aside that ends at the
    comma right before the reporting verb (`end` is where the subject would end)."""
    from bot.nlp.claim_subjects import ClaimCue, subject_start

    lowers, texts = s.lowers, s.texts
    if end - 1 <= s.start or lowers[end - 1] != ",":
        return None
    close = end - 1
    # The opening comma: the aside is a participle, an optional "as", then a short name.
    opening = close - 1
    while opening > s.start and close - opening <= _MAX_NAME + 4 and lowers[opening] != ",":
        opening -= 1
    if lowers[opening] != "," or opening <= s.start:
        return None
    k = opening + 1
    if lowers[k] in _HEDGES:
        k += 1
    if k >= close or lowers[k] not in _NAMING:
        return None
    k += 1
    if k < close and lowers[k] == "as":
        k += 1
    if k < close and lowers[k] == "the":
        k += 1
    # Only a proper name: "known as HUR", not "known for its tallies" or "called in experts".
    if k >= close or close - k > _MAX_NAME or not all(
        texts[j][:1].isupper() for j in range(k, close)
    ):
        return None
    role = subject_start(s, opening)
    if role == opening or opening - role > _MAX_ROLE:
        return None
    if role > s.start and s.lowers[role - 1] == ",":
        # "Kyrylo Budanov, head of the agency, known as the HUR, said": the name goes with the
        # agency inside another aside; the speaker stands before it.
        return None
    named = name_claimant(s, k, close, denied=denied)
    if named is None:
        return None
    entities = list(named.entities)
    for f in s.mentions_between(role, opening):
        if f.entity not in entities:
            entities.append(f.entity)  # "Ukraine's agency, known as HUR": Ukraine's too
    return ClaimCue(verb, role, close, Claimant(named.name, tuple(entities), denied), denied)
