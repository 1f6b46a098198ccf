"""Calibres ("220 170mm self-propelled guns", "rounds of 122mm and 152mm artillery"): a bore
size written on the weapon it names says what kind of gun or shell is meant, not how many.
After a count, the count is the figure and the calibre is no part of its thousands; a list of
bores names kinds of ammunition, and so does a lone bore on a gun or shell ("105mm artillery
shells", "122mm multiple rocket launchers")."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from bot.nlp.context import Sentence

_BORE_UNITS = frozenset({"mm", "-mm", "millimetre", "millimeter"})
_JOINERS = frozenset({"and", "or", ",", "/"})
# What may follow a bore's digits: its unit, or the hyphen before it ("170-mm").
_AFTER_DIGITS = _BORE_UNITS | {"-"}


def _glued_bore(s: Sentence, i: int) -> int | None:
    """The token after "170mm" when token i is its digits (the unit written on the number)."""
    # The word after first: it rules out nearly every number before the text is cut.
    if i + 1 >= s.end or s.lowers[i + 1] not in _AFTER_DIGITS:
        return None
    # "152 mm", spaced as some house styles write it, is a bore as much as "152mm" is.
    spaced = s.space_after(i) == " " and s.lowers[i + 1] == "mm"
    if not s.lowers[i].isdigit() or (s.space_after(i) not in {"", "-"} and not spaced):
        return None
    k = i + 1
    if s.lowers[k] == "-" and k + 1 < s.end:
        k += 1
    return k + 1 if s.lowers[k] in _BORE_UNITS else None


def _chain(s: Sentence, i: int) -> tuple[int, int] | None:
    """(the noun the bores starting at token i are written on, how many bores), if any."""
    k = _glued_bore(s, i)
    bores = 1
    while k is not None and k + 1 < s.end and s.lowers[k] in _JOINERS:
        nxt = _glued_bore(s, k + 1)
        if nxt is None:
            return None
        k, bores = nxt, bores + 1
    if k is None or k >= s.end:
        return None
    word = s.lowers[k]
    return (k, bores) if word[:1].isalpha() and word not in STOP_WORDS else None


def _listed_after_bore(s: Sentence, i: int) -> bool:
    """"122mm and 152mm": token i is a later bore of a list."""
    j = i - 1
    if j - 2 < s.start or s.lowers[j] not in _JOINERS:
        return False
    return s.lowers[j - 1] in _BORE_UNITS and s.lowers[j - 2].isdigit()


def is_calibre(s: Sentence, i: int) -> bool:
    """Token i starts a calibre that is no figure: after a count, or one of a list."""
    chain = _chain(s, i)
    if chain is None:
        return False
    after_count = i > s.start and s.lowers[i - 1].isdigit()
    return after_count or chain[1] > 1 or _listed_after_bore(s, i) or (
        not _ARMS.isdisjoint(s.lowers[chain[0] : chain[0] + _ARMS_REACH])
    )


# "105mm artillery shells", "122mm multiple rocket launchers": a bore on a gun or its
# ammunition names the kind; other lone millimetres ("80mm of rain") stay figures.
_ARMS = frozenset(
    {"artillery", "shells", "shell", "rounds", "round", "ammunition", "guns", "gun",
     "howitzers", "howitzer", "launchers", "launcher", "mortars", "mortar", "cannon",
     "rockets", "munitions"}
)  # fmt: skip
_ARMS_REACH = 5  # "152mm self-propelled guns"


def skip_calibre(s: Sentence, k: int) -> int:
    """Where the counted noun starts after a count: past a calibre ("220 170mm guns")."""
    chain = _chain(s, k) if k < s.end else None
    return k if chain is None else chain[0]
