""""The agency said" means the latest source whose full name is an agency's, even when it was
named by its acronym (`bot.nlp.claimant_kinds`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_agency_is_the_acronym_named_last(extractor: Extractor) -> None:
    text = (
        "South Korea's National Intelligence Service said about 30 diplomats had left "
        "Pyongyang. Ukraine's military intelligence agency said 28 diplomats had left. The "
        "NIS said the North was preparing to expel 12 more. Pyongyang has also begun closing "
        "offices. About 20 diplomats left in May, and some 15 trade officials are now on their "
        "way home, the agency said."
    )
    last = extractor.extract(text).quantities[-1]
    assert last.value == 15
    assert last.claimant is not None and "NIS" in last.claimant.entities
