"""A figure whose sentence opens with a bare national body: "The government plans to spend
4.1% of GDP on defence", "The Defense Ministry on Friday requested a record ¥8.8 trillion",
"The army now has about 216,000 soldiers". A writer names a country's own government,
ministry or army bare only in a story about that country (as its procurement body: see
body_buyers.py). Which country that is: the issuer of the sum's currency when the story
names it ("requested ¥8.8 trillion": Japan's), else the one country the story has named.
Only a fallback: a figure no other rule gives an owner."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.company_homes import company_home
from bot.nlp.context import Sentence
from bot.nlp.covered_goods import WEAPON_GOODS
from bot.nlp.dateline_places import after_dateline
from bot.nlp.figures import Figure

# Head nouns of a country's own bodies; "the alliance", "the company" are no state's.
# No "navy": navies go by names ("the Royal Navy") that a gazetteer of states misses.
_HEADS = frozenset(
    {"government", "cabinet", "ministry", "parliament", "assembly", "army", "military",
     "forces"}
)  # fmt: skip
# Capitalised words of a national body's name; any other names a region or a party.
_NAMED_MODIFIERS = frozenset({"defense", "defence", "national", "self-defense", "armed",
                              "federal", "finance"})  # fmt: skip
_MODIFIERS = 3  # "the Self-Defense Forces", "the National Assembly", "the defence ministry"
# What a state's body budgets, fields or buys; a span of years or a distance is no one's.
_OWNED = frozenset({"money", "deal", "percentage", "troop"})
# Currencies of one issuing state each ("won": South Korea's, the North's is not reported in
# budgets); the euro, dollar and leu are several states'.
ISSUERS = {"yen": "Japan", "won": "South Korea", "zloty": "Poland", "rupee": "India",
            "rouble": "Russia", "hryvnia": "Ukraine", "yuan": "China",
            "pound": "United Kingdom", "krona": "Sweden", "koruna": "Czech Republic"}  # fmt: skip
# A country after these in the sentence is the other side, no home: "buy jets from the US".
_OTHER_SIDE = frozenset({"from", "with", "to"})


def home_body_actor(s: Sentence, f: Figure, mentions: Sequence[Mention]) -> str | None:
    """The story's country for a figure after an opening bare national body, else None."""
    if _HEADS.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    if f.category not in _OWNED and f.measure not in WEAPON_GOODS:
        return None
    head = _opening_body(s)
    if head is None or f.start <= head:
        return None
    sellers = {found.entity for found in s.mentions if company_home(s, found)}
    first = s.char_span(s.start, s.start + 1)[0]
    named = [
        entity.name
        for mention in mentions
        if mention.start < first  # the story before this sentence
        and (entity := s.gazetteer.get(mention.entity)) is not None and entity.kind == "country"
    ]
    here = [
        s.gazetteer.actor_of(found.entity)
        for found in s.mentions
        if found.kind == "country" and found.entity not in sellers and (
            found.start == s.start or s.lowers[found.start - 1] not in _OTHER_SIDE
        )
    ]  # fmt: skip
    # A sum in a national currency is its issuer's budget: "The Defense Ministry requested
    # ¥8.8 trillion" in a story that names North Korea first is still Japan's.
    issuer = ISSUERS.get(f.measure)
    if issuer is not None:
        return issuer if issuer in named or issuer in here else None
    # Otherwise only a story about one country so far says whose body it is.
    # The sentence's own countries may be anyone's ("knocked out 310 Russian tanks").
    states = set(named) - sellers
    return min(states) if len(states) == 1 else None


def _opening_body(s: Sentence) -> int | None:
    """The head token of "the [up to three words] <head>" opening the sentence (after any
    dateline), with no name between; else None."""
    first = after_dateline(s)
    if s.lowers[first] != "the":
        return None
    for k in range(first + 1, min(s.end, first + 2 + _MODIFIERS)):
        if k in s.mention_at or not s.texts[k].replace("-", "").isalpha():
            return None
        if s.lowers[k] in _HEADS:
            return k
        if s.texts[k][0].isupper() and s.lowers[k] not in _NAMED_MODIFIERS:
            return None  # "The Kerala government": a region's, not the story's state's
    return None
