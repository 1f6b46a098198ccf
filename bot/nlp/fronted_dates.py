"""History told by a date set before the sentence or inside a figure's own clause: "On
November 17, Russia launched 120 missiles" on a page dated November 19, "By the end of
October, the Pentagon estimated ..." in February, "sent about 11,000 soldiers ... in October"
in February. The reader meets these as the lead-up to the news, not as the news."""

from __future__ import annotations

from bot.nlp.breakdown_dates import breakdown_between
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, days_before, is_year, month_day, month_of
from bot.nlp.estimate_levels import estimate_level_between
from bot.nlp.figures import Figure
from bot.nlp.fronted_date_subjects import set_off_date
from bot.nlp.fronted_signings import fronted_signing
from bot.nlp.since_years import since_year_record
from bot.nlp.year_tails import year_tail

# A day-and-month date put first, before the comma, already sets the sentence apart from
# the day's news, which a briefing tells undated or by weekday ("early on Tuesday"); two
# days back is the smallest gap a dated recap line ("On November 17, ...") opens.
_FRONTED_DAYS = 2
# "sent ... in October" told in December is the story's past; the month before the
# article's own is often still the news (a monthly tally).
_MONTHS_BACK = 4
# "since the units entered combat in December": the words of a "since" clause before its date.
_SINCE_REACH = 6
_PAST_ACTS = frozenset({"sent", "lost", "put", "built", "bought", "sold", "shot", "took", "made"})
# Openings before a month: "In October,", "By the end of October,", "By early November,".
_YEAR_OPENED = (["began", ","], ["started", ","], ["opened", ","], ["dawned", ","])
_MONTH_OPENINGS = (
    ("in",), ("by",), ("by", "the", "end", "of"), ("at", "the", "end", "of"),
    ("in", "early"), ("in", "late"), ("until",),
    ("by", "early"), ("by", "late"),  # "By early November, ...": as "In early November"
    ("in", "mid", "-"), ("in", "mid"),  # "In mid-October, ..." (three tokens), "in mid October"
)  # fmt: skip
# "At talks in Washington on October 31, 2024, ...": an occasion fronted before its own date,
# which still opens the sentence. Its words before "on", short and with no comma between.
# Not "After talks ... on June 17,": what followed the talks may be later, and a forecast
# then ("said North Korea would send 1,000 sappers") is still told as planned.
_OCCASION_OPENERS = frozenset({"at", "during"})
_OCCASION_REACH = 6


def fronted_stale(s: Sentence, at: int | None = None) -> bool:
    """A date opening the sentence, or the clause at token `at`, and set off by a comma,
    before the article's date ("Last month, Russia fired 91 missiles" needs no date to
    measure from)."""
    first = s.start if at is None else at
    if s.lowers[first] == "last" and s.lowers[first + 2 : first + 3] == [","]:
        return s.lowers[first + 1] in {"week", "month", "year"}
    if s.lowers[first] == "when" and s.lowers[first + 2 : first + 4] in _YEAR_OPENED:
        # "When 2025 began, about 11,000 soldiers were there": a year's opening is history
        # by the time a story looks back to it.
        return is_year(s.lowers[first + 1])
    if s.reference is None:
        return False
    if s.lowers[first] in _OCCASION_OPENERS and at is None:
        on = _occasion_date(s, first)
        if on is not None:
            return fronted_stale(s, on)
    if s.lowers[first] == "under":  # "Under a contract signed in August, Warsaw ordered"
        return fronted_signing(s, first, fronted_stale)
    for opening in (("on",), *_MONTH_OPENINGS):
        if tuple(s.lowers[first : first + len(opening)]) != opening:
            continue
        date = next((d for d in s.dates if d.start == first + len(opening)), None)
        if date is None:
            continue
        year = year_tail(s, date)
        if year is not None:
            return year
        if not set_off_date(s, date):
            continue
        when = month_day(s.lowers, date)
        if when is not None:
            return days_before(when, s.reference) >= _FRONTED_DAYS
        if opening != ("on",):
            # "By the end of November, the army had received 230" told in December: a
            # running total as of last month's end is the freshest there is.
            return _months_back(s, date) >= (2 if opening[0] == "by" else 1)
    return False


