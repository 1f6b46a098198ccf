"""A troop count told as sent that names no sender takes the text's lone sender
(`bot.nlp.unowned_sendings`)."""

from __future__ import annotations

from bot.nlp import Extractor

_OPENING = "Minsk's soldiers in Syria: the second year\nThe deployment began in spring. "
_LATER = "Syrian officers say about 900 Belarusian soldiers remain near Homs today."


def _count(extractor: Extractor, text: str, value: int) -> str | None:
    return next(q for q in extractor.extract(text).quantities if q.value == value).actor


def test_a_sent_count_far_from_its_sending_is_the_lone_senders(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. The agency's tally is about 2,400 troops "
    text += "sent in all. " + _LATER
    assert _count(extractor, text, 2400) == "Belarus"


def test_a_count_only_kept_somewhere_stays_ownerless(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. The agency's tally is about 2,400 troops "
    text += "stationed at the base. " + _LATER
    assert _count(extractor, text, 2400) is None


def test_two_armies_counted_leave_the_count_ownerless(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. The agency's tally is about 2,400 troops "
    text += "sent in all. " + _LATER + " Kyiv says 5,000 Russian soldiers are nearby."
    assert _count(extractor, text, 2400) is None


def test_the_counting_sources_own_state_is_no_sender(extractor: Extractor) -> None:
    text = _OPENING + "Lithuania's border guard said 600 soldiers had been ferried to "
    text += "Latakia. " + _LATER
    assert _count(extractor, text, 600) == "Belarus"


def test_a_count_remaining_in_a_foreign_state_is_the_lone_senders(extractor: Extractor) -> None:
    text = _OPENING + "Lithuania's border guard believes about 1,800 combat troops remain in "
    text += "Syria, mostly around the airbase. " + _LATER
    assert _count(extractor, text, 1800) == "Belarus"


def test_a_count_remaining_near_a_town_stays_ownerless(extractor: Extractor) -> None:
    text = _OPENING + "Lithuania's border guard believes about 1,800 combat troops remain "
    text += "near the airbase, beside Syrian units. " + _LATER
    assert _count(extractor, text, 1800) is None



def test_a_new_count_of_the_figure_is_the_lone_senders(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. Vilnius says the real figure is nearer to "
    text += "1,400 soldiers. " + _LATER
    assert _count(extractor, text, 1400) == "Belarus"


def test_a_count_with_no_figure_restated_stays_ownerless(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. Vilnius says 1,400 soldiers guard its "
    text += "frontier. " + _LATER
    assert _count(extractor, text, 1400) is None


def test_a_numbered_contingent_stays_ownerless(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. Vilnius puts the first contingent at 1,400 "
    text += "soldiers. " + _LATER
    assert _count(extractor, text, 1400) is None


def test_a_figure_labelled_with_of_is_no_new_count(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. Vilnius rejected the figure of 1,400 "
    text += "soldiers as too low. " + _LATER
    assert _count(extractor, text, 1400) is None


def test_a_count_sent_to_another_state_is_the_lone_senders(extractor: Extractor) -> None:
    text = (
        "Minsk's soldiers in Syria\nThe president offered to swap two captured Belarusian "
        "soldiers. Latvian intelligence says about 2,400 troops were sent to Syria, and that "
        '"over 300" have been killed or wounded.'
    )
    facts = extractor.extract(text).quantities
    assert [(q.value, q.actor) for q in facts if q.value in {2400, 300}] == [
        (2400, "Belarus"), (300, "Belarus")
    ]


def test_a_count_sent_from_another_state_stays_ownerless(extractor: Extractor) -> None:
    text = (
        "Minsk's soldiers in Syria\nThe president offered to swap two captured Belarusian "
        "soldiers. Officials say about 2,400 troops were sent to Syria from Turkey."
    )
    assert _count(extractor, text, 2400) is None


_SENT = "Minsk sent between 2,000 and 2,400 soldiers to Syria last spring. "


def test_a_count_told_before_for_the_lone_sender_is_theirs(extractor: Extractor) -> None:
    text = _SENT + '"Two thousand four hundred soldiers bought Minsk a say," said Ivan Petrov.'
    assert _count(extractor, text, 2400) == "Belarus"


def test_the_tellers_own_description_names_no_sender(extractor: Extractor) -> None:
    text = _SENT + '"Two thousand four hundred soldiers bought Minsk a say," said Ivan Petrov, '
    text += "a lecturer at a Warsaw university."
    assert _count(extractor, text, 2400) == "Belarus"


def test_a_new_count_no_one_told_before_stays_ownerless(extractor: Extractor) -> None:
    text = _SENT + '"Three thousand soldiers bought Minsk a say," said Ivan Petrov.'
    assert _count(extractor, text, 3000) is None


_DEAD_FIRST = (
    "About 300 Belarusian soldiers have died fighting for Syria, Lithuanian intelligence "
    "said, while some 2,400 troops remain"
)


def test_a_count_deployed_abroad_after_one_states_dead_is_theirs(extractor: Extractor) -> None:
    text = _DEAD_FIRST + " deployed in Syria, mostly along the border with Turkey."
    assert _count(extractor, text, 2400) == "Belarus"


def test_a_count_deployed_abroad_beside_another_army_stays_ownerless(
    extractor: Extractor,
) -> None:
    text = _DEAD_FIRST + " deployed in Syria, Turkey said."
    assert _count(extractor, text, 2400) is None


def test_a_count_moving_abroad_is_the_lone_senders(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. The agency said about 2,400 troops had been "
    text += "moving to Syria since May. " + _LATER
    assert _count(extractor, text, 2400) == "Belarus"


def test_a_count_that_remains_with_no_place_is_the_lone_senders(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. About 2,400 combat troops remain, mostly "
    text += "guarding airfields, the agency said. " + _LATER
    assert _count(extractor, text, 2400) == "Belarus"


def test_a_count_remaining_as_a_share_stays_ownerless(extractor: Extractor) -> None:
    text = _OPENING + "Reinforcements followed. About 2,400 troops remain to be trained at "
    text += "home, the agency said. " + _LATER
    assert _count(extractor, text, 2400) is None


_PEGGED = (
    "Minsk's war in Syria: the second year\n"
    "The pact has since become the legal basis for {} that Lithuanian intelligence now puts "
    "at about 2,000 troops. Its latest estimate, given to parliament on Tuesday, is about 400 "
    "dead. Damascus said in May that Belarusian casualties had passed 600."
)


def test_a_deployment_estimated_in_its_relative_is_the_lone_senders(
    extractor: Extractor,
) -> None:
    # The toll told after the now-owned deployment counts the same side (`unowned_tolls`).
    text = _PEGGED.format("a deployment")
    assert _count(extractor, text, 2000) == "Belarus"
    assert _count(extractor, text, 400) == "Belarus"


def test_a_force_estimated_in_its_relative_is_no_sending(extractor: Extractor) -> None:
    # Near miss: "a force" may be anyone's, raised at home; nothing says it was sent.
    text = _PEGGED.format("a force")
    assert _count(extractor, text, 2000) is None
    assert _count(extractor, text, 400) is None
