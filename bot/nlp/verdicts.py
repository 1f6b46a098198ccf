"""One reading of a sentence that calls what was just told untrue: "This is nothing but a
sheer fabrication", "These claims are pure fiction", "All of this is a lie". It names no one
and reports nothing of its own; it is the voice speaking in the text passing a verdict on the
sentences before. Two users act on it: `told_verdicts` (figures told as someone's claim) and
`back_verdicts` (figures told with no source).

"This is a worrying escalation" calls nothing untrue, "This is a big lie" is read no further
than its adjective (only adjectives of contempt, "a clumsy fabrication", pass), and "It is
a lie that the drills are over" opens a claim of its own. The verdict noun may also be the
subject ("Such a fabrication is an insult to ..."), its verb right after it."""

from __future__ import annotations

from bot.nlp.context import QUOTES

# Verdict nouns. They also make a sentence worth reading (`candidates`): without a number,
# a treaty word or a reporting verb it would be skipped.
VERDICT_NOUNS = frozenset(
    {"fabrication", "fabrications", "lie", "lies", "falsehood", "falsehoods", "hoax", "hoaxes",
     "fiction", "fake", "fakes", "nonsense", "disinformation", "invention", "fantasy", "farce"}
)  # fmt: skip
_VERDICTS = VERDICT_NOUNS | frozenset(
    {"groundless", "baseless", "unfounded", "untrue", "false", "fabricated"}
)
_POINTERS = frozenset({"this", "that", "it", "these", "those", "such", "all"})
# "These claims are", "All of this is": words between the pointer and the verb.
_SUBJECTS = frozenset(
    {"claim", "claims", "report", "reports", "allegation", "allegations", "of", "this", "that"}
)
_MAX_SUBJECT = 2
_BE = frozenset({"is", "are", "was", "were", "'s", "’s"})
# "is nothing but a sheer fabrication", "is no more than a lie": words before the verdict.
_FILLERS = QUOTES | frozenset(
    {"nothing", "but", "a", "an", "pure", "sheer", "utter", "complete", "total", "outright",
     "blatant", "mere", "simply", "just", "another", "only", "absolute", "yet", "all", "no",
     "more", "than", "of", "this", "that"}
)  # fmt: skip
# "is nothing but a clumsy fabrication", "a crude lie": state and ministry copy scorns what it
# calls untrue. Adjectives of contempt only: one of size or kind ("a big lie", "a science
# fiction") may name something else, so the list stays closed.
_SCORN = frozenset(
    {"clumsy", "crude", "shameless", "brazen", "absurd", "malicious", "cynical", "ridiculous",
     "monstrous", "vile", "despicable", "preposterous", "deliberate", "gross", "impudent",
     "clumsily", "crudely", "deceitful", "malign", "slanderous", "wild"}
)  # fmt: skip


def opens_verdict(lowers: list[str], start: int, end: int) -> bool:
    """Whether the sentence [start, end) opens "This is (nothing but a sheer) fabrication"."""
    k = start
    while k < end and lowers[k] in QUOTES:
        k += 1
    if k >= end or lowers[k] not in _POINTERS:
        return False  # nearly every sentence: one set lookup
    k += 1
    if _verdict_subject(lowers, k, end):
        return True  # "Such a fabrication is an insult to the heroes"
    subject_end = min(end, k + _MAX_SUBJECT)
    while k < subject_end and lowers[k] in _SUBJECTS:
        k += 1
    if k >= end or lowers[k] not in _BE:
        return False
    k += 1
    while k < end and (lowers[k] in _FILLERS or lowers[k] in _SCORN):
        k += 1
    if k >= end or lowers[k] not in _VERDICTS:
        return False
    return lowers[k + 1 : k + 2] != ["that"]


# "Such a fabrication is an insult", "This lie deserves only contempt": the verdict noun is
# the subject itself, pointing back at what was told, and the clause goes on with its verb.
# Only verbs that may follow such a subject at once: "This lie detector" names a thing.
_SUBJECT_VERBS = _BE | frozenset(
    {"has", "have", "had", "deserves", "deserve", "insults", "insult", "shows", "show",
     "proves", "prove", "reveals", "reveal", "exposes", "expose", "only", "cannot", "can",
     "will", "must", "should", "aims", "aim", "serves", "serve"}
)  # fmt: skip
_ARTICLES = frozenset({"a", "an"})


def _verdict_subject(lowers: list[str], k: int, end: int) -> bool:
    """Whether "(a) (scornful adjectives) <verdict noun> <verb>" starts at token k, right
    after the pointer."""
    if k < end and lowers[k] in _ARTICLES:
        k += 1
    while k < end and lowers[k] in _SCORN:
        k += 1
    return k + 1 < end and lowers[k] in VERDICT_NOUNS and lowers[k + 1] in _SUBJECT_VERBS
