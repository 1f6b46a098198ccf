"""A source that raises its own count claims the new one, and ", it said" is that source."""

from __future__ import annotations

from bot.nlp import Extractor


def test_it_said_after_a_revised_count_is_the_reviser(extractor: Extractor) -> None:
    text = (
        "The minister met envoys of the Baltic states on Tuesday. "
        "In London, the Ministry of Defence revised its estimate later that day: about "
        "4,000 Belarusian soldiers are now near the border, it said."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 4000
    assert q.claimant is not None and "Ministry of Defence" in q.claimant.name


def test_a_revision_without_it_said_keeps_the_sentence_before(extractor: Extractor) -> None:
    text = (
        "The spy agency said in May that 800 Belarusian soldiers had been sent. "
        "Weeks later the agency raised its figure to 1,600, and by June it put the number "
        "at 2,500."
    )
    q = next(x for x in extractor.extract(text).quantities if x.value == 1600)
    assert q.claimant is not None and not q.claimant.name.startswith("Weeks")
