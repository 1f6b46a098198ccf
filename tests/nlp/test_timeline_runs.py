"""A timeline section ends where its dated entries stop (`bot.nlp.timeline_runs`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor
from bot.nlp.timeline_runs import entry_line

_TEXT = (
    "MOSCOW, Dec 4 (Wire) - A treaty between Russia and Belarus took effect on Wednesday.\n"
    "TIMELINE\n"
    "March 3, 2023 - Leaders sign the treaty in Minsk.\n"
    "Oct. 2 - Russia's State Duma approves ratification.\n"
    "The NIS said last week that more than 9,000 North Korean troops were now in Kursk.\n"
)


def test_body_after_the_dated_entries_is_news_again(extractor: Extractor) -> None:
    (q,) = [q for q in extractor.extract(_TEXT).quantities if q.value == 9000]
    assert q.modality is Modality.REPORTED


def test_prose_timeline_still_runs_to_the_end(extractor: Extractor) -> None:
    # Near miss: a timeline written as prose opens no run of entries, so it stays history.
    text = _TEXT.replace("March 3, 2023 - Leaders", "In March 2023 leaders").replace(
        "Oct. 2 - Russia's", "In October Russia's"
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 9000]
    assert q.modality is Modality.BACKGROUND


def test_entry_lines() -> None:
    assert entry_line("June 19, 2024 - Leaders sign the pact.")
    assert entry_line("2021 - The talks begin.")
    assert not entry_line("Deployment: about 9,000 troops")
