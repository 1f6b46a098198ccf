"""Whether a figure is news, a plan or history: "will send 3,000 troops" is planned, "put
the toll at 3,000 in January, before revising it" is background, the rest is reported."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.added_counts import current_total
from bot.nlp.ago_asides import ago_aside
from bot.nlp.ago_sayings import said_ago
from bot.nlp.appositive_dates import appositive_dated
from bot.nlp.as_clauses import as_clause_start
from bot.nlp.asked_openers import asked_long_ago
from bot.nlp.at_the_time import told_at_the_time
from bot.nlp.authorised_forces import authorised_size
from bot.nlp.breakdown_dates import breakdown_between
from bot.nlp.compared_dates import later_clause_date
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.contract_values import contract_value
from bot.nlp.coordinated_clauses import dated_clause_start
from bot.nlp.counted_since import counted_since
from bot.nlp.dated_after_clauses import dated_after_clause
from bot.nlp.dated_ahead import dated_ahead
from bot.nlp.dated_antecedents import dated_antecedent
from bot.nlp.dated_asides import dated_aside
from bot.nlp.dated_estimate_nouns import dated_estimate
from bot.nlp.dated_participles import dated_participle
from bot.nlp.dated_relatives import dated_relative
from bot.nlp.dated_wheres import dated_where
from bot.nlp.dates import DateSpan, is_year, month_of, period_preposition
from bot.nlp.deal_tallies import deal_tally
from bot.nlp.decade_dates import decade_dated
from bot.nlp.decreed_changes import decreed_change
from bot.nlp.earlier_deals import earlier_deal
from bot.nlp.earlier_sayings import said_earlier
from bot.nlp.earlier_totals import earlier_total
from bot.nlp.figures import Figure
from bot.nlp.following_clauses import follows_earlier
from bot.nlp.forces_in_making import force_in_making
from bot.nlp.fresh_reports import fresh_report
from bot.nlp.fronted_dates import dated_in_month
from bot.nlp.fronted_months import fronted_month
from bot.nlp.held_abroad import kept_abroad
from bot.nlp.held_occasions import held_this_year
from bot.nlp.including_asides import past_including
from bot.nlp.intents import budget_sought, intended
from bot.nlp.joined_dates import in_joined
from bot.nlp.joined_hosts import present_group
from bot.nlp.lexicon import FUTURE_MARKERS, PLAN_VERBS
from bot.nlp.moving_forces import moving_now
from bot.nlp.named_phrases_after import past_named_phrase
from bot.nlp.ordinal_deals import ordinal_deal
from bot.nlp.own_periods import last_year_figure, own_period_floor
from bot.nlp.participle_clauses import participle_clause_start
from bot.nlp.partitive_history import dated_partitive_whole
from bot.nlp.partitive_relatives import partitive_relative
from bot.nlp.past_day_recalls import past_day_recall
from bot.nlp.past_guesses import past_guess
from bot.nlp.past_occasions import past_occasion
from bot.nlp.past_seasons import last_season
from bot.nlp.past_wars import told_of_past_war
from bot.nlp.place_distances import place_distance
from bot.nlp.possessive_years import past_occasion_owner
from bot.nlp.prepared_counts import prepared_for
from bot.nlp.present_semicolons import present_after_semicolon
from bot.nlp.progressive_clauses import own_clause_start
from bot.nlp.recap_dates import recap_background
from bot.nlp.recaps import stale_date
from bot.nlp.relative_asides import in_closed_aside
from bot.nlp.relative_prospects import prospective_relative
from bot.nlp.relative_sizes import past_size
from bot.nlp.relative_skips import past_relative_aside
from bot.nlp.revised_from import revised_from
from bot.nlp.running_totals import from_peak
from bot.nlp.signed_before import signed_long_before
from bot.nlp.since_clauses import since_clause_date, since_inside_count
from bot.nlp.superseded_figures import superseded
from bot.nlp.supposed_figures import supposed_figure
from bot.nlp.talks_deals import under_talks
from bot.nlp.time_when_clauses import past_time_when
from bot.nlp.told_times import same_time_back
from bot.nlp.used_to import used_to
from bot.nlp.year_in_review import just_ended
from bot.nlp.year_tallies import year_tally
from bot.nlp.year_when_clauses import year_when

_FUTURE_AFTER = (
    ("will",), ("would",), ("could",), ("may",), ("might",), ("are", "being"),
    ("is", "being"), ("to", "be"), ("are", "expected"), ("are", "due"), ("are", "set"),
    # "said two brigades were being prepared": the same, told in reported speech
    ("were", "being"), ("was", "being"),
    # "2,000 soldiers are to be sent": the passive of "are to send" (`be_to_plans`)
    ("are", "to", "be"), ("is", "to", "be"),
)  # fmt: skip


_FUTURE_FIRST = frozenset(p[0] for p in _FUTURE_AFTER)
_BACKGROUND_OPENINGS = frozenset({("earlier", ","), ("previously", ",")})
# "up from roughly 1,000", "had fallen from 610": the level a change is measured from.
_CHANGES = frozenset(
    {"up", "down", "fell", "fallen", "rose", "risen", "dropped", "declined", "grew", "grown",
     "climbed", "jumped", "increased", "decreased", "slipped", "falling", "rising"}
)  # fmt: skip
# "The report comes after Russia fired 728 drones": the event the news follows.
# "Russia is on course to produce 2,700 drones": a trajectory, not an output yet.
_TRAJECTORIES = frozenset({"course", "track", "pace"})
_TRAJECTORY_OR_NEXT = _TRAJECTORIES | {"next"}
# A document that orders or sets aside what it counts: "a decree calling up 160,000
# conscripts", "the budget, which allocates 13 trillion rubles" (present tense: a provision;
# "the cabinet allocated" is a done act).
_ORDERS = frozenset({"decree", "decrees", "edict", "ukase"})
_ORDERING = frozenset({"calling", "ordering", "mandating", "authorising", "authorizing"})
_PROVIDES = frozenset({"allocates", "earmarks", "allots", "envisages", "foresees"})


def modality(s: Sentence, f: Figure) -> Modality:
    if _baseline(s, f) or _earlier_estimate(s, f) or dated_estimate(s, f) or (
        revised_from(s, f.start) or from_peak(s, f.start)  # "to 1,800, from the roughly 2,000"
    ):
        return Modality.BACKGROUND  # "cites Seoul's estimate from April that about 4,700"
    # "is to move north of the river, 30 km from the border": the distance is no plan.
    planned = _planned(s, f) and not current_total(s, f.start, f.end) and not place_distance(s, f)
    # "among the 11,000 sent"; "under a contract worth $3bn": the contract is signed
    planned = planned and not present_group(s, f) and not contract_value(s, f)
    if planned or _provided(s, f) or prepared_for(s, f) or (
        decreed_change(s, f) or dated_ahead(s, f) or force_in_making(s, f)
        or authorised_size(s, f)  # "authorised a force of up to 5,550 personnel"
        or prospective_relative(s, f)  # "25,000 soldiers who can be transferred"
        or under_talks(s, f)  # "talks on a contract for 180 tanks, worth $6bn"
    ):
        return Modality.PLANNED
    if fresh_report(s, f):  # "In its report, released Thursday, X said ... in 2024"
        return Modality.REPORTED
    # "Budanov said earlier that ... 3,000 more"; not "As reported earlier, ... the past day"
    if (said_earlier(s, f) and not past_day_recall(s)) or said_ago(s, f) or ago_aside(s, f):
        return Modality.BACKGROUND
    if tuple(s.lowers[s.start : s.start + 2]) in _BACKGROUND_OPENINGS or recap_background(s):
        return Modality.BACKGROUND  # "Earlier, the NIS claimed that ...": told as history
    fronted = fronted_month(s) and not present_after_semicolon(s, f.start)  # "; this month"
    if superseded(s, f) or fronted or earlier_total(s, f) or _when_dated(s, f):
        return Modality.BACKGROUND
    if deal_tally(s, f) or told_at_the_time(s) or dated_antecedent(s, f) or same_time_back(s) or (
        dated_in_month(s, f) or dated_partitive_whole(s, f) or last_season(s, f)
        or past_occasion(s, f) or past_time_when(s, f)  # "810 drones in one night last month"
        or past_occasion_owner(s, f)  # "Last year's drills involved 9,000 troops"
        or held_this_year(s, f)  # "16,000 troops took part in this year's drills"
    ):
        return Modality.BACKGROUND
    if earlier_deal(s, f) or ordinal_deal(s, f):  # "in earlier contracts", "the first was"
        return Modality.BACKGROUND
    if signed_long_before(s, f) or dated_aside(s, f):  # "a contract signed on Aug. 1, worth
        return Modality.BACKGROUND  # $6.5bn", "Seoul, which sent 100 troops last year, ..."
    if dated_participle(s, f):  # "two sailors seized last week have been freed"
        return Modality.BACKGROUND
    if dated_after_clause(s, f) or told_of_past_war(s, f) or dated_where(s, f):  # "rebuilt
        return Modality.BACKGROUND  # in the 1980s, after Moscow withdrew 8,000", "in 2020 in which"
    if dated_relative(s, f) or decade_dated(s, f):  # "devastated in 1993 by a tsunami", "1970s"
        return Modality.BACKGROUND
    if asked_long_ago(s, f):  # "Asked last year about reports that 5,000 ..., X said"
        return Modality.BACKGROUND
    if used_to(s, f) or last_year_figure(s, f):  # "We used to build about 40 howitzers a
        return Modality.BACKGROUND  # year": a past habit; "sent 11,000 to Kursk last year"
    if past_size(s, f):  # "The army, which numbered 260,000 then, is today ..."
        return Modality.BACKGROUND
    first = s.clause_start(f.start)
    # "comes after Russia fired 728 drones", "came a month after Hanwha signed a $6.5bn
    # deal": a clause of its own, history.
    if follows_earlier(s, first, f.start):
        return Modality.BACKGROUND
    if not s.dates:
        return Modality.REPORTED
    last = s.clause_end(f.end)
    # "contracts signed in 2022, and 110 of them have been delivered": the date stays before.
    first = dated_clause_start(s, first, f)
    relative = first - 1 >= s.start and s.lowers[first - 1] in {"which", "who"}
    for date in s.dates:
        # "were delivered in 2022": a year on its own dates the figure to the past; "since
        # 2022" counts up to now. "The war, which began in April 2023, has killed ...": a
        # date inside a relative clause closed before the figure dates only that clause.
        if (relative and "," in s.lowers[date.end : f.start]) or counted_since(s, date, f):
            continue
        # "Since they entered combat in 2024, has"; "puts losses since ... 2024 at 7,000"
        if since_clause_date(s, date, f) or since_inside_count(s, date, f):
            continue
        # "Finland, which shares a 1,340-km border with Russia, applied in May last year":
        # neither an aside's date nor the date after an aside dates the other clause.
        if s.in_aside(date.start, f.start) or s.in_aside(f.start, date.start):
            continue
        # "signed a $7bn deal ..., the largest since the air force ordered 36 jets in 2016":
        # a later clause of its own, opened by a conjunction, dates its own verb.
        if later_clause_date(s.lowers, f.end, date.start, s.dates):  # "down from N in 2025"
            continue
        # "about 15,000 have served, counting a first contingent sent in autumn 2024": a
        # breakdown set off after the figure dates its own parts, not the total.
        if date.start > f.end and (  # ", the second deal under a pact concluded in 2022"
            breakdown_between(s, f.end, date.start) or appositive_dated(s, f.end, date)
        ):
            continue
        dated = first <= date.start < last and date.past
        # "in the early 1990s" dates the figure after it; after the figure, such a date
        # may be another noun's ("workers sent in late 2025"), so only the plain "in" counts,
        # unless the "in" follows the figure at once ("3,000 more in early 2025").
        floor = s.start if date.end <= f.start else own_period_floor(s, f, date)
        opening = period_preposition(s.lowers, date, floor)
        if dated and (opening in {"in", "during"} or in_joined(s, date)) and (
            any(is_year(w) for w in s.lowers[date.start : date.end]) or _last_years(s, date)
        ) and not (date.start >= f.end and just_ended(s, date)) and (  # "lost 415,000 in 2025"
            not year_tally(s, date, f.start)):  # "60,000 in 2026" told on a 2026 page
            return Modality.BACKGROUND
    return Modality.REPORTED


def _last_years(s: Sentence, date: DateSpan) -> bool:
    """"sent to the front in October last year": a month of last year names its year as
    surely as "in October 2024" does; "in October" alone may be this year's news."""
    return s.lowers[date.end : date.end + 2] == ["last", "year"] and (
        month_of(s.lowers, date) is not None
    )


