"""Finding the noun a number counts: the unit noun at or shortly after the number, past
modifiers ("3,000 North Korean troops", "two K9 howitzers"), multi-word units ("km/h", "per
cent", "killed and wounded") and, for a scaled amount, the singular noun it prices ("a 1.2bn
budget")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.coordinated_modifiers import joins_modifiers
from bot.nlp.glued_units import glued_unit
from bot.nlp.lexicon import CURRENCY_SYMBOLS
from bot.nlp.units import ATTRIBUTIVE_TROOPS, COUNTED, NOT_UNITS, TIME_UNITS, normalise_measure

# "full" and "part" open "full-time personnel", "part-time staff".
_MODIFIER_STOPWORDS = frozenset(
    {"more", "other", "further", "extra", "additional", "new", "full", "part"}
)
_MAX_MODIFIERS = 3
# Weapon and aircraft designators ("K9 howitzers", "FA-50 jets", "A321XLR jets") modify the
# counted noun.
_DESIGNATOR = re.compile(r"^[A-Z][A-Za-z]*-?\d+[A-Za-z]{0,3}$")
_AGE_UNITS = frozenset({"year", "month", "week", "day"})
# "a 67-year-old actor", "a 12-hour shift": a time joined to a word is an age or a length.
_TIMES = frozenset(TIME_UNITS.values())

# Unit symbols written in capitals ("450 MW", "256 GB"); other capitalised words after a
# number are names, never what it counts. "UAVs" is the abbreviation of unmanned aerial
# vehicles, read as drones.
# "35 Kč", "400 SEK": a currency's sign or code written after the amount, capitalised.
_UPPER_SYMBOLS = frozenset(
    {"MW", "GW", "GB", "TB", "UAV", "UAVs", "Kč", "CZK", "DKK", "NOK", "SEK"}
)

Unit = tuple[int, int, tuple[str, str], int]


def unit_noun(s: Sentence, k: int) -> Unit | None:
    """The unit noun at or shortly after token k, skipping modifiers ("North Korean",
    "elite"): (start, end, (measure, category), where the search started)."""
    origin = k
    skipped = 0
    while k < s.end and skipped <= _MAX_MODIFIERS:
        for size in (3, 2) if s.lowers[k] in _MULTI_FIRST else ():
            if k + size <= s.end:
                words = [*s.lowers[k : k + size - 1], bare(s.lowers[k + size - 1])]
                tight = "/" in words or "-" in words  # "km/h", "man-days": no spaces
                joined = "".join(words) if tight else " ".join(words)
                found = normalise_measure(joined) if joined in _MULTI_UNITS else None
                if found is not None:
                    return k, k + size, found, origin
        word = s.lowers[k]
        glued = glued_unit(s, k) if k == origin else None
        if glued is not None:
            return glued
        written = s.texts[k]
        if k > origin and s.lowers[k - 1] in {"-", "–"} and written.isupper() and len(word) <= 2:
            k += 1  # "290 Homar-K launchers": a model's variant letter, no "k" for thousand
            skipped += 1
            continue
        # "28,500 US troops": the upper-case country is a modifier, not the pronoun "us".
        if word in NOT_UNITS and not (written.isupper() and k in s.mention_at):
            return None
        found = (
            normalise_measure(word)
            if not written[:1].isupper() or word == "%" or written in _UPPER_SYMBOLS
            else None
        )
        if found is not None and word in ATTRIBUTIVE_TROOPS and _modifies_next(s, k):
            found = None
        if found is not None:
            first = k
            # A singular counted noun before another unit noun is a modifier: "drone
            # attacks" count attacks.
            while (
                k + 1 < s.end
                and found[0] in (word, COUNTED.get(word))  # "police officers", "drone attacks"
                and found[1] == found[0]
                and s.texts[k + 1].islower()
                and normalise_measure(s.lowers[k + 1]) is not None
            ):
                k += 1
                word = s.lowers[k]
                found = normalise_measure(word) or found
            carried = _carried_by_troops(s, k, found)
            if carried is not None:
                return first, k + 2, carried, origin
            compound = _hyphen_compound(s, k) if found[0] not in _TIMES else None
            if compound is not None:
                return compound[0], compound[1], compound[2], origin
            return first, k + 1, found, origin
        mention = s.mention_at.get(k)
        if mention is None and k > origin + 1 and s.lowers[k - 1] in {"-", "–"} and (
            word.isalpha() and not s.space_after(k - 1) and not s.space_after(k - 2)
        ):
            # "four Neptune long-range guided missiles": the word glued on after a hyphen is
            # the rest of one modifier, not a modifier of its own.
            k += 1
            continue
        if mention is not None:
            k = mention.end
        elif (
            (word.isalpha() and word not in STOP_WORDS)
            or word in _MODIFIER_STOPWORDS
            or (k > origin and s.lowers[k - 1] in {"-", "–"} and word.isalpha())
            or _DESIGNATOR.match(s.texts[k])
            or model_number(s, k)
        ):
            k += 1
        elif word in {"-", "–"} or word in QUOTES:
            k += 1
            continue
        elif word in {",", "and"} and (_between_demonyms(s, k) or _between_designators(s, k)):
            k += 1  # "16,700 American, Filipino and Australian personnel", "KN-23 and KN-24"
            continue
        elif joins_modifiers(s, k, origin):
            k += 1  # "108 Shahed and decoy drones": two kinds of the one counted noun
            continue
        else:
            return None
        skipped += 1
    return None


_MULTI_UNITS = frozenset(
    {
        "special forces", "military personnel", "armed forces", "per cent", "percentage points",
        "special operations troops", "special operations forces", "special operations soldiers",
        "percentage point", "miles per hour", "kilometres per hour", "kilometers per hour",
        "km/h", "miles an hour", "kilometres an hour", "square kilometres",
        "square kilometers", "sq km",
        "cubic metres", "cubic meters", "us dollars", "swiss francs", "pounds sterling",
        "basis points", "basis point", "dead and wounded",
        "killed and wounded", "killed or wounded", "dead or wounded", "killed in action",
        "service members", "crew members", "family members", "staff members",
        # Work measured in people's time ("nine lakh man-days of employment"): the compound
        # is the unit, not the days or hours alone.
        "man-days", "man-hours", "person-days", "person-hours",
        "unmanned aerial vehicles", "unmanned aerial vehicle", "unmanned aircraft",
    }
)  # fmt: skip


# "km/h" and "man-days" are three tokens ("km", "/", "h"); the rest are words and spaces.
_MULTI_FIRST = frozenset(re.split(r"[/ -]", u)[0] for u in _MULTI_UNITS)


def _carried_by_troops(s: Sentence, k: int, found: tuple[str, str]) -> tuple[str, str] | None:
    """"96 armoured personnel carriers", "troop transports": a troop noun in front of a plural
    noun names what the vehicle carries; the vehicle is what is counted, and counting it as
    soldiers would fire a troop threshold on an equipment order."""
    if found[1] != "troop" or k + 1 >= s.end or not s.texts[k + 1].islower():
        return None
    following = bare(s.lowers[k + 1])
    carried = normalise_measure(following) if following.endswith("s") else None
    if carried is None or carried[1] in {"troop", "casualty"}:
        return None
    return carried


def _between_demonyms(s: Sentence, k: int) -> bool:
    before, after = s.mention_at.get(k - 1), s.mention_at.get(k + 1)
    return before is not None and after is not None and before.adjectival and after.adjectival


def _between_designators(s: Sentence, k: int) -> bool:
    """"250 KN-23 and KN-24 missiles": two models of the one counted noun."""
    return k + 1 < s.end and all(_DESIGNATOR.match(s.texts[j]) for j in (k - 1, k + 1))


def _modifies_next(s: Sentence, k: int) -> bool:
    """"180 infantry fighting vehicles": a lower-case content word after it makes the troop
    noun a modifier of what is counted; "11,000 infantry were training" counts soldiers."""
    if k + 1 >= s.end:
        return False
    following = s.texts[k + 1]
    return following.isalpha() and following.islower() and following not in STOP_WORDS


def bare(word: str) -> str:
    """A token without the sentence's full stop the tokenizer left on it ("5m.", "km/h.")."""
    return word[:-1] if len(word) > 1 and word.endswith(".") and word.count(".") == 1 else word


