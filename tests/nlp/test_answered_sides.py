"""Q&A answers count the side the questions asked about (`bot.nlp.answered_sides`)."""

from __future__ import annotations

from bot.nlp import Extractor

INTERVIEW = """Interview: a year of Belarusian troops abroad
By A. Writer
Jan Novak studies the Belarusian army at a think tank in Prague.
Q: How many Belarusian soldiers are in Serbia now?
A: My estimate is about 4,000 troops, mostly engineers.
Q: What have the losses been?
A: Heavy. More than 900 killed and wounded so far.
"""


def _actor(extractor: Extractor, text: str, value: float) -> str | None:
    return next(q.actor for q in extractor.extract(text).quantities if q.value == value)


def test_an_answers_count_is_of_the_side_asked_about(extractor: Extractor) -> None:
    assert _actor(extractor, INTERVIEW, 4000) == "Belarus"


def test_the_side_carries_to_later_answers(extractor: Extractor) -> None:
    assert _actor(extractor, INTERVIEW, 900) == "Belarus"


def test_a_question_naming_no_side_sets_none(extractor: Extractor) -> None:
    text = INTERVIEW.replace("How many Belarusian soldiers are in Serbia now?", "What is new?")
    assert _actor(extractor, text, 4000) is None


HEARING = """BRUSSELS, May 4 (Wire) - About 3,500 Belarusian troops remain in Serbia, Marek said.
Excerpts from the hearing:
SEN. ANNA VOSS: General Marek, how large was the deployment at its peak?
MAREK: About 5,000, last summer.
VOSS: And their losses?
MAREK: We assess about 700 killed or wounded since they arrived.
VOSS: Thank you, general.
MAREK: Thank you, senator.
"""


def test_the_leads_force_is_the_side_of_answers_before_any_side_is_asked(
    extractor: Extractor,
) -> None:
    # The questions ask of "the deployment" and "their losses": the force the lead counted.
    assert _actor(extractor, HEARING, 700) == "Belarus"


def test_a_lead_counting_two_sides_sets_none(extractor: Extractor) -> None:
    # Near miss: with two sides counted before the transcript, "their" could be either's.
    text = HEARING.replace(
        "remain in Serbia,", "remain in Serbia beside 2,000 Hungarian troops,"
    )
    assert _actor(extractor, text, 700) is None
