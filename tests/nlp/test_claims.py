"""Who says so: claimant names, their entities, pronoun carry-over and denials."""

from __future__ import annotations

import pytest

from bot.models import Claimant
from bot.nlp import Extractor


def claimant(extractor: Extractor, text: str) -> Claimant | None:
    found = extractor.extract(text).quantities
    assert len(found) == 1, found
    return found[-1].claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine said North Korea had sent 3,000 troops.", Claimant("Ukraine", ("Ukraine",))),
        ("Ukraine’s GUR military intelligence said 3,000 troops had arrived.",
         Claimant("Ukraine's GUR", ("GUR", "Ukraine"))),
        ("The U.S. said it had seen evidence that North Korea sent 3,000 troops.",
         Claimant("The U.S.", ("United States",))),
        ("North Korea has sent 3,000 troops, according to South Korea's spy agency.",
         Claimant("South Korea's spy agency", ("NIS", "South Korea"))),
        ('"About 3,000 troops have arrived," Zelenskiy told reporters.',
         Claimant("Zelenskiy", ("Volodymyr Zelensky", "Ukraine"))),
        ("About 3,000 troops have arrived, said Russian president Vladimir Putin.",
         Claimant("Vladimir Putin", ("Vladimir Putin", "Russia"))),
        ("South Korea's National Intelligence Service (NIS) estimated 3,000 troops.",
         Claimant("South Korea's National Intelligence Service", ("NIS", "South Korea"))),
        ("A South Korean official told reporters 3,000 troops had left.",
         Claimant("South Korean official", ("South Korea",))),
        ("Officials estimate 3,000 troops had left.", Claimant("Officials")),
        ("North Korea has sent 3,000 troops.", None),
        ("Pyongyang has denied sending 10,000 troops.",
         Claimant("Pyongyang", ("North Korea",), denied=True)),
        ("The Kremlin dismissed reports of 10,000 troops as fake news.",
         Claimant("The Kremlin", ("Russia",), denied=True)),
        ("The Kremlin did not deny that 10,000 troops were in Russia.", None),
        ("Ukraine said 11,000 troops had arrived, a figure the Kremlin denied.",
         Claimant("Ukraine", ("Ukraine",))),
        ("The ministry published a 300-page report on 12 drones.", None),
        ("According to estimates by the Institute for Economic Studies, the firms hold 40% "
         "of the market.", Claimant("the Institute for Economic Studies")),
        ("Residents have been told to stock up on 20 litres of water.", None),
        ("Hungary's parliament voted on Monday, saying 3,000 troops would go.",
         Claimant("Hungary's parliament", ("Hungary",))),
        ("Poland's defence minister, Jan Kowalski, said Russia had moved 3,000 troops.",
         Claimant("Jan Kowalski", ("Poland",))),
    ],
)  # fmt: skip
def test_claimants(extractor: Extractor, text: str, expected: Claimant | None) -> None:
    assert claimant(extractor, text) == expected


def test_pronoun_continues_the_previous_claimant(extractor: Extractor) -> None:
    text = (
        'Putin spoke after the summit, Russian media said.\n"We have sent 500 advisers," he said.'
    )
    facts = extractor.extract(text)
    [q] = facts.quantities
    assert q.claimant == Claimant("Russian media", ("Russia",))


def test_pronoun_after_a_named_speaker(extractor: Extractor) -> None:
    text = "Zelensky said the front was holding. Later he said 2,000 troops had arrived."
    [q] = extractor.extract(text).quantities
    assert q.claimant == Claimant("Zelensky", ("Volodymyr Zelensky", "Ukraine"))


def test_unattributed_pronoun_has_no_claimant(extractor: Extractor) -> None:
    [q] = extractor.extract("He said 2,000 troops had arrived.").quantities
    assert q.claimant is None


def test_appositive_speaker_is_the_claimant_not_the_clause_subject(extractor: Extractor) -> None:
    text = "Ukraine's president, Volodymyr Zelenskyy, said Russia had fired 300 drones."
    [q] = extractor.extract(text).quantities
    assert q.claimant == Claimant("Volodymyr Zelenskyy", ("Volodymyr Zelensky", "Ukraine"))
    assert q.actor == "Russia"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The reported clause after "said" is no inverted speaker: the speaker stands before
        # a comma-enclosed aside.
        ("The SBU, as the service is called locally, said the shells had arrived in about "
         "2,000 wagons.", "The SBU"),
        ("Defence Minister Jan Novak, speaking after talks with NATO chief Mark Rutte, said "
         "Russia had lost about 5,000 tanks.", "Defence Minister Jan Novak"),
        # Inverted order at the end of the sentence still names the source.
        ("About 3,000 troops have arrived, said the Defence Ministry of Ukraine on Monday.",
         "the Defence Ministry of Ukraine"),
    ],
)  # fmt: skip
def test_the_clause_after_said_is_no_claimant(extractor: Extractor, text: str, name: str) -> None:
    [q] = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == name


