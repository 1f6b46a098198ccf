"""A name in "by X's count" is the figure's source, not its owner; a country that only owns
the agency opening a sentence is no subject a later "their" points back at
(`bot.nlp.source_counts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_by_a_states_count_names_the_source_not_the_side(extractor: Extractor) -> None:
    text = "Eritrea has sent about 9,000 soldiers by Ethiopia's count, plus dozens of tanks."
    troops = next(q for q in extractor.extract(text).quantities if q.value == 9000)
    assert troops.actor == "Eritrea"


def test_troops_by_a_state_without_a_count_noun_stay_that_states(extractor: Extractor) -> None:
    text = "The town was shelled by 40 drones launched by Russia overnight."
    drones = next(q for q in extractor.extract(text).quantities if q.value == 40)
    assert drones.actor == "Russia"


def test_their_losses_do_not_go_to_the_state_owning_the_counting_agency(
    extractor: Extractor,
) -> None:
    text = (
        "By then the soldiers were already in place. Britain's Ministry of Defence puts the "
        "total sent at about 9,000. Their losses have been heavy: the ministry estimates that "
        "around 1,500 were killed or wounded."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.value == 1500)
    assert toll.actor != "United Kingdom"


def test_their_losses_still_go_to_the_state_that_sent_them(extractor: Extractor) -> None:
    text = (
        "Pyongyang has sent about 15,000 troops to Russia. Their losses amount to more than "
        "5,000 killed and wounded, officials said."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.value == 5000)
    assert toll.actor == "North Korea"
