"""A read sentence's claim cues: the reporting verbs and their subjects found, then each
source resolved against what the article told before it (the last speaker, posts named
before their holders, bodies described rather than named, groups counted)."""

from __future__ import annotations

from bot.models import Claimant, Mention
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.described_sources import described_sources
from bot.nlp.dismissals import find_claims_with_dismissals as find_claims
from bot.nlp.numbered_groups import numbered_group_cues
from bot.nlp.owned_bodies import add_mentions, owned_bodies
from bot.nlp.person_pronouns import person_pronouns
from bot.nlp.possessive_press import possessive_press
from bot.nlp.post_holders import known_posts
from bot.nlp.references import resolve_references
from bot.nlp.source_scope import settle_sources
from bot.nlp.statements import speakers


def sentence_cues(
    s: Sentence,
    last: Claimant | None,
    claimants: list[Claimant],
    posts: dict[str, Claimant],
    mentions: list[Mention],
) -> list[ClaimCue]:
    """The cues of `s`; `last` is the last source told, `claimants` the sources cited before,
    `posts` the sources of posts named before their holders; the bodies the cues name by
    "Its ..." are added to `mentions`."""
    cues = speakers(s, find_claims(s), last)
    if not cues:
        # Most sentences read: every rule below only revises cues found. A fresh list, as
        # `resolve_references` would give.
        return []
    cues = person_pronouns(s, cues, last)
    cues = possessive_press(s, cues, last)  # "... the GUR. Its spokesman said"
    cues = resolve_references(cues, last, claimants, s.gazetteer)
    cues = known_posts(cues, posts)  # "Melnyk said" after "... (HUR) Taras Melnyk"
    cues = settle_sources(s, described_sources(s, cues, mentions))
    cues, owned = owned_bodies(s, cues, mentions)  # "Its intelligence agency said"
    add_mentions(mentions, owned)
    return numbered_group_cues(s, cues, mentions, claimants)  # "the three countries said"
