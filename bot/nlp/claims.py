"""Who says so: reporting verbs ("X said", "said X", "according to X", "X told reporters")
and denials ("X dismissed the reports", "X has denied this") with their subjects.

How a claimant's name reads in an alert is claimant_names.py's part.
"""

from __future__ import annotations

from bot.nlp.acronym_asides import before_aside
from bot.nlp.agent_statements import agent_statement_cues
from bot.nlp.agreed_sources import AGREE_VERBS, agreed_cues
from bot.nlp.appositive_verbs import after_named_aside
from bot.nlp.as_agent_sources import AS_PARTICIPLES, as_agent_cues
from bot.nlp.as_sources import as_clause_cues
from bot.nlp.citing_sources import citing_cues
from bot.nlp.claim_affiliations import with_affiliation
from bot.nlp.claim_subjects import (
    ClaimCue,
    appositive_subject,
    claim_at,
    right_subject,
    subject_cue,
    subject_start,
)
from bot.nlp.claimant_names import name_claimant
from bot.nlp.clause_sources import clause_source_cues
from bot.nlp.context import Sentence
from bot.nlp.counting_sources import COUNTING_VERBS, counting_source_cues
from bot.nlp.demonym_nouns import after_demonym
from bot.nlp.fronted_verdicts import verb_before_fronted_as
from bot.nlp.joined_estimates import joined_owner_start
from bot.nlp.known_as_asides import known_as_subject
from bot.nlp.lexicon import (
    AUXILIARIES,
    CLAUSE_BREAKS,
    DENY_VERBS,
    ESTIMATE_VERBS,
    NEGATIONS,
    NUMBER_WORDS,
    PRONOUNS,
    REPORT_VERBS,
)
from bot.nlp.matched_figures import GIVING_VERBS, given_figure_cues
from bot.nlp.noun_disputes import noun_dispute
from bot.nlp.participle_denials import DENYING_PARTICIPLES, participle_denials
from bot.nlp.passive_sources import agent_after
from bot.nlp.perceived_reports import PERCEIVING
from bot.nlp.plural_speakers import plural_speaker_verb
from bot.nlp.possessive_spokespeople import possessive_spokesperson
from bot.nlp.possessive_statements import STATEMENT_NOUNS, possessive_statement_cues
from bot.nlp.relative_asides import aside_close
from bot.nlp.relative_speakers import relative_speaker, speaker_before_relative
from bot.nlp.revised_counts import REVISING, revised_count_cues
from bot.nlp.trigger_passes import Passes, Triggered, adding

