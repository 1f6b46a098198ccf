"""Figures with what they count, whose they are, who says so and whether they are done,
planned or a whole army's size."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.active_duty import on_active_duty
from bot.nlp.actors import figure_actor
from bot.nlp.asked_in_passing import answers_asked
from bot.nlp.briefing_places import briefing_place
from bot.nlp.casualty_counts import counts_people, hurt_count
from bot.nlp.claim_choice import claimant_for
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.compared_sources import compared_source_count
from bot.nlp.context import Sentence
from bot.nlp.converted_sums import conversions_follow
from bot.nlp.count_reaches import reached_count
from bot.nlp.counting_sources import organisation_counting
from bot.nlp.dash_tallies import dash_label_count
from bot.nlp.deal_figures import is_deal
from bot.nlp.demonym_units import counts_a_people
from bot.nlp.depopulated_places import depopulated
from bot.nlp.descriptions import Discourse
from bot.nlp.dismissals import own_figure_claimant
from bot.nlp.earlier_estimates import earlier_estimate, older_as_history
from bot.nlp.elided_fates import fate_after_part, toll_of_them, whole_of_toll
from bot.nlp.elided_spans import spanned_count
from bot.nlp.elided_units import elided_count
from bot.nlp.estimate_owners import estimate_owner
from bot.nlp.fate_auxiliaries import past_auxiliaries
from bot.nlp.fielded_forces import can_field
from bot.nlp.figures import Figure, may_start_figure, read_figure
from bot.nlp.force_men import men_of_force
from bot.nlp.fractions import fraction_figures
from bot.nlp.given_lives import gave_lives, personnel_fate
from bot.nlp.glossed_sums import without_glosses
from bot.nlp.group_counts import group_count, named_owner
from bot.nlp.implied import implied_figure, parsed_figure
from bot.nlp.included_casualties import included_casualties
from bot.nlp.joined_groups import past_joined
from bot.nlp.joined_strengths import joined_strengths
from bot.nlp.labelled_counts import label_count
from bot.nlp.left_fates import left_in_fate
from bot.nlp.lexicon import POSSESSION_VERBS, PRONOUNS, WHOLE_FORCE_NOUNS
from bot.nlp.listed_deployments import after_listed_count
from bot.nlp.loss_scope import losses_named_before
from bot.nlp.manner_deaths import past_manner
from bot.nlp.matched_figures import matched_actors
from bot.nlp.modality import modality
from bot.nlp.named_relays import named_relay
from bot.nlp.opening_groups import opening_group
from bot.nlp.out_of_action import put_out_of_action
from bot.nlp.partitive_wholes import is_partitive_whole
from bot.nlp.people_counts import (
    army_of,
    deaths_of,
    fate_past_aside,
    fate_past_owner,
    part_of_army,
)
from bot.nlp.placed_forces import placed_subject
from bot.nlp.predicates import predicate_figure
from bot.nlp.pronoun_estimates import restated_by_pronoun
from bot.nlp.recruited_counts import enlisted_count
from bot.nlp.reduced_relatives import fate_past_participle
from bot.nlp.relative_deaths import died_in_relative
from bot.nlp.relative_sizes import relative_size
from bot.nlp.repatriated_bodies import handed_bodies
from bot.nlp.reserve_pools import reserve_pool
from bot.nlp.sender_questions import previous_sender
from bot.nlp.sent_men import men_sent
from bot.nlp.share_wholes import is_share_whole
from bot.nlp.shared_fates import shared_fates
from bot.nlp.sized_armies import army_sized
from bot.nlp.stated_strengths import stated_strength
from bot.nlp.subject_counts import subject_count
from bot.nlp.tally_lists import lost_without_object
from bot.nlp.their_losses import their_losses
from bot.nlp.told_groups import told_group
from bot.nlp.told_losses import told_losses
from bot.nlp.troop_batches import batch_size
from bot.nlp.units import TIME_UNITS
from bot.nlp.vague_estimates import vague_estimate
from bot.nlp.where_deployments import placed_by_where

_CASUALTY_VERBS = frozenset(
    {
        "killed", "killing", "kills", "wounded", "wounding", "injured", "injuring", "died",
        "dead", "slain", "perished", "lost", "losing", "loses", "drowned", "hurt",
        # "liquidated up to 70 mercenaries", "eliminated about 80 servicemen": war reports'
        # (and their translations') words for killing people
        "liquidated", "eliminated", "destroyed",
    }
)  # fmt: skip
_INTRANSITIVE_DEATHS = frozenset({"died", "perished", "drowned"})
_PARTICIPLES = frozenset({"killed", "wounded", "injured", "dead", "slain"})
_OBJECT_STARTS = frozenset({"the", "a", "an", "their", "his", "her", "its", "dozens", "hundreds",
                            "thousands", "at", "more", "some", "about"})  # fmt: skip
_BE = frozenset(
    {"were", "was", "have", "had", "been", "are", "being", "reportedly", "also", "already"}
)
# "has 600,000 troops in Ukraine", "had 8,000 soldiers left in Kursk": what a deployment
# holds (or has left of it), not the army's size.
_STATIONED = frozenset(
    {"in", "on", "at", "near", "inside", "along", "across", "into", "to", "deployed",
     "stationed", "there", "fighting", "based", "ready", "waiting", "prepared", "poised",
     "standing", "massed", "left", "remaining", "engaged", "committed", "involved"}
)  # fmt: skip
_GROWTH_VERBS = frozenset(
    {"grow", "grows", "grew", "expand", "expands", "expanded", "increase", "increases",
     "increased", "raise", "raises", "raised", "boost", "boosts", "boosted", "bring",
     "brings", "brought", "swell", "enlarge", "reach"}
)  # fmt: skip
# "the army has shrunk to half a million troops", "has grown to 1.5 million": the size it
# changed to is the whole army's, whichever way it went.
_SIZE_CHANGES = _GROWTH_VERBS | frozenset(
    {"grown", "swelled", "swollen", "shrink", "shrinks", "shrank", "shrunk", "dwindled"}
)
_TIME_MEASURES = frozenset(TIME_UNITS.values())
_RECENT = frozenset({"past", "last", "previous", "preceding"})


def find_quantities(
    s: Sentence,
    cues: list[ClaimCue],
    claim_tokens: set[int],
    previous: Quantity | None = None,
    discourse: Discourse | None = None,
) -> list[Quantity]:
    """Every figure in the sentence; `previous` is the article's last figure so far, whose
    unit a bare number may carry on ("bringing the total to 10,900"); `discourse` what the
    article told before, for descriptions that stand for a name ("the alliance")."""
    told = discourse if discourse is not None else Discourse()
    quantities: list[Quantity] = []
    windows: list[Quantity] = []  # "in the past 24 hours": the period another count covers
    starts = s.figure_starts
    if starts is None:
        starts = [i for i in range(s.start, s.end) if may_start_figure(s.lowers[i])]
    free = s.start  # tokens before this belong to a figure already read
    date_at = s.date_at
    for i in starts:
        if i < free or i in s.mention_at or i in date_at:
            continue  # inside a figure read, a name or a date: never a figure's start
        figure = read_figure(s, i)
        if figure is None:
            last = quantities[-1] if quantities else previous
            implied = (label_count(s, i)  # "Troops sent: about 9,000; killed: 1,100"
                       or dash_label_count(s, i)  # "• tanks – 9,402 (+5)"
                       or vague_estimate(s, i)  # "put X casualties at 'several hundred'"
                       or group_count(s, i, last) or batch_size(s, i, last) or opening_group(s, i)
                       or earlier_estimate(s, i, last) or told_losses(s, i, told)
                       or compared_source_count(s, i, last) or relative_size(s, i)
                       or implied_figure(s, i, last) or told_group(s, i, last, told)
                       or predicate_figure(s, i) or hurt_count(s, i)
                       or subject_count(s, i) or elided_count(s, i, last)
                       or spanned_count(s, i, last))  # fmt: skip
            if implied is None:
                parsed = parsed_figure(s, i)
                if parsed is None:
                    continue
                implied = parsed, None
            figure, actor = implied
            q = _quantity(s, figure, cues, claim_tokens, told)
            # "the number could reach N": the count's noun stands for the count told before
            owned = named_owner(s, figure) or counts_a_people(s, figure) or (
                toll_of_them(s, figure) or whole_of_toll(s, figure)
                or reached_count(s, figure.start) or restated_by_pronoun(s, figure.start)
            ) or answers_asked(s, figure) or briefing_place(s, figure)
            if actor is not None and (q.actor is None or owned):
                q = replace(q, actor=actor)
            quantities.append(q)
            # "52 of 74 drones": the whole is a figure of its own, read next.
            free = max(figure.num_end, i + 1)
            continue
        free = max(figure.end, figure.num_end, i + 1)
        q = _quantity(s, figure, cues, claim_tokens, told)
        q = estimate_owner(s, figure, q, cues, quantities[-1] if quantities else previous)
        (windows if _counting_period(s, figure) else quantities).append(q)
    fractions = fraction_figures(s)
    if fractions:
        quantities.extend(_quantity(s, f, cues, claim_tokens, told) for f in fractions)
        quantities.sort(key=lambda q: q.start)
    if not quantities:
        return windows  # most sentences read: the rules below relate figures found
    # What the sentence's figures tell of each other and of the figures before them.
    quantities = older_as_history(s, conversions_follow(s, without_glosses(s, quantities)))
    quantities = joined_strengths(s, included_casualties(s, quantities))  # "and 7.6m reservists"
    quantities = their_losses(s, quantities)  # "sent 8,000 troops and they lost 900"
    quantities = matched_actors(s, previous_sender(s, quantities, told), previous)
    # A period is a figure of its own only when it frames no count ("searched for the past 36
    # hours"); beside a count it only dates it.
    return shared_fates(s, quantities) or windows


def _quantity(
    s: Sentence, f: Figure, cues: list[ClaimCue], claim_tokens: set[int], told: Discourse
) -> Quantity:
    category, measure = f.category, f.measure
    deal = category == "money" and is_deal(s, f)
    if deal:
        category = "deal"
    bodies = counts_people(measure) and handed_bodies(s, f)
    if bodies:
        # "received the bodies of 900 soldiers": returned, not a new toll, and no troops
        measure = category = "body"
    elif (counts_people(measure) and _casualty(s, f)) or personnel_fate(s, f):
        measure = category = "casualty"
    elif men_sent(s, f) or men_of_force(s, f):  # soldiers in plain "men"
        measure = category = "troop"
    start, end = s.char_span(min(f.start, f.num_start), max(f.end, f.num_end))
    return Quantity(
        value=f.value,
        value_max=f.value_max,
        unit=f.unit,
        measure=measure,
        category=category,
        qualifier=f.qualifier,
        actor=figure_actor(
            s, f, cues, claim_tokens, told, deal=deal, casualty=bodies or measure == "casualty"
        ),
        claimant=own_figure_claimant(s, cues, f.num_start)
        or named_relay(s, cues, f.num_start)
        or claimant_for(cues, f.num_start, s.lowers),
        sentence=s.text,
        start=start,
        end=end,
        modality=modality(s, f),
        whole_force=_whole_force(s, f),
    )


def _casualty(s: Sentence, f: Figure) -> bool:
    if _missing(s, f):
        return True
    if enlisted_count(s, f.start) or depopulated(s, f):
        return False  # "recruiting 30,000 soldiers to replace its dead": taken in, not lost
    if s.lowers[max(s.start, f.start - 2) : f.start] == ["out", "of"]:
        return False  # "lost 1,000 killed, out of 11,000 soldiers deployed": the whole force
    if is_partitive_whole(s, f.start):
        return False  # "3,000 of the 16,000 troops sent ... were killed": the group, not the dead
    if is_share_whole(s, f.start):
        return False  # "lost a third of the 12,000 troops it sent": the group, not the dead
    k = past_joined(s, f.unit_end)  # "patients and their companions were killed"
    k = past_auxiliaries(s, k, _BE)  # "had so far been", "are believed to have been killed"
    k = past_manner(s, k)  # "were shot dead"
    if k < s.end and s.lowers[k] in _CASUALTY_VERBS:
        if k > f.unit_end or s.lowers[k] in _INTRANSITIVE_DEATHS:
            return True  # "61,000 people died": no object can follow
        # A headline's bare participle ("43,000 soldiers killed"), unless it takes an object
        # ("3,000 troops killed 40 civilians").
        after = s.lowers[k + 1] if k + 1 < s.end else ""
        # "put the number of troops killed at 46,000": named before the figure, the noun and
        # its participle are what the figure counts.
        named_first = f.unit_end <= f.num_start
        if s.lowers[k] in _PARTICIPLES and (
            named_first or not (after[:1].isdigit() or after in _OBJECT_STARTS)
        ):
            return True
    if k < s.end and lost_without_object(s, k):
        return True
    before = f.start - 1
    if before >= s.start and s.lowers[before] in _CASUALTY_VERBS:
        return True
    # "Russian losses ... amount to about 700,000 servicemen"
    return (
        losses_named_before(s, f)
        or fate_past_owner(s, f)
        or fate_past_aside(s, f)
        or deaths_of(s, f)
        or fate_past_participle(s, f)
        or left_in_fate(s, f)
        or gave_lives(s, f)  # "nine soldiers of the unit laid down their lives"
        or died_in_relative(s, f) or fate_after_part(s, f)  # "who died", "of whom 2,000 died"
        or put_out_of_action(s, f)  # "had been put out of action": killed and wounded
    )



# "nine people remain missing", "40 migrants are feared missing", "60 are feared dead": the
# missing and the presumed dead are counted with the dead and wounded.
_STILL = frozenset({"remain", "remains", "remained", "still", "feared", "listed", "as",
                    "reported", "officially", "presumed", "confirmed",
                    # "6,000 people are registered as missing": the register's word
                    "registered", "recorded"})  # fmt: skip
_FATES = frozenset({"missing", "dead"})


def _missing(s: Sentence, f: Figure) -> bool:
    k = f.unit_end
    while k < min(s.end, f.unit_end + 4) and (s.lowers[k] in _BE or s.lowers[k] in _STILL):
        k += 1
    return k > f.unit_end and k < s.end and s.lowers[k] in _FATES


def _counting_period(s: Sentence, f: Figure) -> bool:
    """"in the past 24 hours", "over the last three days": a stretch of time ending now, the
    period a count was made over."""
    if f.category not in _TIME_MEASURES or f.value is None:
        return False
    before = s.lowers[max(s.start, f.start - 2) : f.start]
    return len(before) == 2 and before[0] == "the" and before[1] in _RECENT


def _army_grows_to(s: Sentence, f: Figure) -> bool:
    """"ordered the army to grow ... to 1.5 million servicemen": the target is the army's
    size."""
    head = f.start - 1
    if head < s.start or s.lowers[head] != "to":
        return False
    words = s.lowers[s.clause_start(f.start) : head]
    army = any(w in WHOLE_FORCE_NOUNS for w in words)
    return army and any(w in _SIZE_CHANGES for w in words)


_ACTIVE_DUTY = frozenset({"active", "active-duty", "standing"})
_TOTAL_VERBS = frozenset({"number", "numbers", "numbered", "total", "totals", "totalled"})


def _army_numbers(s: Sentence, f: Figure) -> bool:
    """"Russia's armed forces number about 1.3 million": a whole army is the subject."""
    head = f.start - 1
    if head < s.start or s.lowers[head] not in _TOTAL_VERBS:
        return False
    first = max(s.clause_start(f.start), head - 3)
    words = s.lowers[first:head]
    # "forces inside Ukraine number 700,000": a deployment, not the army (`placed_forces`)
    return any(w in WHOLE_FORCE_NOUNS for w in words) and not placed_subject(s, first, head)


_SIZED = frozenset({"with", "at"})


def _army_with(s: Sentence, f: Figure) -> bool:
    """"Sweden's armed forces, with roughly 24,000 full-time personnel", "The British Army,
    at about 70,000 soldiers, ...": the army described by its size."""
    head = f.start - 1
    if head - 1 < s.start or s.lowers[head] not in _SIZED or s.lowers[head - 1] != ",":
        return False
    words = s.lowers[max(s.start, head - 3) : head - 1]
    return " ".join(words[-2:]) in WHOLE_FORCE_NOUNS or words[-1:] in (["army"], ["military"])


