"""Treaty events: a treaty, pact, accord or agreement between states moving a stage (signed,
approved by a lower house or committee, ratified, in force, suspended, withdrawn)."""

from __future__ import annotations

from itertools import compress

from bot.models import Event, Modality, Quantity, Stage
from bot.nlp.anniversary_steps import anniversary_step
from bot.nlp.bound_parties import bound_parties, signer_parties
from bot.nlp.chamber_agendas import AGENDA_WORDS
from bot.nlp.chambers import acting_body, refine, signer
from bot.nlp.claim_choice import claimant_for
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.company_deals import signed_by_company
from bot.nlp.context import Sentence
from bot.nlp.contracts import a_sale, not_a_treaty_object
from bot.nlp.counted_pacts import counted_pact
from bot.nlp.deputy_bodies import deputies_body
from bot.nlp.elapsed_steps import elapsed_before
from bot.nlp.enacted_exits import enacted_exit
from bot.nlp.first_steps import first_step
from bot.nlp.labour_deals import labour_deal
from bot.nlp.law_enactments import enacts, enacts_other
from bot.nlp.law_participles import governing_cue
from bot.nlp.legal_bases import legal_basis
from bot.nlp.memoranda import business_memorandum
from bot.nlp.named_treaties import named_treaty
from bot.nlp.other_pacts import unilateral
from bot.nlp.pair_subjects import pair_subject, pair_treaty
from bot.nlp.passed_motions import passed_motion
from bot.nlp.presupposed_steps import presupposed_step
from bot.nlp.prior_steps import prior_step
from bot.nlp.proposed_steps import proposed_step
from bot.nlp.protocol_parties import protocol_to_told
from bot.nlp.quoted_treaties import scare_quoted
from bot.nlp.ranked_deals import ranked_deal
from bot.nlp.ratification_papers import names_papers, signs_exchange_record, signs_papers
from bot.nlp.retold_steps import retold_step
from bot.nlp.retold_votes import retold_tally
from bot.nlp.shared_auxiliaries import shared_modality
from bot.nlp.sign_nouns import sign_noun
from bot.nlp.signed_attributes import signed_attribute
from bot.nlp.signed_then_ratified import signed_then_ratified
from bot.nlp.since_steps import since_step
from bot.nlp.step_checks import spurious_step
from bot.nlp.step_cues import cue_modality, more_cues, pronoun_triggers
from bot.nlp.step_effects import scheduled_exit
from bot.nlp.step_parties import step_parties
from bot.nlp.step_phrasings import phrased_modality
from bot.nlp.step_time import NOMINALS, StepCue, step_date
from bot.nlp.story_pairs import pair_states, told_parties
from bot.nlp.town_pacts import town_pact
from bot.nlp.treaty_bodies import founded_bodies
from bot.nlp.treaty_words import (
    APPROVE,
    IN_FORCE,
    JOINING,
    LAW_WORDS,
    NEEDS_STATES,
    PASSIVE,
    RATIFY,
    REFERRING_NOUNS,
    SIGN,
    STAGE_WORDS,
    SUSPEND,
    THAT_LAW,
    TREATY_NOUNS,
    WITHDRAW,
)

_NEGATIONS = frozenset(
    # "neither side has signed up to it": no side signed.
    {"not", "never", "n't", "yet", "refused", "declined", "failed", "neither"}
)


