"""Claims several states make together (`bot.nlp.joint_claimants`): a claim of each of them,
under the joint name."""

from __future__ import annotations

import pytest

from bot.models import Claimant
from bot.nlp import Extractor


def _claimant(extractor: Extractor, text: str) -> Claimant | None:
    (q,) = extractor.extract(text).quantities
    return q.claimant


@pytest.mark.parametrize(
    ("text", "name", "entities"),
    [
        (
            "Berlin, Warsaw and Vilnius say Belarus has moved about 6,000 troops to the border.",
            "Berlin, Warsaw and Vilnius", ("Germany", "Poland", "Lithuania"),
        ),
        (
            "The drills began as Finland, Estonia, and Latvia said some 4,500 Russian troops "
            "had gathered near Pskov.",
            "Finland, Estonia, and Latvia", ("Finland", "Estonia", "Latvia"),
        ),
        (
            "Officials in Tokyo, Manila and Canberra say China has sent 3,000 marines to the "
            "reef.",
            "Tokyo, Manila and Canberra", ("Japan", "Philippines", "Australia"),
        ),
        (
            "China has sent 3,000 marines to the reef, according to Tokyo, Manila and Canberra.",
            "Tokyo, Manila and Canberra", ("Japan", "Philippines", "Australia"),
        ),
        (
            "Japan and the Philippines said 2,000 Chinese marines had landed on the reef.",
            "Japan and the Philippines", ("Japan", "Philippines"),
        ),
    ],
)
def test_a_list_of_states_claims_for_each(
    extractor: Extractor, text: str, name: str, entities: tuple[str, ...]
) -> None:
    claimant = _claimant(extractor, text)
    assert claimant is not None and claimant.name == name and claimant.entities == entities


def test_a_state_and_its_agency_with_another_state_name_all(extractor: Extractor) -> None:
    text = "Poland's ABW and Lithuania say about 1,200 Belarusian troops crossed into the zone."
    claimant = _claimant(extractor, text)
    assert claimant is not None and {"Poland", "Lithuania"} <= set(claimant.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # One state says, another agrees: the sentence's subject is the first alone.
        ("Poland said, and Lithuania agreed, that 3,000 Belarusian troops had massed.",
         "Poland"),
        # A name before the list's commas that an adjunct opens is no speaker.
        ("Unlike Hungary, Poland and Lithuania say 3,000 Belarusian troops have massed.",
         "Poland and Lithuania"),
        # A clause of its own after ", and": no list.
        ("The drones struck Russia, and Ukraine said 30 of them had been shot down.",
         "Ukraine"),
        # ", and" after an "according to" opens the next clause's subject.
        ("Belarus has moved 3,000 troops to the border, according to Poland, and Lithuania "
         "says more are coming.", "Poland"),
    ],
)
def test_near_misses_keep_a_single_subject(extractor: Extractor, text: str, name: str) -> None:
    quantities = extractor.extract(text).quantities
    assert quantities[0].claimant is not None and quantities[0].claimant.name == name


def test_a_relative_clause_naming_members_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "The panel, whose members include Japan, France and Germany, said the North had sent "
        "some 9,000 workers abroad."
    )
    claimant = _claimant(extractor, text)
    assert claimant is None or claimant.entities == ()


def test_a_listed_name_with_its_article_stays_in_the_list(extractor: Extractor) -> None:
    text = "Japan, the Philippines and Australia say Beijing has sent 3,000 troops to the reef."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert set(q.claimant.entities) == {"Japan", "Philippines", "Australia"}


def test_an_apposition_after_a_comma_is_no_list(extractor: Extractor) -> None:
    text = "Japan, the host of the summit, says Beijing has sent 3,000 troops to the reef."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ("Japan",)
