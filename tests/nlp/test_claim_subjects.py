"""The subject of a reporting verb (`bot.nlp.claim_subjects`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_appositive_name_with_its_article_is_the_speaker(extractor: Extractor) -> None:
    text = (
        "A spokesman for Syria's military intelligence agency, the GID, said Libyan losses"
        " since early 2023 had reached about 3,100 killed and wounded."
    )
    [toll] = extractor.extract(text).quantities
    assert toll.claimant is not None and "Libyan" not in toll.claimant.name
    assert toll.actor == "Libya"


def test_a_clause_running_on_to_its_verb_is_not_an_inverted_source(
    extractor: Extractor,
) -> None:
    text = (
        "About 200 fighters crossed on Sunday, said Libyan losses since early 2023 had"
        " reached about 3,100 killed and wounded."
    )
    claimants = {q.claimant.name for q in extractor.extract(text).quantities if q.claimant}
    assert not any(name.startswith("Libyan losses") for name in claimants)


def test_a_true_inverted_source_still_speaks(extractor: Extractor) -> None:
    text = "About 3,100 fighters have been killed or wounded, said the Syrian ministry on Monday."
    [toll] = extractor.extract(text).quantities
    assert toll.claimant is not None and toll.claimant.name == "the Syrian ministry"


def test_a_headline_as_clause_source_leaves_the_main_clause_its_parties(
    extractor: Extractor,
) -> None:
    text = "Japan's Diet ratifies India defence pact as Tokyo says 2,000 troops in India"
    events = extractor.extract(text).events
    assert events and all(set(e.parties) == {"Japan", "India"} for e in events)
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Tokyo"


def test_such_as_stays_inside_the_subject(extractor: Extractor) -> None:
    text = "Allies such as Japan said 2,000 troops had arrived."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Japan" in q.claimant.entities


def test_a_second_verb_after_an_estimate_shares_its_subject(extractor: Extractor) -> None:
    text = (
        "Lithuania puts the number of Belarusian soldiers at the border at some 4,000 and says "
        "more are coming."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Belarus"
    assert q.claimant is not None and q.claimant.entities == ("Lithuania",)


def test_a_second_verb_after_another_verb_keeps_the_words_before(
    extractor: Extractor,
) -> None:
    text = (
        "Polish President Andrzej Duda visited the border on Tuesday and announced that "
        "Belarus would move 4,000 soldiers there."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Andrzej Duda" in q.claimant.entities


def test_a_capitalised_ly_surname_stays_in_the_subject(extractor: Extractor) -> None:
    text = "Ireland will send 40 engineers, Defence Minister Aoife Connolly announced."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Defence Minister Aoife Connolly"


def test_an_adverb_before_the_verb_stays_out_of_the_subject(extractor: Extractor) -> None:
    text = "Ireland will send 40 engineers, officials privately said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "officials"


def test_a_long_role_aside_keeps_its_speaker(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz, a researcher on Eastern European security at the Madrid Institute of "
        "Strategic Studies, said 4,000 Belarusian troops were on the border."
    )
    [q] = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Ana Ruiz"


def test_an_object_cut_short_by_a_figure_is_no_inverted_source(extractor: Extractor) -> None:
    text = (
        'Ana Ruiz, a researcher on Eastern European security at the Madrid Institute of '
        'Strategic Studies, said the figure of "about 4,000" Belarusian troops was right.'
    )
    [q] = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Ana Ruiz"


def test_an_inverted_source_after_a_comma_still_reads(extractor: Extractor) -> None:
    text = "Some 4,000 Belarusian troops have arrived, said the head of the Polish border guard."
    [q] = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name.startswith("the head of")


def test_a_bare_post_aside_is_the_speaker_s_role(extractor: Extractor) -> None:
    # "X, head of Y, said": copy drops the article before a post; the name before it speaks,
    # not the object after the verb.
    text = (
        "Ivan Petrov, head of the parliament's defence committee, said Western reports that "
        "2,000 Belarusian soldiers were in Syria were accurate."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Ivan Petrov"


def test_an_aside_of_no_post_is_no_role(extractor: Extractor) -> None:
    # "capital of ..." is a place's description, not a post; the reading stays as it was.
    text = "Minsk, capital of Belarus, said 2,000 Belarusian soldiers were in Syria."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or q.claimant.name != "Ivan Petrov"
