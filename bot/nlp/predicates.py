"""A count given as the predicate of what it counts: "North Korean casualties were more than
4,000", "Russian losses stood at about 1,200", "estimates Russian casualties at around
950,000". The unit noun is the clause's subject or the estimate's object, not a word after
the number. A second source's estimate is often set against the first before its figure:
"Kyiv puts the North's losses higher, at about 7,500" estimates "losses" as "at" alone does."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.fate_pairs import fate_pair
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.loss_kinds import before_kinds
from bot.nlp.named_tolls import toll_subject
from bot.nlp.number_reading import number_at
from bot.nlp.period_subjects import before_period
from bot.nlp.units import normalise_measure

_COPULAS = (
            # "North Korean soldiers in Kursk, who number about 11,000, ...": a relative
            # clause sizing the noun before its comma (tried before the bare "number").
            (",", "who", "number"), (",", "who", "numbered"), (",", "who", "now", "number"),
            ("were",), ("was",), ("are",), ("is",), ("stood", "at"), ("stand", "at"),
            ("stands", "at"), ("numbered",), ("number",), ("totalled",), ("totaled",),
            ("totalled", "about"),
            # "casualties ... were estimated at around 4,700": the passive of "estimate at"
            ("were", "estimated", "at"), ("was", "estimated", "at"), ("are", "estimated", "at"),
            ("is", "estimated", "at"), ("were", "put", "at"), ("was", "put", "at"))  # fmt: skip
# The relative copulas: their noun may carry a place after it ("soldiers in the region, who").
_RELATIVE = "who"
# A place phrase between a relative's noun and its comma: "soldiers in the Kursk region".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "inside"})
_PLACE_REACH = 6
# Only people counted: "prices were 4,000" or "the odds are 100" are no figures a watch on
# troops or casualties should see.
_PEOPLE = frozenset({"troop", "casualty"})
_LOSSES = frozenset({"losses", "toll", "death toll"})
_ESTIMATING = frozenset(
    {"estimates", "estimated", "estimate", "put", "puts", "putting", "pegs", "pegged", "places",
     "placed"}
)  # fmt: skip
# The last word of every copula, and "at" for `_estimated_at`.
_COPULA_ENDS = frozenset(c[-1] for c in _COPULAS) | {"at"}
_CLAUSE_ENDS = frozenset(
    {".", ",", ";", ":", "and", "but", "in", "by", "as", "according", *QUOTES}
)
# After the count, a running total's start may follow: "at about 1,200 since February".
_AFTER_COUNT = _CLAUSE_ENDS | {"since"}
# "casualties now stood at ...": a time adverb between the counted noun and its copula.
_ADVERBS = frozenset({"now", "already", "currently", "still", "reportedly", "officially"})
# Two-word time adverbs that stand there the same way: "casualties so far stood at ...".
_ADVERB_PAIRS = frozenset({("so", "far"), ("to", "date"), ("by", "then"), ("by", "now")})


def _estimated_at(s: Sentence, q_start: int) -> bool:
    """"estimates Russian casualties at around 950,000": the noun before "at" is the
    object of an estimating verb just before it, past an aside ("put total North Korean
    casualties, the dead and the wounded together, at nearly 4,000") and a two-word
    demonym."""
    if q_start - 2 < s.start or s.lowers[q_start - 1] != "at":
        return False
    # "losses in killed and wounded at", "puts the North's losses higher, at"
    noun = before_kinds(s, before_comparison(s, before_aside(s, q_start - 2)))
    return not _ESTIMATING.isdisjoint(s.lowers[max(s.start, noun - _OBJECT_REACH) : noun])


# "put | total North Korean | casualties", "puts | the North 's total | casualties"
_OBJECT_REACH = 5
# Words that sum a count up and stand between its owner and the noun: "the North's total
# casualties" is the North's, though the word before the noun is "total".
_TOTALS = frozenset({"total", "combined", "overall", "cumulative", "aggregate"})


_MAX_ASIDE = 8  # ", including the wounded,", ", by its own count,"


def before_aside(s: Sentence, k: int) -> int:
    """The token before a comma-enclosed aside ending at token `k` (a comma): "casualties,
    including the wounded, were about 4,700" counts "casualties"; otherwise `k` itself."""
    if k <= s.start or s.lowers[k] != ",":
        return k
    for j in range(k - 1, max(s.start, k - 1 - _MAX_ASIDE), -1):
        if s.lowers[j] == ",":
            return j - 1
        if s.lowers[j] in QUOTES or j in s.mention_at or s.lowers[j][:1].isdigit():
            return k  # a quote, a name or a number in between: no plain aside
    return k


# "puts the North's losses much higher, at": the comparison, set off by its comma.
_COMPARED = frozenset({"higher", "lower"})
_DEGREES = frozenset({"much", "far", "even", "slightly", "considerably", "significantly"})


def before_comparison(s: Sentence, k: int) -> int:
    """The noun before a comparison ending at token `k` (a comma): "losses | higher ,";
    otherwise `k` itself."""
    if k - 2 < s.start or s.lowers[k] != "," or s.lowers[k - 1] not in _COMPARED:
        return k
    return k - 3 if s.lowers[k - 2] in _DEGREES else k - 2


def _before_place(s: Sentence, noun: int) -> int:
    """The noun before a place phrase ending at `noun`: "soldiers | in the Kursk region";
    `noun` itself when no such phrase ends there."""
    for j in range(noun, max(s.start, noun - _PLACE_REACH), -1):
        if s.lowers[j] in _PLACE_PREPOSITIONS:
            return j - 1
        if s.lowers[j] in _CLAUSE_ENDS:
            break
    return noun


def predicate_figure(s: Sentence, i: int) -> tuple[Figure, str | None] | None:
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    if end < s.end and s.lowers[end] not in _AFTER_COUNT:
        return None  # a unit or more words follow: not a bare predicate
    q_start, qualifier = qualifier_before(s, i)
    # 'stood at "more than 5,000"': a quoted figure is the predicate too.
    told = q_start - 1 if q_start > s.start and s.lowers[q_start - 1] in QUOTES else q_start
    if told == 0 or s.lowers[told - 1] not in _COPULA_ENDS:
        return None  # no copula or "at" before: one set test for the scan of them all
    copula = next((c for c in _COPULAS if tuple(s.lowers[told - len(c) : told]) == c), None)
    if copula is None and _estimated_at(s, told):
        copula = ("at",)
    if copula is None:
        return None
    noun = before_aside(s, told - len(copula) - 1)
    if copula == ("at",):
        noun = before_comparison(s, noun)  # "puts the North's losses higher, at"
    if _RELATIVE in copula:
        noun = _before_place(s, told - len(copula) - 1)
    if noun > s.start and s.lowers[noun] in _ADVERBS:
        noun -= 1
    elif noun - 1 > s.start and tuple(s.lowers[noun - 1 : noun + 1]) in _ADVERB_PAIRS:
        noun -= 2  # "casualties so far stood at about 4,000"
    noun = before_period(s, before_kinds(s, noun))  # "Russian losses in May were ..."
    owner = None
    named = s.mention_at.get(noun)
    if named is not None and named.end == noun + 1 and s.lowers[named.start - 1] == "of":
        # "the total casualties of the North were estimated at ...": the side named after
        # "of" owns the count the noun before it names.
        owner, noun = named, named.start - 2
    if (fates := fate_pair(s, noun)) is not None:  # "the dead and wounded number 7,000"
        return _fates_figure(s, fates, noun, (q_start, i, end), value, qualifier)
    if noun < s.start or not s.texts[noun].islower():
        return None
    word = s.lowers[noun]
    found = ("casualty", "casualty") if word in _LOSSES else normalise_measure(word)
    # "the real toll is nearly 6,000": a toll's subject counts too; "put the toll at" is
    # toll_estimates.py's to read.
    plural = word.endswith("s") or (copula != ("at",) and toll_subject(s, noun))
    if found is None or found[1] not in _PEOPLE or not plural:
        return None
    before = noun - 1 if noun - 1 > s.start and s.lowers[noun - 1] in _TOTALS else noun
    owner = owner or s.mention_at.get(before - 1)
    actor = s.gazetteer.actor_of(owner.entity) if owner is not None else None
    figure = Figure(
        start=q_start, end=end, num_start=i, num_end=end, unit_start=noun, unit_end=noun + 1,
        value=value, value_max=None, qualifier=qualifier, unit=s.texts[noun],
        measure=found[0], category=found[1], mod_start=end,
    )  # fmt: skip
    return figure, actor


def _fates_figure(
    s: Sentence, first: int, last: int, spans: tuple[int, int, int], value: float,
    qualifier: str | None,
) -> tuple[Figure, str | None]:
    """The casualty count of "North Korean dead and wounded number ...": the fates
    [first, last] are its noun, the demonym before them its side."""
    q_start, i, end = spans
    owner = s.mention_at.get(first - 1)
    actor = s.gazetteer.actor_of(owner.entity) if owner is not None else None
    figure = Figure(
        start=q_start, end=end, num_start=i, num_end=end, unit_start=first,
        unit_end=last + 1, value=value, value_max=None, qualifier=qualifier,
        unit=s.texts[first], measure="casualty", category="casualty", mod_start=end,
    )  # fmt: skip
    return figure, actor
