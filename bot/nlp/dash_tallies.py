"""A daily loss bulletin's list: a lead-in, then one bulleted line per weapon, each "label –
total (+change)":

    According to the General Staff, Ukrainian defenders have also destroyed:
    • tanks – 9,402 (+5)
    • drones – 18,904 (+64)

The label before the dash names what the total counts (read like a "Label: value" pair),
and the signed number in brackets is the same thing's rise since the last bulletin. The
lead-in's verb ("destroyed", "shot down") says these are the teller's enemy's losses, so a
line with no side of its own goes to the opponent of the belligerent telling it.

Only a line that opens with a bullet is read this way: inside prose a dash opens an aside
("300 – a record – were killed"), and a bare "tanks – 9,402" heading is too thin to trust.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.bare_numbers import bare_number_at
from bot.nlp.context import Sentence
from bot.nlp.enemy_claims import opponent
from bot.nlp.figures import Figure
from bot.nlp.labelled_counts import label_measure

_DASHES = frozenset({"–", "—", "-", "--"})
_BULLETS = frozenset({"•", "*", "·", "▪", "◦", "-", "–", "—"})
# What may close a line's total: its bracketed change or the line's end.
_TOTAL_ENDS = frozenset({"(", ";", ".", ","})
# A lead-in verb by which the teller's own side inflicted the listed losses.
_INFLICTED = frozenset({"destroyed", "downed", "eliminated", "neutralised", "neutralized",
                        "hit", "struck", "shot", "intercepted"})  # fmt: skip
_LEAD_IN_REACH = 40  # tokens back to the lead-in's colon, past the list's earlier lines


def _line_start(s: Sentence, k: int) -> int:
    """The first token of the line holding token k (scans the whole text, not the sentence)."""
    while k > 0 and "\n" not in s.lowers[k - 1]:
        k -= 1
    return k


def _bulleted_label(s: Sentence, dash: int) -> int | None:
    """The first token of the label before `dash`, when only a bullet comes before it."""
    begin = _line_start(s, dash)
    while begin < dash and (s.lowers[begin] in _BULLETS or s.lowers[begin].isspace()):
        begin += 1
    if begin == _line_start(s, dash) or begin >= dash or begin < s.start:
        return None  # no bullet, or the label is cut off by the sentence's start
    return begin


def dash_label_count(s: Sentence, i: int) -> tuple[Figure, str | None] | None:
    """The total of a "• tanks – 9,402 (+5)" line whose number starts at token i."""
    if i - 1 <= s.start or s.lowers[i - 1] not in _DASHES:
        return None  # nearly every number: no dash right before it
    n = bare_number_at(s, i)
    if n is None or n.start != i:
        return None
    end = n.end
    if end < s.end and s.lowers[end] not in _TOTAL_ENDS and "\n" not in s.lowers[end]:
        return None  # "– 300 tanks": a unit of its own follows; the figure reader has it
    begin = _bulleted_label(s, i - 1)
    if begin is None:
        return None
    found = label_measure(s, begin, i - 1)
    if found is None:
        return None
    measure, category = found
    figure = Figure(
        start=i, end=end, num_start=i, num_end=end, unit_start=begin, unit_end=i - 1,
        value=n.value, value_max=None, qualifier=None, unit=measure, measure=measure,
        category=category, mod_start=end,
    )  # fmt: skip
    return figure, None


def _change_after(s: Sentence, q: Quantity) -> tuple[int, float] | None:
    """The "(+5)" right after a line's total: (token of the change, its value)."""
    k = next((t for t in range(s.start, s.end) if s.char_span(t, t + 1)[1] == q.end), None)
    if k is None or k + 3 > s.end or s.lowers[k + 1] != "(" or s.lowers[k + 3] != ")":
        return None
    sign = s.lowers[k + 2]
    digits = sign[1:].replace(",", "")
    if sign[:1] != "+" or not digits.isdigit():
        return None
    return k + 2, float(digits)


def lead_in(s: Sentence) -> tuple[int, int] | None:
    """The tokens of a bulleted list's lead-in, the line ending in a colon above the list's
    lines, when the sentence opens one of those lines; else None."""
    k = _line_start(s, s.start)
    if s.lowers[k] not in _BULLETS:
        return None  # nearly every sentence: not a bulleted line
    k -= 1
    stop = max(0, k - _LEAD_IN_REACH)
    while k > stop:
        line = _line_start(s, k)
        if s.lowers[line] not in _BULLETS:
            return (line, k) if ":" in s.lowers[k - 2 : k] else None
        k = line - 1
    return None


def _lead_in(s: Sentence) -> bool:
    """Whether the list's lead-in says the teller's side inflicted the losses: "Ukrainian
    defenders have also destroyed:"."""
    span = lead_in(s)
    return span is not None and not _INFLICTED.isdisjoint(s.lowers[span[0] : span[1]])


def dash_tallies(s: Sentence, found: list[Quantity], just_told: list[Quantity]) -> list[Quantity]:
    """A bulleted line's total with its bracketed change after it, both the enemy's losses
    when the lead-in says the teller's side inflicted them. A later line of the list goes on
    with the line above: its teller and side (each line is a sentence of its own, so the
    lead-in's "According to ..." reaches only the first)."""
    if not found or "(" not in s.words or _DASHES.isdisjoint(s.words):
        return found  # nearly every sentence: no bracket and dash in it
    above = just_told[-1] if just_told and _follows_line(s, just_told[-1]) else None
    out: list[Quantity] = []
    for q in found:
        change = _change_after(s, q) if q.qualifier is None else None
        if change is None or dash_label_count(s, _number_start(s, q)) is None:
            out.append(q)
            continue
        if above is not None and q.claimant is None and q.actor is None:
            q = replace(q, claimant=above.claimant, actor=above.actor)
        elif q.actor is None and q.claimant is not None and _lead_in(s):
            sides = {opponent(e) for e in q.claimant.entities} - {None}
            if len(sides) == 1:
                q = replace(q, actor=sides.pop())
        k, value = change
        start, end = s.char_span(k, k + 1)
        out += [q, replace(q, value=value, start=start + 1, end=end)]
    return out


def _follows_line(s: Sentence, q: Quantity) -> bool:
    """Whether `q` was told on the bulleted line right above this sentence's line."""
    above = _line_start(s, s.start) - 1
    if above <= 0:
        return False
    line = _line_start(s, above)
    return s.lowers[line] in _BULLETS and s.char_span(line, above)[0] <= q.start


def _number_start(s: Sentence, q: Quantity) -> int:
    """The token where the figure's number starts (its first token)."""
    return next((t for t in range(s.start, s.end) if s.char_span(t, t + 1)[0] == q.start), s.end)
