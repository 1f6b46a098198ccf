"""A contract described by its signing date, weeks or months before the article's own date,
is history with everything it prices: "The second contract, signed in Warsaw on Aug. 1,
covers 180 more tanks worth about $6.5 billion" in a September feature, "a tank contract
signed with Hyundai Rotem in August and worth about $6.5 billion" in late October. The
participle "signed" right after the deal's noun names when the deal was made; the figures
after it are that old deal's, not the day's news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import STALE_DAYS, DateSpan, days_before, month_day, month_of
from bot.nlp.figures import Figure

_DEALS = frozenset(
    {"contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders"}
)  # fmt: skip
_SALES = frozenset({"contract", "contracts", "deal", "deals", "order", "orders"})
_SIGNED = frozenset({"signed", "concluded", "awarded", "placed"})
# "signed in Warsaw on Aug. 1", "signed with Hyundai Rotem in August": participle to date.
_DATE_REACH = 6
# A month on its own: the month before the article's may still be its news.
_MONTHS_BACK = 2
_BREAKS = frozenset({";", "but", "while", "whereas"})


def signed_long_before(s: Sentence, f: Figure) -> bool:
    """Whether a deal noun, its participle "signed" and a stale date stand before `f`."""
    if s.reference is None or not s.dates or _SIGNED.isdisjoint(s.words):
        return False  # no date to measure or no signing: nearly every figure
    for date in s.dates:
        if date.end > f.start:
            return _signed_then(s, f, date) or _priced_then_signed(s, f, date)
        signed = _participle_before(s, date)
        if signed is None:
            signed = _active_before(s, date)
        if signed is None:
            signed = _dated_signing(s, date, f)
        if signed is None or not stale_date(s, date):
            continue
        if _BREAKS.isdisjoint(s.lowers[date.end : f.start]):
            return True
    return False


def _participle_before(s: Sentence, date: DateSpan) -> int | None:
    """The "signed" shortly before `date` that follows a deal noun ("contract, signed")."""
    for k in range(date.start - 1, max(s.start, date.start - _DATE_REACH) - 1, -1):
        if s.lowers[k] not in _SIGNED:
            continue
        noun = k - 2 if k - 2 >= s.start and s.lowers[k - 1] == "," else k - 1
        if noun >= s.start and s.lowers[noun] in _DEALS:
            return k
        return k if noun < k - 1 and _deal_for(s, noun) else None
    return None


# "contract for 180 K2 tanks, signed": the bought goods between the deal noun and the comma.
_GOODS_REACH = 6


def _deal_for(s: Sentence, last: int) -> bool:
    """Whether "<deal> for <goods>" or "<deal> with <party>" ends at `last`, so a set-off
    "signed" after it is the deal's: "a contract for 180 tanks, signed in August"; "tanks,
    signed" alone is not."""
    for k in range(last, max(s.start, last - _GOODS_REACH), -1):
        word = s.lowers[k]
        if word in {",", ";", "and"}:
            return False
        if word == "for":
            return s.lowers[k - 1] in _DEALS
        if word == "with":  # "a contract with Poland, signed in August"; an "agreement
            return s.lowers[k - 1] in _SALES  # with Ukraine" may be a pact, no sale
    return False


# "signed a deal in August", "signed a framework agreement on March 3": verb, deal, date.
_ACTIVE_REACH = 4


def _active_before(s: Sentence, date: DateSpan) -> int | None:
    """The active "signed" whose deal noun stands right before `date`'s preposition: "Poland
    signed a deal in August to buy 96 Apaches for about $10 billion" in a November story
    retells the old purchase. The noun must follow the verb closely: "signed a pact with
    Japan in 2019" is a treaty, no sale."""
    opening = date.start - 1
    if opening <= s.start or s.lowers[opening] not in {"in", "on"}:
        return None
    noun = opening - 1
    if s.lowers[noun] not in _DEALS:
        return None
    for k in range(noun - 1, max(s.start, noun - _ACTIVE_REACH) - 1, -1):
        if s.lowers[k] in _SIGNED:
            return k
    return None


