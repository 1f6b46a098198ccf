"""Stage cues the stage words alone misread: a chamber that "voted for" a treaty approved it,
"has yet to ratify" plans a step rather than denying one, a step "a year ago" is history,
"the suspension will remain in force" is no treaty taking effect, and "it" stands for the
treaty told just before ("It must now be approved by ...")."""

from __future__ import annotations

from bot.models import Event, Modality, Stage
from bot.nlp.awaited_steps import awaited_step
from bot.nlp.ceased_parties import ceased_cues
from bot.nlp.chamber_agendas import agenda_cues
from bot.nlp.context import Sentence
from bot.nlp.dateline_places import after_dateline
from bot.nlp.denunciations import denouncing_cues
from bot.nlp.entry_nominals import entry_nominal
from bot.nlp.fronted_conditions import closed_condition
from bot.nlp.lasting_conditions import lasting_condition
from bot.nlp.pronoun_signers import pronoun_signs
from bot.nlp.soon_steps import soon_effect
from bot.nlp.step_checks import conditional
from bot.nlp.step_effects import exit_taking_effect, scheduled_exit
from bot.nlp.step_phrasings import leaving_cues, restated_acts
from bot.nlp.step_time import NOMINALS, StepCue, step_modality
from bot.nlp.verbless_conditions import verbless_condition
from bot.nlp.vote_cues import planned_vote_cues
from bot.nlp.vote_plans import planned_vote, waits_on_if

# "voted through a new arms agreement": a chamber passing it, as "voted for" does.
_FAVOUR = (("for",), ("in", "favour", "of"), ("in", "favor", "of"), ("through",))
_VOTED = frozenset({"voted"})
_OVERNIGHT = frozenset({"night", "day", "weekend", "morning", "evening", "afternoon"})
# Words between a stage word and its clause's end that already name the vote's step.
_STEP_PREFIXES = ("ratif", "approv", "endors", "back", "pass")
# "the suspension will remain in force": verbs and auxiliaries between a subject and "in force".
_STAYS = frozenset(
    {"will", "would", "shall", "is", "was", "are", "were", "remain", "remains", "remained",
     "stay", "stays", "stayed", "be", "been", "to", "continue", "continues", "still"}
)  # fmt: skip
# Subjects that are the treaty or the text standing for it.
_TREATY_SUBJECTS = frozenset(
    {"treaty", "pact", "accord", "agreement", "convention", "protocol", "deal", "document",
     "it", "they", "armistice", "law", "this", "statute", "treaties", "pacts", "accords",
     "ceasefire", "truce"}
)  # fmt: skip
# "signed their mutual defence treaty in Pyongyang a year ago": past the object and a place.
_AGO_REACH = 12
_PRONOUN_REACH = 3


def more_cues(s: Sentence, cues: list[StepCue]) -> list[StepCue]:
    """The stage words' cues, corrected, with a chamber's "voted for" added."""
    out: list[StepCue] = []
    for cue in cues:
        if cue.stage is Stage.IN_FORCE and (
            _other_subject(s, cue.start) or exit_taking_effect(s, cue.start)
        ):
            continue
        if _ago(s, cue):
            cue = cue._replace(context=True)
        out.append(cue)
    out += _votes_for(s, out) + _yet_to(s, out) + planned_vote_cues(s, out)
    out += agenda_cues(s, out)  # "the Federation Council is due to consider the law"
    extra = leaving_cues(s, out) + denouncing_cues(s, out) + ceased_cues(s, out)
    # "left the Court on Wednesday, a year after they said they would quit": in text order,
    # so the main clause's verb, not a later clause's, claims a step on the same treaty.
    return restated_acts(s, sorted(out + extra, key=lambda c: c.start) if extra else out)


_YET_TO = {"ratify": Stage.RATIFIED, "approve": Stage.APPROVED, "sign": Stage.SIGNED}