def _when_dated(s: Sentence, f: Figure) -> bool:
    """"The record was set on Sept. 7, when Russia fired 810 drones": a "when" clause tells
    what happened at the date before it, weeks (or, for a bare month, months) before the
    article's own."""
    if not s.dates or year_when(s, f):  # "on Oct. 18, 2024, when it said 1,500 ..."
        return bool(s.dates)  # no date to go by: most sentences, before finding the clause
    first = s.clause_start(f.start)
    if first - 2 < s.start or s.lowers[first - 2 : first] != [",", "when"]:
        return False
    date = next((d for d in s.dates if d.end == first - 2), None)
    if date is not None and _last_named(s, date):
        return True  # "first reported last October, when it said 1,500 ...": any dateline
    if s.reference is None:
        return False
    if date is None or stale_date(s, date):
        return date is not None
    # "higher than in January, when the NIS put the toll at 300" told in April: a month on
    # its own, two or more before the dateline's (the month just gone may still be news).
    month = month_of(s.lowers, date)
    return month is not None and date.past and date.end - date.start == 1 and (
        (s.reference[0] - month) % 12 >= _WHEN_MONTHS_BACK
    )


_WHEN_MONTHS_BACK = 2


def _last_named(s: Sentence, date: DateSpan) -> bool:
    """"last October", "last year": a named month or year counted back is months old, with
    or without a dateline ("last week" and "last night" may still be the news)."""
    before = s.lowers[date.start - 1] if date.start > s.start else ""
    last = "last" in (s.lowers[date.start], before)
    return last and (s.lowers[date.end - 1] == "year" or month_of(s.lowers, date) is not None)


