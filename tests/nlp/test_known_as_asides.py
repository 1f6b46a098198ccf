""""The agency, known as HUR, said ...": the name in a "known as" aside is the speaker
(`bot.nlp.known_as_asides`), also for "..., saying" after the main clause (`bot.nlp.claims`)."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _one(extractor: Extractor, text: str) -> Quantity:
    (q,) = extractor.extract(text).quantities
    return q


def test_the_name_after_known_as_speaks(extractor: Extractor) -> None:
    q = _one(
        extractor,
        "The service, known as HUR, said the Russian contingent in Belarus now numbered "
        "about 9,000 troops.",
    )
    assert q.claimant is not None and q.claimant.name == "HUR"
    assert q.actor == "Russia"


def test_also_known_as_with_an_article(extractor: Extractor) -> None:
    q = _one(
        extractor,
        "Ukraine's spy service, also known as the GUR, said Russian forces had lost about "
        "3,000 men near Pokrovsk.",
    )
    assert q.claimant is not None and "GUR" in q.claimant.entities


def test_a_known_for_aside_is_no_name(extractor: Extractor) -> None:
    q = _one(
        extractor,
        "The monitor, known for its caution, said Russian forces had lost about 3,000 men.",
    )
    assert q.claimant is not None and q.claimant.name == "The monitor"


def test_an_aside_inside_a_persons_role_leaves_the_person_speaking(
    extractor: Extractor,
) -> None:
    q = _one(
        extractor,
        "Kyrylo Budanov, head of the service, known as the HUR, said on Monday that Iran had "
        "sent Russia about 400 missiles.",
    )
    assert q.claimant is None or q.claimant.name not in {"HUR", "the HUR"}


def test_saying_after_an_appositive_subject(extractor: Extractor) -> None:
    q = _one(
        extractor,
        "Kyiv's spy service, the GUR, has offered a lower estimate, saying this week that "
        "Russia had lost about 4,000 soldiers near Pokrovsk.",
    )
    assert q.claimant is not None and "GUR" in q.claimant.entities
