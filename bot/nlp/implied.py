"""Figures whose unit is not written next to the number but implied by the text around it:
"52 of 74 drones", "bringing the total to about 10,900", "2,000 more would follow", "about
100 of them have been killed", "12,000 North Koreans" (a plural demonym counts people of that
country)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.added_counts import added_to
from bot.nlp.another_counts import adds_to_last
from bot.nlp.asked_answers import asked_answer
from bot.nlp.asked_in_passing import asked_in_passing
from bot.nlp.asked_losses import asked_loss_count
from bot.nlp.asked_turns import asked_turn_count
from bot.nlp.bare_numbers import (
    CASUALTY_WORDS,
    MEASURED,
    OF_THEM,
    BareNumber,
    Implied,
    bare_number_at,
    figure_like,
    same_as,
)
from bot.nlp.bare_subjects import bare_subject
from bot.nlp.brought_levels import brought_level
from bot.nlp.casualty_counts import vague_toll
from bot.nlp.clause_sources import owned_estimate
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.count_reaches import reached_count
from bot.nlp.counted_peoples import counted_at
from bot.nlp.demonym_forces import held_captive, people_told_as_soldiers, soldiers_told_before
from bot.nlp.elided_fates import elided_fate
from bot.nlp.estimated_nouns import estimate_figure
from bot.nlp.figures import Figure, qualifier_before, read_figure
from bot.nlp.first_sent_counts import first_sent_count
from bot.nlp.group_parts import group_part, own_side, ranged_part, side_of_people
from bot.nlp.held_levels import held_level
from bot.nlp.included_lists import later_included_part
from bot.nlp.including_members import members_of_own_noun
from bot.nlp.lexicon import VAGUE_AMOUNTS
from bot.nlp.linking import counted_noun
from bot.nlp.non_figures import no_amount
from bot.nlp.number_reading import number_at
from bot.nlp.owner_estimates import owner_estimate
from bot.nlp.partitive_wholes import past_qualifier, whole_side
from bot.nlp.present_counts import present_count
from bot.nlp.pronoun_estimates import restated_by_pronoun
from bot.nlp.pronoun_restatements import restated_by_it
from bot.nlp.remaining_counts import remaining_count
from bot.nlp.reported_tolls import reported_toll, sent_whole
from bot.nlp.revised_from import revised_from
from bot.nlp.running_totals import COLLECTIVE_NOUNS, earlier_level, share_of_last
from bot.nlp.said_figures import said_figure
from bot.nlp.sent_more import more_sent
from bot.nlp.sent_number_totals import sent_number_total
from bot.nlp.sent_people_wholes import whole_noun
from bot.nlp.sent_totals import sent_total
from bot.nlp.total_levels import total_level
from bot.nlp.unit_nouns import is_age, unit_noun
from bot.nlp.units import normalise_measure
from bot.nlp.vague_antecedents import vague_antecedent
from bot.nlp.vague_parts import vague_part
from bot.nlp.whole_ranges import out_of_whole, with_range_end

_TOTAL_BEFORE = (("total", "to"), ("total", "of"), ("total", "at"), ("total", "is"),
                 ("total", "was"), ("number", "to"), ("numbers", "to"))  # fmt: skip
_EARLIER_BEFORE = (("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"))
_TOTAL_AFTER = (("in", "all"), ("in", "total"), ("altogether",), ("overall",))
_DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her"})
_TOTAL_WORDS = frozenset({"total", "toll", "tally", "totals", "tolls"})
_RAISING = frozenset(
    {"bringing", "brings", "bring", "brought", "raising", "raises", "raised", "pushing", "pushed",
     "taking", "took", "lifting", "lifted"}
)  # fmt: skip
_TOTAL_REACH = 12  # "bringing its total losses since the start of the invasion to"
_SUPERLATIVES = frozenset({"most", "few", "many", "best", "worst", "biggest", "largest"})
_MILITARY = frozenset(
    {"troops", "soldiers", "sent", "deployed", "dispatched", "fighting", "front", "military",
     "army", "combat", "battle", "forces", "units", "deployment", "mercenaries"}
)  # fmt: skip


def implied_figure(
    s: Sentence, i: int, previous: Quantity | None
) -> Implied | None:
    """A figure at token i whose unit is implied, with the actor it implies (or None)."""
    n = bare_number_at(s, i)
    if n is None:  # "thousands of them had been killed": a vague part of the last count
        return _vague_more(s, i, previous) or vague_part(s, i, previous)
    q_start, end = n.start, n.end
    if (asked := asked_turn_count(s, n)) is not None:
        return asked  # "Q: How many North Korean troops ...?" "RUTTE: ... more than 10,000"
    if (lost := asked_loss_count(s, n)) is not None:
        return lost  # "SEN. X: And their losses?" "GEN. Y: Killed and wounded, north of 6,000"
    if (added := added_to(s, q_start)) is not None:
        return figure_like(n, added[0], added[1]), added[2]
    after = s.lowers[end : end + 2]
    if after[:1] == ["of"] and end + 1 < s.end:
        return group_part(s, q_start, i, end, n.qualifier, previous) or _part(s, n, previous)
    if (ranged := ranged_part(s, i, end, previous, implied_figure)) is not None:
        return ranged
    # '"about 1,100" North Koreans': a number quoted from a source counts the people after it.
    at = end + 1 if s.lowers[end : end + 1] and s.lowers[end] in QUOTES else end
    demonym = s.mention_at.get(at)
    if demonym is not None and demonym.start == at and demonym.kind == "country" and (
        demonym.surface.endswith("s") and not demonym.adjectival
    ):
        figure = figure_like(n, _people_measure(s, demonym.surface, demonym.end), demonym.surface)
        figure.unit_start, figure.unit_end = demonym.start, demonym.end
        figure.end = demonym.end
        return figure, s.gazetteer.actor_of(demonym.entity)
    if (answer := asked_answer(s, n)) is not None:
        return answer  # 'Asked how many soldiers had been killed, he said: "More than 55,000."'
    if (counted := counted_at(s, q_start)) is not None:
        # "put the number of North Koreans in Russia at 12,000"
        measure = _people_measure(s, counted.surface)
        return figure_like(n, measure, counted.surface), s.gazetteer.actor_of(counted.entity)
    if (estimated := estimate_figure(s, n, previous)) is not None:
        return estimated  # "lowered its estimate of North Korean troops to about 10,000"
    if (owned := owner_estimate(s, n, previous)) is not None:
        return owned  # "its estimate of the North's troop presence at around 10,000"
    if (toll := reported_toll(s, n, previous)) is not None:
        return toll  # "estimates that about 2,000 have been killed", no count before
    if (first := first_sent_count(s, n, previous)) is not None:
        return first  # "By Seoul's count, about 11 000 were deployed", no count before
    if (total := sent_total(s, n, previous)) is not None:
        return total  # "began sending troops. ... estimates the total at about 15,000"
    if (rest := remaining_count(s, n, previous) or present_count(s, n, previous)) is not None:
        return rest  # "the troops had come home, and around 10,000 remained in Russia"
    if (passing := asked_in_passing(s, n)) is not None:
        return passing  # "Estimates of how many X are still there vary. Y says about 800."
    if previous is None:
        return None
    if previous.value is None:  # "thousands of troops ... said 3,000 had been moved"
        return vague_antecedent(s, n, previous, restated=_restated_estimate(s, q_start))
    # 'put the total at "over 10,000"': a figure quoted from its source reads as if bare.
    lead = _quote_opened(s, q_start)
    before = tuple(s.lowers[max(s.start, lead - 2) : lead])
    if out_of_whole(s, q_start) or _among(s, q_start):
        whole = _whole_of_part(s, n, previous)
        return None if whole is None else (with_range_end(s, n, whole[0]), whole[1])
    # "He said 2,000 more would follow": more of what was counted last.
    # (read_figure found no unit noun after it, or this would not be asked.)
    more = after[:1] in (["more"], ["others"], ["additional"])
    # "including 1,510 over the past day": a share of the figure just given.
    # "52.4 million iPhones, up from 48 million a year earlier": the earlier level of the
    # same count.
    earlier = before in _EARLIER_BEFORE and previous.sentence == s.text
    totals = (
        earlier or (before[-1:] == ("including",)
                    and not members_of_own_noun(s, lead, previous))
        or (previous.sentence == s.text and later_included_part(s, lead, end, previous.measure))
        or before in _TOTAL_BEFORE
        or _running_total(s, lead) or _restated_estimate(s, lead) or restated_by_pronoun(s, lead)
        or restated_by_it(s, lead, end, previous)  # 'Nigeria puts it at 3,000', 'said it's 3,000'
        or reached_count(s, lead) or said_figure(s, lead, end)  # "the number could reach"
        or total_level(s, lead) or brought_level(s, lead)  # "the total has risen to 11,000"
        or owned_estimate(s, lead)
        or share_of_last(s, q_start, end) or earlier_level(s, q_start) or revised_from(s, q_start)
        or held_level(s, q_start, previous)  # "at the current level of some 15,000"
        or any(tuple(s.lowers[end : end + len(p)]) == p for p in _TOTAL_AFTER)
    )  # fmt: skip
    if more:
        return more_sent(s.lowers, n, previous) or _more_of(s, n, previous)
    if previous.category not in MEASURED and adds_to_last(s, q_start, previous):
        return same_as(n, previous), previous.actor
    if not totals:
        return bare_subject(s, n, previous)
    return sent_number_total(s, n, previous) or (same_as(n, previous), previous.actor)


def _quote_opened(s: Sentence, q_start: int) -> int:
    """The figure's start, or the quote mark opening just before it ('at "over 10,000"'), so
    the words before the quote are read as the figure's own."""
    k = q_start - 1
    return k if k > s.start and s.lowers[k] in QUOTES and s.space_after(k) == "" else q_start


