"""A bare number answering a "how many" question: interviews and press conferences put the
noun in the question and the figure alone in the answer. 'Asked how many Ukrainian soldiers
had been killed, Zelensky said: "More than 55,000."' and a dash-led interview's '- How many
North Korean military personnel are in Russia today?' then '- According to our data, more
than 10,000.' The number counts what the question asked about: the dead when it asks who
was killed or lost, soldiers when it asks about troops, people otherwise; and the side its
demonym names. Only the answer's lead number is read so: a bare number deeper in a long
answer may count something else.

A question with no noun at all ('Asked how many were now in the region, he said: "About
11,000."') asks about the people the sentences just before spoke of ("the first engagements
with North Korean units"): the one side those sentences name as soldiers or as a people."""

from __future__ import annotations

from bisect import bisect_right

from bot.nlp.asked_turns import asked_people
from bot.nlp.bare_numbers import CASUALTY_WORDS, BareNumber, Implied, figure_like
from bot.nlp.context import QUOTES, Sentence

_ASKED = frozenset({"asked", "pressed", "questioned"})
_DASHES = frozenset({"-", "–", "—"})
_LOSSES = CASUALTY_WORDS | {"casualties", "losses", "lost", "dead", "die", "toll"}
_MILITARY = frozenset(
    {"troops", "soldiers", "military", "personnel", "servicemen", "forces", "fighters",
     "units", "sent", "deployed"}
)  # fmt: skip
_RANGE_OPENERS = frozenset({"from", "between"})
_RANGE_JOINS = frozenset({"to", "and", "-", "–"})
_PEOPLE = frozenset({"people", "civilians", "workers", "citizens", "men"})
# How far into the answer its lead number may stand: "According to our data, more than" is
# six tokens; "Our assessment is roughly" four.
_LEAD_REACH = 8
# After the quote mark opening the answer: 'said: "More than' is two tokens; a longer lead-in
# of plain words ('"Our assessment is around') reaches as far as `_LEAD_REACH`.
_QUOTE_REACH = 3
# Words right after "how many" that leave the question without a noun of its own: "how many
# were now in the region", "how many of them remain", "how many there are".
_NOUNLESS = frozenset(
    {"are", "were", "is", "was", "have", "had", "remain", "remained", "remains", "still",
     "now", "of", "there"}
)  # fmt: skip
_SENTENCES_BACK = 2  # the speaker's last sentence and the one introducing him


def asked_answer(s: Sentence, n: BareNumber) -> Implied | None:
    """The figure a bare number makes as the lead answer to a "how many" question told in
    the same sentence before it or as the sentence before; None otherwise."""
    if _ranged(s, n):
        return None  # "between 11 000 and 12 000 were deployed": other rules read ranges
    question = _same_sentence_question(s, n) or _question_before(s, n)
    if question is None:
        return None
    start, end = question
    words = s.lowers[start:end]
    if not _LOSSES.isdisjoint(words):
        found = ("casualty", "casualty")
    elif not _MILITARY.isdisjoint(words):
        found = ("troop", "troop")
    elif not _PEOPLE.isdisjoint(words):
        found = ("person", "person")
    elif words[:1] and words[0] in _NOUNLESS:
        return _told_before(s, n)  # "how many were now in the region": the people told before
    else:
        return None  # "How many missiles ...?": a thing the answer's bare number may not be
    return figure_like(n, found, found[0]), _side(s, start, end)


def _told_before(s: Sentence, n: BareNumber) -> Implied | None:
    """The answer to a question with no noun, counting the people of the one side the
    sentences before name ("engagements with North Korean units"): soldiers when named so."""
    tokens = s.tokens
    first = s.earlier_start(_SENTENCES_BACK)
    if first >= s.start:
        return None
    side = asked_people(s, tokens.idxs[first], tokens.idxs[s.start])
    if side is None:
        return None  # no side's people told before, or two: the answer may count either
    actor, troops = side
    found = ("troop", "troop") if troops else ("person", "person")
    return figure_like(n, found, found[0]), actor


