"""Verbs with which a source sets its own count against another's before the next sentence
reports it: "Ukraine's military intelligence counts far more losses. It says the North has
lost more than 8,000", "The Pentagon gives a higher figure. It puts the number at 12,000".
The sentence reports nothing itself, but its subject is whom the next sentence's "it" means,
as with "Ukraine's GUR has given a higher estimate" (references.opening_subject). Only a verb
of counting or judging followed at once by a comparison ("far more", "a higher", "a
different"): "The NIS counts only what it can confirm" describes a method, "Russia counts on
..." no source at all."""

from __future__ import annotations

_VIEW_VERBS = frozenset({"counts", "gives", "takes", "offers", "sees", "estimates", "reckons"})
# The comparison that sets the source's count against the last one: "counts far more losses".
_COMPARING = frozenset({"more", "fewer", "higher", "lower", "different", "bigger", "smaller",
                        "larger", "far", "many", "much"})  # fmt: skip
_REACH = 2  # "gives a higher", "counts far more"


def view_verb(lowers: list[str], k: int, end: int) -> bool:
    """Whether token `k` is a verb of counting whose next words (before `end`) compare."""
    if lowers[k] not in _VIEW_VERBS:
        return False
    return not _COMPARING.isdisjoint(lowers[k + 1 : min(end, k + 1 + _REACH)])
