"""A denied figure quoted back: "X dismissed as fake claims that 12,000 soldiers were sent."
then '"Today it is 'twelve thousand North Korean soldiers,' tomorrow it will be something
else," X said.' The second telling holds the claim up as words (in quote marks) to mock it,
as a headline restates the body's figure (page_parts.py); it is the same denied claim, not a
new figure the text vouches for, so only the first telling, with its denial, is kept.

Only a figure inside quote marks that repeats an earlier denied figure exactly (value, what it
counts, whose), told with no source or by the denier himself (a quote running over sentences
gives its figures to the speaker after it): a figure another source claims, a figure not set
off by quote marks, or one that differs from the denied one is news of its own."""

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
        if q.value is not None and _quoted(text, q) and any(
            d.start < q.start and _same(d, q) and _unvouched(d, q) for d in denied
        ):
            continue  # 'Today it is "12,000 soldiers"': the denied claim, held up again
        out.append(q)
    return out


def _quoted(text: str, q: Quantity) -> bool:
    """The figure's span opens on its quote mark ('"12,000 soldiers"') or follows one."""
    return q.start > 0 and (text[q.start] in QUOTES or text[q.start - 1] in QUOTES)


def _unvouched(denial: Quantity, q: Quantity) -> bool:
    """No source of its own, or the denier's voice again."""
    if q.claimant is None or denial.claimant is None:
        return q.claimant is None
    told, denier = set(q.claimant.entities), set(denial.claimant.entities)
    # A denier read without a name of its own ("dismissed as a fabrication reports") is
    # taken to be the one quoted after.
    return q.claimant.name == denial.claimant.name or not denier or bool(told & denier)


def _same(a: Quantity, b: Quantity) -> bool:
    return (a.value, a.value_max, a.measure, a.actor) == (b.value, b.value_max, b.measure, b.actor)