def _yet_to(s: Sentence, cues: list[StepCue]) -> list[StepCue]:
    """"Iran's parliament has yet to ratify the treaty": no denial, as the stage words read
    "yet", but a step still to come (the "to" makes it planned)."""
    if "yet" not in s.words:
        return []  # most treaty sentences: one scan in C
    taken = {c.start for c in cues}
    return [
        StepCue(_YET_TO[s.lowers[i]], i, i + 1, s.lowers[i])
        for i in range(s.start + 2, s.end)
        if s.lowers[i] in _YET_TO and s.lowers[i - 2 : i] == ["yet", "to"] and i not in taken
    ]


def _votes_for(s: Sentence, cues: list[StepCue]) -> list[StepCue]:
    """"The State Duma voted for the document on April 8": a vote for a treaty approves it
    (a chamber's level refines the step), unless a stage word names the step already ("voted
    in favour of ratification")."""
    found: list[StepCue] = []
    if _VOTED.isdisjoint(s.words):
        return found  # most treaty sentences: one scan in C
    for i in range(s.start, s.end):
        if s.lowers[i] not in _VOTED:
            continue
        for words in _FAVOUR:
            end = i + 1 + len(words)
            if tuple(s.lowers[i + 1 : end]) != words:
                continue
            if words == ("through",) and not _OVERNIGHT.isdisjoint(s.lowers[end : end + 3]):
                continue  # "voted through the night": how long, not what passed
            clause = s.lowers[end : s.clause_end(end)]
            named = any(w.startswith(_STEP_PREFIXES) for w in clause[:4])
            if not named and not any(c.start in range(i, end + 4) for c in cues):
                found.append(StepCue(Stage.APPROVED, i, end, s.lowers[i]))
    return found


def _other_subject(s: Sentence, cue: int) -> bool:
    """"the suspension will remain in force until ...": what stays in force is the
    subject, and a subject that is no treaty tells no step of one."""
    k = cue - 1
    while k >= s.start and s.lowers[k] in _STAYS:
        k -= 1
    if k == cue - 1 or k < s.start:
        return False
    word = s.lowers[k]
    return word.isalpha() and s.texts[k].islower() and word not in _TREATY_SUBJECTS


def _ago(s: Sentence, cue: StepCue) -> bool:
    """"entered into force a year ago": a step dated back from now is the treaty's history."""
    if "ago" not in s.words:
        return False  # nearly every sentence: one set test
    stop = min(s.clause_end(cue.end), cue.end + _AGO_REACH)
    return "ago" in s.lowers[cue.end : stop] or _fronted_ago(s, cue)


# "Two years ago, ..." counts back far enough to be history; "Hours ago," is the news.
_AGO_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades", "weeks"})
_AGO_OPENING = 6  # "One year ago today ,": the opener's words before its comma
# "One year ago today", "A year ago this week": the anniversary's own day or week, still
# between "ago" and the opener's comma.
_AGO_TAILS = (("today",), ("this", "week"), ("this", "month"))


def _fronted_ago(s: Sentence, cue: StepCue) -> bool:
    """"One year ago today, the treaty entered into force": the same dating, set before the
    step as the sentence's opener (an anniversary piece's usual lead). Counted from after
    a dateline ("MOSCOW, June 19 - /Agency/. Exactly a year ago, ..."), which agency copy
    glues to its lead sentence."""
    lowers = s.lowers
    opening = after_dateline(s)
    for k in range(opening + 1, min(cue.start, opening + _AGO_OPENING)):
        if lowers[k] != "ago" or lowers[k - 1] not in _AGO_UNITS:
            continue
        tail = next((n for n in _AGO_TAILS if tuple(lowers[k + 1 : k + 1 + len(n)]) == n), ())
        comma = k + 1 + len(tail)
        return comma < cue.start and lowers[comma] == "," and ";" not in lowers[comma:cue.start]
    return False


def pronoun_triggers(s: Sentence, previous: Event | None) -> list[int]:
    """"It must now be approved by the European Parliament", "The committee endorsed it last
    week": right after a treaty step, an "it" next to a stage word stands for the treaty.
    Such a step is never news on its own (the caller keeps only planned and background
    steps): "it" may as well mean anything else the sentence before told."""
    if previous is None:
        return []
    lowers = s.lowers
    found: list[int] = []
    if "it" not in s.words:
        return found  # most sentences: no "it", told by one scan in C
    for k in range(s.start, s.end):
        if lowers[k] != "it":
            continue
        # Its subject a few words before the stage word, or its object right after it.
        near = [w for w in range(k - 1, min(s.end, k + _PRONOUN_REACH + 2))
                if w != k and lowers[w].startswith(_STAGE_STEMS)]  # fmt: skip
        near = [w for w in near if w == k - 1 or (w > k and not pronoun_signs(s, k, w))]
        if near and _NEGATIONS.isdisjoint(lowers[max(s.start, min(near) - 5) : min(near)]):
            found.append(k)
    return found


