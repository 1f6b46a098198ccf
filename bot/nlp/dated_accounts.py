"""Facts told as history by how the sentence is dated rather than by their own clause: a
timeline entry ("Oct. 24, 2024: Russia's State Duma votes to ratify the treaty.") and a claim
restated from an earlier briefing ("The agency said last week that some 11,000 ...")."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from bot.models import Claimant, Event, Modality, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.clause_histories import later_claims, stale_clause
from bot.nlp.contact_relatives import contact_relative
from bot.nlp.context import Sentence
from bot.nlp.dates import (
    STALE_DAYS,
    DateSpan,
    days_before,
    is_year,
    month_day,
    month_of,
    period_preposition,
)
from bot.nlp.fronted_dates import fronted_stale
from bot.nlp.lexicon import ESTIMATE_VERBS, MONTHS
from bot.nlp.narrative_openings import narrative_opening
from bot.nlp.past_day_recalls import past_day_recall
from bot.nlp.present_semicolons import present_fact
from bot.nlp.present_states import present_size
from bot.nlp.preverbal_dates import date_before_verb
from bot.nlp.recaps import recap_opening
from bot.nlp.recent_briefings import current_figure, recent_date
from bot.nlp.titled_speakers import titled_after_comma
from bot.nlp.told_audiences import outlet_audience, past_audience
from bot.nlp.verb_periods import edge_of_period, following_period

_Fact = TypeVar("_Fact", Quantity, Event)
# "said last week", "said earlier this month": the briefing itself is past, not the news.
_PAST_BRIEFINGS = frozenset({"last", "earlier", "previous"})


def as_history(
    s: Sentence, cues: list[ClaimCue], quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """The sentence's reported facts made background when a timeline date heads it, and the
    figures of a claim its reporting verb dates before the news."""
    if not quantities and not events:
        return quantities, events  # nothing to date: most sentences
    if _timeline_entry(s) or _dated_label(s) or _correction(s) or (
        # "As reported earlier, ..." recaps, unless it counts the past day: the news day's
        (recap_opening(s) and not past_day_recall(s)) or narrative_opening(s)
    ):
        return [_background(q) for q in quantities], [_background(e) for e in events]
    if fronted_stale(s):  # "In January, ... 11,000; this month ... 10,000": the news stays
        return ([q if present_fact(s, q.start) else _background(q) for q in quantities],
                [e if present_fact(s, e.start) else _background(e) for e in events])
    if (clause := stale_clause(s)) is not None:
        quantities = [_background(q) if q.start >= clause else q for q in quantities]
    restated = [c for c in cues if not c.denied and c.claimant is not None
                and not _compared(s, c) and _dated_verb(s, c)]  # fmt: skip
    restated += later_claims(s, cues, restated)
    if not restated:
        return quantities, events
    return [_background(q) if any(_tells(s, c, q) and _dated_fact(s, c, q) for c in restated)
            else q for q in quantities], events  # fmt: skip


def _dated_fact(s: Sentence, cue: ClaimCue, q: Quantity) -> bool:
    """"told a newspaper last month that Pyongyang could send up to 100,000": an interview's
    forecast is still a forecast; only its counts are history."""
    if present_size(s, q):
        return False  # "said last week that the grouping numbers about 700,000": still so
    date = _verb_date(s, cue.verb)
    if date is not None and recent_date(s, date) and current_figure(s, cue.verb, date, q):
        return False  # "told lawmakers last week that 10,000 were still there": the latest
    return q.modality is not Modality.PLANNED or not outlet_audience(s, cue.verb)


def dated_claimants(s: Sentence, cues: list[ClaimCue]) -> list[Claimant]:
    """The sources whose reporting verb the sentence dates before the news ("told lawmakers
    last month that ...")."""
    return [c.claimant for c in cues
            if not c.denied and c.claimant is not None and _dated_verb(s, c)]  # fmt: skip


def _tells(s: Sentence, cue: ClaimCue, q: Quantity) -> bool:
    """The claim a dated verb opens ("said last week that 11,000 ..."), or ends ("..., the
    agency said last month."); "up from the 3,000 it reported in January" dates only the
    older figure, not the newer one before it."""
    if q.claimant != cue.claimant:
        return False
    if q.start >= s.char_span(cue.verb, cue.verb + 1)[1]:
        return not contact_relative(s, cue)  # "the 1,500 it reported last week, bringing"
    date = _date_after(s, cue.verb)
    if date is not None and _object_relative(s, cue, q):
        return True  # "up from the 3,000 that the agency reported last week"
    set_off = cue.start > s.start and (s.lowers[cue.start - 1] == "," or titled_after_comma(s, cue))
    if not set_off or date is None:
        return False
    # "..., X said last month, citing the agency.": whom the source relays ends no claim.
    after = s.lowers[date.end : date.end + 2]
    return after[:1] in (["."], []) or after in ([",", "citing"], [",", "quoting"])


def _compared(s: Sentence, cue: ClaimCue) -> bool:
    """"23,000 ..., 3,000 more than it estimated in June, and that 12,000 ...": a dated verb
    after "than" dates the older count the news is measured against, not the news."""
    return cue.start > s.start and s.lowers[cue.start - 1] == "than"


def _object_relative(s: Sentence, cue: ClaimCue, q: Quantity) -> bool:
    """Whether the figure is the one "that <source> <verb>" right after it tells of."""
    if cue.start - 1 <= s.start or s.lowers[cue.start - 1] not in {"that", "which"}:
        return False
    return 0 <= s.char_span(cue.start - 1, cue.start)[0] - q.end <= 1


def _background(fact: _Fact) -> _Fact:
    # A plan told in a timeline ("decides to send") is still history once dated.
    return replace(fact, modality=Modality.BACKGROUND)


_ENTRY_BULLETS = frozenset({"•", "-", "*", "·", "▪"})
# A bulleted entry may set its date off with a dash where an unbulleted one needs a colon:
# "• 17 December 2024 — ..." (unbulleted, "5 March — " is how a dateline opens its story).
_ENTRY_DASHES = frozenset({"—", "–", "-"})


def _timeline_entry(s: Sentence) -> bool:
    """A line that opens with a day-and-month date and a colon is a step of a chronology;
    dated well before the article, it is that story's background however it is tensed."""
    if not s.dates:
        return False
    # "• 17 December 2024 — The Pentagon says ...": a bulleted entry, its date set off by a dash.
    first = s.start + (s.lowers[s.start] in _ENTRY_BULLETS)
    date = next((d for d in s.dates if d.start == first), None)
    if date is None or date.end >= s.end:
        return False
    colon = date.end
    if s.lowers[colon] in {"-", "–"} and s.lowers[colon + 1 : colon + 2] != [] and (
        s.lowers[colon + 1].isdigit()
    ):
        colon += 2  # "Feb. 3-7:": an entry spanning days, dated by its first
    if s.lowers[colon : colon + 1] != [":"] and not (
        first > s.start and s.lowers[colon] in _ENTRY_DASHES
    ):
        return False
    when = month_day(s.lowers, date)
    if when is None:
        return False
    if s.reference is None:
        # With no dateline to measure from, a year written out still marks a chronology.
        return date.end - date.start >= 3
    return days_before(when, s.reference) >= STALE_DAYS


def _correction(s: Sentence) -> bool:
    """"Correction: An earlier version of this story misstated the month in which the Duma
    approved the treaty": a note on the story's own telling retells, it reports nothing."""
    return s.lowers[s.start : s.start + 2] in (["correction", ":"], ["clarification", ":"]) or (
        s.lowers[s.start : s.start + 3] == ["an", "earlier", "version"]
    )


def _dated_label(s: Sentence) -> bool:
    """"• K9 howitzers, first contract (2022): 212 howitzers for $2.4 billion": a factbox
    entry whose label dates it, in brackets before the colon, to a past year or month."""
    if "(" not in s.lowers[s.start + 1 : min(s.end - 2, s.start + _LABEL_WORDS)]:
        return False  # no bracket, no label: one scan in C
    for k in range(s.start + 1, min(s.end - 2, s.start + _LABEL_WORDS)):
        if s.lowers[k] != "(":
            continue
        # The tokenizer keeps "):" as one token.
        close = next((j for j in range(k + 1, min(s.end - 1, k + 4))
                      if s.lowers[j] in {")", "):"}), None)  # fmt: skip
        if close is None or (s.lowers[close] == ")" and s.lowers[close + 1] != ":"):
            continue
        inside = s.lowers[k + 1 : close]
        return bool(inside) and is_year(inside[-1]) and (
            s.reference is None or len(inside) == 1 or inside[0] in _MONTH_WORDS
        )
    return False


_LABEL_WORDS = 12
_MONTH_WORDS = frozenset(MONTHS)


def _dated_verb(s: Sentence, cue: ClaimCue) -> bool:
    """"said last week that", "said in July that", "said on Oct. 5": the reporting verb's own
    date puts the claim before the news ("said on Monday" stays news)."""
    date = _verb_date(s, cue.verb)
    if date is None:
        # "X earlier reported that ...": the adverb dates the report before the news.
        return s.lowers[cue.verb - 1] in _EARLIER or following_period(s, cue.verb)
    first = s.lowers[date.start]
    if first in _PAST_BRIEFINGS:
        return True
    if outlet_audience(s, cue.verb):
        return False  # "told a newspaper this month": only "last week" dates an interview
    when = month_day(s.lowers, date)
    if when is not None:
        return s.reference is not None and days_before(when, s.reference) >= STALE_DAYS
    month = month_of(s.lowers, date)
    if month is None or not date.past:
        # "said in late 2024 that": a year named on its own is one gone ("this year" names
        # the news's own), as "were delivered in 2022" dates a figure (`modality`).
        return date.past and month is None and is_year(s.lowers[date.end - 1])
    return s.reference is None or s.reference[0] != month


def stale_verb(s: Sentence, cue: ClaimCue) -> bool:
    """Whether the reporting verb's own date puts the claim before the news and before the
    past week ("told lawmakers last month", "said in April"); "last week" is recent
    (`recent_briefings`) and "on Monday" is the news."""
    date = _verb_date(s, cue.verb)
    return date is not None and not recent_date(s, date) and _dated_verb(s, cue)


def _verb_date(s: Sentence, verb: int) -> DateSpan | None:
    return (
        _date_after(s, verb) or _date_before_saying(s, verb)
        or _date_closing_estimate(s, verb) or _date_before_estimate(s, verb)
        or date_before_verb(s, verb)  # "the agency, in a briefing last month, put"
    )


def _date_after(s: Sentence, verb: int) -> DateSpan | None:
    k = edge_of_period(s, past_audience(s, verb))  # "estimated at the end of 2024 that"
    if k < s.end and s.lowers[k] in {"in", "on"}:
        k += 1
        # "said in mid-December", "said in an assessment last month": the part of the month,
        # or the form the claim took, comes between the verb and its date.
        form = s.lowers[k] in {"a", "an"} and s.lowers[k + 2 : k + 3] in (["last"], ["earlier"])
        if form or s.lowers[k : k + 2] == ["mid", "-"]:
            k += 2
        elif s.lowers[k] in {"early", "late"}:
            k += 1  # "claimed in early November": the part of the month, then the month
        elif s.lowers[k] in _OWN_PAPERS:
            k = _past_own_paper(s, k)  # "estimated in its annual report in July"
    if k + 1 < s.end and s.lowers[k] == "last" and s.lowers[k + 1] in _MONTH_WORDS:
        k += 1  # "said last September that": the month of a year gone
    return next((d for d in s.dates if d.start == k), None)


# "said in its annual white paper in July", "estimated in their latest report last month":
# the claim's own document, named with the source's possessive, then the date it came out.
_OWN_PAPERS = frozenset({"its", "their", "his", "her"})
_PAPER_WORDS = 4  # "its annual defence white paper"


def _past_own_paper(s: Sentence, k: int) -> int:
    """The token after "its <paper> in" (where the paper's date would start), else `k`."""
    for j in range(k + 2, min(s.end, k + 2 + _PAPER_WORDS)):
        word = s.lowers[j]
        if word in {",", "that", ";", ":"}:
            return k  # the clause goes on before any date: not the paper's
        if word == "last" and j + 1 in s.date_at and s.lowers[j + 1] in _MONTH_WORDS:
            return j + 1  # "its report last September": the month is the date
        if j in s.date_at:
            return j if word == "last" else k  # "its report last month"
        if word in {"in", "on"} and j + 1 in s.date_at:
            return j + 1
    return k


_EARLIER = frozenset({"earlier", "previously"})


def _date_closing_estimate(s: Sentence, verb: int) -> DateSpan | None:
    """"put the number of dead at nearly 4,000 in January.": an estimate verb's date comes
    after its figure, closing the sentence or the verb's predicate."""
    if s.lowers[verb] not in ESTIMATE_VERBS:
        return None
    last = s.end - 1
    while last > verb and s.lowers[last] in {".", " ", "\n"}:
        last -= 1
    # "put them at 6,000 in a statement last week and said ...": a second predicate of the
    # same subject may follow the date; the estimate's clause still closes with it.
    date = next((d for d in s.dates if d.start > verb
                 and (d.end == last + 1 or s.lowers[d.end] == "and")), None)  # fmt: skip
    # "put it at 12,000, up from the 11,000 it reported in November": a clause set off
    # after the figure dates its own verb.
    if date is None or "," in s.lowers[verb : date.start]:
        return None
    # "at more than 38,200 since fighting began in August", "at 4,000 since the North's
    # troops entered combat in December": the month starts the count, however long the
    # "since" clause that leads to it; it does not date the estimate.
    return None if "since" in s.lowers[verb + 1 : date.start] else date


_OBJECT_REACH = 6  # "put North Korean losses last week at": the estimate's short object


def _date_before_estimate(s: Sentence, verb: int) -> DateSpan | None:
    """"put North Korean losses last week at about 3,000": an estimate verb's date may stand
    between its object and the "at" of its figure, and dates the estimate as "said last week"
    dates a claim."""
    if s.lowers[verb] not in ESTIMATE_VERBS or "at" not in s.lowers[verb + 1 : verb + 3 +
                                                                 _OBJECT_REACH]:
        return None  # one slice test for every estimate verb without its "at" near
    # "put Russian losses since February 2022 at ..." (or "since late 2024"): a count's
    # period, not the estimate's date.
    return next((d for d in s.dates if verb + 1 < d.start <= verb + 1 + _OBJECT_REACH
                 and s.lowers[d.end : d.end + 1] == ["at"]
                 and _PERIOD_OPENERS.isdisjoint(s.lowers[d.start - 1 : d.start + 1])
                 and period_preposition(s.lowers, d, verb) not in _PERIOD_OPENERS
                 and "," not in s.lowers[verb : d.start]), None)  # fmt: skip


_PERIOD_OPENERS = frozenset({"since", "from", "until", "through", "between", "to"})


def _date_before_saying(s: Sentence, verb: int) -> DateSpan | None:
    """"first reported the deployment on Oct 18, saying ...": a participle takes the date of
    the report it goes with, set just before it."""
    if s.lowers[verb] not in {"saying", "adding"} or s.lowers[verb - 1] != ",":
        return None
    return next((d for d in s.dates if d.end == verb - 1), None)
