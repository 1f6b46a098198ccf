"""Stage words that tell no step of a treaty, and steps that wait on a condition.

- "had not submitted any notice of withdrawal": a negated stage noun is no step.
- "the ratification process was proceeding": a process under way is no step; only its end
  ("completed the ratification process") is one.
- "submitted it to the Duma for ratification": a treaty put before a chamber, no step yet.
- "Finland's exit from the convention took effect": the exit is the step; its taking effect
  puts nothing in force.
- "ratified the board's $48 million agreement": a priced agreement is a business deal.
- "shareholders ratified", "312 residents signed": people who are no state sign petitions and
  ratify contracts, never treaties; but "an agreement between two states on workers" is
  the states' (`state_parties`).
- "will be published once Putin signs it": a step a condition waits for is planned.
- "concluded negotiations on a contract": the talks end, nothing is signed yet.
- "crossing the ratification threshold": a stage noun naming a count is no step.
- "Under its terms, it takes effect 120 days after the 60th ratification": a provision of the
  treaty tells when steps would come, not that they came.
- "the procedures for its entry into force": the goal of formalities (`purpose_steps`).
- "An earlier version of this article said the treaty was signed in Paris": a correction
  note withdraws the step it retells (`correction_notes`).
- "the first to approve leaving the treaty": what is approved is the leaving, a withdrawal
  the leaving's own words tell; the approval is no step of its own.
"""

from __future__ import annotations

from bot.models import Modality, Quantity, Stage
from bot.nlp.approved_exits import approves_an_exit
from bot.nlp.context import Sentence
from bot.nlp.correction_notes import withdrawn_step
from bot.nlp.paired_signers import states_sign
from bot.nlp.phrasal_steps import concludes_talks, signs_up
from bot.nlp.purpose_steps import entry_as_goal
from bot.nlp.signed_players import signs_player
from bot.nlp.state_parties import between_states
from bot.nlp.step_time import NOMINALS, StepCue
from bot.nlp.troop_withdrawals import troops_withdraw

_NEGATIONS = frozenset({"not", "n't", "never", "no", "without"})
_NEGATION_REACH = 7
_PROCESS_NOUNS = frozenset({"process", "procedure", "procedures"})
_COMPLETIONS = frozenset(
    {"completed", "complete", "completes", "completing", "finished", "finish", "concluded",
     "wrapped", "ended", "finalised", "finalized"}
)  # fmt: skip
_LEAVING_NOUNS = frozenset(
    {"exit", "withdrawal", "departure", "pullout", "suspension", "exits", "withdrawals"}
)
_MONEY = frozenset({"money", "deal"})
# "the ratification threshold", "the ratification count": a count of steps, no step.
_COUNTS = frozenset({"threshold", "count", "tally", "total"})
_TREATY_WORDS = frozenset({"treaty", "pact", "accord", "agreement", "convention", "deal"})
_PRESENT_EFFECT = frozenset({"takes", "take", "enters", "enter", "comes", "come"})
_LEAVING = _LEAVING_NOUNS | {"leaving", "withdrawing", "quitting", "exiting"}
# Groups of people who sign and ratify things that are no treaties.
_NOT_STATES = frozenset(
    {"shareholders", "stockholders", "residents", "workers", "employees", "voters", "union",
     "unions", "students", "teachers", "nurses", "tenants", "homeowners", "villagers",
     "parents", "board", "players", "staff"}
)  # fmt: skip
_SUBJECT_REACH = 10
_CONDITIONS = frozenset({"once", "after", "when", "until", "unless", "if"})
_CONDITION_REACH = 7
_PRESENT = frozenset({"signs", "ratifies", "approves", "takes", "enters", "sign", "ratify"})


def spurious_step(s: Sentence, cue: StepCue, trigger: int, quantities: list[Quantity]) -> bool:
    """Whether the stage word at `cue`, read with the treaty noun at `trigger`, is no step."""
    if withdrawn_step(s, cue.start):
        return True  # what the story wrongly said, withdrawn
    first = s.clause_start(cue.start)
    before = s.lowers[max(first, cue.start - _NEGATION_REACH) : cue.start]
    if cue.verb_word in NOMINALS:
        if not _NEGATIONS.isdisjoint(before):
            return True
        after = s.lowers[cue.end : cue.end + 1]
        if after and after[0] in _PROCESS_NOUNS and _COMPLETIONS.isdisjoint(before):
            return True
    if cue.stage is Stage.IN_FORCE and (_leaving_takes_effect(s, cue) or entry_as_goal(s, cue)):
        return True  # "procedures for its entry into force": the goal, no step
    if cue.verb_word in NOMINALS and _submitted_for(s, cue):
        return True
    if (_priced(s, trigger, quantities) and not states_sign(s, cue)) or signs_up(s, cue) or (
            concludes_talks(s, cue)) or signs_player(s, cue):  # fmt: skip
        return True  # a price, "signed up to", a player "signed to a deal"
    if cue.stage is Stage.APPROVED and not _LEAVING.isdisjoint(s.lowers[cue.end : cue.end + 2]):
        return True
    if approves_an_exit(s, cue) or troops_withdraw(s, cue):  # "forces are to withdraw from"
        return True
    if cue.verb_word in NOMINALS and s.lowers[cue.end : cue.end + 1] in ([w] for w in _COUNTS):
        return True
    if s.lowers[s.start] == "under" and _provision(s, cue):
        return True
    subject = range(max(first, cue.start - _SUBJECT_REACH), cue.start)
    # "General Secretary of the Workers' Party of Korea, signed": capitalised inside the
    # sentence, the word is part of a name, not a group of people signing. "A pact between
    # X and Y on the dispatch of workers took effect": people told of after the two states'
    # pact are what it covers, not its signers.
    if trigger < cue.start and between_states(s, trigger):
        subject = range(subject.start, max(subject.start, trigger))
    return any(
        s.lowers[k] in _NOT_STATES and k not in s.mention_at
        and (k == s.start or not s.texts[k][:1].isupper())
        for k in subject
    )  # fmt: skip