def test_states_after_a_determiner_is_a_noun_not_a_reporting_verb(extractor: Extractor) -> None:
    text = (
        "The accord commits 3,000 troops, in line with the UN Charter and the laws of both "
        "states."
    )
    [q] = extractor.extract(text).quantities
    assert q.claimant is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A title after a demonym runs on to its end.
        ("About 3,000 troops have arrived, the Russian Foreign Ministry said.",
         "the Russian Foreign Ministry"),
    ],
)  # fmt: skip
def test_a_claimants_name_ends_with_the_name(extractor: Extractor, text: str, name: str) -> None:
    [q] = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == name


def test_a_hyphenated_name_stays_whole(extractor: Extractor) -> None:
    found = claimant(extractor, "Park Ji-hoon said Pyongyang had fired 12 rockets.")
    assert found is not None
    assert found.name == "Park Ji-hoon"


def test_a_body_named_by_a_demonym_keeps_its_head_noun(extractor: Extractor) -> None:
    found = claimant(
        extractor, "Oslo ordered 54 howitzers on Monday, the Norwegian defence ministry said."
    )
    assert found is not None
    assert found.name == "the Norwegian defence ministry"
    assert "Norway" in found.entities


def test_a_relative_clause_is_no_part_of_the_name(extractor: Extractor) -> None:
    found = claimant(
        extractor,
        "The monitoring group, which tracks Russian shipments, said 40 tankers sailed in May.",
    )
    assert found is not None
    assert found.name == "The monitoring group"
    assert "Russia" not in found.entities


def test_a_participle_phrase_is_no_claimant(extractor: Extractor) -> None:
    # "bringing its reported losses": "reported" is an adjective, and "bringing its" no
    # speaker; the next sentence's "It said" speaks for the army.
    text = (
        "Poland's army said Belarus had lost 20 tanks in the drill, bringing its reported "
        "losses to 50. It said Belarus had also lost 14 helicopters."
    )
    names = [q.claimant.name if q.claimant else None for q in extractor.extract(text).quantities]
    assert names == ["Poland's army"] * 3


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # The one body of the country the description fits.
        ("South Korea's intelligence agency said 2,000 North Korean engineers had arrived.",
         ("NIS", "South Korea")),
        # Two of Ukraine's bodies fit "spy agency": the name is left as written.
        ("Ukraine's spy agency said 2,000 North Korean engineers had arrived.", ("Ukraine",)),
    ],
)  # fmt: skip
def test_a_countrys_body_described_by_what_it_is(
    extractor: Extractor, text: str, entities: tuple[str, ...]
) -> None:
    c = claimant(extractor, text)
    assert c is not None and c.entities == entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A known name that opens a longer one runs on to its end.
        ("Kyiv Mayor Dmytro Rutenko said 14 people were hurt in the attack.",
         "Kyiv Mayor Dmytro Rutenko"),
        ("A report by the Oslo Institute of Peace Studies estimated that 3,000 civilians had "
         "died.", "the Oslo Institute of Peace Studies"),
        # A subject cut at a hyphen takes the whole word back.
        ("Lawmaker Kim Seong-ho said 300 North Korean soldiers had been wounded.",
         "Lawmaker Kim Seong-ho"),
        ("An open-source monitoring group said 40 tanks had been lost in the assault.",
         "An open-source monitoring group"),
    ],
)  # fmt: skip
def test_a_claimants_whole_name(extractor: Extractor, text: str, name: str) -> None:
    c = claimant(extractor, text)
    assert c is not None and c.name == name


def test_a_name_joined_by_a_hyphen_only_describes(extractor: Extractor) -> None:
    c = claimant(extractor, "The Berlin-based think tank said 40 tanks had been lost.")
    assert c == Claimant("The Berlin-based think tank")


def test_a_relative_clause_is_no_claimant(extractor: Extractor) -> None:
    text = (
        "Independent monitor Airwatch, which tracks flights using radar, open data and photos, "
        "has confirmed 40 drone strikes."
    )
    assert claimant(extractor, text) is None


def test_a_demonym_description_runs_to_the_verb(extractor: Extractor) -> None:
    c = claimant(extractor, "About 300 troops have arrived, the Latvian defence ministry said.")
    assert c is not None and c.name == "the Latvian defence ministry"


def test_a_sources_document_speaks_for_the_source(extractor: Extractor) -> None:
    text = (
        "Lithuania's army said 40 drones had crossed the border. The assessment, shared with "
        "lawmakers, put the number of balloons at 300."
    )
    last = extractor.extract(text).quantities[-1]
    assert last.claimant is not None and last.claimant.name == "Lithuania's army"