def _baseline(s: Sentence, f: Figure) -> bool:
    """"up from roughly 1,000 a month a year earlier": the older level a change starts from."""
    if "from" not in s.words:
        return False
    # A unit named first ("put the number of troops at 12,000, up from the 11,000") starts
    # the figure far before the "from": the number's own start tells then.
    for k in (f.start - 1, f.num_start - 1):
        k -= k - 1 >= s.start and s.lowers[k] == "the"  # "up from the 11,000 it reported"
        if k - 1 >= s.start and s.lowers[k] == "from" and s.lowers[k - 1] in _CHANGES:
            return True
    return False


_RISES = frozenset({"rise", "increase", "jump", "drop", "fall", "decline", "up", "down"})
_ESTIMATE_NOUNS = frozenset({"estimate", "figure", "count", "tally", "toll", "assessment"})


def _earlier_estimate(s: Sentence, f: Figure) -> bool:
    """"a sharp rise from the agency's February estimate of about 4,000": the older estimate
    a change is measured from, named as a noun before "of"."""
    k = f.start - 1
    if _ESTIMATE_NOUNS.isdisjoint(s.words):
        return False
    if k - 1 < s.start or s.lowers[k] != "of" or s.lowers[k - 1] not in _ESTIMATE_NOUNS:
        return False
    window = s.lowers[max(s.start, k - 7) : k - 1]
    return "from" in window and not _RISES.isdisjoint(window[: window.index("from")])