def _whole_force(s: Sentence, f: Figure) -> bool:
    if f.army is not None:
        return f.army in WHOLE_FORCE_NOUNS
    if f.category != "troop":
        return False
    if (_army_grows_to(s, f) or _army_numbers(s, f) or _army_with(s, f) or army_of(s, f)
            or can_field(s, f) or stated_strength(s, f) or army_sized(s, f)):  # fmt: skip
        return True
    # "with about 1.28 million active troops": the active-duty strength is the army's size.
    if any(w in _ACTIVE_DUTY for w in s.lowers[f.num_end : f.unit_start]):
        return True
    before = f.start - 1
    while before >= s.start and (s.lowers[before] in {"now", "currently", "still"}):
        before -= 1
    if before < s.start or s.lowers[before] not in POSSESSION_VERBS or part_of_army(s, f):
        return False
    if reserve_pool(s, f):  # "a wartime force of 280,000 and has 870,000 reservists"
        return False
    if organisation_counting(s, before) and s.mentions_between(f.num_end, f.unit_start):
        # "the NIS counts 14,000 North Korean troops": another side's troops, tallied
        return False
    # "has 600,000 troops in Ukraine" is a deployment, not the army's size.
    # "has 11,000 soldiers and 6,000 workers in Russia": the list's place is the troops' too.
    end = after_listed_count(s, f.end)
    after = s.lowers[end] if end < s.end else ""
    # "on active duty" is no place; ", where Russia has 700,000 troops" names one before
    placed = (after in _STATIONED and not on_active_duty(s, end)) or placed_by_where(s, before)
    return not placed and after not in PRONOUNS