def test_a_relayed_denial_stays_a_denial(extractor: Extractor) -> None:
    # "reports" after a verdict is the noun; the agency at the end only relays the denial.
    text = (
        "A spokesman for Serbia's defence ministry on Friday rejected as baseless reports that "
        "Belgrade had shipped 3,000 shells to Russia, the state broadcaster reported."
    )
    c = claimant(extractor, text)
    assert c is not None
    assert c.denied and c.entities == ("Serbia",)


def test_the_time_of_the_act_is_no_part_of_the_name(extractor: Extractor) -> None:
    c = claimant(extractor, "The Interior Ministry of Moldova on Tuesday said 40 drones fell.")
    assert c is not None and c.name == "The Interior Ministry of Moldova"


def test_informed_reports_a_claim(extractor: Extractor) -> None:
    text = "The border guard informed that 70 drones were downed overnight."
    found = claimant(extractor, text)
    assert found is not None and found.name == "The border guard"


def test_a_surname_stands_for_the_full_name_given_before(extractor: Extractor) -> None:
    text = (
        "Lawmaker Choi Min-jun told reporters after the briefing. "
        "About 400 Belarusian troops have arrived, Choi said."
    )
    found = claimant(extractor, text)
    assert found is not None and found.name == "Lawmaker Choi Min-jun"


def test_an_unknown_speakers_party_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = (
        "Senator Anna Berg of the opposition Green Party told reporters that 400 Belarusian "
        "troops had arrived."
    )
    found = claimant(extractor, text)
    assert found is not None and found.name == "Senator Anna Berg"


def test_putting_the_total_above_a_number_estimates_it(extractor: Extractor) -> None:
    text = "About 300 Belarusian soldiers have died, and Vilnius puts the total above 500."
    quantities = extractor.extract(text).quantities
    last = quantities[-1]
    assert last.value == 500 and last.claimant is not None
    assert last.claimant.entities == ("Lithuania",)


def test_the_one_told_is_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "Kyrylo Budanov, head of Ukraine's military intelligence agency, told a German "
        "weekly that 70% of the mines Russia lays are made in North Korea."
    )
    found = claimant(extractor, text)
    assert found is not None and found.name == "Kyrylo Budanov"


def test_according_to_her_is_the_speaker_before(extractor: Extractor) -> None:
    text = (
        "Deputy minister Olga Petrenko noted that ties were growing. According to her, "
        "3,400 students from the DPRK enrolled this year."
    )
    found = claimant(extractor, text)
    assert found is not None and found.name.endswith("Olga Petrenko")


def test_a_hyphenated_given_name_stays_whole(extractor: Extractor) -> None:
    text = "About 2,000 North Korean troops were moved, according to Rep. Kim Byung-joo."
    found = claimant(extractor, text)
    assert found is not None and found.name == "Rep. Kim Byung-joo"


def test_a_named_ministry_is_not_another_ministry(extractor: Extractor) -> None:
    text = (
        "The pact took effect on Friday, Russia's Foreign Ministry said. According to the "
        "Defense Ministry, North Korea has sent about 9,000 soldiers to Russia."
    )
    found = claimant(extractor, text)
    assert found is not None and found.name == "the Defense Ministry"


def test_a_spokesperson_named_after_the_body_is_in_the_name(extractor: Extractor) -> None:
    text = "Kremlin deputy spokesman Ivan Volkov said 4,000 reservists had been called up."
    found = claimant(extractor, text)
    assert found is not None and found.name == "Kremlin deputy spokesman Ivan Volkov"


def test_a_long_post_written_in_capitals_before_a_person(extractor: Extractor) -> None:
    text = (
        "Senior Deputy Minister of Economic Development Pavel Orlov noted that the plan "
        "was ready. According to him, exports rose by 12 percent this year."
    )
    found = claimant(extractor, text)
    assert found is not None and found.name.endswith("Pavel Orlov")


def test_a_later_source_with_its_own_figure_does_not_claim_the_first(
    extractor: Extractor,
) -> None:
    text = (
        "Some 9,000 North Korean troops are in Russia, and Kyiv says 2,000 North Korean "
        "troops have reached Kursk."
    )
    first = extractor.extract(text).quantities[0]
    assert first.value == 9000 and first.claimant is None