def find_events(
    s: Sentence,
    cues: list[ClaimCue],
    claim_tokens: set[int],
    quantities: list[Quantity],
    previous: Event | None,
    story: tuple[str, ...] = (),
) -> list[Event]:
    triggers = s.positions(TREATY_NOUNS) or founded_bodies(s) or named_treaty(s)
    referring = not triggers and previous is not None
    if referring:
        triggers = s.positions(REFERRING_NOUNS)
    if not triggers and not (triggers := pronoun_triggers(s, previous)):
        return []
    events: list[Event] = []
    # "withdrawing ..., and the withdrawal takes effect in 2026": a done step and its date.
    seen: set[tuple[Stage, int, bool]] = set()
    ratifying = referring and previous is not None and previous.stage in _VOTED
    for cue in more_cues(s, _stage_cues(s, ratifying)):
        trigger = min(triggers, key=lambda t: abs(t - cue.start))
        word = s.lowers[trigger]
        if spurious_step(s, cue, trigger, quantities) or not_a_treaty_object(
                s, cue.start, trigger, TREATY_NOUNS) or (
                word == "deal" and a_sale(s, trigger, quantities)) or (
                labour_deal(s, cue.start, trigger)) or ranked_deal(
                s, cue.start, trigger) or town_pact(s, trigger) or (
                business_memorandum(s, trigger)):  # fmt: skip
            # A contract, a priced deal or a deal for jets is a sale, not a treaty; "the
            # biggest deal Britain has signed" ranks the treaty, no step; towns twin; firms
            # sign memoranda of their own.
            continue
        if word in LAW_WORDS and not (
            (cue.verb_word in SIGN and cue.stage is Stage.RATIFIED)
            or cue.verb_word in AGENDA_WORDS
        ):
            # Only its signing, or a chamber taking it up, ties a law to the treaty just told.
            continue
        if word in JOINING and cue.stage not in _VOTED:
            continue
        if previous is not None and previous.stage is cue.stage and _names_told_step(s, cue):
            continue  # "The ratification passed by 188 votes": the step just told, again
        votes = cue.stage in {Stage.RATIFIED, Stage.APPROVED, Stage.WITHDRAWN}
        body = ((cue.verb_word == "sign" and signer(s, cue.start))
                or acting_body(s, cue.start, cue.stage, claim_tokens)) if votes else None
        if retold_tally(s, cue, previous, body):
            continue
        body = body or (deputies_body(s, cue.start) if votes else None)  # "the deputies"
        stage = refine(cue.stage, body)
        key = (stage, trigger, scheduled_exit(s, cue))
        if key in seen:
            continue  # "signed the law ratifying the treaty" is one ratification
        seen.add(key)
        # "the treaty that Putin and Kim signed": its makers are its parties, whatever else
        # the step's clause names.
        parties = signer_parties(s, trigger) or step_parties(s, cue, trigger, claim_tokens, body)
        if len(parties) < 2:
            # "signed into law a treaty that commits Russia and North Korea to ...".
            parties = bound_parties(s, trigger) or parties
        timed = governing_cue(s, cue)  # "had signed a decree revoking": the signing's time
        modality = phrased_modality(s, timed, cue_modality(s, timed, trigger))
        modality = first_step(s, timed, _recalled(s, _reacting(s, previous, modality)))
        modality = prior_step(s, timed, cues, modality)
        modality = shared_modality(s, cue, elapsed_before(s, timed, modality))
        modality = since_step(s, timed, modality)  # "since the accord was signed"
        modality = proposed_step(s, cue, modality)  # "submitted a bill on ratifying it"
        modality = enacted_exit(s, cue, trigger, modality)  # "approved a bill to withdraw"
        modality = passed_motion(s, cue, trigger, modality)  # "passed a motion to ratify"
        modality = presupposed_step(s, cue, trigger, modality)  # "The pact that X ratified is"
        modality = counted_pact(s, cue, trigger, modality)  # "agreements with 17 countries"
        modality = signed_then_ratified(s, cue, modality)  # "concluded and ratified"
        modality = retold_step(s, cue, previous, modality)  # "It was signed by ..."
        modality = anniversary_step(s, cue, modality)  # "On December 4, 2024, ..."
        if modality is Modality.REPORTED and _no_step(s, cue, trigger, referring, parties):
            continue
        # "the treaty" refers back; "the Treaty on Conventional Armed Forces" is named anew.
        anaphor = s.lowers[trigger - 1] in {"the", "this"} and s.texts[trigger].islower()
        anaphor = anaphor or pair_subject(s, cue) or protocol_to_told(s, trigger)
        # "The upper house is due to ratify it": the "it" of `pronoun_triggers` is the treaty
        # just told, parties and all.
        anaphor = anaphor or s.lowers[trigger] == "it"
        pair = len(previous.parties) == 2 and pair_treaty(s, trigger) if previous else False
        if pair and previous is not None:
            parties = previous.parties  # "the agreement, signed by the two countries' ..."
        elif len(parties) < 2 and anaphor and not unilateral(s):  # no step yet: the lead's pair
            parties = told_parties(parties, previous, story or pair_states(s, cue, claim_tokens))
        if (s.lowers[trigger] in NEEDS_STATES or scare_quoted(s, trigger)) and (
            not _states(s, parties) or signed_by_company(s, cue.start, trigger)
        ):
            continue  # business words, and a "peace treaty" in quotes, need states
        first, last = min(cue.start, trigger), max(cue.end, trigger + 1)
        start, end = s.char_span(first, last)
        events.append(
            Event(
                type="treaty",
                stage=stage,
                parties=parties,
                date=step_date(s, cue),
                # With the words, so a source in ", as Kyiv warned that ..." after the step
                # speaks of its own clause, not of the step (claim_choice._later_claim).
                claimant=claimant_for(cues, cue.start, s.lowers),
                sentence=s.text,
                start=start,
                end=end,
                body=None if body is None else body[0],
                modality=modality,
            )
        )
    return events


