"""Reading the figure itself: a number expression, its qualifier, range and unit noun.

`read_figure` looks at one token and, when a figure starts there, returns its parts by token
position; attaching an actor, a claimant and a modality is `quantities.py`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.nlp.calibres import skip_calibre
from bot.nlp.change_levels import changed_by, descending, new_level
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.dates import is_year
from bot.nlp.designated_calibres import designated_unit
from bot.nlp.glued_units import in_pounds
from bot.nlp.hyphen_counts import hyphen_count
from bot.nlp.lexicon import (
    CURRENCY_SYMBOLS,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALE_WORDS,
    VAGUE_AMOUNTS,
    VAGUE_DETERMINERS,
)
from bot.nlp.non_figures import no_amount
from bot.nlp.number_reading import anaphoric, read_number
from bot.nlp.rank_and_file import rank_and_file
from bot.nlp.running_totals import counted_earlier
from bot.nlp.stat_lines import past_stat_dash
from bot.nlp.trailing_qualifiers import trailing_qualifier
from bot.nlp.unit_nouns import bare, is_age, priced_noun, unit_noun
from bot.nlp.units import normalise_measure
from bot.nlp.vague_partitives import demonstrative_noun_start, vague_whole_start

_RANGE_WORDS = frozenset({"-", "–", "—", "to"})
_DASHES = frozenset({"-", "–"})
_STRONG_NOUNS = frozenset({"force", "army", "contingent", "military", "unit", "brigade"})
# After these "about" means "concerning", not "approximately": "reports about 10,000".
_TOPIC_NOUNS = frozenset(
    {"reports", "report", "news", "claims", "information", "talk", "rumours", "rumors",
     "questions", "concerns", "data", "figures", "speculation", "allegations"}
)  # fmt: skip
# A year-like number is a figure only for these categories ("1990 troops" reads as a count,
# "2024 elections" as a year).
_YEAR_SAFE = frozenset({"troop", "casualty", "money", "percentage"})


@dataclass(slots=True)
class Figure:
    """Token positions: [start, end) the whole figure (qualifier to unit), [num_start,
    num_end) the number itself, [unit_start, unit_end) the unit noun."""

    start: int
    end: int
    num_start: int
    num_end: int
    unit_start: int
    unit_end: int
    value: float | None
    value_max: float | None
    qualifier: str | None
    unit: str
    measure: str
    category: str
    mod_start: int = 0
    army: str | None = None


_SUFFIX_UNITS = frozenset({"%", "percent"})


def _suffix_range_end(s: Sentence, k: int, between: bool, span: bool) -> int:
    """The "and" of "between 5% and 7%", the dash of "4.25%-4.50%" or, for a `span` ("a
    range of 4.25% to 4.5%"), the "to" when the same unit follows the second number, else
    the first unit's own position."""
    joiner = s.lowers[k + 1]
    joins = (between and joiner == "and") or joiner in _DASHES or (span and joiner == "to")
    second = read_number(s, k + 2) if joins else None
    if second is None or s.lowers[second[0] : second[0] + 1] != [s.lowers[k]]:
        return k
    return k + 1


def qualifier_before(s: Sentence, i: int) -> tuple[int, str | None]:
    """The qualifier ending just before token i (skipping an opening quotation mark)."""
    head = i - 1 if i > s.start and s.lowers[i - 1] in QUOTES else i
    return _qualifier(s, head)


def _qualifier(s: Sentence, before: int) -> tuple[int, str | None]:
    """The qualifier ending just before token `before`: (its first token, canonical text)."""
    if before <= s.start or s.lowers[before - 1] not in _QUALIFIER_ENDS:
        return before, None  # most figures: one set test for the three look-ups
    for size in (3, 2, 1):
        first = before - size
        if first < s.start:
            continue
        key = tuple(s.lowers[first:before])
        if key in QUALIFIERS:
            if key == ("about",) and first > s.start and s.lowers[first - 1] in _TOPIC_NOUNS:
                continue
            return first, QUALIFIERS[key]
    return before, None


# The last word of every qualifier.
_QUALIFIER_ENDS = frozenset(key[-1] for key in QUALIFIERS)
_STARTERS = NUMBER_WORDS | VAGUE_AMOUNTS | VAGUE_DETERMINERS | {"a", "an", "tens"}


def may_start_figure(word: str) -> bool:
    """A cheap test before `read_figure`: most tokens cannot start a number."""
    return word[:1].isdigit() or word in _STARTERS or ("-" in word and word[:1].isalpha())


def read_figure(s: Sentence, i: int) -> Figure | None:
    """The figure whose number (or vague amount) starts at token i, if any."""
    word = s.lowers[i]
    if word in VAGUE_AMOUNTS or (word == "tens" and s.lowers[i + 1 : i + 3] == ["of", "thousands"]):
        return _vague(s, i)
    if word in VAGUE_DETERMINERS or (word == "a" and s.lowers[i + 1 : i + 2] == ["few"]):
        j = i + 2 if word == "a" else i + 1
        if j < s.end and s.lowers[j] in SCALE_WORDS and s.lowers[j] in NUMBER_WORDS:
            return _vague(s, i, amount_end=j + 1)
        return None
    if anaphoric(s, i):
        return None
    number = read_number(s, i)
    if number is None:
        return None
    num_end, value, scale = number
    num_start = i
    if word in {"a", "an"} and i > s.start and s.lowers[i - 1] == "half":
        value, num_start = value / 2, i - 1  # "half a million"
    symbol = i > s.start and s.lowers[i - 1] in CURRENCY_SYMBOLS
    head = i - 1 if symbol else num_start
    if head > s.start and s.lowers[head - 1] == "minus":
        value, head = -value, head - 1  # "minus 15 degrees"
    if head > s.start and s.lowers[head - 1] in QUOTES:
        head -= 1
    q_start, qualifier = _qualifier(s, head)
    k = num_end
    while k < s.end and s.lowers[k] in QUOTES:
        k += 1
    k, trailing = trailing_qualifier(s, num_start, k)  # "3,000 or so troops"
    qualifier = qualifier or trailing
    stat = past_stat_dash(s, q_start, k)  # "• 600,000+ — Russian troops deployed ..."
    if stat is not None:
        k = stat[0]
        qualifier = qualifier or ("more than" if stat[1] else None)
    value_max: float | None = None
    between = q_start > s.start and s.lowers[q_start - 1] == "between"
    if not symbol and k + 2 < s.end and s.lowers[k] in _SUFFIX_UNITS:
        span = s.lowers[max(s.start, q_start - 2) : q_start] == ["range", "of"]
        k = _suffix_range_end(s, k, between, span)  # "between 5% and 7%": a unit after each
    ranged = s.lowers[k] in _RANGE_WORDS if k < s.end else False
    if ranged and symbol and s.lowers[k] == "to" and _after_change(s, q_start):
        ranged = False  # "rose $1.20 to $82.50": a change and the new level, two figures
    if k + 1 < s.end and (ranged or (between and s.lowers[k] == "and")):
        # "$25 billion to $30 billion": the second number repeats the currency sign.
        repeated = symbol and s.lowers[k + 1] == s.lowers[i - 1] and k + 2 < s.end
        second = read_number(s, k + 2 if repeated else k + 1)
        if second is not None and (
            (repeated and descending(value, scale, second, between))
            or (changed_by(s, q_start, _CHANGE_VERBS) and new_level(s, value, scale, second))
        ):
            second = None  # "cut from €1.1m to €750,000", "fell by 26,000 to 781,000"
        if second is not None:
            value_max = second[1]
            if scale == 1.0 and second[2] > 1.0:
                # "1.5 to 2 million": the second number's scale applies to both.
                value *= second[2]
            qualifier = "range"
            if between:
                q_start -= 1
            k = second[0]
            num_end = k
    while k < s.end and s.lowers[k] in QUOTES:
        k += 1
    if symbol:
        unit_tok = i - 1
        found = normalise_measure(s.lowers[unit_tok])
        if found is None:
            return None
        return Figure(
            start=min(q_start, unit_tok), end=num_end, num_start=num_start, num_end=num_end,
            unit_start=unit_tok, unit_end=unit_tok + 1, value=value, value_max=value_max,
            qualifier=qualifier, unit=s.texts[unit_tok], measure=found[0], category=found[1],
            mod_start=s.clause_start(unit_tok),  # never a dateline's city before a dash
        )  # fmt: skip
    if k + 1 < s.end and s.lowers[k] == "-" and s.lowers[k + 1] == "strong":
        k += 2
        named = s.mention_at.get(k)
        if named is not None and named.adjectival and named.start == k:
            k = named.end  # "a 12,000-strong North Korean contingent": whose, then the noun
        if k < s.end and s.lowers[k] in _STRONG_NOUNS:
            return _figure(s, q_start, num_start, num_end, k, k + 1, value, value_max,
                           qualifier, ("troop", "troop"), army=s.lowers[k])  # fmt: skip
    unit = unit_noun(s, skip_calibre(s, k)) or designated_unit(s, k) or hyphen_count(s, k)
    if unit is None:
        unit = counted_earlier(s, q_start)
    if unit is None and scale > 1.0:
        unit = priced_noun(s, k)
    if unit is None:
        # "an army of 1.28 million": the unit is the noun the figure measures.
        if q_start - 2 >= s.start and s.lowers[q_start - 1] in {"of", "numbering"}:
            noun = s.lowers[q_start - 2]
            if noun in _STRONG_NOUNS or noun == "forces":
                return _figure(s, q_start - 2, num_start, num_end, q_start - 2, q_start - 1,
                               value, value_max, qualifier, ("troop", "troop"), army=noun,
                               end=num_end)  # fmt: skip
        return None
    u_start, u_end, found, origin = unit
    found = rank_and_file(s, u_end, found)  # "10 commanders and soldiers": troops
    if is_age(s, found[0], u_end) or no_amount(s, num_start, u_start, u_end, found[0]):
        return None  # "a 19-year-old winger", "one in five adults": no amount
    if is_year(s.lowers[num_start]) and (
        found[1] not in _YEAR_SAFE or (num_start > s.start and s.lowers[num_start - 1] == "the")
    ):
        return None  # "the 2018 military agreement", "the 2024 elections"
    return _figure(s, q_start, num_start, num_end, u_start, u_end, value, value_max,
                   qualifier, found, mod_start=origin)  # fmt: skip


_CHANGE_VERBS = frozenset(
    {"rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "gained", "gains",
     "climbed", "climbs", "dropped", "drops", "increased", "increases", "decreased",
     "decreases", "jumped", "jumps", "slipped", "slips", "declined", "declines", "slid",
     "surged", "surges", "grew", "grows", "shrank", "added", "lost", "up", "down", "soared",
     "tumbled", "plunged", "edged", "advanced"}
)  # fmt: skip


def _after_change(s: Sentence, q_start: int) -> bool:
    """"Oil rose $1.20 to $82.50": after a verb of change, an amount to an amount is the change
    and the level it reached ("will cost $25 billion to $30 billion" and "rose 10 to 15
    percent", one unit for both numbers, stay ranges)."""
    k = q_start - 1
    if k >= s.start and s.lowers[k] in {"by", "from"}:
        k -= 1  # "rose by $5 to $60", "rose from $45 to $60": the old level and the new
    return k >= s.start and s.lowers[k] in _CHANGE_VERBS


def _figure(
    s: Sentence,
    start: int,
    num_start: int,
    num_end: int,
    u_start: int,
    u_end: int,
    value: float | None,
    value_max: float | None,
    qualifier: str | None,
    found: tuple[str, str],
    *,
    army: str | None = None,
    end: int | None = None,
    mod_start: int | None = None,
) -> Figure:
    value, value_max, found = in_pounds(value, value_max, found)
    return Figure(
        start=min(start, u_start),
        end=max(u_end, num_end) if end is None else max(end, u_end),
        num_start=num_start,
        num_end=num_end,
        unit_start=u_start,
        unit_end=u_end,
        value=value,
        value_max=value_max,
        qualifier=qualifier,
        unit=bare(s.span_text(u_start, u_end)),
        measure=found[0],
        category=found[1],
        army=army,
        mod_start=num_end if mod_start is None else mod_start,
    )


def _vague(s: Sentence, i: int, *, amount_end: int | None = None) -> Figure | None:
    j = i + 1 if amount_end is None else amount_end
    if s.lowers[i] == "tens":
        j = i + 3
    # A source's own word, quoted: "to send 'hundreds' more troops", '"hundreds" of casualties'.
    # A headline's "downs 'dozens' of drones" only sums up the count its body gives.
    quoted = i > s.start and s.lowers[i - 1] in QUOTES
    if quoted and j + 1 < s.end and s.lowers[j] in QUOTES:
        j += 1 if s.lowers[j + 1] == "more" or not s.headline else 0
    if j < s.end and s.lowers[j] == "of":
        j += 1
    elif j < s.end and s.lowers[j] in {"more", "additional", "extra"}:
        j += 1  # "thousands more soldiers"
    elif (stat := past_stat_dash(s, _vague_start(s, i), j)) is not None:
        j = stat[0]  # "• Millions — artillery shells shipped to Russia"
    elif amount_end is None:
        return None
    unit = unit_noun(s, j)
    part = False
    if unit is None and (whole_at := vague_whole_start(s, j)) is not None:
        # "several hundred of the 11,000 troops": the part counts the whole's noun.
        whole = read_figure(s, whole_at)
        if whole is not None and whole.value is not None:
            found = (whole.measure, whole.category)
            unit, part = (whole.unit_start, whole.unit_end, found, whole.mod_start), True
    if unit is None and (noun_at := demonstrative_noun_start(s, j)) is not None:
        unit = unit_noun(s, noun_at)  # "thousands of those soldiers"
    if unit is None:
        return None
    u_start, u_end, found, origin = unit
    found = rank_and_file(s, u_end, found)  # "10 commanders and soldiers": troops
    qualifier = " ".join(s.lowers[i:amount_end]) if amount_end else s.lowers[i]
    if s.lowers[i] == "tens":
        qualifier = "tens of thousands"
    figure = _figure(s, i, i, j, u_start, u_end, None, None, qualifier, found, mod_start=origin)
    if part:
        # A part of a whole ends before the whole, which is read as a figure of its own.
        figure = replace(figure, end=j - 1)
    return figure


_VAGUE_HEADS = frozenset({"hundreds", "tens", "dozens"})


def _vague_start(s: Sentence, i: int) -> int:
    """Where the vague amount read at `i` starts: "Hundreds of thousands" read at "thousands"
    starts two words before."""
    if i - 2 >= s.start and s.lowers[i - 1] == "of" and s.lowers[i - 2] in _VAGUE_HEADS:
        return i - 2
    return i