def dated_in_month(s: Sentence, f: Figure) -> bool:
    """"sent about 11,000 soldiers ... to Russia's far east in October", "about 16,000 troops
    took part in the drills in April": a month on its own in the figure's clause, after the
    figure or in the subject of the done act before it, dates that act months before the
    article."""
    if since_year_record(s, f):
        return True  # "Since 2021, the ministry has handed out 4,000 grants": the record
    if s.reference is None or not s.dates:
        return False  # no month to go by: most figures, before finding the clause
    first, last = s.clause_start(f.start), s.clause_end(f.end)
    # "The 20-year treaty, signed in January": only a done act the figure is the object of,
    # or the subject of ("some 16,000 troops took part in the drills in April").
    subject = f.end < s.end and _done(s.lowers[f.end])
    if not subject and not any(_done(w) for w in s.lowers[first : f.start]):
        return False
    # "Fighting around Goma in January killed about 3,000 people": the month in the subject
    # dates the act that has the figure as its object.
    acted = _done(s.lowers[f.start - 1])
    # "in April it ordered 72 systems in a deal worth $1.6bn": the price of the act the month
    # dates is as old as the act.
    worth = s.lowers[f.start - 1] == "worth"
    for date in s.dates:
        after = f.end <= date.start < last
        before = first <= date.start and date.end < f.start and (
            acted or (worth and any(_done(w) for w in s.lowers[date.end : f.start]))
        )
        if not (after or before) or s.lowers[date.start - 1] != "in":
            continue
        if _since_before(s, max(first, date.start - _SINCE_REACH), date.start):
            continue  # "losses since the units entered combat in December": a count to now
        if after and "since" in s.lowers[f.end : date.start]:
            continue  # "bought 200 since 2022, and in April ...": a count to now, not April's
        if after and "than" in s.lowers[f.end : date.start]:
            continue  # "3,000 more than it estimated in June": the month dates the old count
        if after and (_earlier_level_between(s, f.end, date.start)
                      or estimate_level_between(s, f.end, date.start)):  # "from its estimate of"
            continue  # "..., up from about 5,000 in June": the month dates the old level
        if after and breakdown_between(s, f.end, date.start):
            continue  # "60,000 drones, including a record 900 in July": the part's month
        if not date.past or month_day(s.lowers, date) is not None:
            continue
        if date.end - date.start == 1 and _months_back(s, date) >= _MONTHS_BACK:
            return True
    return False


# "up from about 5,000 in June", "compared with 4,000 in May": the level a count is set against.
_FROM_WORDS = frozenset({"from", "with"})
_LEVEL_REACH = 3  # "from about 5,000", "from an estimated 5,000"


def _earlier_level_between(s: Sentence, end: int, date: int) -> bool:
    """A number after "from" (or "compared with") between the figure's end and the date: the
    date belongs to that earlier level, not to the figure ("raising its estimate from about
    5,000 in June"). "sent 11,000 soldiers from Pyongyang in October" has no number there."""
    for k in range(end, date):
        word = s.lowers[k]
        if word not in _FROM_WORDS or (word == "with" and s.lowers[k - 1] != "compared"):
            continue
        if any(w[:1].isdigit() for w in s.lowers[k + 1 : min(date, k + 1 + _LEVEL_REACH)]):
            return True
    return False


def _occasion_date(s: Sentence, first: int) -> int | None:
    """The "on" of "At talks in Washington on October 31, 2024," (or "in" of "in August"):
    the fronted occasion's date, within a few words and before any comma; None when the
    opening has none."""
    stop = min(s.end, first + _OCCASION_REACH + 1)
    for k in range(first + 1, stop):
        if s.lowers[k] == ",":
            return None
        # "At a ceremony held in Pyongyang in August,": a month dates the occasion as a day
        # does; "in Pyongyang" is no date and is passed over.
        if s.lowers[k] in {"on", "in"} and any(d.start == k + 1 for d in s.dates):
            return k
    return None


def _since_before(s: Sentence, start: int, date: int) -> bool:
    """A "since" in tokens [start, date) with no comma after it: "since the units entered
    combat in December". "bought 200 since 2022, and in April it ordered 72": the comma
    closes the "since" clause, and the month dates the next clause's act."""
    for k in range(date - 1, start - 1, -1):
        word = s.lowers[k]
        if word == "since":
            return True
        if word in {",", ";"}:
            return False
    return False


def _done(word: str) -> bool:
    return word in _PAST_ACTS or (len(word) > 4 and word.endswith("ed"))


def _months_back(s: Sentence, date: DateSpan) -> int:
    month = month_of(s.lowers, date)
    if month is None or s.reference is None:
        return 0
    return (s.reference[0] - month) % 12
