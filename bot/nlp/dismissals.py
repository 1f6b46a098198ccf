"""Claims a source dismisses as untrue: "X said reports of 1,500 troops were groundless" is
X's denial of the figure, not X's claim of it, and so is "X says the enemy spreads the false
propaganda that 2,000 soldiers were killed" (the untrue noun opens the clause it calls
untrue)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant
from bot.nlp.asked_asides import asked_aside_verdict
from bot.nlp.asked_by_sources import asked_by_sources
from bot.nlp.asked_verdicts import asked_verdict
from bot.nlp.branded_verdicts import branded_content, information_verdict
from bot.nlp.branding_participles import BRANDING_PARTICIPLES, participle_brander
from bot.nlp.by_sources import by_source_cues
from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.claims import find_claims
from bot.nlp.commented_verdicts import TRIGGERS as COMMENTING
from bot.nlp.commented_verdicts import commented_verdicts
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.coordinated_denials import coordinated_denials
from bot.nlp.coordinated_verdicts import predicate_end
from bot.nlp.dated_verdicts import opens_dated_content
from bot.nlp.denounced_claimants import denounced_claim_cues
from bot.nlp.described_denials import described_denials
from bot.nlp.distrusted_answers import DISTRUST_WORDS
from bot.nlp.joined_reports import JOINS, SAYING_WORDS, joined_reports
from bot.nlp.lexicon import DENY_VERBS
from bot.nlp.owned_claims import past_claim_owner
from bot.nlp.paired_speakers import paired_speakers
from bot.nlp.reality_verdicts import reality_verdict
from bot.nlp.refused_reports import REPORT_NOUNS, VERDICTS, with_refusal
from bot.nlp.shared_speakers import JOINS as SHARING_JOINS
from bot.nlp.shared_speakers import shared_speakers
from bot.nlp.story_verdicts import story_verdict
from bot.nlp.trigger_passes import Passes, Triggered
from bot.nlp.untrue_verdicts import UNTRUE_WORDS, verdict_cue, with_verdict
from bot.nlp.verdict_scopes import verdict_scope
from bot.nlp.writer_denials import writer_denial

# Predicates that call what they are said of untrue.
_DISMISSIVE = frozenset(
    {"groundless", "baseless", "unfounded", "untrue", "false", "fabricated", "fake",
     "nonsense", "fabrication", "fabrications", "lies", "lie", "disinformation",
     "speculation", "invention", "fiction", "myth", "fakes", "inventions", "fictions",
     "myths", "fantasy", "fantasies", "falsehood", "falsehoods",
     # "the figure ... was exaggerated hype", "the reports are overblown": told too high is
     # disputed too (only after a verb of being or as a branding, see `_dismissed`)
     "exaggerated", "exaggeration", "hype", "overblown", "inflated",
     # "another canard": Russian officials' stock word for a false report, in translation
     "canard", "canards"}
)  # fmt: skip
# "are not confirmed by anything", "has not been substantiated": a claim declared unproven
# is disputed, as one declared false is.
_UNPROVEN = frozenset({"confirmed", "substantiated", "proven", "proved", "corroborated"})
# Without a cue of `find_claims`, a sentence needs one of these (or a report noun and "that",
# or "not" and an unproven word) for a pass of `_claims_with_dismissals` to find one: the
# first set tests of `joined_reports`, `verdict_cue` and the dismissive check below.
_QUIET = SAYING_WORDS | UNTRUE_WORDS | _DISMISSIVE
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
# "is a sheer fabrication", "an utter lie": emphasis between the verb and the verdict.
_INTENSIFIERS = frozenset({"sheer", "utter", "outright", "complete", "total", "an", "blatant"})


def find_claims_with_dismissals(s: Sentence) -> list[ClaimCue]:
    """The sentence's claim cues, a reporting verb turned into a denial when what it reports
    is called untrue ("... were 'groundless'", "is pure fabrication"); with none, the source
    of "asked about claims by X that N" (by_sources.py)."""
    cues = _claims_with_dismissals(s)
    if not cues:
        return by_source_cues(s) or denounced_claim_cues(s) or described_denials(s)
    return cues + asked_by_sources(s, cues)


def _claims_with_dismissals(s: Sentence) -> list[ClaimCue]:
    cues = find_claims(s)
    words = s.words
    if not cues and _QUIET.isdisjoint(words) and (
        REPORT_NOUNS.isdisjoint(words) or "that" not in words
    ) and ("not" not in words or _UNPROVEN.isdisjoint(words)):
        return cues  # most sentences: no cue, and no word any pass below finds one by
    cues = _CUE_PASSES.run(s, cues)
    refused = with_refusal(s, cues)
    if refused is not None:
        return refused
    verdict = verdict_cue(s)
    if verdict is not None:
        return with_verdict(cues, verdict)
    if cues and (against := reality_verdict(s)) is not None:  # "has nothing to do with reality"
        scope = verdict_scope(s, cues, frozenset(), against)
        return [_deny(c) if scope <= c.verb < against else c for c in cues]
    if cues and (against := information_verdict(s)) is not None:  # "an information provocation"
        scope = verdict_scope(s, cues, frozenset(), against)
        return [_deny(c) if scope <= c.verb < against else c for c in cues]
    if _DISMISSIVE.isdisjoint(words) and ("not" not in words or _UNPROVEN.isdisjoint(words)):
        return cues
    branding = _branding(s, cues)
    if branding is not None:  # "called reports of N 'a fabrication'": the reports are denied
        cues = branded_content(s, cues, branding, _DISMISSIVE)
        cues = sorted([*cues, branding], key=lambda c: c.verb)
    if not cues:  # "X spread the lie that N ...", "The story that N ... is a fabrication"
        return writer_denial(s, _DISMISSIVE, _opens_content) or story_verdict(s, _DISMISSIVE)
    if not _dismissed(s):
        return cues
    # A cue without its claimant yet ("..., it adds") is a denial by whoever it turns out
    # to be.
    scope = verdict_scope(s, cues, _DISMISSIVE)
    return [c if c.verb < scope else _deny(c) for c in cues]


# The passes that join, pair or deny the verbs' cues, in order, each with the words its own
# first set test needs one of.
_CUE_PASSES = Passes(
    Triggered(shared_speakers, SHARING_JOINS),  # "X said ... and would ..."
    Triggered(coordinated_denials, DENY_VERBS),  # "X said ... and denied ..."
    # "Seoul's minister Kim and U.S. Secretary Austin said"
    Triggered(paired_speakers, frozenset({"and"})),
    Triggered(joined_reports, JOINS),  # "The Pentagon declined to comment but said N"
    # "Asked about claims that N ..., X said ... speculation"
    Triggered(asked_verdict, VERDICTS | DISTRUST_WORDS),
    # "X, asked about claims that N ..., said ... speculation"
    Triggered(asked_aside_verdict, VERDICTS | DISTRUST_WORDS),
    Triggered(commented_verdicts, COMMENTING),  # 'did not comment on "speculation"'
)


def _deny(c: ClaimCue) -> ClaimCue:
    if c.denied:
        return c
    if c.claimant is None:
        return c._replace(denied=True)
    return c._replace(denied=True, claimant=replace(c.claimant, denied=True))


def _dismissed(s: Sentence) -> bool:
    for k in range(s.start + 1, s.end):
        if s.lowers[k] in _UNPROVEN and _unproven(s, k):
            return True
        if s.lowers[k] not in _DISMISSIVE:
            continue
        j = k - 1
        while j > s.start and (s.lowers[j] in QUOTES or s.lowers[j] in {"pure", "completely",
                                                                        "totally", "a"}
                                   or s.lowers[j] in _INTENSIFIERS):
            j -= 1
        if s.lowers[j] in _BE or _opens_content(s, k):
            return True
    return False


def _unproven(s: Sentence, k: int) -> bool:
    """"are not confirmed", "have not been substantiated": a verb of being, then "not"."""
    before = [w for w in s.lowers[max(s.start, k - 4) : k] if w not in QUOTES]
    return before[-2:] == ["not", "been"] or (
        before[-1:] == ["not"] and before[-2:-1] != [] and before[-2] in _BE
    )


# Nouns of what is told, which "that" after them opens ("the false claim that ...").
_CONTENT_NOUNS = frozenset(
    {"propaganda", "claim", "claims", "report", "reports", "allegation", "allegations",
     "story", "stories", "rumour", "rumours", "rumor", "rumors", "assertion", "assertions"}
)  # fmt: skip


def _opens_content(s: Sentence, k: int) -> bool:
    """"the false propaganda that", "the fabrication that", '"the sheer lie" that': the
    verdict at token k is on the clause "that" opens."""
    if s.lowers[k + 1 : k + 2] != [] and s.lowers[k + 1] in QUOTES:
        k += 1  # '"spreading the sheer lie" that ...': the quoted verdict closes first
    after = s.lowers[k + 1 : k + 3]
    return (
        after[:1] == ["that"]
        or (len(after) == 2 and after[0] in _CONTENT_NOUNS and after[1] == "that")
        or opens_dated_content(s, k)  # "a fabrication on November 4, that ..."
    )


# "denounced as 'a sheer fabrication' the claim that ...", "branded the reports a fake",
# "called unfounded the statements that ...": a verb of condemnation that names its object
# untrue is a denial by its subject; on its own ("Kyiv denounced the strike that killed 12",
# "called for talks") it disputes no figure.
_BRANDING = frozenset(
    {"denounced", "denounces", "denounce", "branded", "brands", "brand", "condemned",
     "condemns", "slammed", "slams", "labelled", "labeled", "labels", "decried", "decries",
     "called", "calls", "described", "describes", "describe", "characterised",
     "characterized", "characterises", "characterizes", "portrayed", "portrays",
     *BRANDING_PARTICIPLES}
)  # fmt: skip
_VERDICT_REACH = 12


def _branding(s: Sentence, cues: list[ClaimCue]) -> ClaimCue | None:
    """A denial cue for a verb of condemnation followed by a verdict of untruth."""
    if _BRANDING.isdisjoint(s.words):
        return None
    told = {c.verb for c in cues}
    for k in range(s.start + 1, s.end):
        if s.lowers[k] not in _BRANDING or k in told:
            continue
        window = s.lowers[k + 1 : min(s.end, k + 1 + _VERDICT_REACH)]
        if not _DISMISSIVE.isdisjoint(window) or _closing_verdict(s, k) or _described_as(s, k):
            # "..., calling it a fake": a participle speaks for the finite verb's subject
            return participle_brander(s, cues, k) or claim_at(s, k, denied=True)
    return None


_CLOSERS = frozenset({".", "!", ",", ";"}) | QUOTES


def _closing_verdict(s: Sentence, k: int) -> bool:
    """"called claims by Seoul that 1,500 soldiers had been sent to the Far East 'a
    fabrication'": when the verb's object is a claim noun, its "that" clause may run past
    the usual reach, and the verdict closes the sentence (only quotes and stops after it).
    A verdict word inside the clause or after it ("..., though the fake videos ...") is no
    verdict on the claim."""
    j = _content_noun(s, k + 1)
    if j is None:
        return False
    last = predicate_end(s, j, _DISMISSIVE)  # '"fabrications" and declined to comment'
    while last > j and s.lowers[last] in _CLOSERS:
        last -= 1
    if s.lowers[last] in _DISMISSIVE:
        return "that" in s.lowers[j + 1 : last]
    return _closing_phrase(s, j, last)


# "called Western reports that ...", "the latest media claims that ...": who told it or
# when, before the claim noun. A capitalised word (a demonym, an outlet) or one of these.
_CLAIM_MODIFIERS = frozenset(
    {"the", "these", "those", "recent", "latest", "new", "earlier", "unconfirmed", "foreign",
     "media", "press", "western", "such", "repeated", "persistent", "numerous"}
)  # fmt: skip
_MAX_MODIFIERS = 3


def _content_noun(s: Sentence, j: int) -> int | None:
    """The claim noun the verb's object opens with at j ("the reports", "Western reports",
    "recent Ukrainian media claims"), past a few modifiers; None if it opens otherwise."""
    j = past_claim_owner(s, j)  # "Seoul's claim that ...", "the puppets' claims that ..."
    stop = min(s.end, j + _MAX_MODIFIERS + 1)
    while j < stop and s.lowers[j] not in _CONTENT_NOUNS | _MEDIA_NOUNS:
        if s.lowers[j] not in _CLAIM_MODIFIERS and not s.texts[j][:1].isupper():
            return None
        j += 1
    return j if j < stop else None


# "called the publications in Western media about ..." names what was told by its medium.
_MEDIA_NOUNS = frozenset({"publications", "articles", "media"})
_TOPIC_OPENERS = frozenset({"that", "about", "of", "on"})
_TOPIC_REACH = 8  # "the publications in Western and South Korean media about"
_QUOTE_REACH = 12  # '"one more fake of the Anglo-Saxon propaganda"'


def _closing_phrase(s: Sentence, j: int, last: int) -> bool:
    """'called the publications about "thousands of soldiers" sent to Kursk "one more fake of
    the Anglo-Saxon propaganda"': translated copy closes on a quoted verdict phrase, the
    untrue noun inside it followed by its own words, and opens the reports' topic with
    "about" as often as with "that". The quote must close the sentence."""
    if s.lowers[last + 1 : last + 2] == [] or s.lowers[last + 1] not in QUOTES:
        return False
    opening = next(
        (i for i in range(last, max(j, last - _QUOTE_REACH), -1) if s.lowers[i] in QUOTES), None
    )
    if opening is None or _DISMISSIVE.isdisjoint(s.lowers[opening + 1 : last + 1]):
        return False
    return not _TOPIC_OPENERS.isdisjoint(s.lowers[j + 1 : j + 1 + _TOPIC_REACH])


# "described reports of thousands of soldiers sent to Kursk as 'disinformation'": a verb of
# describing names its verdict only after "as", past an object as long as a whole report.
_DESCRIBING = frozenset(
    {"described", "describes", "describe", "characterised", "characterized", "characterises",
     "characterizes", "portrayed", "portrays"}
)  # fmt: skip
_OBJECT_REACH = 30
_AS_REACH = 5  # 'as "another piece of disinformation"'


def _described_as(s: Sentence, k: int) -> bool:
    """Whether the verb at k describes its object "as" something untrue."""
    if s.lowers[k] not in _DESCRIBING or "as" not in s.words:
        return False
    for j in range(k + 2, min(s.end, k + 1 + _OBJECT_REACH)):
        if s.lowers[j] == "as" and not _DISMISSIVE.isdisjoint(s.lowers[j + 1 : j + 1 + _AS_REACH]):
            return True
    return False


# ", saying about 14,000 had been deployed": after dismissing a claim, the source's own figure.
_OWN_WORDS = frozenset({"saying", "adding", "noting", "estimating", "putting"})
# "called the accusations 'a lie' and said Ukraine had lost 28,000": a second finite verb of
# saying, joined by "and", tells the source's own claim after its denial.
_OWN_SAYING = frozenset({"said", "says", "added", "adds", "noted", "stated", "claimed"})


def own_figure_claimant(s: Sentence, cues: list[ClaimCue], position: int) -> Claimant | None:
    """The source of a denial, undenied, for a figure it gives after ", saying" (a figure
    before it is the one denied)."""
    for cue in cues:
        if not cue.denied or cue.claimant is None or cue.verb >= position:
            continue
        for k in range(cue.verb + 1, position):
            if s.lowers[k] in _OWN_WORDS and s.lowers[k - 1] == ",":
                return replace(cue.claimant, denied=False)
            if s.lowers[k] in _OWN_SAYING and s.lowers[k - 1] == "and":
                return replace(cue.claimant, denied=False)
    return None
