"""A claim its speaker calls untrue with "as": "the ministry described reports that 5,000
troops were there as 'a fabrication'", "dismissed Western claims of '10,000 soldiers' as
lies". The verdict closes a long object, often a whole reported clause, so it sits far past
the verb; the subject of the verb is the one who denies the figure, not whoever made it.
"called talk of 12,000 troops 'another hoax'" says the same with no "as": the verdict is the
complement of the calling verb's object."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.quoted_verdicts import quoted_verdict

_VERDICT_VERBS = frozenset(
    {"described", "describes", "describe", "dismissed", "dismisses", "dismiss", "rejected",
     "rejects", "reject", "characterised", "characterized", "characterises",
     "characterizes", "portrayed", "portrays", "denounced", "denounces", "branded", "brands"}
)  # fmt: skip
UNTRUE_WORDS = frozenset(
    {"fake", "fakes", "lie", "lies", "lying", "fabrication", "fabrications", "fabricated",
     "groundless", "baseless", "unfounded", "untrue", "false", "nonsense", "disinformation",
     "propaganda", "fiction", "myth", "speculation", "rumours", "rumors", "provocation",
     "hoax", "hoaxes"}
)  # fmt: skip
# What may stand between "as" and the verdict: "as 'another fake'", "as a pure invention".
_LEAD_INS = frozenset({"a", "an", "another", "just", "pure", "sheer", "utter", "complete",
                       "outright", "blatant", "mere", "more", "total"})  # fmt: skip
_REACH = 40  # the reported clause between verb and "as" can run long


def verdict_cue(s: Sentence) -> ClaimCue | None:
    """A denial cue at the verb of "<verb> ... as <untrue>" or "called ... <untrue>", or
    None."""
    words = s.words
    if UNTRUE_WORDS.isdisjoint(words):
        return None  # nearly every sentence: one scan in C
    with_as = "as" in words and not _VERDICT_VERBS.isdisjoint(words)
    if not with_as and _CALLING.isdisjoint(words):
        return None
    for k in range(s.start + 1, s.end):
        if with_as and s.lowers[k] in _VERDICT_VERBS:
            for j in range(k + 2, min(s.end, k + _REACH)):
                if s.lowers[j] == "as" and _untrue_after(s, j):
                    return _denier(s, k)
        elif s.lowers[k] in _CALLING and (
            _called_untrue(s, k) or quoted_verdict(s, k, UNTRUE_WORDS)  # 'reports that N "lies"'
        ):
            return _denier(s, k)
    return None


# "called talk of 12,000 troops 'another hoax'": a verb whose object's complement, with no
# "as", is the verdict.
_CALLING = frozenset({"called", "calls", "call", "labelled", "labeled", "termed", "dubbed"})
_OBJECT_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "while", "that", "to"})


def _called_untrue(s: Sentence, verb: int) -> bool:
    """Whether an untrue verdict closes the object of the calling verb at `verb`, within
    its clause: "called reports of N troops a hoax", not "called for talks" or "called it
    a day"."""
    for j in range(verb + 2, min(s.end, verb + _REACH)):
        word = s.lowers[j]
        if word in UNTRUE_WORDS:
            k = j - 1
            while k > verb and (s.lowers[k] in QUOTES or s.lowers[k] in _LEAD_INS):
                k -= 1
            return k > verb  # an object stands between the verb and the verdict
        if word in _OBJECT_BREAKS:
            return False
    return False


def _denier(s: Sentence, verb: int) -> ClaimCue | None:
    cue = claim_at(s, verb, denied=True)
    if cue is not None and cue.start > verb:
        return _set_off_name(s, verb)  # what follows is the denied claim's maker
    return cue


def _set_off_name(s: Sentence, verb: int) -> ClaimCue | None:
    """ "Russia's ambassador to the United Nations, Vasily Nebenzia, dismissed ...": the
    name between the commas before the verb."""
    end = verb - 1
    if end <= s.start or s.lowers[end] != ",":
        return None
    start = end
    while start > s.start and s.texts[start - 1][:1].isupper() and s.lowers[start - 1] != ",":
        start -= 1
    if start == end or start == s.start or s.lowers[start - 1] != ",":
        return None
    claimant = name_claimant(s, start, end, denied=True)
    return None if claimant is None else ClaimCue(verb, start, end, claimant, True)


def _untrue_after(s: Sentence, as_at: int) -> bool:
    k = as_at + 1
    while k < s.end and (s.lowers[k] in QUOTES or s.lowers[k] in _LEAD_INS):
        k += 1
    return k < s.end and s.lowers[k] in UNTRUE_WORDS


def with_verdict(cues: list[ClaimCue], verdict: ClaimCue) -> list[ClaimCue]:
    """The cues with the verdict's in place of any other read at or after its verb: what
    follows the verb is the claim denied ("Western reports of ..."), not a source of its own."""
    kept = [c for c in cues if c.verb < verdict.verb and c.end <= verdict.start]
    return [*kept, verdict]
