"""A headline often names whose figure it is when the body does not: "Poland signs $2bn
deal for 48 jets" over a body that says "The procurement agency signed a contract ... worth
$2bn". The body's telling is kept (the headline's is dropped as a restatement), so it takes
the headline's owner when it has none of its own."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity


def headline_owners(quantities: list[Quantity], body: int) -> list[Quantity]:
    """Body figures without an actor given the actor of the same figure in the headline,
    which ends at char offset `body`."""
    owners = {
        (q.value, q.value_max, q.measure): q.actor
        for q in quantities
        if q.start < body and q.actor is not None and q.value is not None
    }
    if not owners:
        return quantities  # most texts: no owned figure in a headline
    return [
        replace(q, actor=owners[key])
        if q.start >= body and q.actor is None
        and (key := (q.value, q.value_max, q.measure)) in owners
        else q
        for q in quantities
    ]  # fmt: skip
