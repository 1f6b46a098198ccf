"""The fixture articles end to end: every fact, one by one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.models import Claimant, Event, Facts, Modality, Quantity, Stage
from bot.nlp import Extractor, extract


def quantity(facts: Facts, text: str, surface: str, *, within: str = "") -> Quantity:
    """The quantity whose text span is `surface` (in a sentence containing `within`)."""
    hits = [
        q
        for q in facts.quantities
        if text[q.start : q.end] == surface and within in q.sentence
    ]
    assert len(hits) == 1, [text[q.start : q.end] for q in facts.quantities]
    return hits[0]


def events_by_stage(facts: Facts, stage: Stage) -> list[Event]:
    return [e for e in facts.events if e.stage is stage]


@pytest.fixture(scope="module")
def wire(
    extractor: Extractor, fixture_text: Callable[[str], str]
) -> tuple[str, Facts]:
    text = fixture_text("wire_copy.txt")
    return text, extractor.extract(text, title="North Korean troops in Kursk")


@pytest.fixture(scope="module")
def regional(
    extractor: Extractor, fixture_text: Callable[[str], str]
) -> tuple[str, Facts]:
    text = fixture_text("regional.txt")
    return text, extractor.extract(text)


@pytest.fixture(scope="module")
def agency(
    extractor: Extractor, fixture_text: Callable[[str], str]
) -> tuple[str, Facts]:
    text = fixture_text("translated_agency.txt")
    return text, extractor.extract(text)


GUR = Claimant("Ukraine's GUR", ("GUR", "Ukraine"))


class TestWireCopy:
    def test_figure_with_the_unit_first(self, wire: tuple[str, Facts]) -> None:
        text, facts = wire
        q = quantity(facts, text, "troops in Russia at around 11,000")
        assert (q.value, q.value_max, q.qualifier) == (11_000, None, "around")
        assert (q.unit, q.measure, q.category) == ("troops", "troop", "troop")
        assert q.actor == "North Korea"
        assert q.claimant == GUR
        assert q.modality is Modality.REPORTED
        assert not q.whole_force
        assert q.sentence.startswith("SEOUL/KYIV, Nov 5 (Wire) - Ukraine's GUR")

    def test_dismissed_figure(self, wire: tuple[str, Facts]) -> None:
        text, facts = wire
        q = quantity(facts, text, "10,000 troops", within="dismissed")
        assert q.value == 10_000
        assert q.claimant == Claimant(
            "Russia's defence ministry", ("Ministry of Defence of Russia", "Russia"), denied=True
        )
        assert q.actor is None

    def test_claimant_said_it_had_seen_evidence(self, wire: tuple[str, Facts]) -> None:
        text, facts = wire
        q = quantity(facts, text, "roughly 8,000 troops")
        assert (q.value, q.qualifier, q.actor) == (8_000, "roughly", "North Korea")
        assert q.claimant == Claimant("the Pentagon", ("Pentagon", "United States"))

    def test_range_with_demonym(self, wire: tuple[str, Facts]) -> None:
        text, facts = wire
        q = quantity(facts, text, "between 1,500 and 2,000 North Korean soldiers")
        assert (q.value, q.value_max, q.qualifier) == (1_500, 2_000, "range")
        assert (q.unit, q.measure, q.actor) == ("soldiers", "troop", "North Korea")
        assert q.claimant == Claimant("South Korea's spy agency", ("NIS", "South Korea"))

    def test_whole_army(self, wire: tuple[str, Facts]) -> None:
        text, facts = wire
        q = quantity(facts, text, "1.2 million troops")
        assert (q.value, q.actor, q.whole_force, q.claimant) == (
            1_200_000, "North Korea", True, None
        )

    def test_denial_of_own_deployment(self, wire: tuple[str, Facts]) -> None:
        _text, facts = wire
        denied = [q for q in facts.quantities if q.claimant and q.claimant.name == "Pyongyang"]
        assert len(denied) == 1
        q = denied[0]
        assert q.claimant == Claimant("Pyongyang", ("North Korea",), denied=True)
        assert (q.value, q.actor) == (10_000, "North Korea")

    def test_every_figure_is_reported(self, wire: tuple[str, Facts]) -> None:
        _, facts = wire
        assert [q.value for q in facts.quantities] == [
            11_000, 10_000, 8_000, 1_500, 1_200_000, 10_000
        ]

    def test_lower_house_vote(self, wire: tuple[str, Facts]) -> None:
        _, facts = wire
        [event] = events_by_stage(facts, Stage.APPROVED)
        assert event.type == "treaty"
        assert event.parties == ("Russia", "North Korea")
        assert event.body == "State Duma"
        assert event.date == "Thursday"
        assert event.modality is Modality.REPORTED
        assert event.claimant is None

    def test_upper_house_step_is_planned(self, wire: tuple[str, Facts]) -> None:
        _, facts = wire
        [event] = events_by_stage(facts, Stage.RATIFIED)
        assert event.body == "Federation Council"
        assert event.date == "Nov. 13"
        assert event.modality is Modality.PLANNED
        assert event.parties == ("Russia", "North Korea")
        assert event.claimant == Claimant("the Duma's speaker", ("State Duma", "Russia"))

    def test_background_signing(self, wire: tuple[str, Facts]) -> None:
        _, facts = wire
        [event] = events_by_stage(facts, Stage.SIGNED)
        assert event.parties == ("Russia", "North Korea")
        assert event.date == "June"
        assert event.modality is Modality.BACKGROUND

    def test_byline_gives_no_facts(self, wire: tuple[str, Facts]) -> None:
        text, facts = wire
        byline = text.index("Reporting by")
        assert all(m.start < byline for m in facts.mentions)

    def test_mentions_carry_their_sentence(self, wire: tuple[str, Facts]) -> None:
        text, facts = wire
        duma = [m for m in facts.mentions if m.entity == "State Duma"]
        assert [(m.surface, m.sentence) for m in duma] == [
            ("State Duma", "Russia's State Duma voted on Thursday to ratify a military "
             "cooperation treaty with North Korea."),
            ("Duma", "The Federation Council is due to approve the treaty on Nov. 13, the "
             "Duma's speaker said."),
        ]
        for m in facts.mentions:
            assert text[m.start : m.end] == m.surface


class TestRegional:
    def test_the_north_is_the_actor(self, regional: tuple[str, Facts]) -> None:
        text, facts = regional
        nis = Claimant("South Korea's National Intelligence Service", ("NIS", "South Korea"))
        q = quantity(facts, text, "about 3,000 more soldiers")
        assert (q.value, q.qualifier, q.actor, q.claimant) == (3_000, "about", "North Korea", nis)
        total = quantity(facts, text, 'some "11,000" troops')
        assert (total.value, total.qualifier, total.actor) == (11_000, "some", "North Korea")
        assert total.claimant == nis

    def test_glued_template_words_and_a_forecast(self, regional: tuple[str, Facts]) -> None:
        text, facts = regional
        q = quantity(facts, text, "15,000 troops")
        assert q.sentence == "The total could reach 15,000 troops by December, the agency said."
        assert q.modality is Modality.PLANNED
        # "the agency" is the intelligence service named earlier in the article.
        nis = Claimant("South Korea's National Intelligence Service", ("NIS", "South Korea"))
        assert q.claimant == nis

    def test_contract_money_is_a_deal(self, regional: tuple[str, Facts]) -> None:
        text, facts = regional
        q = quantity(facts, text, "US$2.6 billion")
        assert (q.value, q.unit, q.measure, q.category) == (2.6e9, "US$", "dollar", "deal")
        assert q.actor == "Poland"
        howitzers = quantity(facts, text, "180 K9 howitzers")
        assert (howitzers.measure, howitzers.category) == ("howitzer", "howitzer")
        assert howitzers.modality is Modality.PLANNED

    def test_vague_figure(self, regional: tuple[str, Facts]) -> None:
        text, facts = regional
        q = quantity(facts, text, "dozens of FA-50 fighter jets")
        assert (q.value, q.value_max, q.qualifier) == (None, None, "dozens")
        assert (q.measure, q.actor) == ("jet", "South Korea")

    def test_balloon_is_a_mention_not_an_actor(self, regional: tuple[str, Facts]) -> None:
        text, facts = regional
        balloon = text.index("North Korean balloon")
        assert any(m.start == balloon and m.entity == "North Korea" for m in facts.mentions)
        q = quantity(facts, text, "300 police officers")
        assert (q.measure, q.actor, q.claimant) == ("officer", None, Claimant("officials"))

    def test_ordinals_and_dates_are_not_figures(self, regional: tuple[str, Facts]) -> None:
        text, facts = regional
        q = quantity(facts, text, "96 tanks")
        assert q.value == 96
        values = {q.value for q in facts.quantities}
        assert not values & {1, 6, 2022}

    def test_boilerplate_lines(self, regional: tuple[str, Facts]) -> None:
        _text, facts = regional
        assert not any("Impact Shorts" in q.sentence for q in facts.quantities)
        assert not any("inputs" in m.surface for m in facts.mentions)
        assert not facts.events


class TestTranslatedAgency:
    def test_upper_house_ratifies_and_background_signing(
        self, agency: tuple[str, Facts]
    ) -> None:
        _, facts = agency
        ratified = events_by_stage(facts, Stage.RATIFIED)
        assert [(e.body, e.date, e.modality) for e in ratified] == [
            ("Federation Council", "Wednesday", Modality.REPORTED),
            ("Vladimir Putin", None, Modality.REPORTED),
        ]
        assert all(e.parties == ("Russia", "North Korea") for e in facts.events)
        [signed] = events_by_stage(facts, Stage.SIGNED)
        assert (signed.date, signed.modality, signed.body) == (
            "June 19", Modality.BACKGROUND, None
        )

    def test_entry_into_force_is_planned(self, agency: tuple[str, Facts]) -> None:
        _, facts = agency
        [event] = events_by_stage(facts, Stage.IN_FORCE)
        assert event.modality is Modality.PLANNED
        assert "enter into force" in event.sentence

    def test_losses_according_to(self, agency: tuple[str, Facts]) -> None:
        text, facts = agency
        q = quantity(facts, text, "about 700,000 servicemen")
        assert (q.value, q.measure, q.category, q.actor) == (
            700_000, "casualty", "casualty", "Russia"
        )
        assert q.claimant == Claimant("the Ministry of Defence of Ukraine", ("Ukraine",))

    def test_about_after_reports_is_no_qualifier(self, agency: tuple[str, Facts]) -> None:
        text, facts = agency
        q = quantity(facts, text, "10 thousand military personnel")
        assert (q.value, q.qualifier, q.measure) == (10_000, None, "troop")


def test_extract_many_matches_extract(
    extractor: Extractor, fixture_text: Callable[[str], str]
) -> None:
    items = [(fixture_text("wire_copy.txt"), "t1"), (fixture_text("regional.txt"), None)]
    assert list(extractor.extract_many(items)) == [extractor.extract(t, title=h) for t, h in items]


def test_module_level_extract_works() -> None:
    facts = extract("North Korea has sent 3,000 troops to Russia.")
    [q] = facts.quantities
    assert (q.value, q.actor) == (3_000, "North Korea")


def test_empty_text(extractor: Extractor) -> None:
    assert extractor.extract("") == Facts()


@pytest.mark.parametrize(
    "text",
    [
        "\n\n\n", "3,000", "$", "US$", "troops", "between 5 and", "1,500-", "tens of", "a few",
        "‘’“”", "View All", "View AllThe", "— — —", "The treaty", "ratified", "1 " * 500,
        "said said said 3,000 troops said", "He said 3 troops.\nhe said\nPutin said.",
    ],
)  # fmt: skip
def test_fragments_never_raise(extractor: Extractor, text: str) -> None:
    facts = extractor.extract(text, title=text[:10])
    spans = [(f.start, f.end) for f in facts.mentions]
    spans += [(f.start, f.end) for f in facts.quantities]
    spans += [(f.start, f.end) for f in facts.events]
    assert all(0 <= start < end <= len(text) for start, end in spans)
