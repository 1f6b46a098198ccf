"""A part listed after a head count with ", including": "the North Korean contingent numbered
about 12,000 troops, including about 1,000 deminers and some 500 drone operators". The
deminers and operators are among the 12,000, so they are the same side's people; the owner
rules read each figure on its own and stop at the comma (the contingent's demonym owns only
its own clause), so the listed parts come out with no owner while the head count has one.

Only a count with no owner of its own (no money or measure: the head counts people), inside
an ", including ..." list that opens right after a people figure of the same sentence that
has one; a list after a figure of things ("1,500 vehicles, including 300 tanks") or a part
already owned is left alone."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.bare_numbers import MEASURED
from bot.nlp.casualty_counts import counts_people
from bot.nlp.context import Sentence

_LIST_WORDS = frozenset({"and", ",", "including"})
_REACH = 12  # characters of list glue between one listed part and the next: " and some "


def included_part_owners(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The sentence's figures, each unowned people figure in an ", including" list after an
    owned people figure given that figure's owner."""
    if "including" not in s.words or len(found) < 2:
        return found  # nearly every sentence: one set test
    text = s.tokens.text  # figures' offsets index the whole text
    out = list(found)
    head: Quantity | None = None  # the owned head count whose list is being read
    for i, q in enumerate(found):
        if head is not None and q.category not in MEASURED and _listed_after(text, found[i - 1], q):
            if q.actor is None:
                out[i] = replace(q, actor=head.actor)
            continue
        owned_head = q.actor is not None and counts_people(q.measure)
        head = q if owned_head and _opens_list(text, q) else None
    return out


def _opens_list(text: str, q: Quantity) -> bool:
    """Whether ", including" follows the figure right away."""
    return text[q.end : q.end + 12].lower().startswith(", including")


def _listed_after(text: str, before: Quantity, q: Quantity) -> bool:
    """Whether only list glue (", including", "and", a qualifier's words) stands between the
    figure before and this one."""
    gap = text[before.end : q.start].lower().replace(",", " , ").split()
    return len(gap) <= 4 and any(w in _LIST_WORDS for w in gap) and all(
        w.isalpha() or w == "," for w in gap
    )
