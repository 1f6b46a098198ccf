"""A fact-check's rating of the claim it checks: the page first tells what was claimed
("Posts say 90,000 soldiers were sent ..."), then gives its verdict on a labelled line of its
own ("Our verdict" / "False." or "Rating: Misleading"), then the facts. The figures told
before a verdict of untruth are the claim the fact-checker rejects: its denial, not news.
Figures after the verdict (the checked facts) and a verdict that finds the claim true are
left alone. The denier is the page's byline ("By Reuters Fact Check"), else "fact-checkers".
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Event, Quantity

# A verdict label on a line of its own, or before a colon with the rating after it.
_LABEL = re.compile(
    r"^[ \t]*(?:our |the )?(?:verdict|rating|ruling)[ \t]*(?::[ \t]*(?P<same>[^\n]*))?$",
    re.IGNORECASE | re.MULTILINE,
)
# Ratings that call the claim untrue ("Mostly false", "Pants on fire", "Fake").
_UNTRUE = re.compile(
    r"^[\"'“]?(?:mostly |partly |completely |totally )?(?:false|fake|incorrect|untrue|wrong|"
    r"fabricated|misleading|baseless|pants on fire|no(?=[.,!]|$))",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^[ \t]*by[ \t]+(?P<name>[^,\n|]+)", re.IGNORECASE | re.MULTILINE)
_BYLINE_REACH = 400  # characters: a byline sits under the headline
_CHECKER = "fact-checkers"


def fact_check_denials(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """The facts, those told before a fact-check's verdict of untruth denied by its checker."""
    # Bytes lower-case their ASCII letters only, in one pass, where `str.lower` looks up
    # every character of a text with any non-ASCII one (a curly quote). The test is the
    # same: only "İ" and the Kelvin sign lower into ASCII letters, and neither can complete
    # these words (no "k" in them; "İ" lowers to an "i" with a combining dot after it).
    lowered = text[:4000].encode("utf-8", "surrogatepass").lower()
    if b"verdict" not in lowered and b"rating" not in lowered and b"ruling" not in lowered:
        return quantities, events  # nearly every article: no verdict label near the top
    verdict = _untrue_verdict(text)
    if verdict is None:
        return quantities, events
    denier = Claimant(_checker(text), (), denied=True)
    quantities = [
        replace(q, claimant=denier) if q.start < verdict and _asserted(q.claimant) else q
        for q in quantities
    ]
    events = [
        replace(e, claimant=denier) if e.start < verdict and _asserted(e.claimant) else e
        for e in events
    ]
    return quantities, events


def _untrue_verdict(text: str) -> int | None:
    """Where the first verdict label line starts, when the rating it gives is untrue."""
    for label in _LABEL.finditer(text):
        rating = label.group("same")
        if not rating:
            rest = text[label.end() :].lstrip()
            rating = rest.split("\n", 1)[0]  # the rating on the line under the label
        return label.start() if _UNTRUE.match(rating.strip()) else None
    return None


def _checker(text: str) -> str:
    byline = _BYLINE.search(text, 0, _BYLINE_REACH)
    return byline.group("name").strip() if byline else _CHECKER


def _asserted(claimant: Claimant | None) -> bool:
    # A source that already denies the figure keeps its own denial.
    return claimant is None or not claimant.denied
