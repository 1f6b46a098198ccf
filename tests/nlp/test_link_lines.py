"""Links to other stories name mentions but tell no facts (`bot.nlp.link_lines`)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor
from bot.nlp.link_lines import links_elsewhere

_BODY = "Officials in Santiago said talks would resume next week."


@pytest.mark.parametrize(
    "link",
    [
        "Read also: Chile ratifies fisheries treaty with Peru",
        "Related: Argentina sends 4,000 troops to the border",
        "See also: Bolivia signs gas accord with Brazil",
    ],
)
def test_a_link_line_tells_no_fact(extractor: Extractor, link: str) -> None:
    facts = extractor.extract(f"{_BODY}\n{link}\n{_BODY}")
    assert facts.events == () and facts.quantities == ()
    assert facts.mentions  # its names still count


def test_links_elsewhere_needs_the_colon() -> None:
    lowers = ["related", "talks", "were", "held", "."]
    assert not links_elsewhere(lowers, 0, len(lowers))
    assert links_elsewhere(["read", "more", ":", "x"], 0, 4)
