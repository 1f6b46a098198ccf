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

from bot.models import Mention, Quantity
from bot.nlp.bare_numbers import bare_number_at
from bot.nlp.context import Sentence
from bot.nlp.enemy_claims import opponent
from bot.nlp.figures import Figure
from bot.nlp.labelled_counts import label_measure
from bot.nlp.loss_lists import as_enemy_loss, enemy_loss_list, personnel_losses
from bot.nlp.unbulleted_lists import unbulleted_list_line

_DASHES = frozenset({"–", "—", "-", "--"})
_BULLETS = frozenset({"•", "*", "·", "▪", "◦", "-", "–", "—"})
# What may close a line's total: its bracketed change or the line's end.
_TOTAL_ENDS = frozenset({"(", ";", ".", ","})
# A lead-in verb by which the teller's own side inflicted the listed losses.
_INFLICTED = frozenset({"destroyed", "downed", "eliminated", "neutralised", "neutralized",
                        "hit", "struck", "shot", "intercepted"})  # fmt: skip
_LEAD_IN_REACH = 40  # tokens back to the lead-in's colon, past the list's earlier lines
# "the enemy has also lost:": the lead-in's subject is the side whose losses are listed.
_LOST = frozenset({"lost"})
_LOST_GAP = frozenset({"has", "have", "had", "also", "so", "far", "already", "now"})


def _line_start(s: Sentence, k: int) -> int:
    """The first token of the line holding token k (scans the whole text, not the sentence)."""
    while k > 0 and "\n" not in s.lowers[k - 1]:
        k -= 1
    return k


def _listed(s: Sentence, line: int) -> bool:
    """Whether the line starting at token `line` is a list's: bulleted, or of a list's shape
    in a run of such lines below a colon-ended lead-in (`unbulleted_lists`)."""
    if s.lowers[line] in _BULLETS:
        return True
    return unbulleted_list_line(s.tokens.text, s.char_span(line, line + 1)[0])


def _bulleted_label(s: Sentence, dash: int) -> int | None:
    """The first token of the label before `dash`, when only a bullet comes before it (or
    nothing, on an unbulleted list's line)."""
    line = _line_start(s, dash)
    begin = line
    while begin < dash and (s.lowers[begin] in _BULLETS or s.lowers[begin].isspace()):
        begin += 1
    if begin >= dash or begin < s.start:
        return None  # the label is cut off by the sentence's start
    if begin == line and not unbulleted_list_line(s.tokens.text, s.char_span(line, line + 1)[0]):
        return None  # no bullet, and no list of the bulletin's shape around the line
    return begin