def _provision(s: Sentence, cue: StepCue) -> bool:
    """"Under its terms, it takes effect ...": the opening phrase names the treaty's terms and
    the step is told in the present tense."""
    opening = s.lowers[s.start : s.clause_end(s.start)]
    if "," not in opening:
        return False
    opening = opening[: opening.index(",")]
    terms = "terms" in opening or not _TREATY_WORDS.isdisjoint(opening)
    if s.lowers[cue.end : cue.end + 1] == ["for"] and cue.end + 1 in s.mention_at:
        return False  # "it will enter into force for Brazil 90 days after ...": one state's step
    # The taking effect, and the steps it waits on ("after the 60th ratification").
    told = cue.stage is Stage.IN_FORCE or cue.verb_word in NOMINALS
    return terms and told and not _PRESENT_EFFECT.isdisjoint(s.words)


def _leaving_takes_effect(s: Sentence, cue: StepCue) -> bool:
    """"Finland's withdrawal from the convention, which bans ..., took effect": a state's
    leaving, owned, is what takes effect (not a leaving told as the cause: "after Russia's
    withdrawal, the new pact took effect")."""
    if _LEAVING_NOUNS.isdisjoint(s.lowers[s.start + 1 : cue.start]):
        return False  # no noun of leaving: one scan in C
    for k in range(s.start + 1, cue.start):
        if s.lowers[k] in _LEAVING_NOUNS and s.lowers[k - 1] in _OWNERS:
            return _CAUSES.isdisjoint(s.lowers[max(s.start, k - 4) : k])
    return False


_OWNERS = frozenset({"'s", "’s", "its", "their"})
_CAUSES = frozenset({"after", "since", "following", "before", "despite"})
_SUBMITTING = frozenset(
    {"submitted", "submits", "submit", "sent", "sends", "referred", "forwarded", "introduced",
     "tabled", "presented"}
)  # fmt: skip


def _submitted_for(s: Sentence, cue: StepCue) -> bool:
    """"The president submitted it to the State Duma for ratification": the treaty is put
    before the chamber; the chamber has taken no step yet."""
    if cue.start - 1 < s.start or s.lowers[cue.start - 1] != "for":
        return False
    first = s.clause_start(cue.start)
    return not _SUBMITTING.isdisjoint(s.lowers[max(first, cue.start - 10) : cue.start])


def _priced(s: Sentence, trigger: int, quantities: list[Quantity]) -> bool:
    """A sum of money ending within two words before the treaty noun."""
    lo, hi = s.char_span(max(s.start, trigger - 2), trigger + 1)
    return any(q.category in _MONEY and lo <= q.end <= hi for q in quantities)


def conditional(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """A step in the present tense after "once" or "after" is one the news waits for; a
    committee's recommendation to ratify is its step, done; a vote "a week ago" to ratify
    is done and past; a stage noun after "after" in a sentence dated to the past is older
    still."""
    near = s.lowers[max(s.start, cue.start - _CONDITION_REACH) : cue.start]
    if modality is Modality.PLANNED and cue.verb_word in _BASE_VOTES:
        if not _RECOMMENDED.isdisjoint(near):
            return Modality.REPORTED  # "has recommended that the lower house ratify"
        vote = s.lowers[max(s.clause_start(cue.start), cue.start - _VOTE_REACH) : cue.start]
        if "vote" in vote and "ago" in vote:
            return Modality.BACKGROUND  # "followed a vote a week ago in the Duma to ratify"
    if modality is not Modality.REPORTED:
        return modality
    if cue.verb_word in NOMINALS and not _PRIOR.isdisjoint(near[-3:]) and any(
        d.past and d.end <= cue.start for d in s.dates
    ):
        return Modality.BACKGROUND  # "in November 2023, shortly after Russia's withdrawal"
    if _effect_waits(s, cue):
        return Modality.PLANNED
    if cue.verb_word not in _PRESENT:
        return modality
    words = s.lowers[max(s.clause_start(cue.start), cue.start - _CONDITION_REACH) : cue.start]
    return Modality.PLANNED if not _CONDITIONS.isdisjoint(words) else modality


def _effect_waits(s: Sentence, cue: StepCue) -> bool:
    """"The accord enters into force on the day the last instrument is deposited", "takes
    effect once both have ratified": the present tense of a provision tells when the step
    will come."""
    verb = s.lowers[cue.start - 1] if cue.start > s.start else ""
    if cue.verb_word not in _PRESENT_EFFECT and verb not in _PRESENT_EFFECT:
        return False  # "enters into force": the cue is "into force", its verb before it
    after = s.lowers[cue.end : min(s.clause_end(cue.end), cue.end + _CONDITION_REACH)]
    return not _WAITS.isdisjoint(after) or any(
        tuple(after[k : k + 3]) in _SCHEDULED for k in range(len(after) - 2)
    )


_WAITS = frozenset({"once", "after", "when", "upon", "until", "unless", "if"})
# "enters into force on the day the last instrument is deposited", "takes effect from the day
# of that exchange", "from the date of signing": a provision's day, told in the present tense.
_SCHEDULED = frozenset(
    (prep, "the", day) for prep in ("on", "from") for day in ("day", "date")
)


_VOTE_REACH = 12
_BASE_VOTES = frozenset({"ratify", "approve"})
_RECOMMENDED = frozenset({"recommended", "recommends", "urged"})
_PRIOR = frozenset({"after", "following"})
