"""Whose account a read sentence leaves going on: the source the next sentence's figures
continue (`carried`) and the one its "he" or "the agency" means (`last`), once the sentence's
cues are read."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.asked_speakers import asked_person
from bot.nlp.citing_sources import without_citing
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.figure_givers import figure_giver
from bot.nlp.object_sources import speaking
from bot.nlp.origin_sources import origin_source
from bot.nlp.passive_sources import passive_source
from bot.nlp.post_holders import held_posts
from bot.nlp.references import opening_subject
from bot.nlp.split_sources import split_sources
from bot.nlp.statement_issuers import statement_issuer
from bot.nlp.statements import quoted_only


def told_sources(
    s: Sentence,
    cues: list[ClaimCue],
    found: list[Quantity],
    claimants: list[Claimant],
    posts: dict[str, Claimant],
    last: Claimant | None,
) -> tuple[Claimant | None, Claimant | None]:
    """(carried, last) after `s`, whose cues are `cues` and figures `found`; the sources it
    cites are added to `claimants`, the posts it names before their holders to `posts`."""
    if not cues:
        # Most sentences read: no source speaks, cites, holds a post or vouches (each rule
        # the cues feed gives nothing), but the sentence may say where figures come from.
        carried = origin_source(s)  # "The figures come from X." X's account follows
        return carried, (carried or figure_giver(s) or opening_subject(s)
                         or statement_issuer(s) or asked_person(s) or last)  # fmt: skip
    asserting = speaking(s, cues)  # not a source told of inside another's report
    claimants.extend(  # a cited state's record is no one a later "the agency" means
        c.claimant for c in without_citing(cues, s.lowers) if c.claimant is not None
    )
    posts.update(held_posts(s, cues))
    carried = asserting[-1] if asserting and not quoted_only(s, cues) else None
    if split_sources([q.claimant for q in found if q.claimant is not None]):
        carried = None  # "..., according to X, ..., Y estimates": no one's account
    if (vouching := passive_source(s, cues)) is not None:
        # "This was reported by the General Staff, an Agency correspondent informs": the
        # relaying correspondent is the outlet; the account goes on the source's.
        return vouching, vouching
    if asserting:
        return carried, asserting[-1]
    if denying := [c.claimant for c in cues if c.claimant is not None]:
        # "It is a fabrication, the commentary says. ..., it adds": a denier still speaks
        # for the "it" of the next sentence.
        return carried, replace(denying[-1], denied=False)
    return carried, last