_VOTED = frozenset({Stage.RATIFIED, Stage.APPROVED})
_RESPONSES = frozenset({"responded", "retaliated", "reciprocated", "response", "retaliation"})


def _reacting(s: Sentence, previous: Event | None, modality: Modality) -> Modality:
    """"NATO members responded by suspending their obligations": a step told as the answer
    to one in the treaty's history is history too."""
    if modality is not Modality.REPORTED or previous is None:
        return modality
    if previous.modality is Modality.BACKGROUND and not _RESPONSES.isdisjoint(s.words):
        return Modality.BACKGROUND
    return modality


_RECALLING = frozenset({"recalled", "recalling", "recalls", "recall", "reminded"})
_RECALLED_OPENERS: tuple[list[str], ...] = ([","], ["."], ["that"], ["what"], ["how"], [])


def _recalled(s: Sentence, modality: Modality) -> Modality:
    """"..., the ministry recalled": a source recalling a step tells the treaty's history.
    Only as a reporting verb, with nothing recalled after it ("recalled its envoy"), or
    opening a recap: "The agency recalls what the treaty says and how it was ratified"."""
    if modality is not Modality.REPORTED or _RECALLING.isdisjoint(s.words):
        return modality
    recalls = any(
        s.lowers[i] in _RECALLING and s.lowers[i + 1 : i + 2] in _RECALLED_OPENERS
        for i in range(s.start, s.end)
    )
    return Modality.BACKGROUND if recalls else modality


def _bare(s: Sentence, i: int) -> bool:
    """A stage noun with no determiner or owner ("Ratification turns ...") speaks of the step
    in general, not of one treaty's."""
    return i == s.start or s.lowers[i - 1] not in {"the", "its", "this", "that", "'s", "’s"}


# A treaty "passes" the test of time, muster, "its first real test"; "Two years have passed
# since the treaty was signed": time passes. Neither clears a chamber.
_TRIALS = frozenset({"test", "tests", "muster", "exam", "trial", "since"})


