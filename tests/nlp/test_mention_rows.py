from dataclasses import fields

from bot.models import Mention
from bot.nlp.mention_rows import sentence_mentions
from bot.nlp.mentions import Found


def test_rows_are_the_dataclass_records() -> None:
    inside = [
        Found("North Korea", "country", 2, 4, "North Korea", False, False),
        Found("Russia", "country", 7, 8, "Russia's", False, True),
    ]
    idxs = [0, 4, 9, 15, 21, 26, 30, 35, 44]
    rows = sentence_mentions(inside, idxs, "A sentence.")
    made = [
        Mention("North Korea", "North Korea", 9, 20, "A sentence."),
        Mention("Russia", "Russia's", 35, 43, "A sentence."),
    ]
    assert rows == made
    assert [repr(r) for r in rows] == [repr(m) for m in made]
    assert [hash(r) for r in rows] == [hash(m) for m in made]
    # Every field is set: none left to a default.
    assert [f.name for f in fields(Mention)] == ["entity", "surface", "start", "end", "sentence"]
