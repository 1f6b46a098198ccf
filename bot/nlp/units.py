"""Unit nouns: what a figure counts, normalised to a singular English measure and grouped
into the categories the watch grammar speaks of ("troop", "casualty", "money", ...)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    import inflect

TROOP_WORDS = frozenset(
    {
        "troop", "troops", "soldier", "soldiers", "serviceman", "servicemen", "servicemembers",
        "service members", "servicewomen", "personnel", "military personnel", "forces",
        "special forces", "fighters", "combatants", "marines", "paratroopers", "commandos",
        "reservists", "conscripts", "recruits", "reinforcements", "infantrymen", "mercenaries",
        "military", "army", "armed forces", "sailors", "airmen", "guards", "infantry",
        "special operations troops", "special operations forces", "special operations soldiers",
        # KCNA's English: "the DPRK had sent 6,000 more servicepersons to Russia".
        "serviceperson", "servicepersons",
    }
)  # fmt: skip
# Troop nouns that also modify another noun ("infantry fighting vehicles", "military
# construction workers"): counted as soldiers only where nothing follows them to modify.
ATTRIBUTIVE_TROOPS = frozenset({"infantry", "military"})
CASUALTY_WORDS = frozenset(
    {
        "casualty", "casualties", "killed", "dead", "death", "deaths", "wounded", "injured",
        "missing", "fatalities", "fatality", "dead and wounded", "killed and wounded",
        "killed or wounded", "dead or wounded", "wounded and killed", "killed in action",
    }
)  # fmt: skip
CURRENCIES: dict[str, str] = {
    "$": "dollar", "us$": "dollar", "usd": "dollar", "dollar": "dollar", "dollars": "dollar",
    "us dollars": "dollar", "c$": "dollar", "a$": "dollar", "hk$": "dollar", "nz$": "dollar",
    "nt$": "dollar", "s$": "dollar", "$us": "dollar", "$a": "dollar",
    "€": "euro", "eur": "euro", "euro": "euro", "euros": "euro",
    "£": "pound", "gbp": "pound", "pound": "pound", "pounds": "pound", "sterling": "pound",
    "pounds sterling": "pound", "pence": "penny", "penny": "penny",
    "¥": "yen", "jpy": "yen", "yen": "yen",
    "yuan": "yuan", "cny": "yuan", "renminbi": "yuan",
    "₩": "won", "krw": "won", "won": "won",
    "₽": "rouble", "rub": "rouble", "rouble": "rouble", "roubles": "rouble", "ruble": "rouble",
    "rubles": "rouble",
    "₴": "hryvnia", "uah": "hryvnia", "hryvnia": "hryvnia", "hryvnias": "hryvnia",
    "hryvnias'": "hryvnia",
    "₹": "rupee", "inr": "rupee", "rupee": "rupee", "rupees": "rupee", "rs": "rupee",
    "rs.": "rupee",
    "zloty": "zloty", "zlotys": "zloty", "zlotych": "zloty", "pln": "zloty",
    # Moldova's and Romania's currency: "lei" is the plural.
    "leu": "leu", "lei": "leu", "mdl": "leu", "ron": "leu",
    # The Nordic and Czech crowns: "58 mia. kroner", "18 miljarder kronor", "35 Kč".
    "krone": "krone", "kroner": "krone", "dkk": "krone", "nok": "krone", "krona": "krona",
    "kronor": "krona", "sek": "krona", "koruna": "koruna", "korun": "koruna", "kč": "koruna",
    "czk": "koruna", "euroa": "euro",
    "swiss francs": "franc", "francs": "franc", "franc": "franc", "chf": "franc",
}  # fmt: skip
PHYSICAL: dict[str, str] = {
    "%": "percentage", "percent": "percentage", "per cent": "percentage", "pct": "percentage",
    "pc": "percentage",
    "percentage": "percentage",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "km": "kilometre", "kms": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre",
    "kilometer": "kilometre", "kilometers": "kilometre",
    "mile": "mile", "miles": "mile", "feet": "foot", "foot": "foot", "ft": "foot",
    "inch": "inch", "inches": "inch",
    "metre": "metre", "metres": "metre", "cm": "centimetre", "centimetres": "centimetre",
    "centimeters": "centimetre", "mm": "millimetre", "millimetres": "millimetre",
    "millimeters": "millimetre", "meter": "metre", "meters": "metre",
    "km/h": "kilometre per hour", "kmh": "kilometre per hour", "kph": "kilometre per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "kilometres an hour": "kilometre per hour", "kilometers an hour": "kilometre per hour",
    "mph": "mile per hour", "miles per hour": "mile per hour", "miles an hour": "mile per hour",
    "knots": "knot", "knot": "knot",
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "sq km": "square kilometre", "km2": "square kilometre",
    "cubic metres": "cubic metre", "cubic meters": "cubic metre", "cubic metre": "cubic metre",
    "bcm": "cubic metre",
    "hectares": "hectare", "hectare": "hectare",
    "barrels": "barrel", "barrel": "barrel",
    "basis points": "basis point", "basis point": "basis point", "bps": "basis point",
    "°": "degree", "degrees": "degree", "degree": "degree",
    "mw": "megawatt", "megawatts": "megawatt", "gw": "gigawatt", "gigawatts": "gigawatt",
    "kw": "kilowatt", "kilowatts": "kilowatt", "gb": "gigabyte", "gigabytes": "gigabyte",
    "tb": "terabyte", "terabytes": "terabyte", "mg": "milligram", "milligrams": "milligram",
}  # fmt: skip
# Durations count too ("sentenced to 10 years", "a 12-day strike"); an age ("a 19-year-old")
# is excluded where the figure is read. "second" is left out: it is far more often an ordinal.
TIME_UNITS: dict[str, str] = {
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
    "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "seconds": "second", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip
# Two-word counted nouns read as one measure ("25 crew members" counts crew members).
COMPOUNDS: dict[str, str] = {
    "crew members": "crew member", "crew member": "crew member",
    "family members": "family member", "staff members": "staff member",
    # Official and translated copy's name for drones ("254 unmanned aerial vehicles were
    # destroyed"): a watch on drones must see them.
    "unmanned aerial vehicles": "drone", "unmanned aerial vehicle": "drone",
    "unmanned aircraft": "drone",
}  # fmt: skip
# Counted nouns whose singular a reader would not find by dropping a suffix, and singulars
# that should count even without a plural ending ("one tank").
COUNTED: dict[str, str] = {
    "aircraft": "aircraft", "people": "person", "persons": "person", "person": "person",
    "staff": "staff",  # "hire 1,800 staff": a collective noun, plural without an "s"
    "men": "man", "women": "woman", "children": "child", "ammunition": "ammunition",
    "artillery": "artillery", "equipment": "equipment", "munitions": "munition",
    "tank": "tank", "missile": "missile", "shell": "shell", "drone": "drone",
    "howitzer": "howitzer", "rocket": "rocket", "jet": "jet", "helicopter": "helicopter",
    "warship": "warship", "ship": "ship", "vessel": "vessel", "launcher": "launcher",
    "balloon": "balloon", "vehicle": "vehicle", "civilian": "civilian",
    "refugee": "refugee", "prisoner": "prisoner", "hostage": "hostage", "round": "round",
    "warhead": "warhead", "submarine": "submarine", "brigade": "brigade",
    "battalion": "battalion", "division": "division", "regiment": "regiment",
    # "5,000 additional police": police officers, a collective plural; not troops.
    "police": "officer",
    # The abbreviation of "unmanned aerial vehicle" ("400 attack UAVs") is a drone too.
    "uav": "drone", "uavs": "drone",
}  # fmt: skip
# Plural nouns that follow numbers but count time, age or position, never a quantity
# someone would watch.
NOT_UNITS = frozenset(
    {
        "second", "times", "thirds", "quarters", "halves", "fifths", "tenths", "crore", "lakh",
        "crores", "lakhs", "pages", "page", "percentiles", "am", "pm", "a.m.", "p.m.",
        "o'clock", "gmt",
        "utc", "bc", "ad", "bce", "ce", "th", "st", "nd", "rd", "thousand", "thousands",
        "million", "millions", "billion", "billions", "trillion", "hundred", "hundreds",
        "dozen", "dozens", "tens", "scores", "k", "m", "bn", "mn", "tn", "b", "per",
        "years-old", "year-old", "olds", "others", "ones", "yards", "points", "news",
        "series", "species", "means", "whereas", "always", "perhaps", "towards", "afterwards",
        "sometimes", "nevertheless", "yes", "thus", "was", "has", "is", "does", "goes",
        "says", "its", "this", "his", "hers", "ours", "yours", "theirs", "us", "as", "less",
        "across", "unless", "besides", "plus", "versus", "mins", "hrs", "secs", "yrs",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "mondays", "sundays",
        # "the figure of 6,000 refers to total casualties": a verb after its subject number
        "refers", "includes", "excludes", "represents",
        # "brought its force back to 11,000 despite heavy losses": a preposition after a
        # bare number opens a phrase of its own, never a modifier of the counted noun
        "despite", "amid", "amidst",
    }
)  # fmt: skip
_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")


@cache
def _inflect() -> inflect.engine:
    # inflect takes about two seconds to import; only unknown plurals need it.
    import inflect

    return inflect.engine()


@lru_cache(maxsize=65536)
def _singular(word: str) -> str | None:
    if word in COUNTED:
        return COUNTED[word]
    if word in NOT_UNITS or word in STOP_WORDS or not _WORD.match(word):
        return None
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "'s")):
        return None
    singular = _inflect().singular_noun(word)
    if not isinstance(singular, str) or not singular or singular == word:
        return None
    return singular


@lru_cache(maxsize=65536)
def normalise_measure(noun: str) -> tuple[str, str] | None:
    """(measure, category) for a unit noun as written, or None when it is no unit."""
    key = " ".join(noun.strip().lower().replace("’", "'").split())
    if not key:
        return None
    if key in TROOP_WORDS:
        return ("troop", "troop")
    if key in CASUALTY_WORDS:
        return ("casualty", "casualty")
    if key in CURRENCIES:
        return (CURRENCIES[key], "money")
    if key in PHYSICAL:
        measure = PHYSICAL[key]
        return (measure, measure)
    if key in TIME_UNITS:
        measure = TIME_UNITS[key]
        return (measure, measure)
    if key in COMPOUNDS:
        measure = COMPOUNDS[key]
        return (measure, measure)
    words = key.split()
    if len(words) > 1:
        # A modified noun counts as its head: "ballistic missiles" are missiles.
        return normalise_measure(words[-1])
    singular = _singular(key)
    if singular is None:
        return None
    return (singular, singular)
