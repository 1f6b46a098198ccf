"""A bulleted loss list whose lead-in, a sentence of its own, names "the enemy"
(`bot.nlp.list_lead_ins`, read by `bot.nlp.enemy_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.list_lead_ins import list_lead_in

_BULLETIN = (
    "Enemy losses climb - General Staff\n"
    "KYIV, March 3. The combat losses of the enemy since the start of the invasion came to "
    "the following, the General Staff of the Armed Forces of Ukraine reported.\n"
    "- tanks - 8,412 (+6)\n"
    "- ships - 27\n"
    "In the south, Ukrainian defenders repelled 21 enemy assaults, the General Staff said.\n"
)


def test_list_lines_after_an_enemy_lead_in_are_the_enemys(extractor: Extractor) -> None:
    found = extractor.extract(_BULLETIN).quantities
    lines = [(q.value, q.measure, q.actor) for q in found]
    assert lines == [
        (8412, "tank", "Russia"), (6, "tank", "Russia"), (27, "ship", "Russia"),
        (21, "assault", "Russia"),
    ]  # fmt: skip


def test_a_list_without_an_enemy_lead_in_stays_unowned(extractor: Extractor) -> None:
    # Near miss: the lead-in names no enemy, so no side is given to the lines.
    text = _BULLETIN.replace("of the enemy", "recorded")
    tanks = [q for q in extractor.extract(text).quantities if q.measure == "tank"]
    assert tanks and all(q.actor is None for q in tanks)


def test_the_lead_in_is_the_line_above_the_list() -> None:
    text = "Lead in.\n- a - 1\n- b - 2\nAfter."
    assert list_lead_in(text, text.index("2")) == "Lead in."
    assert list_lead_in(text, text.index("After")) == ""
