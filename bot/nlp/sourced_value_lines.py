"""A box of estimates source by source, each bulleted line a source, a time and a bare
number, under a line that says once what every line counts:

    North Korean troops in Russia, the latest count of each service:
    • Ukraine's HUR, this week: about 12,000
    • MI6 (Britain), last month: 11,000 to 12,000
    Older counts:
    • HUR, December 2024: some 10,000

No noun follows the number and the label is no noun either ("HUR, this week"), so the
flattened-table reader (`labelled_counts`) finds nothing the line counts. A reader takes the
noun, and whose people it counts, from the lead-in: the nearest colon-ended line (or capitals
heading) above the list that names people ("troops", "personnel", "casualties"); a lead-in
naming none ("Older counts:") only opens a later group of the same list. The label's source
and its time are read by the rules that read any "Source: figure" line.

Only a bulleted line whose label is a named body, person or state followed by nothing but a
bracket, a comma and words of time: a label with any other word ("Tanks, this week:") is a
noun of its own, which `labelled_counts` reads."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Modality, Quantity
from bot.nlp.bare_numbers import BareNumber
from bot.nlp.bullets import BULLET_MARKS, first_word
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.dates import month_of
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.number_reading import number_at
from bot.nlp.units import normalise_measure

_MAX_LINES = 20  # lines between a list line and its lead-in: other lines and group lead-ins
_HEADING_WORDS = 8  # "NORTH KOREAN TROOPS: THE ESTIMATES": a heading is a few words
# Words that date a label: "this week", "last month", "October 2024", "as of Monday".
_TIME_WORDS = frozenset(
    {"this", "last", "past", "previous", "earlier", "early", "late", "mid", "week", "month",
     "year", "today", "now", "yesterday", "on", "in", "as", "of", "since", "until", "the",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter"}
)  # fmt: skip
_MARKS = frozenset({"(", ")", ",", ".", "-", "–", "—", "•", "*", "·", "▪"})
# The nouns of people a lead-in counts; the modifiers in front of them ("military") are
# skipped, the country's name or demonym before them owns them.
_PEOPLE = re.compile(
    r"\b(troops|soldiers|personnel|servicemen|forces|casualties|deaths|dead)\b", re.IGNORECASE
)
_MAX_MODIFIERS = 2  # "North Korean military personnel": words between demonym and noun


def value_range(s: Sentence, n: BareNumber) -> tuple[BareNumber, float | None]:
    """A label's value given as a range ("Label: 11,000 to 12,000", "10,000-12,000"), closed
    by the line's end or a separator: the number spanning both ends and its high end."""
    k = n.end
    if k + 1 >= s.end or s.lowers[k] not in {"to", "-", "–"} or n.value is None:
        return n, None  # nearly every value: one number
    high = number_at(s, k + 1)
    if high is None or high[1] <= n.value:
        return n, None  # "2 to 1": no range a reader would write low to high
    after = s.lowers[high[0]] if high[0] < s.end else "\n"
    if not (after.isspace() or after in {";", ".", ",", "(", "\n"}):
        return n, None  # "11,000 to 12,000 troops": read with its noun elsewhere
    return n._replace(end=high[0], qualifier=n.qualifier or "range"), high[1]


def source_line_measure(s: Sentence, begin: int, colon: int) -> tuple[str, str] | None:
    """What the bulleted line's "Source, time:" label from `begin` to `colon` counts, as its
    list's lead-in names it: (measure, category), else None."""
    if not _source_label(s, begin, colon):
        return None
    text = s.tokens.text
    lead = _lead_in(text, s.char_span(begin, begin + 1)[0])
    if lead is None:
        return None
    match = _PEOPLE.search(text, lead[0], lead[1])
    return None if match is None else normalise_measure(match.group(1))


def _source_label(s: Sentence, begin: int, colon: int) -> bool:
    """Whether the label is on a bulleted line and names a source and a time only."""
    first = s.tokens.text.rfind("\n", 0, s.char_span(begin, begin + 1)[0]) + 1
    if not s.tokens.text[first : first + 3].lstrip().startswith(BULLET_MARKS):
        return False  # nearly every label: not a list's line
    named = False
    depth = 0
    for k in range(begin, colon):
        word = s.lowers[k]
        depth += (word == "(") - (word == ")")
        mention = s.mention_at.get(k)
        if mention is not None:
            # A country alone ("Russia:") says whose figure a line gives; in brackets it
            # only places the source ("HUR (Ukraine)").
            named = named or mention.kind != "country" or depth == 0
            continue
        if word.isspace() or word in _MARKS or word.isdigit() or word.strip(".") in _TIME_WORDS:
            continue
        if (s.texts[k][:1].isupper() and s.texts[k][1:2].islower()) or depth > 0:
            continue  # "UK Defence Intelligence", "(Ukraine's HUR)": the rest of a name
        return False
    return named


_MAX_LABEL = 12  # tokens from the bullet to the colon: "UK Defence Intelligence, this month"
# "last month", "last week": the time of an older estimate than the list's newest.
_OLDER = frozenset({"last", "previous", "earlier"})
# "this week", "now": the estimate is the list's current word.
_CURRENT = frozenset({"this", "now", "today", "currently", "latest"})


