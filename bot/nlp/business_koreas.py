"""A text whose only Korea is a company's home ("South Korean defence giant Hanwha", "the
Korean company's growth"): a story about a Korean firm's factory abroad says nothing of the two
Koreas, so its bare "the North" ("manufacturing in the North was finished") is a region of
the country the story is set in, not North Korea. A writer who means the North names it,
or speaks of Seoul or Pyongyang, somewhere in the text."""

from __future__ import annotations

# Words that name a Korea or its people; "the North" in a text with none is no Korea.
KOREA_WORDS = frozenset({"korea", "korean", "koreas", "koreans", "pyongyang", "seoul"})

# Nouns a Korea word modifies when it only says where a firm is from.
_FIRMS = frozenset(
    {"company", "companies", "firm", "firms", "giant", "giants", "maker", "makers",
     "carmaker", "automaker", "shipbuilder", "shipbuilders", "manufacturer", "manufacturers",
     "conglomerate", "conglomerates", "chaebol", "supplier", "suppliers", "exporter",
     "contractor", "contractors", "bidders"}
)  # fmt: skip
_MARKS = ".,:;'\"’“”"
_REACH = 3  # "South Korean | defence giant", "Korean | arms maker"


def only_firms_korean(lowers: list[str], title: str | None) -> bool:
    """Whether every Korea word of the text (and none of its title) modifies a firm noun
    within reach: the text names Korea only as a company's home."""
    if title and not KOREA_WORDS.isdisjoint(w.strip(_MARKS).lower() for w in title.split()):
        return False  # a headline on Korea: the story is about the Koreas
    seen = False
    for k, word in enumerate(lowers):
        if word not in KOREA_WORDS:
            continue
        if word == "korea" and listed_firm(lowers, k):
            seen = True  # "two shipbuilders, Germany's TKMS and South Korea's Hanwha Ocean"
            continue
        if word != "korean" or _FIRMS.isdisjoint(lowers[k + 1 : k + 1 + _REACH]):
            return False  # "Seoul said", "Korea's Hanwha": the country itself
        seen = True
    return seen


# "two shipbuilders, Germany's ThyssenKrupp Marine Systems and South Korea's Hanwha": the
# firm noun, its comma and the list of homes and names that stands for it.
_LIST_REACH = 10
_LIST_ENDS = frozenset({".", ";", ":", "(", ")"})


def listed_firm(lowers: list[str], k: int) -> bool:
    """Whether "Korea's" at `k` owns a firm listed after a firm noun and its comma: a list
    in apposition to "two shipbuilders" names each firm by its home."""
    if lowers[k + 1 : k + 2] not in (["'s"], ["’s"]):
        return False
    for j in range(k - 1, max(0, k - _LIST_REACH), -1):
        if lowers[j] in _LIST_ENDS:
            return False
        if lowers[j] == "," and lowers[j - 1] in _FIRMS:
            return True
    return False