_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# "is expected to consider it": a chamber's agenda (`chamber_agendas`) is a step too.
_STAGE_STEMS = (
    "ratif", "approv", "endors", "enter", "take", "took", "sign", "suspend", "consider"
)

_CONDITIONS = frozenset({"before", "until"})
# "hours before the Duma voted to ratify": a condition told in the past has been met.
_PAST = frozenset({"took", "entered", "came", "went", "was", "were", "had", "voted"})


def cue_modality(s: Sentence, cue: StepCue, trigger: int) -> Modality:
    """`step_modality`, and a step a condition waits for is planned: "must be ratified before
    it takes effect" plans the taking effect, though "takes" reads as news; so is an exit
    that "takes effect" on a date, whatever the date reads as."""
    if scheduled_exit(s, cue) or awaited_step(s, cue):  # "until it is signed and ratified"
        return Modality.PLANNED
    if verbless_condition(s, cue):  # "Once in force, the treaty could ..."
        return Modality.PLANNED
    if lasting_condition(s, cue):  # "as long as the treaty remains in force"
        return Modality.PLANNED
    modality = step_modality(s, cue, trigger)
    if modality is not Modality.REPORTED:
        return conditional(s, cue, modality)
    if _preceding_step(s, cue):
        return Modality.BACKGROUND
    if _nominal_future(s, cue) or planned_vote(s, cue) or waits_on_if(s, cue) or (
        soon_effect(s, cue)  # "as soon as the deal takes effect"
    ):
        return Modality.PLANNED
    opener = s.clause_start(cue.start) - 1
    told = s.lowers[opener + 1 : cue.end]
    if opener >= s.start and s.lowers[opener] in _CONDITIONS and _PAST.isdisjoint(told) and (
        not closed_condition(s, opener, cue)  # "Hours before the conference, X ratified"
    ):
        return Modality.PLANNED
    return conditional(s, cue, modality)


_PRECEDED = frozenset({"following", "after"})


def _preceding_step(s: Sentence, cue: StepCue) -> bool:
    """"The upper house backed the pact on Wednesday, following its approval by the lower
    house": the step the news comes after is the lead-up, told only to place the news."""
    if cue.verb_word not in NOMINALS:
        return False
    k = cue.start - 1
    if k >= s.start and s.lowers[k] in {"its", "their", "the"}:
        k -= 1
    return k > s.start and s.lowers[k] in _PRECEDED and s.lowers[k - 1] == ","


def _nominal_future(s: Sentence, cue: StepCue) -> bool:
    """"Kyiv's withdrawal will take effect six months after ...": a step named as the subject
    of a future verb is still to come."""
    if cue.verb_word not in NOMINALS and not entry_nominal(s, cue):
        return False
    k = cue.end
    # "Chile's withdrawal from the pact with Peru will ...": past the step's own phrase.
    while k < min(s.end, cue.end + _PHRASE) and s.lowers[k] not in _PHRASE_STOPS:
        if s.lowers[k] in _AHEAD or s.lowers[k] == "is":
            break
        k += 1
    after = s.lowers[k : min(s.end, k + 2)]
    return bool(after) and (
        after[0] in _AHEAD or (after[0] == "is" and after[1:] in (["due"], ["set"]))
    )


# Auxiliaries that put the step named before them ahead: "the signing must wait", "its
# ratification could take months". "can" is left out: "the withdrawal cannot be undone" is
# told of a step already taken.
_AHEAD = frozenset({"will", "would", "must", "should", "shall", "may", "might", "could"})


_PHRASE = 8
_PHRASE_STOPS = frozenset({",", ";", "that", "which", "who", "and", "but", "after", "before"})
