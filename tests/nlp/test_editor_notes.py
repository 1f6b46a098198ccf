"""A wire's editor's note under the headline tells no fact (`bot.nlp.editor_notes`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_correction_note_gives_no_figure(extractor: Extractor) -> None:
    text = (
        "Floods hit river delta, officials say\n"
        "(Corrects number of villages in paragraph 2 to 30, not 300; adds U.N. comment)\n"
        "DHAKA, May 3 - Floods cut off 30 villages in the delta, officials said on Friday.\n"
    )
    facts = extractor.extract(text)
    assert [q.value for q in facts.quantities] == [30]
    assert all("Corrects" not in q.sentence for q in facts.quantities)


def test_a_bracket_opening_a_body_line_is_still_read(extractor: Extractor) -> None:
    text = (
        "DHAKA, May 3 - Officials spoke on Friday.\n"
        "(The army adds 300 troops to the relief effort, officials said.)\n"
    )
    assert [q.value for q in extractor.extract(text).quantities] == [300]
