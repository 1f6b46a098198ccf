"""A relay told as a bare plural of people: "..., the agency said, according to lawmakers
who attended the briefing", "..., according to legislators present", "..., according to
members of the intelligence committee". No determiner, number or name picks anyone out:
"lawmakers who attended" is as unnamed as "several lawmakers who attended"
(`unnamed_relays`), so the named source whose account they pass on keeps the claim.

A plural that names its side ("South Korean lawmakers", "Ukrainian officials") is a named
side and is left alone; so is any name with a capital ("Reuters", "Rep. Kim"), a singular
("the lawmaker") and a record ("estimates"), which `claim_choice` weighs on its own."""

from __future__ import annotations

from bot.models import Claimant

# Plural nouns for people who pass on what they were told. Kept to people: a plural record
# ("figures", "estimates") is a source of its own kind (`claim_choice.record`).
_PEOPLE = frozenset(
    {"lawmakers", "legislators", "parliamentarians", "deputies", "members", "officials",
     "diplomats", "sources", "participants", "attendees", "senators", "congressmen",
     "representatives", "mps", "people", "aides", "insiders"}
)  # fmt: skip


def bare_plural_relay(claimant: Claimant | None) -> bool:
    """Whether a relay's source is a bare plural of people the text does not name."""
    if claimant is None or claimant.entities:
        return False  # "South Korean lawmakers": a named side
    name = claimant.name
    # Any capital names someone or something ("Reuters", "lawmakers of the PPP").
    if name != name.lower():
        return False
    return name.split(" ", 1)[0] in _PEOPLE
