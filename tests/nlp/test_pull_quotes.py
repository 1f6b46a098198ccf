"""A pull quote repeats a body quote; its figures are not told twice."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.pull_quotes import pull_quote_spans

_BODY = (
    "Syria could move up to 4,000 more soldiers to the border, the minister said on Monday.\n"
    "Israel's army has about 170,000 soldiers on active duty.\n"
    '"Up to 4,000 more could follow. They will not stop at the river," the minister said.\n'
    "Separately, officials said 2,500 Israeli soldiers had been wounded since October.\n"
)


def test_a_signed_pull_quote_repeating_the_body_is_dropped(extractor: Extractor) -> None:
    text = _BODY + '"Up to 4,000 more could follow. They will not stop at the river." — A. Saleh\n'
    facts = extractor.extract(text)
    pull = text.rindex('"Up to')
    assert not [q for q in facts.quantities if q.start >= pull]
    assert pull_quote_spans(text)


def test_a_signed_quote_not_in_the_body_keeps_its_figures(extractor: Extractor) -> None:
    text = _BODY + '"We have lost 300 soldiers in a week." — A. Saleh\n'
    facts = extractor.extract(text)
    pull = text.rindex('"We have')
    assert [q for q in facts.quantities if q.start >= pull and q.value == 300]
    assert not pull_quote_spans(text)
