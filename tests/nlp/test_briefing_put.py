"""A dated briefing's estimate continued as "It put the number of X at N" is history too."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_BRIEFING = (
    "LAGOS, May 9 (Wire) - Talks opened on Friday. "
    "The NIS told lawmakers last month that about 5,000 Chadian soldiers remained there "
    "and that some 1,700 had been killed since the fighting began. "
)


def test_it_put_continues_the_dated_briefing(extractor: Extractor) -> None:
    text = _BRIEFING + "It put the number of wounded at about 2,900."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2900]
    assert q.modality is Modality.BACKGROUND


def test_a_plural_present_put_speaks_now(extractor: Extractor) -> None:
    text = _BRIEFING + "Officials now put the number of wounded at about 2,900."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2900]
    assert q.modality is Modality.REPORTED
