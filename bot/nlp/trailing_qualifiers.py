"""A qualifier set after the number: "an additional 3,000 or so troops", "10,000 or more
soldiers". Korean and Japanese agency English often puts the hedge behind the figure; read
in front-only, "or" cut the number from its noun and the figure was lost. Only a number
written in digits takes it: "one or more suspects" counts nobody in particular."""

from __future__ import annotations

from bot.nlp.context import Sentence

_TRAILING = {"so": "about", "more": "at least", "fewer": "at most", "less": "at most"}


def trailing_qualifier(s: Sentence, num_start: int, k: int) -> tuple[int, str | None]:
    """(the token after "or so" / "or more" at `k`, its canonical qualifier), or (k, None)."""
    if k + 2 >= s.end or s.lowers[k] != "or" or not s.lowers[num_start][:1].isdigit():
        return k, None
    qualifier = _TRAILING.get(s.lowers[k + 1])
    return (k + 2, qualifier) if qualifier is not None else (k, None)
