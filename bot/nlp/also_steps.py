"""A step told with "also" is a further step, never the news step told again: "The State
Duma ratified the agreement on labour ... The deputies also ratified a protocol on the
bridge." A retelling adds detail to the step already told ("The deputies backed the
agreement by 401 votes"); "also" adds another act of the same kind, so the step history must
not fold it into the first one as its repetition."""

from __future__ import annotations

import re

# "also ratified", "also unanimously approved", "also signed".
_ALSO_STEP = re.compile(
    r"\balso (?:\w+ )?(?:ratif|approv|sign|back|pass|adopt|endors)\w*", re.IGNORECASE
)


def also_step(sentence: str) -> bool:
    """Whether `sentence` tells its step with "also" before the step verb."""
    return "also" in sentence and _ALSO_STEP.search(sentence) is not None