def _provided(s: Sentence, f: Figure) -> bool:
    """What a decree orders or a budget sets aside is still to happen."""
    if _PROVIDES.isdisjoint(s.words) and _ORDERS.isdisjoint(s.words):
        return False
    window = s.lowers[max(s.start, f.start - 4) : f.start]
    if window[-1:] and window[-1] in _PROVIDES:
        return True
    return not _ORDERS.isdisjoint(window) and not _ORDERING.isdisjoint(window)


_AFTER_PREPOSITIONS = frozenset({"from", "of", "in", "at", "on"})
_PHRASE_ENDS = frozenset({",", ";", ":", "and", "or", "that", "who", "which", "but"})


def _future_after(s: Sentence, k: int, start: int) -> bool:
    """"13,000 servicemen will take part", also past a short phrase after the noun: "13,000
    servicemen from both countries would take part"."""
    if _FUTURE_FIRST.isdisjoint(s.words):
        return False
    k += k < s.end and s.lowers[k] == "each"  # "6,000 soldiers each will ..."
    k = past_including(s, k, start)  # "12,000 troops, including 500 officers, will ..."
    k = past_relative_aside(s, k)  # "11,000 troops, most of whom ..., would be sent"
    k = past_named_phrase(s, k)  # "500 servicemen of the Korean People's Army will"
    if k < s.end and s.lowers[k] in _AFTER_PREPOSITIONS:
        for j in range(k + 1, min(s.end, k + 6)):
            # "2.9% in May" is a date, no "may"; "from the Kordofan front would" names one
            capital = s.texts[j][:1].isupper() and s.lowers[j - 1] != "the"
            if s.lowers[j] in _PHRASE_ENDS or j in s.date_at or capital:
                break
            if s.lowers[j] in _FUTURE_FIRST:
                k = j
                break
    if k >= s.end or s.lowers[k] not in _FUTURE_FIRST or _modal_perfect(s, k):
        return False
    return any(tuple(s.lowers[k : k + len(p)]) == p for p in _FUTURE_AFTER) and (
        not kept_abroad(s, start, k) and not moving_now(s, k)  # "were being moved to"
    )


