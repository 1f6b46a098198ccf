"""A fact box's line ("the war in numbers") gives a figure, a dash, then what it counts:
"• 600,000+ — Russian troops deployed against Ukraine, according to ...", "• Millions —
artillery shells shipped to Russia". Read as prose, the dash cut the number from its noun and
the line's figure was lost. Only a figure that opens its line (after a bullet at most) is
read across the dash: inside a sentence a dash opens an aside ("300 — a record — were
killed"), and "2022 — 2024" is a range."""

from __future__ import annotations

from bot.nlp.context import Sentence

_DASHES = frozenset({"—", "–", "-", "--"})
_BULLETS = frozenset({"•", "-", "*", "–", "—", "·", "▪", "◦"})
# "600,000+": the plus written after a figure means more than it.
_PLUS = "+"


def _opens_line(s: Sentence, first: int) -> bool:
    """Nothing but a bullet (or spaces) before token `first` in its line."""
    if s.start > 0 and "\n" not in s.lowers[s.start - 1]:
        return False  # the line's second sentence: "Officials spoke. 300 — a record — ..."
    for k in range(s.start, first):
        word = s.lowers[k]
        if not (word.isspace() or word in _BULLETS):
            return False
    return True


def past_stat_dash(s: Sentence, q_start: int, k: int) -> tuple[int, bool] | None:
    """For a figure starting at `q_start` whose number ends before token `k`: when a fact
    box's dash follows it (after a "+" at most), (the token after the dash, whether a "+"
    said "more than"); else None."""
    plus = k < s.end and s.lowers[k] == _PLUS
    dash = k + 1 if plus else k
    if dash + 1 >= s.end or s.lowers[dash] not in _DASHES:
        return None  # nearly every figure: no dash after it
    after = s.lowers[dash + 1]
    if after[:1].isdigit() or after in _DASHES or not _opens_line(s, q_start):
        return None  # "2022 — 2024": a range; mid-sentence: an aside
    return dash + 1, plus
