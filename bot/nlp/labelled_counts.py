"""A table flattened into text, one "Label: value" pair after another: "Troops sent to the
front since May: about 9,000; killed: about 1,200; tanks lost: more than 300". No unit
follows the number, so what it counts is the label's noun ("troops", "tanks"; a label of
fate words only, "killed and wounded", counts casualties; "soldiers killed" counts the
dead). Whose figures they are is the state named in front of a label's noun ("Belarusian
troops"), or, when a label names none, the one the previous label of the same line named,
or the table's subject written before the first label ("The second table covers Belarus:
...").
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.bare_numbers import bare_number_at
from bot.nlp.box_labels import continued_label, heading_measure
from bot.nlp.bullets import BULLET_MARKS
from bot.nlp.casualty_counts import counts_people
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import WHOLE_FORCE_NOUNS
from bot.nlp.sourced_value_lines import source_line_measure, value_range
from bot.nlp.units import PHYSICAL, TIME_UNITS, normalise_measure

# What may close a label's value: the next pair, an aside or the line's end.
_VALUE_ENDS = frozenset({";", ",", ".", "(", ")", "\n"})
# What opens a label: the previous pair's end or the line's start.
_SEPARATORS = frozenset({";", ":", ".", "\n"})
# A label's noun comes before these: "personnel deployed to Russia since 2024".
_PREPOSITIONS = frozenset(
    {"to", "since", "in", "from", "by", "at", "of", "for", "during", "over", "per", "under",
     "on", "into", "across", "through", "until", "after", "before", "with", "against",
     "including"}
)  # fmt: skip
# A participle after the noun says what befell the counted things: "tanks lost".
_FATES = frozenset({"killed", "wounded", "injured", "dead", "died", "missing", "captured"})
_LOST = frozenset({"lost"})
# Participles not spelt with "-ed": "troops sent", "shells bought", "jets built".
_IRREGULAR = frozenset(
    {"sent", "lost", "built", "bought", "brought", "shot", "held", "taken", "made", "won",
     "given", "flown", "fought", "struck", "spent", "hit", "seen", "drawn", "sold"}
)  # fmt: skip
# A label that is only a sending ("Sent to Russia:", "Deployed abroad:") counts the soldiers
# sent: a fact sheet names no noun when the sheet is about armies.
_SENDINGS = frozenset({"sent", "deployed", "dispatched"})
_JOINERS = frozenset({"and", "or", "&", ",", "/"})
# Adverbs of time between a label's noun and its place: "Troops now in Russia", "Units still
# at the front": they date the count, the noun before them says what it counts.
_TIME_ADVERBS = frozenset({"now", "still", "currently", "already", "presently", "today"})
# Money, lengths and time need the unit a label only names ("Budget: 45"): left alone.
_MEASURED = frozenset({"money", "percentage", *PHYSICAL.values(), *TIME_UNITS.values()})
# "around 25,000 in total": the value closed by a word saying it is the whole count.
_TOTALS = (["in", "total"], ["in", "all"])
_MAX_LABEL = 12  # tokens: a longer run before a colon is a sentence, not a label


def label_count(s: Sentence, i: int) -> tuple[Figure, str | None] | None:
    """The figure of a "Label: value" pair whose number starts at token i, and its owner."""
    if ":" not in s.words:
        return None  # nearly every sentence: no label in it
    n = bare_number_at(s, i)
    if n is None:
        return None
    n, high = value_range(s, n)  # "Label: 11,000 to 12,000"
    q_start, end = n.start, n.end
    colon = q_start - 1
    if colon <= s.start or s.lowers[colon] != ":":
        continued = continued_label(s, q_start)  # "Label: 10,000 (NIS); more than 12,000 (HUR)"
        if continued is None:
            return None  # nearly every number: no colon right before it
        colon = continued
    after = s.lowers[end] if end < s.end else "\n"
    if after not in _VALUE_ENDS and not after.isspace() and s.lowers[end : end + 2] not in _TOTALS:
        return None  # "K2 tanks: 46 delivered": a word the number may count follows
    begin = _label_start(s, colon)
    if begin is None:
        return None
    found = label_measure(s, begin, colon)
    listed = found is None and (found := source_line_measure(s, begin, colon)) is not None
    if found is None:
        return None
    measure, category = found
    figure = Figure(
        start=q_start, end=end, num_start=i, num_end=end, unit_start=begin, unit_end=colon,
        value=n.value, value_max=high, qualifier=n.qualifier, unit=measure, measure=measure,
        category=category, mod_start=end,
    )  # fmt: skip
    # "• HUR (Ukraine), this week: 12,000": the bracket places the source, owns nothing.
    return figure, None if listed else table_owner(s, colon)


def labelled_figures(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Figures that carry their own unit after a label ("active armed forces: about 1.3
    million troops"): the table's state owns them, and an army label makes a troop count the
    army's whole size."""
    if ":" not in s.words or not found:
        return found
    after_colon: dict[int, int] = {}  # a label's value's first character -> the colon
    for c in range(s.start, s.end):
        if s.lowers[c] != ":":
            continue
        k = c + 1
        while k < s.end and s.lowers[k].isspace():
            k += 1
        # 'wrote on Telegram: "12k soldiers in Kursk"': a colon before a quote opens what
        # someone said, never a table's value, so the speaker's demonym owns nothing.
        if k < s.end and s.lowers[k] not in QUOTES:
            after_colon[s.char_span(k, k + 1)[0]] = c
    out = []
    for q in found:
        colon = after_colon.get(q.start)
        begin = None if colon is None else _label_start(s, colon)
        if colon is None or begin is None:
            out.append(q)
            continue
        if q.actor is None:
            q = replace(q, actor=table_owner(s, colon))
        if q.category == "troop" and _army_label(s, begin, colon):
            q = replace(q, whole_force=True)
        out.append(q)
    return out


