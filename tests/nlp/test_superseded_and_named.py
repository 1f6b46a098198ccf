"""Facts a reader would not alert on: figures since replaced (a revised estimate, a
correction note), figures told under a fronted past month, requirements that are no steps,
place names that are a person's given name, and "the North" outside a Korea story. Also
claim subjects that name no source and groups a casualty count came from."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "The agency put the number of dead at 800 in March, before revising it downward.",
        "Correction: An earlier version of this article said 40 people were hurt.",
        "In August, the governor put the number of evacuees at 12,000.",
    ],
)
def test_replaced_or_dated_figures_are_background(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_future_verb_past_a_short_phrase_plans_the_figure(extractor: Extractor) -> None:
    q = extractor.extract("About 9,000 soldiers from both sides will take part.").quantities[0]
    assert (q.value, q.modality) == (9000, Modality.PLANNED)


def test_a_date_after_the_noun_is_no_may(extractor: Extractor) -> None:
    text = "Inflation eased to 2.4%, down from 2.9% in May."
    # The older level is history, never a plan.
    modalities = [q.modality for q in extractor.extract(text).quantities]
    assert modalities == [Modality.REPORTED, Modality.BACKGROUND]


def test_a_participle_after_a_counted_noun_named_first_is_a_casualty(
    extractor: Extractor,
) -> None:
    (q,) = extractor.extract("Officials put the number of soldiers killed at 2,500.").quantities
    assert (q.value, q.measure) == (2500, "casualty")


def test_a_treaty_that_must_still_be_ratified_is_not_ratified(extractor: Extractor) -> None:
    text = "Chile and Peru signed the accord, which must still be ratified by both congresses."
    stages = {(e.stage, e.modality) for e in extractor.extract(text).events}
    assert (Stage.RATIFIED, Modality.PLANNED) in stages
    assert (Stage.RATIFIED, Modality.REPORTED) not in stages


def test_a_place_name_before_a_surname_is_a_person(extractor: Extractor) -> None:
    text = "Jordan Ellis scored twice for the club. Ellis said it was a good day. Jordan again!"
    assert not extractor.extract(text).mentions


def test_a_korean_born_player_makes_no_korea_story(extractor: Extractor) -> None:
    text = "The Korean-born coach watched the North beat the South 2-1 on Saturday."
    assert not extractor.extract(text).mentions


def test_the_north_in_a_korea_story_is_still_north_korea(extractor: Extractor) -> None:
    found = extractor.extract("Seoul said the North fired two missiles.").mentions
    assert [m.entity for m in found] == ["South Korea", "North Korea"]


def test_a_conjunction_is_no_claimant(extractor: Extractor) -> None:
    text = ("The ministry on Tuesday put the number of refugees in the border area at about "
            "20,000, and said more were expected.")
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name.startswith("The ministry")


def test_the_group_a_casualty_count_came_from(extractor: Extractor) -> None:
    text = ("Officials said 1,200 soldiers were wounded, including 150 killed, among the "
            "estimated 9,000 deployed.")
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert found == [(1200, "casualty"), (150, "casualty"), (9000, "troop")]
    assert all(q.claimant is not None and q.claimant.name == "Officials"
               for q in extractor.extract(text).quantities)  # fmt: skip


def test_a_figure_set_off_after_a_share_of_a_group_counts_its_casualties(
    extractor: Extractor,
) -> None:
    text = ("Minsk has sent 6,000 Belarusian soldiers to the border. Nearly half of them, "
            "some 2,800, were wounded in the shelling, a monitor said.")
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure, last.actor) == (2800, "casualty", "Belarus")
