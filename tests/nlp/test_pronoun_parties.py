"""A signer named by "he" or "she" is the state of the one person named before it
(`bot.nlp.pronoun_parties`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_he_in_a_where_clause_is_the_person_named_before(extractor: Extractor) -> None:
    text = (
        "Erdogan flew on to Berlin, where on Tuesday he and Chancellor Olaf Scholz signed a "
        "defence treaty."
    )
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert set(event.parties) == {"Turkey", "Germany"}


def test_he_signing_with_a_named_state_adds_his_state(extractor: Extractor) -> None:
    text = "Keir Starmer travelled to Paris, where he signed a treaty with France."
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert set(event.parties) == {"United Kingdom", "France"}


def test_two_people_before_he_leave_it_unread(extractor: Extractor) -> None:
    text = "Erdogan met Olaf Scholz in Ankara, where he signed a defence treaty on Tuesday."
    events = extractor.extract(text).events
    assert all("Turkey" not in e.parties and "Germany" not in e.parties for e in events)