def dash_label_count(s: Sentence, i: int) -> tuple[Figure, str | None] | None:
    """The total of a "• tanks – 9,402 (+5)" line whose number starts at token i; its
    qualifier may stand between ("personnel – about 1,287,650 (+1,020)")."""
    if i - 1 <= s.start or (s.lowers[i - 1] not in _DASHES and s.lowers[i - 2] not in _DASHES):
        return None  # nearly every number: no dash right before it (or its qualifier)
    n = bare_number_at(s, i)
    if n is None or n.num != i or s.lowers[n.start - 1] not in _DASHES:
        return None
    first, qualifier = n.start, n.qualifier
    end = n.end
    if end < s.end and s.lowers[end] not in _TOTAL_ENDS and "\n" not in s.lowers[end]:
        return None  # "– 300 tanks": a unit of its own follows; the figure reader has it
    begin = _bulleted_label(s, first - 1)
    if begin is None:
        return None
    found = label_measure(s, begin, first - 1)
    if found is None:
        return None
    measure, category = found
    figure = Figure(
        start=first, end=end, num_start=i, num_end=end, unit_start=begin, unit_end=first - 1,
        value=n.value, value_max=None, qualifier=qualifier, unit=measure, measure=measure,
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
    if s.lowers[k] not in _BULLETS and (_DASHES.isdisjoint(s.words) or not _listed(s, k)):
        return None  # nearly every sentence: not a list's line
    k -= 1
    stop = max(0, k - _LEAD_IN_REACH)
    while k > stop:
        line = _line_start(s, k)
        if not _listed(s, line):
            return (line, k) if ":" in s.lowers[k - 2 : k] else None
        k = line - 1
    return None


def _lead_in(s: Sentence) -> bool:
    """Whether the list's lead-in says the teller's side inflicted the losses: "Ukrainian
    defenders have also destroyed:"."""
    span = lead_in(s)
    return span is not None and not _INFLICTED.isdisjoint(s.lowers[span[0] : span[1]])


def _loser(s: Sentence, mentions: list[Mention]) -> str | None:
    """The side a lead-in says lost the listed weapons: "the enemy has also lost:". The
    lead-in is a sentence of its own or opens this one (the list's first line)."""
    first, last = lead_in(s) or (s.start, s.end)
    lost = next((k for k in range(first, last) if s.lowers[k] in _LOST), None)
    if lost is None:
        return None  # nearly every list: "destroyed", "downed" (the teller's side did it)
    k = lost - 1
    while k >= first and s.lowers[k] in _LOST_GAP:
        k -= 1
    if k < first or s.lowers[k] in {"'s", "’s"}:
        return None  # "the enemy's ... lost": not the subject named right before the verb
    at = s.char_span(k, k + 1)[0]
    found = next((m for m in mentions if m.start <= at < m.end), None)
    return None if found is None else s.gazetteer.actor_of(found.entity)


def dash_tallies(
    s: Sentence, found: list[Quantity], just_told: list[Quantity], mentions: list[Mention]
) -> list[Quantity]:
    """A bulleted line's total with its bracketed change after it, both the enemy's losses
    when the lead-in says the teller's side inflicted them, or the side the lead-in says lost
    them ("the enemy has also lost:"). A later line of the list goes on
    with the line above: its teller and side (each line is a sentence of its own, so the
    lead-in's "According to ..." reaches only the first)."""
    if not found or _DASHES.isdisjoint(s.words):
        return found  # nearly every sentence: no dash in it
    above = just_told[-1] if just_told and _follows_line(s, just_told[-1]) else None
    out: list[Quantity] = []
    for q in found:
        counted = dash_label_count(s, _number_start(s, q))
        if counted is None:
            out.append(q)
            continue
        change = _change_after(s, q) if "(" in s.words else None
        q = personnel_losses(s, q, counted[0].unit_start)  # "personnel – 1,287,650 (+1,020)"
        if enemy_loss_list(s, lead_in(s) or (s.start, s.end)):  # "losses of the enemy:"
            q = as_enemy_loss(q, just_told[-1] if just_told and above is None else None)
        if change is None:  # "cruise missiles – 3,330": a line with no change to report
            if above is not None and q.claimant is None and q.actor is None:
                q = replace(q, claimant=above.claimant, actor=above.actor)
            out.append(q)
            continue
        if above is not None and q.claimant is None and q.actor is None:
            q = replace(q, claimant=above.claimant, actor=above.actor)
        elif q.actor is None and (loser := _loser(s, mentions)) is not None:
            q = replace(q, actor=loser)
        elif q.actor is None and q.claimant is not None and _lead_in(s):
            sides = {opponent(e) for e in q.claimant.entities} - {None}
            if len(sides) == 1:
                q = replace(q, actor=sides.pop())
        k, value = change
        start, end = s.char_span(k, k + 1)
        out += [q, replace(q, value=value, qualifier=None, start=start + 1, end=end)]
    return out


def _follows_line(s: Sentence, q: Quantity) -> bool:
    """Whether `q` was told on the bulleted line right above this sentence's line."""
    above = _line_start(s, s.start) - 1
    if above <= 0:
        return False
    line = _line_start(s, above)
    return _listed(s, line) and s.char_span(line, above)[0] <= q.start


def _number_start(s: Sentence, q: Quantity) -> int:
    """The token where the figure's number starts (past a qualifier: "about 1,287,650")."""
    k = next((t for t in range(s.start, s.end) if s.char_span(t, t + 1)[0] == q.start), s.end)
    while k < s.end - 1 and q.qualifier is not None and not s.lowers[k][:1].isdigit():
        k += 1
    return k
