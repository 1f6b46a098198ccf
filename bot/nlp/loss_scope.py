"""Whether a count of people is a loss because its clause names losses before it ("Russian
losses ... amount to about 700,000 servicemen").

Two loss words do not carry to the count:
- past a reporting verb, which opens another reported clause: in "puts North Korean
  casualties at about 6,500 and believes some 15,000 troops have been sent" the casualties
  are the 6,500, and the 15,000 are troops;
- right after a number, where the loss word is that earlier figure's unit: "has suffered
  4,000 casualties and has sent 1,500 soldiers".
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import REPORT_VERBS

LOSS_WORDS = frozenset({"losses", "casualties", "lost", "death", "toll"})


def losses_named_before(s: Sentence, f: Figure) -> bool:
    first = s.clause_start(f.start)
    window = s.lowers[first : f.start]
    if LOSS_WORDS.isdisjoint(window):
        return False  # nearly every figure: one scan in C
    for k in range(f.start - 1, first - 1, -1):
        word = s.lowers[k]
        if word in LOSS_WORDS and (k == s.start or not s.lowers[k - 1][:1].isdigit()):
            return True
        if word in REPORT_VERBS:
            return False
    return False
