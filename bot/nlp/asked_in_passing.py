"""Answers to a question asked in passing. Analysis pieces set up a comparison of estimates
with a "how many" clause inside a statement, not as a question of its own: "Estimates of how
many Chinese engineers are still in Iran vary. Tehran says about 800 remain. Washington puts
it at roughly 1,000." The answers give the number alone; the noun they count is the one the
clause asked about, so "about 800" counts those engineers (or that people, counted as
soldiers when the story has called them soldiers), and their country is the figure's side.

The answers run on while the paragraph does and while the sentences between them give bare
numbers too: a number with a noun of its own between them starts a new count, a line break a
new topic. A "how many" that opens its sentence is a real question, read elsewhere
(`asked_counts`, `asked_turns`); one asking about the dead ("how many have been killed") is
a toll, read by the loss readers. And only a clause about now ("are still there", "remain",
"currently") is answered so: "how many took part in the operation" asks about an episode
over, whose count the story tells as history."""

from __future__ import annotations

from dataclasses import replace

from bot.nlp.bare_numbers import (
    CASUALTY_WORDS,
    MEASURED,
    BareNumber,
    Implied,
    bare_number_at,
    figure_like,
)
from bot.nlp.context import Sentence
from bot.nlp.demonym_forces import people_told_as_soldiers, soldiers_told_before
from bot.nlp.figures import Figure
from bot.nlp.number_reading import number_at
from bot.nlp.units import normalise_measure

_SENTENCES_BACK = 3  # the clause, then up to three answers in a row
_LOSSES = CASUALTY_WORDS | {"casualties", "losses", "lost", "die", "toll"}
_MILITARY = frozenset({"troops", "soldiers", "servicemen", "deployed", "fighting", "forces"})
_NAME_SIZES = (3, 2, 1)
# The clause asks about the present: "are still in Russia", "remain", "currently serve".
_NOW = frozenset({"are", "is", "remain", "remains", "still", "now", "currently", "stay", "stays"})
_JOINERS = frozenset({"to", "-", "–", "or"})  # "11,000 to 12,000", "three or four"


def asked_in_passing(s: Sentence, n: BareNumber) -> Implied | None:
    """The figure a bare number makes as an answer to a "how many" clause shortly before."""
    tokens = s.tokens
    first = s.earlier_start(_SENTENCES_BACK)
    lowers = tokens.lowers
    # The cheap test first: nearly every sentence has no "how many" just before it.
    many = _last_how_many(lowers, first, n.start)
    if many is None:
        return None
    start, end = _sentence_of(s, many)
    if many == start or lowers[end - 1 : end] == ["?"]:
        return None  # a real question, read by the question readers
    if "\n" in tokens.text[tokens.idxs[many] : tokens.idxs[n.start]]:
        return None  # a new paragraph: a new topic
    asked_words = lowers[many + 2 : end]
    if not _LOSSES.isdisjoint(asked_words) or _NOW.isdisjoint(asked_words):
        return None  # "how many have been killed": a toll; "how many took part": history
    if any(_has_digit(lowers[j]) for j in range(start, end)):
        return None  # the clause's sentence gives its own figure
    if not _bare_between(lowers, end, n.start):
        return None
    asked = _asked_noun(s, many + 2, end)
    if asked is None:
        return None
    found, unit, actor = asked
    return _ranged(s, n, figure_like(n, found, unit)), actor


def _ranged(s: Sentence, n: BareNumber, figure: Figure) -> Figure:
    """The figure read as "N to M" or "N or M" when a second, higher number follows."""
    end = n.end
    if end + 1 >= s.end or s.lowers[end] not in _JOINERS or n.value is None:
        return figure
    high = number_at(s, end + 1)
    if high is None or high[1] <= n.value:
        return figure
    return replace(figure, end=high[0], unit_end=high[0], mod_start=high[0], value_max=high[1],
                   qualifier="range")  # fmt: skip


def _last_how_many(lowers: list[str], first: int, before: int) -> int | None:
    for j in range(before - 2, first - 1, -1):
        if lowers[j] == "how" and lowers[j + 1] == "many":
            return j
    return None


def _sentence_of(s: Sentence, k: int) -> tuple[int, int]:
    for start, end in s.tokens.sentences:
        if start <= k < end:
            return start, end
    return s.start, s.end


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _bare_between(lowers: list[str], start: int, end: int) -> bool:
    """Whether every number between the clause and the answer is bare too: "about 11,000
    remain" keeps the count going, "3,000 tanks" starts another."""
    for j in range(start, end):
        if _has_digit(lowers[j]) and j + 1 < end and normalise_measure(lowers[j + 1]) is not None:
            return False
    return True


def _asked_noun(s: Sentence, k: int, end: int) -> tuple[tuple[str, str], str, str | None] | None:
    """What "how many" asks about, from token k: a people ("North Koreans"), a noun with its
    people's adjective ("North Korean engineers") or a plain noun ("mercenaries")."""
    texts, gazetteer = s.tokens.texts, s.gazetteer
    for size in _NAME_SIZES:
        if k + size > end or not texts[k][:1].isupper():
            continue
        name = " ".join(texts[k : k + size])
        entity = gazetteer.lookup(name)
        if entity is None or entity.kind != "country":
            continue
        actor = gazetteer.actor_of(entity.name)
        if name.endswith("s") and not gazetteer.is_adjectival(name):
            soldiers = (
                not _MILITARY.isdisjoint(s.words) or soldiers_told_before(s)
                or people_told_as_soldiers(s, name)
            )  # fmt: skip
            measure = ("troop", "troop") if soldiers else ("person", "person")
            return measure, name, actor
        k += size
        break
    else:
        actor = None
    if k >= end:
        return None
    found = normalise_measure(s.tokens.lowers[k])
    if found is None or found[1] in MEASURED or found[1] == "casualty":
        return None
    return found, texts[k], actor


def answers_asked(s: Sentence, f: Figure) -> bool:
    """Whether figure f is such an answer, whose side the question named: it outranks the
    side the sentence alone would give it ("Kyiv says about 4,000 remain" is not Kyiv's)."""
    n = bare_number_at(s, f.num_start)
    return n is not None and n.end == f.num_end and asked_in_passing(s, n) is not None