def priced_noun(s: Sentence, k: int) -> Unit | None:
    """"a 1.2bn budget": a scaled amount before a singular noun measures that noun."""
    if k >= s.end:
        return None
    word = s.lowers[k]
    if not (word.isalpha() and s.texts[k].islower()) or word in STOP_WORDS or word in NOT_UNITS:
        return None
    if word.endswith("s") or normalise_measure(word) is not None:
        return None  # plural nouns are units already; this is for the singular ones
    return k, k + 1, (word, word), k


def is_age(s: Sentence, measure: str, after_unit: int) -> bool:
    """"a 19-year-old", "25 years old": the figure is an age, not an amount."""
    if measure not in _AGE_UNITS:
        return False
    following = s.lowers[after_unit : after_unit + 2]
    return following[:1] == ["old"] or following == ["-", "old"]


def model_number(s: Sentence, k: int) -> bool:
    """"JAS 39 Gripen", "MiG 29 jets": a number after a maker's capitals names a model, and
    counts nothing. A name the gazetteer knows ("EU 27") is no such prefix."""
    if k <= s.start or not s.lowers[k].isdigit() or k - 1 in s.mention_at:
        return False
    prefix = s.texts[k - 1]
    if not prefix.isalpha() or prefix.islower():
        return False  # both tests below need a word with a capital: most words before a number
    if s.lowers[k - 1] in CURRENCY_SYMBOLS:
        return False  # "EUR 410 mln", "PLN 96 million": an ISO code before an amount
    capitals = sum(c.isupper() for c in prefix)
    if prefix.isalpha() and 2 <= len(prefix) <= 4 and prefix[0].isupper() and capitals >= 2:
        return True
    # "iPhone 16", "PlayStation 5": a brand's inner capital marks a product name.
    return prefix.isalpha() and capitals >= 1 and any(c.isupper() for c in prefix[1:]) and (
        any(c.islower() for c in prefix)
    )


def _hyphen_compound(s: Sentence, k: int) -> Unit | None:
    """"34 aircraft-type drones", "tank-killer drones": a counted noun joined by a hyphen to
    the next word only modifies the noun after them, which is what is counted."""
    if k + 3 >= s.end or s.lowers[k + 1] != "-" or s.space_after(k) or s.space_after(k + 1):
        return None
    if not s.lowers[k + 2].isalpha():
        return None
    return unit_noun(s, k + 3) if s.texts[k + 3].islower() else None
