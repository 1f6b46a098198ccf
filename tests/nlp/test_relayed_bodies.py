"""A body named as the speaker keeps its claim when a person only relays it
(`bot.nlp.relayed_bodies`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _claimant(extractor: Extractor, text: str, value: float) -> tuple[str, tuple[str, ...]]:
    [q] = [q for q in extractor.extract(text).quantities if q.value == value]
    assert q.claimant is not None
    return q.claimant.name, q.claimant.entities


def test_the_agency_said_according_to_a_named_lawmaker(extractor: Extractor) -> None:
    text = (
        "Some 4,500 North Korean soldiers are stationed in the Kursk region, South Korea's "
        "spy agency said, according to Rep. Cho Hyun-soo, who sat in on the closed session."
    )
    name, _ = _claimant(extractor, text, 4500)
    assert name == "South Korea's spy agency"


def test_the_nis_told_lawmakers_according_to_a_named_lawmaker(extractor: Extractor) -> None:
    text = (
        "The NIS told the intelligence committee on Wednesday that roughly 1,300 North Korean "
        "soldiers had been wounded, according to Rep. Baek Min-seok."
    )
    _, entities = _claimant(extractor, text, 1300)
    assert "NIS" in entities


def test_a_ministry_speaking_inside_an_opening_relay(extractor: Extractor) -> None:
    text = "According to Ryu, Seoul's defence ministry believes about 800 more troops will follow."
    name, _ = _claimant(extractor, text, 800)
    assert name == "Seoul's defence ministry"


def test_a_person_speaking_inside_a_relay_is_still_relayed(extractor: Extractor) -> None:
    # Near miss: no body speaks inside the relay, so the named lawmaker keeps the claim.
    text = (
        "Zelensky said roughly 3,400 North Korean soldiers had been killed, according to "
        "Rep. Baek Min-seok."
    )
    name, _ = _claimant(extractor, text, 3400)
    assert name == "Rep. Baek Min-seok"


def test_a_lawmaker_citing_the_agency_keeps_the_claim(extractor: Extractor) -> None:
    # Near miss: the agency is only cited by the lawmaker, never named as the speaker.
    text = (
        "Roughly 1,300 North Korean soldiers have been wounded, according to Rep. Baek "
        "Min-seok, who cited the NIS."
    )
    name, _ = _claimant(extractor, text, 1300)
    assert name.startswith("Rep. Baek")


def test_a_body_told_last_month_makes_its_count_background(extractor: Extractor) -> None:
    text = (
        "Roughly 1,300 North Korean soldiers had been wounded, the NIS told the committee "
        "last month, according to Rep. Baek Min-seok."
    )
    [q] = extractor.extract(text).quantities
    assert q.claimant is not None and "NIS" in q.claimant.entities
    assert q.modality is Modality.BACKGROUND


def test_a_body_told_on_a_weekday_stays_news(extractor: Extractor) -> None:
    # Near miss: "on Wednesday" is the news day, not an older briefing.
    text = (
        "Roughly 1,300 North Korean soldiers had been wounded, the NIS told the committee "
        "on Wednesday, according to Rep. Baek Min-seok."
    )
    [q] = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