def _side(s: Sentence, start: int, end: int) -> str | None:
    """The first country the question names ("how many Ukrainian soldiers"): the side whose
    people it counts. A question in the sentence before has no mentions in this one, so its
    capitalised words are looked up, two-word names ("North Korean") first."""
    texts = s.tokens.texts
    for k in range(start, end):
        if not texts[k][:1].isupper():
            continue
        for alias in (f"{texts[k]} {texts[k + 1]}", texts[k]):
            entity = s.gazetteer.lookup(alias)
            if entity is not None and entity.kind == "country":
                return s.gazetteer.actor_of(entity.name)
    return None


def _same_sentence_question(s: Sentence, n: BareNumber) -> tuple[int, int] | None:
    """'Asked ... how many X ..., he said: "About N."': the question's words, when the
    sentence opens with the asking participle and the number leads the quoted answer."""
    lowers = s.lowers
    if lowers[s.start] not in _ASKED or "how" not in s.words or "many" not in s.words:
        return None  # cheap gate: nearly every sentence
    quote = next(
        (k for k in range(n.start - 1, max(s.start, n.start - _LEAD_REACH - 1), -1)
         if lowers[k] in QUOTES),
        None,
    )  # fmt: skip
    if quote is None or (n.start - quote > _QUOTE_REACH + 1 and not _plain_lead(s, quote, n)):
        return None
    for k in range(s.start, quote - 1):
        if lowers[k] == "how" and lowers[k + 1] == "many":
            close = next((j for j in range(k + 2, quote) if lowers[j] == ","), quote)
            return k + 2, close
    return None


def _plain_lead(s: Sentence, quote: int, n: BareNumber) -> bool:
    """'"Our assessment is around 10,000': a lead-in of plain words (no figure, no clause
    break) between the answer's quote mark and its number keeps the number the answer's."""
    return all(w.isalpha() for w in s.lowers[quote + 1 : n.start])


def _question_before(s: Sentence, n: BareNumber) -> tuple[int, int] | None:
    """'- How many X are in Russia?' then '- About N.': the question's words, when the
    sentence before is a "How many" question and the number leads this one."""
    tokens = s.tokens
    mark = s.start - 1
    while mark > 0 and tokens.texts[mark].isspace():
        mark -= 1
    if mark < 2 or tokens.texts[mark] != "?":
        return None  # nearly every sentence: the one before does not end with a question
    if _lead(s, s.start) + _LEAD_REACH < n.start:
        return None  # the number stands deep in the answer
    starts = [a for a, _ in tokens.sentences]
    q_start = tokens.sentences[bisect_right(starts, mark) - 1][0]
    q_start = _lead(s, q_start)
    if tokens.lowers[q_start : q_start + 2] != ["how", "many"]:
        return None
    return q_start + 2, mark


def _lead(s: Sentence, k: int) -> int:
    """The first word at or after token k past a turn's dash, a quote mark or a line break."""
    texts = s.tokens.texts
    while k < len(texts) and (texts[k] in _DASHES or texts[k] in QUOTES or texts[k].isspace()):
        k += 1
    return k


def _ranged(s: Sentence, n: BareNumber) -> bool:
    """Whether the number is an end of a range: "from 11,000 to 15,000", "between N and M"."""
    if n.start > s.start and s.lowers[n.start - 1] in _RANGE_OPENERS:
        return True
    texts = s.tokens.texts
    if n.start - 2 >= s.start and s.lowers[n.start - 1] in _RANGE_JOINS and (
        texts[n.start - 2][:1].isdigit()
    ):
        return True  # the upper end: "from 11,000 to 15,000"
    after = texts[n.end : n.end + 2]
    return len(after) == 2 and after[0].lower() in _RANGE_JOINS and after[1][:1].isdigit()
