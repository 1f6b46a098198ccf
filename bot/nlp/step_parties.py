"""The parties of a treaty step: the states named in the step's clause, less those that
make the claim, sign other pacts or only name the place of the signing."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.contrast_states import contrast_states
from bot.nlp.covered_nationals import covered_party
from bot.nlp.dateline_places import after_dateline
from bot.nlp.joined_clauses import joined_step_bounds
from bot.nlp.lexicon import REPORT_VERBS
from bot.nlp.notified_parties import NOTIFYING, notified_states
from bot.nlp.other_pacts import aside_states, other_pact_parties
from bot.nlp.pronoun_parties import pronoun_party
from bot.nlp.reporter_states import reporter_states
from bot.nlp.step_time import SUBJECT_PRONOUNS, StepCue, scope
from bot.nlp.treaty_words import STAGE_WORDS, TREATY_NOUNS

_RELATIVE = frozenset({"who", "which"})


def step_parties(
    s: Sentence,
    cue: StepCue,
    trigger: int,
    claim_tokens: set[int],
    body: tuple[str, str] | None,
) -> tuple[str, ...]:
    first = scope(s, cue)[0]
    if trigger < first:
        first = s.clause_start(trigger)
    first = max(first, after_dateline(s))
    last = s.clause_end(max(cue.end - 1, trigger))
    first, last = joined_step_bounds(s, cue.start, first, last, STAGE_WORDS)
    names: list[str] = []
    if first > s.start and s.lowers[first - 1] in _RELATIVE:
        first -= 1
    if s.lowers[first] in _RELATIVE:
        # "Putin - who signed a pact with ...": the relative pronoun's antecedent signs.
        j = first - 1
        while j >= s.start and j not in s.mention_at and not s.texts[j].isalpha():
            j -= 1
        if j in s.mention_at:
            names.append(s.gazetteer.actor_of(s.mention_at[j].entity))
    places: list[str] = []
    others = other_pact_parties(s, trigger, TREATY_NOUNS) | aside_states(s, max(cue.end, trigger))
    others |= notified_states(s)
    contrasted = contrast_states(s, max(cue.end, trigger))
    if len(_parties(s, first, last, claim_tokens, others | contrasted)) < 2:
        # One state left: the other signer may be a person no alias names ("Putin and
        # Pezeshkian sign ..."), so the contrast is not trusted to have held no party.
        contrasted = set()
    others |= contrasted
    for found in s.mentions_between(first, last):
        if found.start not in claim_tokens and found.start not in others:
            # "signed an agreement in Brussels": where a step is taken names no party.
            place = (
                found.start > cue.end and not found.possessive
                and s.lowers[found.start - 1] in {"in", "at"}
            )  # fmt: skip
            (places if place else names).append(s.gazetteer.actor_of(found.entity))
    if not names:
        names = places  # "ratified in Moscow" with no one else named: keep the place's state
    if body is not None:
        entity = s.gazetteer.get(body[0])
        if entity is not None and entity.country:
            names.append(entity.country)
    if len(set(names)) == 1 and (covered := covered_party(s, cue.start)) is not None:
        names.append(covered)  # "an agreement that will let North Korean citizens work ..."
    if len(set(names)) < 2 and (party := pronoun_party(s, first, cue.start)) is not None:
        names.insert(0, party)  # "where he and Kim Jong Un signed": "he" is Putin's Russia
    if len(set(names)) < 2 and (
        s.lowers[first] in SUBJECT_PRONOUNS or reports_itself(s, first)
    ):
        # "Moscow and Pyongyang ... and they signed", "Moscow announced that it had
        # withdrawn": the sentence's opening subjects.
        opening = s.mentions_between(s.start, s.clause_end(s.start))
        # "Poland notified the UN that it is withdrawing": the body told is no subject.
        names.extend(s.gazetteer.actor_of(f.entity) for f in opening if f.start not in others)
        if not names and s.lowers[first] == "it":
            # "Fishermen fear losses after Russia announced that it was withdrawing": the
            # opening clause is someone else's; "it" is whoever gives the report.
            names.extend(reporter_states(s, first, others))
        if len(set(names)) == 1 and (covered := covered_party(s, cue.start)) is not None:
            names.append(covered)  # "Moscow said it was quitting a pact that let Japanese boats"
    ordered: list[str] = []
    for name in names:
        if name not in ordered:
            ordered.append(name)
    return tuple(ordered)


def reports_itself(s: Sentence, first: int) -> bool:
    """"Moscow announced on Monday that it had withdrawn", "Poland notified the UN that it is
    withdrawing": a reported clause whose subject "it" is the one reporting or giving notice."""
    if s.lowers[first] != "it" or first == s.start:
        return False
    before = s.lowers[s.start : first]
    return before[-1] in {"that", *REPORT_VERBS} and any(
        w in REPORT_VERBS or w in NOTIFYING for w in before
    )


def _parties(s: Sentence, first: int, last: int, claimed: set[int], others: set[int]) -> set[str]:
    """The states the clause names outside claims and `others`."""
    return {
        s.gazetteer.actor_of(f.entity) for f in s.mentions_between(first, last)
        if f.start not in claimed and f.start not in others
    }  # fmt: skip