# Before these a reporting word is a noun ("dismissed reports", "the claims").
# Reporting words that are also plural or singular nouns.
_AMBIGUOUS = frozenset(
    {"reports", "report", "claims", "claim", "estimates", "estimate", "states", "notes",
     "adds", "indicates", "suggests", "alleges", "writes"}
)  # fmt: skip
_BASE_FORMS = frozenset({"report", "claim", "estimate"})
_AMBIGUOUS_OR_DENY = _AMBIGUOUS | DENY_VERBS  # built once, not per reporting verb
_NOUN_MARKERS = frozenset(
    {
        "the", "a", "an", "these", "those", "such", "media", "news", "its", "their", "his",
        "her", "our", "earlier", "previous", "some", "any", "no", "of", "about", "recent",
        "unconfirmed", "intelligence", "press", "official", "initial", "first", "latest",
        # "both states", "member states", "Baltic states": the polity, not "states that"
        "both", "member", "all", "other", "many", "several", "two", "three", "baltic", "gulf",
        "nuclear", "neighbouring", "neighboring", "allied", "sovereign", "nordic",
        # "rejected as groundless reports that ...": a verdict makes "reports" the noun
        "groundless", "baseless", "unfounded", "false", "fake", "fabricated", "western",
    }
)  # fmt: skip
# "..., claiming that ...": a participle that, like "saying", speaks for the clause's subject.
_SPEAKING = frozenset({"saying", "claiming"})
# "Seoul speaks of about 11,000", "the Pentagon had spoken of several hundred": a source's
# figure, told only with "of" after the verb ("spoke to reporters" is read by "said" after).
_SPOKEN_OF = frozenset({"speaks", "spoke", "spoken"})
CLAIM_WORDS = (
    REPORT_VERBS | DENY_VERBS | ESTIMATE_VERBS | {"according"} | _SPEAKING | _SPOKEN_OF
)
_BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were"})
def find_claims(s: Sentence) -> list[ClaimCue]:
    cues: list[ClaimCue] = []
    lowers = s.lowers
    words = CLAIM_WORDS
    for i in s.positions(words):
        word = lowers[i]
        if word == "according":
            if i + 1 < s.end and lowers[i + 1] == "to":
                cue = right_subject(s, i, _past_source_noun(s, i + 2), denied=False)
                if cue is not None:
                    cues.append(cue)
            continue
        if word in _SPOKEN_OF and lowers[i + 1 : i + 2] != ["of"]:
            continue
        if word in _SPEAKING:
            cue = _saying(s, i)
            if cue is not None:
                cues.append(cue)
            continue
        if _passive(s, i):
            # "drivers were told to ...", "casualties are estimated at": the subject heard or
            # is counted; only a "by" agent says so.
            if (agent := agent_after(s, i)) is not None:  # "was stated on Friday by X"
                cue = right_subject(s, i, agent, denied=word in DENY_VERBS)
                if cue is not None:
                    cues.append(cue)
            continue
        if word in ESTIMATE_VERBS:
            if not _puts_a_figure(s, i):
                continue
        elif not _is_verb(s, i):
            continue
        if not _negated(s, i):
            denied = word in DENY_VERBS
            cue = (relative_speaker(s, i, denied=denied)
                   or speaker_before_relative(s, i, denied=denied)  # "X, who ..., said"
                   or claim_at(s, i, denied=denied))  # fmt: skip
            cue = _cited_source(s, i, cue)  # "cited estimates by Seoul that ..."
            # "X put the toll at ...": only a subject before the verb estimates.
            if cue is not None and not (word in ESTIMATE_VERBS and cue.start > i):
                cues.append(cue)
    # Most sentences hold none of the words the passes below start from: each runs only
    # where its trigger words stand (see `_TAIL`).
    cues = _TAIL.run(s, cues)
    cues.extend(citing_cues(s))  # "Citing Ukrainian estimates, he said ...": one set test
    if not cues:
        return cues
    # "..., its spokesman X said": the opening subject is the body X speaks for.
    return [possessive_spokesperson(s, with_affiliation(s, cue)) for cue in cues]


def _passive(s: Sentence, verb: int) -> bool:
    word = s.lowers[verb]
    participle = word.endswith("ed") or word in {"told", "said", "put", "placed", "written"}
    if not participle or verb <= s.start:
        return False
    before = s.lowers[verb - 1]
    if before in _BE_FORMS:
        return True
    # "were now believed", "is widely estimated": one adverb between does not make the
    # subject the one who believes.
    adverb = before in _PASSIVE_ADVERBS or (before.endswith("ly") and before.isalpha())
    return adverb and verb - 1 > s.start and s.lowers[verb - 2] in _BE_FORMS


_PASSIVE_ADVERBS = frozenset({"now", "also", "still", "already", "since", "further", "not"})


def _past_source_noun(s: Sentence, first: int) -> int:
    """"according to estimates by the Federation of ...": the source follows "by"/"from"."""
    k, reach = first, first + 8  # "a report published on Tuesday by ..."
    while k < s.end and k < reach and s.lowers[k] not in {"by", "from"}:
        if not s.texts[k].islower() and k not in s.date_at:
            return first
        k += 1
    if k < s.end and k < reach and any(
        w in _SOURCE_NOUNS or w in _AMBIGUOUS for w in s.lowers[first:k]
    ):
        return k + 1
    return first


_CITING = frozenset({"cited", "cites", "quoted", "quotes"})


def _cited_source(s: Sentence, verb: int, cue: ClaimCue | None) -> ClaimCue | None:
    """"A reporter cited estimates by the United States and Seoul that 10,000 ...": whoever
    cites a source's estimate passes it on; the source named after "by" made the claim."""
    if cue is None or s.lowers[verb] not in _CITING:
        return cue
    first = _past_source_noun(s, verb + 1)
    if first == verb + 1:
        return cue  # "cited 3,000 deaths", "cited officials": no "estimates by X"
    return right_subject(s, verb, first, denied=cue.denied) or cue


