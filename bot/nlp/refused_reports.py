"""Reports a source waves away without a verb of denial: "X declined to comment on reports
that 12,000 troops ..., calling them speculation", "Asked about claims that ..., X called them
'a provocation'", or a refusal to comment followed by "We do not comment on such lies," he
said. The figure is the reports' and X rejects it: an alert on it would state as news what
the only named source calls untrue.

A plain refusal ("declined to comment on the reports") confirms nothing and denies nothing,
so it is left alone; only a verdict of untruth makes the denial.
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.context import QUOTES, Sentence

# Nouns for what others published, read as the object of the verdict.
REPORT_NOUNS = frozenset(
    {"reports", "publications", "claims", "estimates", "allegations", "statements",
     "assertions", "rumours", "rumors", "articles", "figures"}
)  # fmt: skip
_TOPIC = frozenset({"on", "about"})  # "comment on reports", "asked about claims"
_CALLING = frozenset({"called", "calling", "calls"})
_REFUSING = frozenset({"declined", "refused", "declines", "refuses"})
_OBJECTS = frozenset({"them", "it", "those", "these", "such"})
# What a verdict on a report calls it: untrue, or made up to harm.
VERDICTS = frozenset(
    {"groundless", "baseless", "unfounded", "untrue", "false", "fabricated", "fake",
     "nonsense", "fabrication", "fabrications", "lies", "lie", "disinformation", "speculation",
     "speculations", "provocation", "provocations", "propaganda", "fiction", "fantasy",
     "fantasies", "inventions", "rumours", "rumors"}
)  # fmt: skip
_VERDICT_REACH = 4  # "them 'a deliberate provocation'": quotes, an article, an adjective
_NEXT_REACH = 25


def with_refusal(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue] | None:
    """The cues with a denial by the source who calls the sentence's reports untrue; None
    when no one does. The report noun is no reporting verb then ("comment on reports by
    Kyiv that ...")."""
    refusal = _refused_report(s, cues)
    if refusal is None:
        return None
    kept = [
        c for c in cues
        if not (s.lowers[c.verb] in REPORT_NOUNS and s.lowers[c.verb - 1] in _TOPIC)
    ]  # fmt: skip
    return sorted([*kept, refusal], key=lambda c: c.verb)


def _refused_report(s: Sentence, cues: list[ClaimCue]) -> ClaimCue | None:
    """A denial cue for the source who calls the reports of the sentence untrue, or who
    declines to comment on them and calls them untrue in the next sentence."""
    words = s.words
    if REPORT_NOUNS.isdisjoint(words) or "that" not in words:
        return None
    if _CALLING.isdisjoint(words) and _REFUSING.isdisjoint(words):
        return None
    lowers = s.lowers
    report = next((k for k in range(s.start, s.end) if lowers[k] in REPORT_NOUNS), s.end)
    if "that" not in lowers[report : s.end]:
        return None  # "the reports" without what they say: no figure of theirs here
    told = {c.verb for c in cues}
    for k in range(report + 1, s.end - 1):
        if lowers[k] in _CALLING and lowers[k + 1] in _OBJECTS and _verdict(s, k + 2, s.end):
            # "..., Slutsky called them": the name before the verb; "X declined to comment
            # on ..., calling them": the subject of the refusal.
            verb = k if lowers[k - 1] != "," else _refusal(s, report)
            if verb is not None and verb not in told:
                return claim_at(s, verb, denied=True)
    refusal = _refusal(s, report)
    if refusal is not None and refusal not in told and _verdict_follows(s):
        return claim_at(s, refusal, denied=True)
    return None


def _refusal(s: Sentence, before: int) -> int | None:
    return next((k for k in range(s.start, before) if s.lowers[k] in _REFUSING), None)


def _verdict(s: Sentence, first: int, end: int) -> bool:
    lowers = s.lowers
    for k in range(first, min(end, first + _VERDICT_REACH + 1)):
        if lowers[k] in VERDICTS:
            return True
        if lowers[k] in {",", ".", ";"}:
            return False
    return False


def _verdict_follows(s: Sentence) -> bool:
    """The next sentence, a quote, dismisses what was asked about ("such fabrications")."""
    lowers = s.lowers
    end = min(len(lowers), s.end + _NEXT_REACH)
    last = s.end - 1
    while last > s.start and lowers[last].isspace():
        last -= 1
    first = s.end
    while first < end and lowers[first].isspace():
        first += 1
    # The opening quote may close the sentence before it: splitters cut after it.
    if first == end or (lowers[first] not in QUOTES and lowers[last] not in QUOTES):
        return False
    for k in range(first + 1, end - 1):
        if lowers[k] in {".", "!", "?"}:
            return False
        if lowers[k] in _OBJECTS and lowers[k + 1] in VERDICTS:
            return True
    return False
