"""A body named with the place it works in: "the UN Human Rights Monitoring Mission in
Ukraine", "the OSCE office in Moldova". The country after "in" is where the body sits, not
who speaks through it: the claim is the international body's, so the place drops from the
claimant's entities. So with a state's official posted abroad: "the U.S. commander in South
Korea", "the British ambassador in Moscow" speak for the state that posted them, and the
country after "in" is only where they serve. A country that is itself the speaker ("officials
in Kyiv", "Ukraine") has no named body or state before it and is kept."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.mentions import Found


def without_seats(s: Sentence, found: list[Found]) -> list[Found]:
    """The names of a claimant's phrase without a country after "in" that follows a named
    body that is no country."""
    if len(found) < 2:
        return found  # nearly every claimant: one name
    first = s.gazetteer.get(found[0].entity)
    if first is None:
        return found
    if first.kind == "country" or found[0].adjectival:
        return _without_posts(s, found) if first.kind == "country" else found
    return [
        f
        for f in found
        if f is found[0] or s.lowers[f.start - 1] != "in" or not _country(s, f)
    ]


def _country(s: Sentence, f: Found) -> bool:
    entity = s.gazetteer.get(f.entity)
    return entity is not None and entity.kind == "country"


# Lower-case words between a state and "in <country>" that make a post, not a list or clause.
_NOT_POSTS = frozenset({"and", "or", "but", "to", "of", "from", "with", "says", "said"})


def _without_posts(s: Sentence, found: list[Found]) -> list[Found]:
    """"The U.S. commander in South Korea": the country after "in" where the state's official
    serves drops, when only a lower-case post stands between the state and "in"."""
    head = found[0]
    out = [head]
    for f in found[1:]:
        words = s.texts[head.end : f.start - 1]
        post = (
            s.lowers[f.start - 1] == "in" and _country(s, f) and f.entity != head.entity
            and 0 < len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)
            and _NOT_POSTS.isdisjoint(words)
        )  # fmt: skip
        if not post:
            out.append(f)
    return out
