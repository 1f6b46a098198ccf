"""Men "put out of action" are casualties: "about 4,000 servicemen had been put out of
action", "the strikes put 300 soldiers out of action". Military and Russian-translated prose
counts the killed and wounded together this way where a wire writes "killed or wounded";
without this the figure counts the troops sent, and fires a watch on a deployment.

Only people (the caller's test) and only the idiom with "out of action": "put into action",
"put 12 tanks out of action" (equipment) keep their measures.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_BEFORE = frozenset(
    {"have", "has", "had", "been", "be", "being", "are", "were", "is", "was", "already",
     "reportedly", "since", "now", "all"}
)  # fmt: skip
_PUTTING = frozenset({"put", "puts", "putting", "taken", "took", "knocked"})
_IDIOM = ["out", "of", "action"]


def put_out_of_action(s: Sentence, f: Figure) -> bool:
    """Whether the counted people are told as put out of action, after the count ("had been
    put out of action") or around it ("put 300 soldiers out of action")."""
    if "action" not in s.words:
        return False  # nearly every sentence: one set test
    k = f.unit_end
    if s.lowers[k : k + 3] == _IDIOM:
        return f.start > s.start and s.lowers[f.start - 1] in _PUTTING  # "put 300 men out ..."
    while k < s.end and s.lowers[k] in _BEFORE:
        k += 1
    if k < s.end and s.lowers[k] in _PUTTING:
        k += 1
    return k > f.unit_end and s.lowers[k : k + 3] == _IDIOM