def _modal_perfect(s: Sentence, k: int) -> bool:
    """"1,500 soldiers may already have arrived": a modal before a perfect guesses at what
    has happened; it plans nothing."""
    j = k + 1
    if j < s.end and s.lowers[j] in {"already", "well", "now"}:
        j += 1
    return s.lowers[k] in {"may", "might", "could"} and s.lowers[j : j + 1] == ["have"] and (
        j + 1 < s.end and s.lowers[j + 1] not in {"to", "a", "an", "the"}
    )


def _planned(s: Sentence, f: Figure) -> bool:
    first = as_clause_start(s, own_clause_start(s, s.clause_start(f.start), f), f)
    first = participle_clause_start(s, first, f)  # '"We expect ...," X said, putting it at N'
    if partitive_relative(s, f):
        first = f.start  # "for its troops, 11,000 of whom are there": the relative's own
    words = s.words  # a sentence without a test's words skips cutting the clause for it
    # Both tests below need their word at j; a clause with neither skips the scan.
    if not _TRAJECTORY_OR_NEXT.isdisjoint(words) and not _TRAJECTORY_OR_NEXT.isdisjoint(
        s.lowers[first + 1 : f.start - 1]
    ):
        for j in range(first + 1, f.start - 1):
            if s.lowers[j] in _TRAJECTORIES and s.lowers[j - 1] == "on" and s.lowers[j + 1] == "to":
                return True
            if s.lowers[j - 1 : j + 1] == ["for", "next"]:
                return True  # "the defence budget for next year is 13.5 trillion roubles"
    if not FUTURE_MARKERS.isdisjoint(words) and not FUTURE_MARKERS.isdisjoint(
        s.lowers[first : f.start]
    ):
        for j in range(first, f.start):
            word = s.lowers[j]
            # "injured in May": inside a sentence a capital "May" is the month, not a modal.
            month = s.texts[j] == "May" and j > s.start and s.lowers[j - 1] not in QUOTES
            if word in FUTURE_MARKERS and j not in s.date_at and j not in s.mention_at and (
                not month and not _modal_perfect(s, j) and not in_closed_aside(s, j, f.start)
                and not past_guess(s, j)  # "had likely suffered 1,000 casualties"
            ):
                return True
    before = f.start - 1
    while before > first and s.lowers[before] in QUOTES:
        before -= 1
    if before - 1 >= first and s.lowers[before] in PLAN_VERBS and s.lowers[before - 1] == "to":
        return True
    if intended(s, first, f.start) or budget_sought(s, first, f):
        return True
    k = f.end
    while k < s.end and s.lowers[k] in QUOTES:
        k += 1
    return _future_after(s, k, f.start) or supposed_figure(s, f)  # "If X sent 50,000, ..."
