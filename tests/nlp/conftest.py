from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.nlp import Extractor

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nlp"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(model="blank")


@pytest.fixture(scope="session")
def fixture_text() -> Callable[[str], str]:
    """Reads a fixture article of tests/fixtures/nlp by file name."""

    def read(name: str) -> str:
        return (FIXTURES / name).read_text(encoding="utf-8")

    return read