# "and in April signed a $2.6 billion deal": the date put before its verb, the deal after.
_DATED_DEAL_REACH = 5


def _dated_signing(s: Sentence, date: DateSpan, f: Figure) -> int | None:
    """The active "signed" right after "in <month>"/"on <day>", with its deal noun close
    after it and the figure in the same stretch: "Warsaw ... and in April signed a $2.6
    billion deal for 84 launchers". The date fronts the signing as "signed a deal in April"
    closes it (`_active_before`)."""
    verb = date.end
    if verb >= f.start or s.lowers[verb] not in _SIGNED or date.start - 1 <= s.start:
        return None
    if s.lowers[date.start - 1] not in {"in", "on"}:
        return None
    if _DEALS.isdisjoint(s.lowers[verb + 1 : verb + 2 + _DATED_DEAL_REACH]):
        return None
    # "signed a deal, and 84 launchers will follow": another clause's figure.
    return verb if {",", "and"}.isdisjoint(s.lowers[verb:f.start]) else None


def stale_date(s: Sentence, date: DateSpan, *, otherwise: bool = False) -> bool:
    """Whether `date`, a day or a month named alone, lies far enough before the story's own
    date to be old news (STALE_DAYS, or two months back); `otherwise` for a date that is
    neither (a year, "last spring")."""
    if s.reference is None:
        return False
    when = month_day(s.lowers, date)
    if when is not None:
        return days_before(when, s.reference) >= STALE_DAYS
    month = month_of(s.lowers, date)
    if month is None:
        return otherwise
    return date.end - date.start == 1 and (s.reference[0] - month) % 12 >= _MONTHS_BACK


# "signed a $6.5 billion contract with Poland for 180 tanks in August": verb, deal, date.
_CLAUSE_REACH = 16
_SIGNING_BREAKS = frozenset({",", ";", ":", "(", "and", "but", "while", "which", "that", "who"})


def _signed_then(s: Sentence, f: Figure, date: DateSpan) -> bool:
    """The deal's figures told between an active "signed" and the stale date that closes its
    clause: "Hyundai Rotem signed a $6.5 billion contract with Poland for 180 K2 tanks in
    August", read in October, retells an old sale; everything it priced or bought is its
    history. The whole stretch from verb to date must be one clause ("signed a deal on
    Monday, and 180 tanks will arrive in August" dates another verb)."""
    if date.start < f.end or s.lowers[date.start - 1] not in {"in", "on"}:
        return False
    floor = max(s.start, f.start - _CLAUSE_REACH)
    signed = next((k for k in range(f.start - 1, floor - 1, -1) if s.lowers[k] in _SIGNED), None)
    if signed is None:
        return False
    between = s.lowers[signed + 1 : date.start]
    if not _SIGNING_BREAKS.isdisjoint(between) or _DEALS.isdisjoint(between):
        return False
    return stale_date(s, date)


# "the $6.5bn contract Hyundai Rotem signed with Warsaw in August": the signer's name between
# the priced deal noun and its "signed" (a relative clause without "that"), at most.
_SIGNER_REACH = 4


def _priced_then_signed(s: Sentence, f: Figure, date: DateSpan) -> bool:
    """The figure prices the deal noun right after it, and a relative clause on that noun
    signs it at a stale date: "The order follows the $6.5bn contract Hyundai Rotem signed
    with Warsaw in August" in October retells the old sale. "a $6.5bn contract, and Seoul
    signed another in August" breaks the clause and dates another deal."""
    noun = f.end
    if noun >= s.end or s.lowers[noun] not in _DEALS or date.start <= noun:
        return False
    reach = s.lowers[noun + 1 : min(date.start, noun + 1 + _SIGNER_REACH + _DATE_REACH)]
    signed = next((i for i, w in enumerate(reach) if w in _SIGNED), None)
    if signed is None or signed > _SIGNER_REACH or s.lowers[date.start - 1] not in {"in", "on"}:
        return False
    if noun + 1 + len(reach) != date.start or not _SIGNING_BREAKS.isdisjoint(reach):
        return False  # the date lies beyond reach, or another clause opens before it
    return stale_date(s, date)
