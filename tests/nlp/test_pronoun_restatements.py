"""Another source's number for the count under discussion, carried by a bare "it"."""

from __future__ import annotations

from bot.nlp import Extractor

_HEARING = (
    "The chief of Chad's army answered questions from lawmakers on Thursday.\n"
    "REP. ANNA FIELD: General, how many Chadian soldiers have been killed or wounded?\n"
    "GEN. OKOYE: Our estimate is about 1,900 killed and wounded.\n"
    "REP. FIELD: And the other estimates?\n"
    "GEN. OKOYE: {answer}\n"
    "REP. FIELD: Is that number growing?\n"
    "GEN. OKOYE: Slowly. We count differently.\n"
)


def _figure(extractor: Extractor, text: str, value: float) -> tuple[str, str | None, str]:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == value]
    assert q.claimant is not None
    return q.measure, q.actor, q.claimant.name


def test_puts_it_at_restates_the_count_before(extractor: Extractor) -> None:
    text = _HEARING.format(answer="Nigeria puts it at nearly 3,000. I would not argue.")
    measure, actor, claimant = _figure(extractor, text, 3000)
    assert (measure, actor) == ("casualty", "Chad")
    assert "Nigeria" in claimant


def test_said_it_is_restates_the_count_before(extractor: Extractor) -> None:
    text = _HEARING.format(answer="The Nigerians have said openly it's roughly 3,000. Fair enough.")
    measure, actor, claimant = _figure(extractor, text, 3000)
    assert (measure, actor) == ("casualty", "Chad")
    assert "Nigerian" in claimant


def test_it_with_a_verb_of_its_own_is_no_restatement(extractor: Extractor) -> None:
    # "said it is holding two Chadian soldiers": "it" is Nigeria, the number counts its own noun.
    text = _HEARING.format(
        answer="Nigeria has said it is holding 30 Chadian soldiers captured in May."
    )
    for q in extractor.extract(text).quantities:
        assert q.value != 30 or q.measure != "casualty"


def test_a_number_that_does_not_end_its_clause_is_left_alone(extractor: Extractor) -> None:
    for answer in (
        "Nigeria puts it at 3 on a scale of ten, which is fair.",
        "Nigeria said it is 3,000 strong today.",
    ):
        facts = extractor.extract(_HEARING.format(answer=answer))
        assert all(q.value not in (3, 3000) for q in facts.quantities)
