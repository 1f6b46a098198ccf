""""has about 1.2 million servicemen on active duty": "on" after an army's count usually
places a deployment ("has 600,000 troops on the front"), but "on active duty" places no
one; it says the count is the standing army, the army's whole size."""

from __future__ import annotations

from bot.nlp.context import Sentence

_DUTY = (["on", "active", "duty"], ["on", "active-duty"], ["on", "active", "service"])


def on_active_duty(s: Sentence, k: int) -> bool:
    """Whether the words from token `k` read "on active duty"."""
    return k < s.end and s.lowers[k] == "on" and any(
        s.lowers[k : k + len(words)] == words for words in _DUTY
    )
