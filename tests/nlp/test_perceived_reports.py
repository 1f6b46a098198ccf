""""had seen reports of ...": a reporting word after a verb of seeing or hearing is a noun
(`bot.nlp.perceived_reports`), so no phantom speaker ("it had seen") takes over as the last
source a later sentence points back to."""

from __future__ import annotations

from bot.nlp import Extractor


def test_seen_reports_leave_the_body_as_the_last_source(extractor: Extractor) -> None:
    text = (
        "NATO said on Friday that it had seen reports of troop movements. A spokeswoman "
        "said about 9,000 Belarusian troops had been moved west."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "NATO" in q.claimant.entities


def test_officials_who_report_still_speak(extractor: Extractor) -> None:
    # Near miss: after a plural subject "report" stays the verb of saying.
    text = "Lithuanian officials report that 9,000 Belarusian troops had been moved west."
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Lithuania" in q.claimant.entities