def _stage_cues(s: Sentence, ratifying: bool = False) -> list[StepCue]:
    """The stage words of the sentence; `ratifying`: a law signed here ratifies the treaty a
    step was just reported for."""
    found: list[StepCue] = []
    lowers = s.lowers
    if STAGE_WORDS.isdisjoint(s.words):
        return found  # most sentences with a treaty noun tell no step: one scan in C
    # The stage words' positions picked in C: a treaty sentence has dozens of other words.
    is_stage = map(STAGE_WORDS.__contains__, lowers[s.start : s.end])
    for i in compress(range(s.start, s.end), is_stage):
        word = lowers[i]
        pair = tuple(lowers[i : i + 2])
        if pair in IN_FORCE:
            found.append(StepCue(Stage.IN_FORCE, i, i + 2, word))
        elif word in RATIFY:
            # "withdrawing Russia's ratification": the withdrawal is the step. "Exchange
            # instruments of ratification" names the documents whose exchange puts a treaty in
            # force, a step of its own.
            undone = any(w in WITHDRAW or w in SUSPEND for w in s.lowers[max(s.start, i - 4) : i])
            documents = names_papers(s, i)
            if not (word in NOMINALS and (undone or documents)):
                found.append(StepCue(Stage.RATIFIED, i, i + 1, word))
                found.extend(_second_body(s, i, Stage.RATIFIED))
        elif word in APPROVE:
            if _compound_adjective(s, i):
                continue  # "the Rwanda-backed rebels": who supports them, no vote
            if word == "passed" and not _TRIALS.isdisjoint(lowers[i + 1 : i + 4]):
                continue  # "the treaty has passed the test of practice": proven, not voted
            found.append(StepCue(Stage.APPROVED, i, i + 1, word))
            found.extend(_second_body(s, i, Stage.APPROVED))
        elif word in SUSPEND:
            found.append(StepCue(Stage.SUSPENDED, i, i + 1, word))
        elif word in WITHDRAW:
            found.append(StepCue(Stage.WITHDRAWN, i, i + 1, word))
        elif word in SIGN:
            if (word == "concluded" and _identifies(s, i)) or signs_exchange_record(s, i):
                continue
            if sign_noun(s, i) or signed_attribute(s, i):
                continue  # "a sign that ...", "the signed law": no signing
            # "The Duma backed the agreement, and Putin is expected to sign the law".
            voted = any(c.stage in _VOTED for c in found)
            law = signs_papers(s, i) or _signs_a_law(s, i, ratifying or voted)
            if law is None:
                found.append(StepCue(Stage.SIGNED, i, i + 1, word))
            elif law:
                found.append(StepCue(Stage.RATIFIED, i, i + 1, word))
    negated = [c for c in found if _negated(s, c.start)]
    if negated:
        found = [StepCue(c.stage, c.start, c.end, c.verb_word, context=True)
                 for c in found if c not in negated]  # fmt: skip
    # "voted to ratify" / "approved ... ratification": one step, named by its strongest word.
    ratify = [c for c in found if c.stage is Stage.RATIFIED]
    if any(c.verb_word not in SIGN for c in ratify):  # a law signed is a step of its own
        found = [c for c in found if c.stage is not Stage.APPROVED]
    if any(c.verb_word in SIGN for c in ratify):
        # "the law on ratification is expected to be signed": the signing is the step, the
        # noun only names the law.
        found = [c for c in found if c.verb_word != "ratification"]
    return found


_STEP_VERBS = RATIFY | APPROVE | SUSPEND | WITHDRAW | SIGN


def _no_step(
    s: Sentence, cue: StepCue, trigger: int, referring: bool, parties: tuple[str, ...]
) -> bool:
    """A stage noun told as done with no step of its own. "The ratification law was supported
    by 397 deputies": the noun names the law, and with no other stage word the sentence only
    retells a vote. "Ratification turns a promise into an obligation": with no determiner,
    owner or party it speaks of the step in general."""
    if cue.verb_word not in NOMINALS:
        return s.lowers[trigger] == "it"  # never news: see `pronoun_triggers`
    if s.lowers[cue.end : cue.end + 1] in ([w] for w in LAW_WORDS):
        return sum(w in _STEP_VERBS for w in s.lowers[s.start : s.end]) == 1
    return referring and trigger == cue.start and not parties and _bare(s, trigger)


