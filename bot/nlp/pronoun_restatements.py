"""Another source's number for the count just given, its count carried by a bare "it":
"GEN. OKOYE: Our estimate is about 1,900 killed and wounded." then "REP. FIELD: Nigeria has
said publicly it's about 3,000." or "Nigeria puts it at about 3,000." Interviews and hearing
transcripts set one source's estimate against another's this way: the figure names no noun,
and "it" is the count under discussion, so the number counts what that count counted and
its owner owns it (the source named in the clause is the claimant, as for any claim).

News writes it as an estimate verb, the pronoun and "at" right before the number, or a
reporting verb, "it is/was/'s" and the number. The number must end its clause: "puts it at
3,000 metres" or "said it was 3,000 more than last year" say something else, and a bare "it"
with no saying or estimate verb ("it's 3,000 miles away", "make it 2,000") is left alone.
The comparison form ("puts it higher, at 8,000") is `pronoun_estimates`'s. A count told in a
question is the asker's guess, which no answer's "it" restates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.lexicon import ESTIMATE_VERBS, REPORT_VERBS

_PRONOUNS = frozenset({"it", "them"})
_PUT = ESTIMATE_VERBS | {"putting", "estimates", "estimated", "estimate"}
_BE = frozenset({"'s", "’s", "is", "was"})
# Words between the reporting verb and "it": "said publicly that it's", "says now it is".
_BETWEEN = frozenset({"that", "publicly", "now", "openly", "previously", "repeatedly"})
_BETWEEN_REACH = 2
_CLAUSE_ENDS = frozenset({".", "?", "!", ";", ",", '"', "”", "'", "’"})


def restated_by_it(s: Sentence, lead: int, end: int, previous: Quantity) -> bool:
    """Whether the bare number [lead, end) is a source's "puts it at N" or "said it's N",
    the count under discussion (`previous`, the count before) restated."""
    if lead - 3 <= s.start or (s.lowers[lead - 1] not in _BE and s.lowers[lead - 1] != "at"):
        return False  # nearly every number: one word compared
    if _asked(previous):
        return False
    if end < s.end and s.lowers[end] not in _CLAUSE_ENDS:
        return False  # "puts it at 3,000 more", "it's 3,000 miles": not the count
    lowers = s.lowers
    if lowers[lead - 1] == "at":
        return lowers[lead - 2] in _PRONOUNS and lowers[lead - 3] in _PUT
    if lowers[lead - 2] != "it":
        return False
    k = lead - 3
    while k > s.start and lowers[k] in _BETWEEN and lead - 3 - k < _BETWEEN_REACH:
        k -= 1
    return lowers[k] in REPORT_VERBS


# The same two forms read back from the text before a figure, once every owner pass has run.
_PUT_IT = re.compile(
    r"\b(?:puts?|putting|places?|placed|pegs?|pegged|estimates?|estimated)\s+(?:it|them)\s+at\s+$",
    re.IGNORECASE,
)
_SAID_IT = re.compile(
    r"\b(?:said|says|say|told|estimated|estimates|claimed|claims|claim|believes|believe|"
    r"reported|reports|insisted|insists)\s+(?:(?:that|publicly|now|openly|previously|"
    r"repeatedly)\s+){0,2}it(?:['’]s|\s+is|\s+was)\s+$",
    re.IGNORECASE,
)
_WINDOW = 60  # characters before the figure (which starts at its qualifier): "said publicly it's"
_ENDS = frozenset(".?!;,\"”'’")  # the bare number ends its clause: "puts it at about 3,000."
_REACH = 400  # the count "it" stands for: a turn or two back


def restated_owners(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with each "puts it at N" / "said it's N" figure given the owner of the
    count of its kind told just before, which "it" stands for."""
    out = quantities
    for k, q in enumerate(quantities):
        if q.value is None or k == 0 or text[q.end : q.end + 1] not in _ENDS:
            continue  # "said it is holding two soldiers": no bare restatement
        window = text[max(0, q.start - _WINDOW) : q.start]
        if " it" not in window or not (_PUT_IT.search(window) or _SAID_IT.search(window)):
            continue  # nearly every figure: one substring test
        before = next(
            (p for p in reversed(quantities[:k])
             if p.category == q.category and p.end <= q.start and p.actor is not None),
            None,
        )  # fmt: skip
        if before is None or q.start - before.end > _REACH or before.actor == q.actor:
            continue
        if _asked(before):
            continue
        if out is quantities:
            out = list(quantities)
        out[k] = replace(q, actor=before.actor)
    return out


def _asked(count: Quantity) -> bool:
    """Whether the count was told in a question ("Q: Are 5,000 Syrian soldiers still in
    Libya?"): the asker's guess, not an estimate, so "our services put it at 7,000" answers
    about the soldiers, not about that count (`asked_turns` leaves such answers alone)."""
    return count.sentence.rstrip().rstrip('"”’').endswith("?")