def _saying(s: Sentence, verb: int) -> ClaimCue | None:
    """"The NIS has given a lower estimate, saying about 100 ...": the speaker is the named
    subject that opens the main clause."""
    if verb == s.start or s.lowers[verb - 1] != ",":
        return None
    start = subject_start(s, verb - 1)
    end = start
    while end < verb - 1 and (
        end in s.mention_at or s.texts[end][:1].isupper() or s.lowers[end] in _NAME_GLUE
    ):
        end += 1
    if end > start and s.lowers[end - 1] in {"'s", "’s"}:
        # "Hungary's parliament voted": the owned noun, up to the verb.
        k = end
        while k < min(verb - 1, end + 3) and s.texts[k].isalpha() and s.texts[k].islower():
            if s.lowers[k] in AUXILIARIES or s.lowers[k].endswith("ed"):
                break
            k += 1
        end = k
    while end > start and s.lowers[end - 1] in _NAME_GLUE:
        end -= 1
    if end == start or not s.mentions_between(start, end):
        # "Ukraine's spy agency, the GUR, has given a higher figure, saying ...": the main
        # clause's subject is the name set off after a role before its verb.
        return appositive_subject(s, verb, start, denied=False) or known_as_subject(
            s, verb, start, denied=False
        )
    return subject_cue(s, verb, start, end, denied=False)


_NAME_GLUE = frozenset({"the", "'s", "’s", "of", "for"})


def _puts_a_figure(s: Sentence, verb: int) -> bool:
    """"put North Korean casualties at around 3,000": "at" and a number follow closely."""
    # "put the number of North Korean troops in the Kursk area at about 10,000"
    stop = min(s.end, verb + 14)
    k = verb
    while k + 1 < stop:
        k += 1
        close = aside_close(s.lowers, s.start, s.end, k)
        if close is not None:
            # "put Ukraine's losses ..., which began last August, at": the aside skipped.
            stop, k = min(s.end, stop + close - k + 1), close
            continue
        # "puts the total above 6,000": a bound after the figure noun stands for "at".
        if s.lowers[k] == "at" or (s.lowers[k] in _BOUNDS and s.lowers[k - 1] in _FIGURE_NOUNS):
            # "at as many as 12,000": a three-word qualifier may come first
            return any(w[:1].isdigit() or w in NUMBER_WORDS for w in s.lowers[k + 1 : k + 5])
        if s.lowers[k] in {"higher", "lower"} and s.lowers[k + 1 : k + 3] == [",", "at"]:
            k += 1  # "puts North Korean losses higher, at more than 6,000": "at" gives it
            continue
        if s.lowers[k] in {"higher", "lower"}:
            # "put the number already in Kursk higher": an estimate set against another one,
            # whose figure the next sentence gives in the estimator's voice ("..., he said").
            return not _FIGURE_NOUNS.isdisjoint(s.lowers[verb + 1 : k])
        if s.lowers[k] in CLAUSE_BREAKS:
            return False
    return False


_FIGURE_NOUNS = frozenset({"number", "figure", "toll", "tally", "count", "total", "estimate"})
_BOUNDS = frozenset({"above", "below", "over", "under"})


