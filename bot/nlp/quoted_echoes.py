"""A denied figure quoted back: "X dismissed as fake claims that 12,000 soldiers were sent."
then '"Today it is 'twelve thousand North Korean soldiers,' tomorrow it will be something
else," X said.' The second telling holds the claim up as words (in quote marks) to mock it,
as a headline restates the body's figure (page_parts.py); it is the same denied claim, not a
new figure the text vouches for, so only the first telling, with its denial, is kept.

Only an unattributed figure inside quote marks that repeats an earlier denied figure exactly
(value, what it counts, whose): a figure anyone claims for themselves, a figure not set off
by quote marks, or one that differs from the denied one is news of its own."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import QUOTES


def drop_quoted_echoes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` without unattributed quoted repeats of a figure denied before them."""
    denied = [q for q in quantities if q.claimant is not None and q.claimant.denied]
    if not denied:
        return quantities  # nearly every text: nothing denied
    out: list[Quantity] = []
    for q in quantities:
        if q.value is not None and q.claimant is None and _quoted(text, q) and any(
            d.start < q.start and _same(d, q) for d in denied
        ):
            continue  # 'Today it is "12,000 soldiers"': the denied claim, held up again
        out.append(q)
    return out


def _quoted(text: str, q: Quantity) -> bool:
    """The figure's span opens on its quote mark ('"12,000 soldiers"') or follows one."""
    return q.start > 0 and (text[q.start] in QUOTES or text[q.start - 1] in QUOTES)


def _same(a: Quantity, b: Quantity) -> bool:
    return (a.value, a.value_max, a.measure, a.actor) == (b.value, b.value_max, b.measure, b.actor)
