"""Bare answers to a labelled transcript's question about losses: "SEN. HOLLOWAY: And their
losses since they entered the fight?" then "GEN. MENDEZ: Killed and wounded, north of 6,000."
The question names the losses, not whose people they are, so `asked_turns` (which needs a
side's people in the question) leaves the number; it counts the dead and wounded the question
asked about. Whose they are is the side the questions were about (answered_sides). Only the
answer's lead number is read so: a number deeper in the turn may count something else."""

from __future__ import annotations

from bot.nlp.asked_turns import line_before
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence

_LOSSES = ("losses", "casualties", "killed", "wounded", "dead", "death toll", "lost")
_LABEL_REACH = 40  # a label is a name or a role: a longer run before a colon is prose
_LEAD_REACH = 40  # characters from the label to the number: "Killed and wounded, north of"


def asked_loss_count(s: Sentence, n: BareNumber) -> Implied | None:
    """The lead bare number of an answer turn right after a labelled question about losses,
    as a casualty count with no side yet; None otherwise."""
    text = s.tokens.text
    at = s.tokens.idxs[n.num]
    line = text.rfind("\n", 0, at) + 1
    colon = text.find(": ", line, min(at, line + _LABEL_REACH))
    if colon < 0 or not text[line : line + 1].isupper() or at - colon > _LEAD_REACH:
        return None  # nearly every number: no speaker's label just before it on its line
    if any(c.isdigit() for c in text[colon:at]) or not s.texts[n.num][:1].isdigit():
        return None  # "In 2024, 3,000 ...": the lead number is another; "several" is vague
    asked_start, asked_end = line_before(text, line)
    q_colon = text.find(": ", asked_start, min(asked_end, asked_start + _LABEL_REACH))
    if q_colon < 0 or text[asked_end - 1 : asked_end] != "?":
        return None  # the turn before is no labelled question
    asked = text[q_colon:asked_end].lower()
    if any(c.isdigit() for c in asked) or not any(w in asked for w in _LOSSES):
        return None  # a question about a figure, or about anything but losses
    return figure_like(n, ("casualty", "casualty"), "casualty"), None