def _people_measure(s: Sentence, people: str = "", at: int = -1) -> tuple[str, str]:
    military = not held_captive(s, at) and (
        not _MILITARY.isdisjoint(s.words)
        or soldiers_told_before(s)
        or (bool(people) and people_told_as_soldiers(s, people))
    )
    return ("troop", "troop") if military else ("person", "person")


_OWNER_MARKS = frozenset({"'s", "’s"})


def _part(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """"52 of 74 drones", "52 of the drones", "96 of them": a part counts what its group
    counts; the dead among a group are that group's."""
    value = n.value
    k = n.end + 1
    group = k + 1 if s.lowers[k] in _DEFINITE and k + 1 < s.end else k
    # "of the roughly 16,000 troops": the whole's own qualifier comes before its number.
    whole = read_figure(s, past_qualifier(s, group) if group > k else group)
    # "one of two prisoners" singles out a member of the group; the group is the count.
    member = value == 1 and s.lowers[n.num] == "one"
    if whole is not None and whole.value is not None and not member:
        side = whole_side(s, whole.num_end, whole.unit_start)
        return replace(whole, start=n.start, num_start=n.num, num_end=n.end, value=n.value,
                       value_max=None, qualifier=n.qualifier), side  # fmt: skip
    if group > k:
        # "one of the largest armies", "one of the drones": singling out a member, no count.
        if value == 1 or s.lowers[group] in _SUPERLATIVES or s.lowers[group].endswith("est"):
            return None
        # "Nine of the unit's members": the group's own noun, past its owner's "'s".
        owned = group + 2 < s.end and s.lowers[group + 1] in _OWNER_MARKS
        unit = unit_noun(s, group + 2 if owned else group)
        if unit is None:
            return None
        u_start, u_end, found, _ = unit
        figure = figure_like(n, found, s.texts[u_start])
        figure.unit_start, figure.unit_end, figure.end = u_start, u_end, u_end
        return figure, own_side(s, k, found, previous)
    if s.lowers[k] not in OF_THEM or previous is None or value == 1:
        return None
    if any(w in CASUALTY_WORDS for w in s.lowers[k + 1 : k + 7]) or elided_fate(s, k):
        return figure_like(n, ("casualty", "casualty"), "casualty"), side_of_people(previous)
    if previous.value is None or previous.category in MEASURED:
        return None  # "of them" points at things counted, never at kilometres or dollars
    # "launched 100 drones ... 96 of them were shot down": the part belongs to whoever acts
    # on it, not to the group's owner; "8,000 of them" of soldiers counted is their side's.
    return _named_part(s, n, k) or same_as(n, previous), side_of_people(previous)


_BE_PLURAL = frozenset({"were", "are"})


def _named_part(s: Sentence, n: BareNumber, k: int) -> Figure | None:
    """"52 passengers, 11 of whom were children": the part names its own noun after "were"
    ("11 of them were shot down" names none)."""
    if k + 2 >= s.end or s.lowers[k + 1] not in _BE_PLURAL:
        return None
    unit = unit_noun(s, k + 2)
    if unit is None or unit[0] != k + 2 or unit[2][1] in MEASURED:
        return None
    figure = figure_like(n, unit[2], s.texts[unit[0]])
    figure.unit_start, figure.unit_end = unit[0], unit[1]
    return figure


_MORE_REACH = 8
_NOUN_PHRASE_ENDS = frozenset(
    {",", ";", ":", ".", "and", "or", "to", "in", "on", "at", "by", "this", "that", "the",
     "a", "an", "than", "each", "per", "every", "last", "next", "would", "will", "were"}
)  # fmt: skip


def _more_of(s: Sentence, n: BareNumber, previous: Quantity) -> Implied | None:
    """"2,000 more would follow": more of what was counted last; but "four more
    Swedish-made Gripen fighter jets" counts the noun a few modifiers on, and a count whose
    noun cannot be read is better left out than given the wrong unit."""
    end = n.end
    for k in range(end + 1, min(s.end, end + 1 + _MORE_REACH)):
        if s.lowers[k] in _NOUN_PHRASE_ENDS:
            break
        unit = unit_noun(s, k)
        if unit is not None and unit[2][1] not in MEASURED:
            u_start, u_end, found, _ = unit
            figure = figure_like(n, found, s.texts[u_start])
            figure.unit_start, figure.unit_end, figure.end = u_start, u_end, u_end
            return figure, None
    following = s.texts[end + 1] if end + 1 < s.end else ""
    if following[:1].isupper() or ("-" in following and following[:1].isalpha()):
        return None  # a modifier of a noun not read: "four more Swedish-made ..."
    return same_as(n, previous), previous.actor


def _whole_of_part(s: Sentence, n: BareNumber, previous: Quantity) -> Implied | None:
    """"4,000 soldiers were killed, out of about 12,000 sent": the whole counts the part's
    noun, not its fate: the dead are casualties, the 12,000 are soldiers."""
    if previous.sentence != s.text:
        return None  # the part is told in the same sentence; else "out of" is a ratio's
    found: tuple[str, str] | None = (previous.measure, previous.category)
    unit = previous.unit
    if previous.category == "casualty":
        found = whole_noun(s, unit, n.end)  # "4,000 North Koreans ..., out of 11,000 deployed"
        if found is None or found[1] == "casualty":
            found, unit = _people_before(s, n.start)
        if found is None:
            found, unit = sent_whole(s, n.end) or (None, unit)
    if found is None or found[1] in MEASURED:
        return None
    return figure_like(n, found, unit), previous.actor


_AMONG_SKIPS = frozenset({"the", "an", "estimated", "reported", "some", "about", "around",
                          "roughly", "total", "of"})  # fmt: skip


def _among(s: Sentence, q_start: int) -> bool:
    """"300 killed, among the estimated 11,000 deployed": the group the dead came from."""
    k = q_start - 1
    while k > s.start and s.lowers[k] in _AMONG_SKIPS:
        k -= 1
    return k >= s.start and s.lowers[k] in {"among", "amongst"} and k < q_start - 1


def _people_before(s: Sentence, q_start: int) -> tuple[tuple[str, str] | None, str]:
    """"3,000 soldiers were killed, including 300 killed, among the 11,000 deployed": when the
    last count names only a fate, the group counts the people named before it."""
    for k in range(q_start - 1, s.start - 1, -1):
        unit = unit_noun(s, k)
        if unit is not None and unit[2][1] in {"troop", "person"}:
            return unit[2], s.span_text(unit[0], unit[1])
    return None, ""


def _running_total(s: Sentence, q_start: int) -> bool:
    """"bringing Russia's total losses since the invasion to roughly 950,000": a bare number
    after "to" in a clause that speaks of a total or toll."""
    if q_start - 1 <= s.start or s.lowers[q_start - 1] != "to":
        return False
    window = s.lowers[max(s.start, q_start - _TOTAL_REACH) : q_start - 1]
    totals = _TOTAL_WORDS | COLLECTIVE_NOUNS  # "bringing its fleet to 18"
    return any(w in totals for w in window) and any(w in _RAISING for w in window)


_ESTIMATE_NOUNS = frozenset({"figure", "estimate", "tally", "count", "number", "total"})
_ESTIMATE_REACH = 7  # "put" to "at" in "put the number in the Kursk region at"
_BOUNDS = frozenset({"above", "over", "below", "under", "beyond"})
_ESTIMATE_VERBS = frozenset(
    {"put", "puts", "putting", "stood", "stands", "raised", "raises", "revised", "revises",
     "lowered", "lowers", "placed", "places"}
)  # fmt: skip


def _restated_estimate(s: Sentence, q_start: int) -> bool:
    """"the agency raised its figure to 3,000", "it put the number at more than 10,000": a
    source's new estimate of what the article counts, the unit left to the reader. A bound
    may stand where "at" would: "puts the total above 6,000"."""
    if q_start - 1 <= s.start:
        return False
    head = q_start - 1
    if s.lowers[head] in _ESTIMATE_NOUNS and s.lowers[q_start] in _BOUNDS:
        head += 1
    elif s.lowers[head] not in {"at", "to"}:
        return False
    window = s.lowers[max(s.start, head - 5) : head]
    if not _ESTIMATE_NOUNS.isdisjoint(window) and not _ESTIMATE_VERBS.isdisjoint(window):
        return True  # "put the number at", "the total stood at"
    # "put the number in Kursk alone at 11,000": a place may narrow the count before "at",
    # so the verb may sit seven words back, in the same clause (no punctuation between).
    window = s.lowers[max(s.start, head - _ESTIMATE_REACH) : head]
    if window[-2:-1] in (["higher"], ["lower"]) and window[-1] == ",":
        # "puts the figure much higher, at about 12,000": the comparison set off before
        # the figure it sets against another's is the same clause.
        window = window[:-1]
    verb = next((k for k in range(len(window) - 1, -1, -1) if window[k] in _ESTIMATE_VERBS), None)
    if verb is None or any(not w.isalnum() for w in window[verb + 1 :]):
        return False
    return not _ESTIMATE_NOUNS.isdisjoint(window[verb + 1 :])


def _vague_more(
    s: Sentence, i: int, previous: Quantity | None
) -> Implied | None:
    """"Tens of thousands more are listed as missing", "... and dozens are missing": a vague
    amount of more of what was counted last, with no unit noun of its own."""
    word = s.lowers[i]
    if previous is None:
        return None
    if word == "tens" and s.lowers[i + 1 : i + 3] == ["of", "thousands"]:
        end, qualifier = i + 3, "tens of thousands"
    elif word in VAGUE_AMOUNTS:
        end, qualifier = i + 1, word
    else:
        return None
    if s.lowers[end : end + 1] not in (["more"], ["others"]) and not vague_toll(s, end, previous):
        return None
    figure = same_as(BareNumber(i, i, end, None, qualifier), previous)
    figure.end = end + 1
    return figure, previous.actor


def parsed_figure(s: Sentence, i: int) -> Figure | None:
    """A figure whose unit noun only the dependency parse ties to the number ("some 3,000
    highly trained, battle-hardened assault troops"): the rules' last resort in a parsed
    sentence."""
    if s.parse is None:
        return None
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    noun = counted_noun(s, s.parse, i, end)
    if noun is None or s.texts[noun][:1].isupper() or noun in s.mention_at:
        return None
    found = normalise_measure(s.lowers[noun])
    if found is None or is_age(s, found[0], noun + 1) or no_amount(s, i, noun, noun + 1, found[0]):
        return None
    q_start, qualifier = qualifier_before(s, i)
    figure = figure_like(BareNumber(q_start, i, end, value, qualifier), found, s.texts[noun])
    figure.unit_start, figure.unit_end, figure.end = noun, noun + 1, noun + 1
    return figure
