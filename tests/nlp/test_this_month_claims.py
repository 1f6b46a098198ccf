"""A claim dated "this month" is the month's news, however far into the month the page is
dated: the writers of five blind gold sets read it so ("Zelensky said this month that ...")."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor

_CLAIM = "The defence minister said {when} that 2,500 soldiers had been wounded."


@pytest.mark.parametrize("dateline", ["March 4, 2025", "March 22, 2025"])
def test_this_month_stays_news(extractor: Extractor, dateline: str) -> None:
    (q,) = extractor.extract(f"{dateline}\n{_CLAIM.format(when='this month')}").quantities
    assert q.modality is Modality.REPORTED


def test_last_month_is_history(extractor: Extractor) -> None:
    (q,) = extractor.extract(f"March 22, 2025\n{_CLAIM.format(when='last month')}").quantities
    assert q.modality is Modality.BACKGROUND