def test_the_commentary_speaks_for_the_agency_named_before(extractor: Extractor) -> None:
    text = (
        "The talks are a farce, says a KCNA commentary. Seoul has spent 5 trillion won on "
        "drills this year, the commentary says."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "KCNA"


def test_a_rejected_named_estimate_is_the_rejecters_denial(extractor: Extractor) -> None:
    text = (
        "The junta's spokesman rejected the Chadian estimate of 900 Sudanese casualties on "
        "Monday."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.name == "The junta's spokesman"


def test_a_cited_named_estimate_stays_its_owners_claim(extractor: Extractor) -> None:
    text = "The junta's spokesman cited the Chadian estimate of 900 Sudanese casualties."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied and q.claimant.entities == ("Chad",)


def test_claiming_speaks_for_the_clause_subject(extractor: Extractor) -> None:
    text = (
        "Kyiv says the front is quiet. Poland's defence ministry published its own figures, "
        "claiming that 300 soldiers had joined the drills."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Poland" in q.claimant.entities


def test_a_video_claiming_names_no_source(extractor: Extractor) -> None:
    text = "A video claiming that 300 soldiers had died circulated online on Monday."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Poland's latest estimate, Russian losses stand at about 4,000 killed and wounded.",
         "Poland"),
        ("By Kyiv's newest count, some 3,500 Russian soldiers have been wounded.", "Kyiv"),
    ],
)
def test_an_owners_dated_estimate_is_its_claim(extractor: Extractor, text: str, name: str) -> None:
    found = claimant(extractor, text)
    assert found is not None and found.name == name


def test_an_owners_view_is_no_estimate(extractor: Extractor) -> None:
    text = "In Poland's view, Russian losses stand at about 4,000 killed and wounded."
    assert claimant(extractor, text) is None


def test_a_described_person_of_a_body_is_named_without_the_body(extractor: Extractor) -> None:
    text = (
        "Belarus may move 20,000 troops to the border next year, military analyst Ivan "
        "Petrenko of the Centre for Army Studies said in a comment to a correspondent."
    )
    found = claimant(extractor, text)
    assert found is not None and found.name == "military analyst Ivan Petrenko"


def test_a_lower_case_role_of_a_body_is_no_named_person(extractor: Extractor) -> None:
    text = "About 20,000 troops are at the border, the head of the Centre for Army Studies said."
    assert claimant(extractor, text) is None


def test_a_dated_possessive_figure_names_its_source(extractor: Extractor) -> None:
    text = "The GUR's latest tally is about 900 Belarusian soldiers."
    [q] = extractor.extract(text).quantities
    assert q.claimant is not None and "GUR" in q.claimant.entities


def test_a_dating_word_without_a_figure_noun_names_no_source(extractor: Extractor) -> None:
    text = "The GUR's latest report describes about 900 Belarusian soldiers."
    [q] = extractor.extract(text).quantities
    assert q.claimant is None or "GUR" not in q.claimant.entities


def test_states_accusing_a_state_of_a_count_claim_it(extractor: Extractor) -> None:
    text = "Vilnius and Riga accuse Minsk of massing 4,000 soldiers near the border."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert set(q.claimant.entities) == {"Lithuania", "Latvia"}


def test_a_charge_in_a_later_clause_claims_no_figure_before_it(extractor: Extractor) -> None:
    text = (
        "Minsk has kept 4,000 soldiers near the border for nearly two years, but it accuses "
        "Vilnius of provoking the standoff."
    )
    facts = extractor.extract(text)
    assert facts.quantities and all(q.claimant is None for q in facts.quantities)


@pytest.mark.parametrize(
    "text",
    ["The envoy said 4,000 Belarusian troops were now believed to be in Ukraine.",
     "The envoy said 4,000 Belarusian troops are widely estimated to be in Ukraine."],
)
def test_an_adverb_inside_a_passive_makes_no_speaker(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Belarus"
    assert q.claimant is not None and q.claimant.name == "The envoy"


def test_cited_estimates_are_the_estimators_claim(extractor: Extractor) -> None:
    text = (
        "A columnist cited estimates by Lithuania and Poland that 4,000 Belarusian troops "
        "were near the border."
    )
    c = claimant(extractor, text)
    assert c is not None and set(c.entities) == {"Lithuania", "Poland"}


def test_a_cited_figure_without_an_estimate_noun_stays_the_citers(
    extractor: Extractor,
) -> None:
    text = "A columnist cited 4,000 Belarusian troops near the border."
    c = claimant(extractor, text)
    assert c is not None and c.name == "A columnist"


def test_estimate_set_higher_then_at_names_its_subject(extractor: Extractor) -> None:
    text = "Kyiv's intelligence service puts Belarusian losses higher, at about 700 killed."
    found = claimant(extractor, text)
    assert found is not None and found.name.startswith("Kyiv")


def test_estimate_set_higher_with_no_figure_names_nobody(extractor: Extractor) -> None:
    text = "The monitor puts Belarusian losses higher. Officials said 700 soldiers died."
    found = extractor.extract(text).quantities
    assert found[0].claimant is not None and found[0].claimant.name == "Officials"