def _second_body(s: Sentence, i: int, stage: Stage) -> list[StepCue]:
    """"ratified by the State Duma on October 24 and by the Federation Council on November
    6": each chamber's vote is a step of its own."""
    if s.lowers[i + 1 : i + 2] != ["by"]:
        return []
    for j in range(i + 3, min(s.end, i + 14)):
        if s.lowers[j] in {";", ":", "."}:
            break
        if s.lowers[j : j + 3] in (["and", "by", "the"], ["and", "then", "by"]):
            return [StepCue(stage, j + 1, j + 2, "by")]
    return []


def _identifies(s: Sentence, i: int) -> bool:
    """"The treaty is concluded for 20 years" states its term, and "the treaty concluded with
    the DPRK" tells which treaty is meant: neither is news of a signing."""
    if legal_basis(s, i):
        return True  # "concluded for 20 years", "... in accordance with the UN Charter"
    if i > s.start and s.lowers[i - 1] in TREATY_NOUNS:
        return True
    # "the pact Moscow concluded with North Korea": a clause with its own subject after the
    # treaty noun, the "that" left out, tells which pact.
    named = s.mention_at.get(i - 1) if i > s.start else None
    return (
        named is not None and named.start > s.start
        and s.lowers[named.start - 1] in TREATY_NOUNS
    )  # fmt: skip


def _signs_a_law(s: Sentence, i: int, ratifying: bool = False) -> bool | None:
    """None when a treaty is signed; True when the head of state signs the law ratifying
    it ("signed the law on ratification", "the law on ratification was signed"); False for
    any other law."""
    if enacts(s.lowers, i, s.end):
        return not enacts_other(s, i)  # "the budget, which X signed into law"
    window = s.lowers[i + 1 : i + 6]  # "signed his country's ratification law"
    scope = s.lowers[i + 1 : i + 9]
    if i > s.start and s.lowers[i - 1] in PASSIVE:
        # The law is the passive's subject: "the federal law on ratification is expected to
        # be signed".
        first = s.clause_start(i)
        window = scope = s.lowers[max(first, i - 10) : i]
    if LAW_WORDS.isdisjoint(window):
        return None
    if not WITHDRAW.isdisjoint(scope) or not SUSPEND.isdisjoint(scope):
        return False  # "signed a law withdrawing the ratification": the withdrawal is the step
    return ratifying or any(w.startswith("ratif") or w in THAT_LAW for w in scope)


def _compound_adjective(s: Sentence, i: int) -> bool:
    """"Kremlin-backed", "US-endorsed": a participle hyphened to its agent describes the noun
    that follows; it approves no treaty."""
    return i > s.start and s.texts[i - 1].endswith("-") and s.space_after(i - 1) == ""


def _negated(s: Sentence, i: int) -> bool:
    return not _NEGATIONS.isdisjoint(s.lowers[max(s.start, i - 3) : i])


_STEP_MODIFIED = frozenset({"vote", "votes", "process", "procedure", "procedures", "debate"})


def _names_told_step(s: Sentence, cue: StepCue) -> bool:
    """"the ratification", "its entry into force": a definite noun for a step refers to one
    already told; it adds detail (a tally, a reaction), not a new step."""
    head = cue.start
    if cue.stage is Stage.IN_FORCE:
        if head - 1 < s.start or s.lowers[head - 1] != "entry":
            return False
        head -= 1
    elif cue.verb_word not in NOMINALS:
        return False
    elif cue.end < s.end and s.lowers[cue.end] in LAW_WORDS | _STEP_MODIFIED:
        return False  # "passed the ratification bill": a modifier, the bill's step is news
    return head > s.start and s.lowers[head - 1] in {"the", "its", "this", "that"}


def _states(s: Sentence, parties: tuple[str, ...]) -> bool:
    return any(
        (e := s.gazetteer.get(p)) is not None and e.kind in {"country", "org"} for p in parties
    )