_SERVING = frozenset({"troops", "soldiers", "personnel", "servicemen"})


def _army_label(s: Sentence, begin: int, colon: int) -> bool:
    """"Active armed forces:", "Army:", "Active troops:": the label names a whole army."""
    words = [w for w in s.lowers[begin : _head_end(s, begin, colon)] if not w.isspace()]
    label = [w for w in s.lowers[begin:colon] if not w.isspace()]
    if len(label) == 2 and label[0] == "active" and label[1] in _SERVING:
        return True  # "Active troops:": those serving, the whole standing army
    return " ".join(words[-2:]) in WHOLE_FORCE_NOUNS or words[-1:] in (["army"], ["military"])


def table_owner(s: Sentence, colon: int) -> str | None:
    """The state whose figures the label ending at `colon` gives: its own modifier, else the
    nearest label or heading before it on the same line that names one."""
    end = colon
    while end > s.start:
        begin = _label_start(s, end)
        if begin is None:
            return None
        owner = _modifier_state(s, begin, end)
        if owner is not None:
            return owner
        end = begin - 1  # the separator before this label: a colon for the one before
        if end <= s.start or s.lowers[end] not in {";", ":"}:
            return None
    return None


def _label_start(s: Sentence, colon: int) -> int | None:
    """The first token of the label ending before `colon`, if it is short enough."""
    k = colon - 1
    while k >= s.start and s.lowers[k] not in _SEPARATORS and "\n" not in s.lowers[k]:
        k -= 1
    begin = k + 1
    return begin if 0 < colon - begin <= _MAX_LABEL else None


def _head_end(s: Sentence, begin: int, end: int) -> int:
    """Where the label's noun phrase ends: before its first preposition."""
    for k in range(begin, end):
        if s.lowers[k] in _PREPOSITIONS and k not in s.mention_at:
            return k
    return end


def label_measure(s: Sentence, begin: int, colon: int) -> tuple[str, str] | None:
    """What the label from `begin` to its separator at `colon` counts: (measure, category)."""
    stop = _head_end(s, begin, colon)
    words = [w for w in s.lowers[begin:stop] if not w.isspace() and w not in BULLET_MARKS]
    if not words or all(w in _TIME_ADVERBS for w in words):
        return heading_measure(s) if words else None  # "Still in Russia:" under "TROOPS"
    if all(w in _FATES or w in _JOINERS for w in words):
        return "casualty", "casualty"  # "killed and wounded: about 6,500"
    while len(words) > 1 and words[-1] in _TIME_ADVERBS:
        words.pop()  # "Troops now in Russia": the count is of troops
    if len(words) == 1 and words[0] in _SENDINGS:
        return "troop", "troop"  # "Sent to Russia since 2024: about 15,000": those sent
    fate = None
    while words and (words[-1] in _FATES or words[-1] in _IRREGULAR or words[-1].endswith("ed")):
        fate = words.pop()  # "tanks lost", "rounds supplied", "soldiers killed"
    for k, word in enumerate(words):
        if word in _JOINERS:
            words = words[:k]  # "troops and workers": the first noun named
            break
    if not words or not words[-1].isalpha():
        return None
    head = words[-1]
    found = normalise_measure(head)
    if found is None or found[1] in _MEASURED:
        return None
    if not head.endswith("s") and found[1] not in {"troop", "casualty"}:
        return None  # "Score: 2", "Vote: 52": a singular noun is no count
    if fate is not None and (fate in _FATES or fate in _LOST) and counts_people(found[0]):
        return "casualty", "casualty"  # "soldiers killed: 300"
    return found


def _modifier_state(s: Sentence, begin: int, end: int) -> str | None:
    """A country named before the label's first preposition: "North Korean personnel",
    "The table covers Russia", not "deployed to Russia" nor "deliveries from Korea". A lead-in
    naming two states ("Washington and Seoul agree on the force's size: 11,000 troops ...")
    names those who agree on a count, no one owner of it: None."""
    named = (s.mention_at.get(k) for k in range(begin, _head_end(s, begin, end)))
    states = {m.entity for m in named if m is not None and m.kind == "country"}
    if len(states) != 1:
        return None
    return states.pop()