def source_time_claims(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures after a bulleted "Source, time:" label given to the label's source, and
    told as background when the label dates them to an earlier month or year ("HUR, October
    2024: 11,000", "Pentagon, last month: about 11,000" in a list of this week's counts)."""
    if not found or ":" not in s.words:
        return found  # nearly every sentence: no labelled figure
    first = first_word(s, s.end)
    colon = next((k for k in range(first, min(s.end, first + _MAX_LABEL)) if s.lowers[k] == ":"),
                 None)  # fmt: skip
    if colon is None or not _source_label(s, first, colon):
        return found
    name_end = next((k for k in range(first, colon) if s.lowers[k] in {",", "("}), colon)
    if name_end == colon:
        return found  # "HUR:": no time in the label; `source_labels` reads it
    source = name_claimant(s, first, name_end)
    if source is None or not source.entities:
        return found
    older = _older(s, name_end, colon)
    after = s.char_span(colon, colon + 1)[1]
    out = []
    for q in found:
        if q.start >= after:
            q = replace(q, claimant=q.claimant if q.claimant is not None else source)
            if older and q.modality is Modality.REPORTED:
                q = replace(q, modality=Modality.BACKGROUND)
        out.append(q)
    return out


def _older(s: Sentence, begin: int, end: int) -> bool:
    """Whether the label's time, between `begin` and `end`, is an earlier month or year."""
    words = set(s.lowers[begin:end])
    if not words.isdisjoint(_CURRENT):
        return False
    if not words.isdisjoint(_OLDER):
        return True
    for d in s.dates:
        if begin <= d.start < end:
            month = month_of(s.lowers, d)
            if d.past or (month is not None and s.reference is not None
                          and month != s.reference[0]):  # fmt: skip
                return True
    return False


# "• HUR (Ukraine), this week: 12,500", "• NIS, November 2024: 10,000": a bullet, a name, a
# comma, a time and a colon.
_DATED_SOURCE = re.compile(
    r"[-–—•*·▪]\s*[A-Z][\w.'’ ()-]{0,50},\s*((?:[A-Za-z]+\.?|\d+)(?:\s+|(?=:)))+:\s*$"
)


def dated_source_line(text: str, at: int) -> bool:
    """Whether the figure at `at` follows a bulleted "Source, time:" label: one entry of a
    source-by-source list, which tells its own estimate rather than sum up the text below
    as a key point does (two sources may well agree on a figure)."""
    first = text.rfind("\n", 0, at) + 1
    match = _DATED_SOURCE.match(text[first:at].strip() + " ")
    if match is None:
        return False
    time = match.group(0)[match.group(0).rindex(",") + 1 :].lower().split()
    return all(w.strip(".:") in _TIME_WORDS or w.strip(":").isdigit() for w in time)


def _is_bulleted(line: str) -> bool:
    return line.startswith(BULLET_MARKS)


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _HEADING_WORDS and line.upper() == line and line.lower() != line


def _lead_in(text: str, at: int) -> tuple[int, int] | None:
    """The span of the nearest line above `at`, across the list's lines and its groups'
    lead-ins, that ends in a colon or is a capitals heading and names people counted."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(_MAX_LINES):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1].strip()
        start = above
        if not line:
            return None  # a blank line ends the list
        if _is_bulleted(line):
            continue
        if not (line.endswith(":") or _is_heading(line)):
            return None  # prose: the list's lead-in, if any, was passed
        if _PEOPLE.search(line) is not None:
            return above, above + len(text[above:].split("\n", 1)[0])
    return None


def source_line_owners(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """The "Source, time: value" lines' unowned troop and casualty counts given the state
    whose people their lead-in counts ("North Korean military personnel")."""
    out = []
    for q in quantities:
        # A state in a dated source's label ("HUR (Ukraine), this week:") places the
        # source: the lead-in's people are the line's, whoever an earlier rule chose.
        if q.category in {"troop", "casualty"} and (
            q.actor is None or dated_source_line(text, q.start)
        ):
            owner = _lead_owner(text, q, mentions, gazetteer)
            if owner is not None:
                q = replace(q, actor=owner)
        out.append(q)
    return out


def _lead_owner(
    text: str, q: Quantity, mentions: list[Mention], gazetteer: Gazetteer
) -> str | None:
    first = text.rfind("\n", 0, q.start) + 1
    line = text[first : q.start]
    if not line.lstrip().startswith(BULLET_MARKS) or ":" not in line:
        return None  # nearly every figure: not on a labelled list line
    lead = _lead_in(text, q.start)
    if lead is None:
        return None
    sides = set()
    for m in mentions:
        if not lead[0] <= m.start < lead[1]:
            continue
        after = text[m.end : lead[1]].split()[: _MAX_MODIFIERS + 1]
        for word in after:
            if _PEOPLE.fullmatch(word.strip(",.;:")):
                entity = gazetteer.get(m.entity)
                if entity is not None and entity.kind == "country":
                    sides.add(gazetteer.actor_of(m.entity))
                break
            if not word.isalpha() or not word.islower():
                break  # "North Korean military personnel": lower-case modifiers only
    return sides.pop() if len(sides) == 1 else None
