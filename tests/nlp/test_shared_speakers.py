"""A second reporting verb after "and" shares the first verb's speaker
(`bot.nlp.shared_speakers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_second_verb_keeps_the_speaker_and_the_counted_side(extractor: Extractor) -> None:
    text = (
        "Ruto said on Friday that more than 400 Somali fighters had been killed near the "
        "border and warned that Mogadishu could send more militias."
    )
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"
    assert q.actor == "Somalia"
    assert q.claimant is not None and q.claimant.name == "Ruto"


def test_a_modal_after_but_is_no_speaker(extractor: Extractor) -> None:
    text = (
        "The Kenyan army said on Friday that it saw no reason to doubt the reports but could "
        "confirm only that about 400 Somali fighters were near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "The Kenyan army"


def test_a_new_subject_after_but_keeps_its_own_report(extractor: Extractor) -> None:
    text = (
        "The Kenyan army said on Friday that the border was calm, but Somali officials could "
        "confirm only that about 400 fighters were near it."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ("Somalia",)


def test_a_semicolon_closes_the_first_speakers_account(extractor: Extractor) -> None:
    text = (
        "Kenya estimates that 4,000 Eritrean troops are in Darfur; Ethiopia puts the number "
        "at about 5,000 and says dozens have deserted."
    )
    q = extractor.extract(text).quantities[1]
    assert q.value == 5000
    assert q.claimant is not None and q.claimant.name == "Ethiopia"


def test_a_second_verb_without_a_semicolon_keeps_the_first_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "Kenya said that 4,000 Eritrean troops were in Darfur and warned that more could "
        "follow."
    )
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and q.claimant.name == "Kenya"
