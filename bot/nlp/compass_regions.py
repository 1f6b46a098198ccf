"""Where "the North" or "the South" is a quarter of a country (England's "North East",
"the North and West of the state", "the North and Pomerania", "rain in the North") and not
one of the Koreas."""

from __future__ import annotations

# "the North East", "the North-West": a region of a country named by its compass points.
_QUARTERS = frozenset({"East", "West", "Eastern", "Western"})
# "the North East Asian order", "the North West Pacific": wider than any one country.
_CONTINENTS = frozenset(
    {"Asia", "Asian", "Europe", "European", "Africa", "African", "Pacific", "Atlantic"}
)


def regional_sides(texts: list[str], lowers: list[str], sides: list[int]) -> set[str]:
    """The side words the article uses for a quarter of a country ("the North East"): a
    story about England's "North East" means its bare "the North" in that sense too ("good
    news for manufacturing in the North"), whatever Korea it also names. The region may stand
    without "the" too, in a name or before the country ("Go North East", "North West
    England"): a story that names it is as much about that region."""
    out: set[str] = set()
    for k in sides:
        if k + 1 >= len(texts):
            continue
        at = k + 2 if texts[k + 1] in {"-", "–"} else k + 1
        after = texts[at] if at < len(texts) else ""
        then = texts[at + 1] if at + 1 < len(texts) else ""
        if after in _QUARTERS and then not in _CONTINENTS:  # "the North East Asian order"
            out.add(texts[k])
    return out


# "the North and West of the state", "the North of England": a region of the compass.
_OTHER_POINTS = frozenset({"West", "East", "Centre", "Center", "Midlands", "Interior"})


def compass_region(texts: list[str], after: int) -> bool:
    if after >= len(texts):
        return False
    word = texts[after]
    return word == "of" or (
        word in {"and", "or"} and after + 1 < len(texts) and texts[after + 1] in _OTHER_POINTS
    )


# Labels of a weather box: "Weather: Showers spreading into the North later. Max 14C".
_FORECAST_LABELS = ("Weather:", "Forecast:", "Weather forecast:", "Today's weather:")


def in_forecast(text: str, at: int) -> bool:
    """Whether the character at `at` stands in a line a weather label opens: a forecast's
    "the North" is the country's own north, whatever Korea the story names later."""
    line = text.rfind("\n", 0, at) + 1
    return text.startswith(_FORECAST_LABELS, line)


def paired_with_region(texts: list[str], after: int, taken: set[int]) -> bool:
    """"Storm warnings for the North and Pomerania": "the North" paired with a capitalised
    name that is no state or body the gazetteer knows is a region of the country, like its
    partner; "the North and Russia" (a name found) is still the Korea."""
    if after + 1 >= len(texts) or texts[after] not in {"and", "or"}:
        return False
    word = texts[after + 1]
    return word.istitle() and word not in {"South", "North", "The"} and after + 1 not in taken


# A weather line's words: "thunderstorms in the North and along the Baltic coast; highs of 29C
# in the south" reads a country's forecast by its quarters, never the Koreas, which the news
# names with politics, not rain. Words that are also verbs or figures of speech ("weather
# the sanctions", "record lows", "rain fire on") are left out.
_WEATHER = frozenset(
    {"forecast", "thunderstorms", "thunderstorm", "showers", "sleet", "drizzle", "fog",
     "sunny", "sunshine", "cloudy", "frost", "highs", "gales", "snowfall", "rainfall"}
)  # fmt: skip
_WEATHER_REACH = 12  # "Weather: thunderstorms in the North": tokens either side


def weather_region(lowers: list[str], k: int) -> bool:
    """Whether "the North" at token k sits in a weather line, as a quarter of the country."""
    near = lowers[max(0, k - _WEATHER_REACH) : k + _WEATHER_REACH]
    return not _WEATHER.isdisjoint(near)
