"""Vague amounts told after what they count: "the Pentagon put North Korean casualties at
'several hundred'", "Washington and Seoul put the losses so far in 'the dozens'", "troops
had suffered casualties 'in the hundreds'". News gives an estimate it will not number this
way; the amount reads no noun after it ("hundreds of troops"), so without this rule the
figure was lost, and with it the alert on that side's losses."""

from __future__ import annotations

from bot.nlp.bare_numbers import MEASURED
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import ESTIMATE_VERBS, SCALE_WORDS, VAGUE_AMOUNTS, VAGUE_DETERMINERS
from bot.nlp.unit_nouns import Unit, unit_noun

_ESTIMATING = ESTIMATE_VERBS | {"putting", "estimate", "estimates", "estimated", "estimating"}
# "put total North Korean casualties so far at": the verb, its object and a short aside.
_REACH = 10
# "casualties in the hundreds" names the count's size; "tanks in the thousands" would too,
# but money ("profits in the billions") and measures have their own units, never these.
_LOSS_NOUNS = frozenset({"loss", "casualty"})
# 'casualties numbering "in the hundreds"': a participle of counting links them as "were" does.
_LINKING = frozenset({"were", "was", "are", "is", "remain", "remained", "remains", "numbering"})
# "several hundreds", "a few thousands": the plural a scale word takes after a determiner.
_PLURAL_SCALES = {"hundreds": "hundred", "thousands": "thousand", "dozens": "dozen"}


def _scale(word: str) -> str | None:
    """The scale word `word` is, singular ("hundreds" is "hundred"), or None."""
    if word in SCALE_WORDS:
        return word
    return _PLURAL_SCALES.get(word)


def vague_estimate(s: Sentence, i: int) -> tuple[Figure, None] | None:
    """The vague amount at token i when its noun stands before it: an estimate verb's object
    before "at"/"in" ("put X casualties at 'several hundred'"), or a noun of losses right
    before "in the hundreds". None for the rest ("dozens of drones" is read elsewhere)."""
    word = s.lowers[i]
    if word in VAGUE_AMOUNTS:
        end, qualifier = i + 1, word
    elif word in VAGUE_DETERMINERS and i + 1 < s.end and _scale(s.lowers[i + 1]):
        # "several hundred"; spoken and quoted English also says "several hundreds"
        end, qualifier = i + 2, f"{word} {_scale(s.lowers[i + 1])}"
        if word == "few" and i > s.start and s.lowers[i - 1] == "a":
            qualifier, i = f"a {qualifier}", i - 1  # "a few thousand"
    else:
        return None  # nearly every token: one set test
    if end < s.end and s.lowers[end] in {"of", "more", "additional", "extra"}:
        return None  # "hundreds of troops", "dozens more": the amount's own noun follows
    k = i - 1
    while k > s.start and s.lowers[k] in QUOTES:
        k -= 1
    if k > s.start and s.lowers[k] == "the":
        k -= 1  # "in the dozens"
    while k > s.start and s.lowers[k] in QUOTES:
        k -= 1  # 'suffered casualties "in the hundreds"'
    if k <= s.start or s.lowers[k] not in {"at", "in"}:
        return None
    unit = _estimated_unit(s, k) or _loss_before(s, k)
    if unit is None:
        return None
    u_start, u_end, found, origin = unit
    return Figure(
        start=min(i, u_start), end=end, num_start=i, num_end=end, unit_start=u_start,
        unit_end=u_end, value=None, value_max=None, qualifier=qualifier,
        unit=s.span_text(u_start, u_end), measure=found[0], category=found[1],
        mod_start=origin,
    ), None  # fmt: skip


def _estimated_unit(s: Sentence, at: int) -> Unit | None:
    """The object of an estimate verb shortly before `at`: "put North Korean casualties"."""
    for k in range(at - 1, max(s.start, at - _REACH) - 1, -1):
        if s.lowers[k] in {".", ";", ":"}:
            return None
        if s.lowers[k] in _ESTIMATING:
            unit = unit_noun(s, k + 1)
            if unit is None or unit[1] > at or unit[2][1] in MEASURED:
                return None
            return _as_casualties(unit)
    return None


def _loss_before(s: Sentence, prep: int) -> Unit | None:
    """A noun of losses right before "in the hundreds": 'suffered casualties "in the
    hundreds"'; any other noun ("fans in the thousands") is left to the figure rules."""
    k = prep - 1
    while k > s.start and s.lowers[k] in QUOTES:
        k -= 1
    if s.lowers[prep] != "in":
        return None
    if k > s.start and s.lowers[k] in _LINKING:
        k -= 1  # 'said casualties were "in the hundreds"': the noun is the clause's subject
    unit = unit_noun(s, k)
    if unit is None or unit[0] != k or unit[2][0] not in _LOSS_NOUNS:
        return None
    return _as_casualties(unit)


def _as_casualties(unit: Unit) -> Unit:
    """Losses estimated by a vague count are the dead and wounded, as for a number."""
    if unit[2][0] != "loss":
        return unit
    return unit[0], unit[1], ("casualty", "casualty"), unit[3]