def _source_nouns(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """"The U.N. figure includes 12 children", "Seoul's estimate": a named source's figure,
    tally or estimate is its claim."""
    out: list[ClaimCue] = []
    if not s.mentions or _SOURCE_NOUNS.isdisjoint(s.words):
        return out  # the common case, told by one scan in C
    taken = {i for c in cues for i in range(c.start, c.end)}
    for found in s.mentions:
        k = found.end
        if k < s.end and s.lowers[k] in {"'s", "’s"}:
            k += 1
            # "In Kyiv's most recent estimate, ...", "The NIS's current count": words that only
            # date the estimate stand between the owner and its noun.
            while k < s.end and k < found.end + 4 and s.lowers[k] in _ESTIMATE_AGES:
                k += 1
        elif s.lowers[k : k + 1] == ["intelligence"] and s.lowers[k + 1 : k + 2] != []:
            k += 1  # "a South Korean intelligence assessment that ...": the state's services
        if k >= s.end or s.lowers[k] not in _SOURCE_NOUNS or found.start in taken:
            continue
        if found.kind == "person" and s.lowers[k] not in {"estimate", "estimates"}:
            continue
        if _denied_object(s, found.start):
            continue  # "Peskov rejected the Ukrainian estimate of N": the rejection speaks
        first = joined_owner_start(s, found.start)  # "South Korean and Ukrainian estimates"
        claimant = name_claimant(s, first, found.end)
        if claimant is not None:
            out.append(ClaimCue(k, first, found.end, claimant, denied=False))
    return out


_SOURCE_NOUNS = frozenset(
    {"figure", "figures", "tally", "count", "estimate", "estimates", "data", "assessment"}
)
# "Seoul's latest figure", "Kyiv's most recent estimate", "its own new count".
_ESTIMATE_AGES = frozenset(
    {"latest", "most", "recent", "newest", "new", "updated", "revised", "own", "last",
     "current", "official", "initial", "first", "earlier", "previous", "final", "original"}
)  # fmt: skip


def _denied_object(s: Sentence, start: int) -> bool:
    """Whether the source named at token `start` owns the object of a verb of denial: "rejected
    (the) Kyiv's estimate of 4,000", "dismissed the Ukrainian figure". The figure is then the
    denier's denial, as with "rejected reports of 4,000" (the gold's reading of both); so is
    it after a fronted verdict ("dismissed as 'absurd' Kyiv's claims")."""
    k = start - 1
    if k >= s.start and s.lowers[k] in {"the", "a", "an"}:  # "dismissed a Ukrainian estimate"
        k -= 1
    if k >= s.start and s.lowers[k] in DENY_VERBS:
        return True
    return k >= s.start and verb_before_fronted_as(s, k) is not None


def _is_verb(s: Sentence, i: int) -> bool:
    if not s.texts[i].islower() or noun_dispute(s, i):  # "long disputes over palm oil"
        return False
    if i > s.start and s.lowers[i - 1] in {"the", "a", "an", "its", "their", "his", "her"}:
        return False  # "among the estimated 11,000", "its reported losses": an adjective
    if i > s.start and s.lowers[i] in _AMBIGUOUS_OR_DENY:
        before = s.lowers[i - 1]
        if i - 2 >= s.start and s.lowers[i - 2] == "according":
            return False  # "according to estimates by ..."

        if before in _NOUN_MARKERS or before in DENY_VERBS or before in REPORT_VERBS:
            return False
        if before in PERCEIVING:
            return False  # "had seen reports of ...": the object, no verb
        if after_demonym(s, i):
            return False
        if not before.isalpha() and not s.lowers[i].endswith("ed") and before_aside(s, i) == i:
            # "a 300-page report"; "..., rejected" or "The HUR, Kyiv's spy agency, estimates
            # that" after an aside is a verb
            return after_named_aside(s, i)
        if s.lowers[i] in _BASE_FORMS:
            # "officials report", "they claim"; otherwise the word is a noun.
            plural = before.endswith("s") and not before.endswith("ss")
            return before in PRONOUNS or plural or plural_speaker_verb(s, i)
    return True


def _negated(s: Sentence, i: int) -> bool:
    return not NEGATIONS.isdisjoint(s.lowers[max(s.start, i - 3) : i])


def _possessive_statements(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    # "confirm Zelensky's statement that ...", not "dismissed Kyiv's claim that ...".
    return [c for c in possessive_statement_cues(s, cues) if not _denied_object(s, c.start)]


def _given_figures(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    return given_figure_cues(s)


def _as_agents(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    return as_agent_cues(s)  # "..., as estimated by the NIS, ..."


# `find_claims`' passes after the verbs, in order, each with the words its own first set test
# needs one of.
_TAIL = Passes(
    Triggered(adding(_source_nouns), _SOURCE_NOUNS),
    Triggered(adding(_possessive_statements), STATEMENT_NOUNS),
    Triggered(adding(agent_statement_cues), STATEMENT_NOUNS),  # "statements by Seoul that"
    Triggered(adding(counting_source_cues), COUNTING_VERBS),  # "the NIS counts 14,000 troops"
    Triggered(adding(clause_source_cues), frozenset({";"})),
    Triggered(adding(revised_count_cues), REVISING),
    # "..., X said, as Y raised its estimate to N"
    Triggered(adding(as_clause_cues), REVISING),
    Triggered(adding(_given_figures), GIVING_VERBS),
    Triggered(adding(_as_agents), AS_PARTICIPLES),
    Triggered(participle_denials, DENYING_PARTICIPLES),
    Triggered(adding(agreed_cues), AGREE_VERBS),  # "Seoul and Kyiv agree that ..."
)
