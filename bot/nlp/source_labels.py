"""A line of a source-by-source list names its source as a label before a colon: "- Ukraine's
HUR: about 5,000 casualties, roughly 1,500 of them killed, spokesman Andrii Yusov said",
"- Zelensky: 'several thousand' killed and wounded, he said last week". The label says whose
estimate the line gives; a spokesman or a "he said" later in the line only speaks for it,
and the state owning the source ("Ukraine's") owns the source, not the people it counts.

Only a label at the start of its line (after a bullet at most), a few words long, naming a
body or a person: a label that is a country alone ("Russia: 600,000 troops") or a noun
("Troops: about 11,000") says what the line counts, not who counts it. A figure whose own
line names a body as its source ("..., according to the JCS") keeps that source."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.bullets import first_word
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.label_asides import CLOSING_COLONS, dated_aside_figures, label_aside
from bot.nlp.mentions import Found
from bot.nlp.sourced_value_lines import source_time_claims

_MAX_LABEL = 8  # tokens from the line's start to the colon: "South Korea's Joint Chiefs of Staff"
_SOURCES = frozenset({"person", "org"})
_QUOTES = frozenset({'"', "“", "'", "‘"})
_MAX_LEAD = 3  # tokens from the colon to the estimate: ': "almost 4,000"', ': about 5,000'
# The first word of a claimant that only voices a body: "spokesman Andrii Yusov".
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "press"})


def source_label_owners(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures after a line's source label, with the label's owning state taken back
    from the people they count ("Ukraine's HUR: 5,000 casualties" counts no Ukrainians)."""
    label = _source_label(s, found)
    if label is None:
        return found
    colon, names, _ = label
    after = s.char_span(colon, colon + 1)[1]
    # Every state the label names owns the source, not the people it counts: "Ukraine's HUR"
    # and a bare "National Intelligence Service" (South Korea's) alike.
    owners = {s.gazetteer.actor_of(m.entity) for m in names}
    # A state named again after the label ("5,000 Ukrainian troops") may be the figure's.
    owners -= {s.gazetteer.actor_of(m.entity) for m in s.mentions_between(colon, s.end)}
    if not owners:
        return found
    return [replace(q, actor=None) if q.start >= after and q.actor in owners else q
            for q in found]  # fmt: skip


def source_label_claims(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures after a line's source label, given to that source. Run once the line's
    own speaker has dated its claim ("he said last week"): that speaker is the label's."""
    label = _source_label(s, found)
    if label is None:
        return source_time_claims(s, found)  # "• HUR (Ukraine), this week: about 12,500"
    colon, _, source = label
    after = s.char_span(colon, colon + 1)[1]
    line = s.text
    found = dated_aside_figures(s, colon, found)  # "HUR (November): ..." in December
    return [_given(q, source, line) if q.start >= after else q for q in found]


def _source_label(s: Sentence, found: list[Quantity]) -> tuple[int, list[Found], Claimant] | None:
    """The colon closing the line's source label, the label's names and its source."""
    if not found or (":" not in s.words and CLOSING_COLONS.isdisjoint(s.words)):
        return None  # nearly every sentence: no figure or no label
    label = _label(s)
    if label is None:
        return None
    colon, names = label
    # The estimate follows the label at once ("HUR: about 5,000"); "State Duma: approved on
    # October 24, by 399 votes" tells what the body did, not what it counts.
    lead = s.texts[colon + 1 : min(colon + 1 + _MAX_LEAD, s.end)]
    if not any(w[:1].isdigit() or w in _QUOTES for w in lead):
        return None
    source = name_claimant(s, _first_word(s), colon)
    if source is None or not source.entities:
        return None
    return colon, names, source


def _first_word(s: Sentence) -> int:
    return first_word(s, s.end)


def _label(s: Sentence) -> tuple[int, list[Found]] | None:
    """The colon closing the line's opening source label, and the names in the label."""
    if s.start > 0 and "\n" not in s.lowers[s.start - 1]:
        return None  # the line's second sentence: "Officials spoke: ..." is no list line
    first = _first_word(s)
    colon = label_colon(s, first, _MAX_LABEL)
    if colon is not None:
        head = colon  # the token after the label's head: its colon, or an aside's bracket
    else:
        aside = label_aside(s, first, _MAX_LABEL)  # "NIS (September):" has no bare colon
        if aside is None:
            return None
        colon, head = aside
    names = s.mentions_between(first, head)
    # The label's head, its last name, must be a body or a person: "Russia:" alone counts
    # Russia's own, and "Ukraine's HUR" ends on the agency.
    if not names or names[-1].kind not in _SOURCES or names[-1].end != head:
        return None
    return colon, names


def _given(q: Quantity, source: Claimant, line: str) -> Quantity:
    own = q.claimant
    # "..., according to lawmaker Lee, who was briefed": a relay named on the line keeps
    # the figure; a spokesman speaks for the body, and a source carried from the line
    # before ("he said", resolved to the last speaker) is not this line's.
    if own is not None and own.name in line and own.name.split()[0].lower() not in _VOICES:
        return q
    return replace(q, claimant=source)


def label_colon(s: Sentence, first: int, reach: int) -> int | None:
    """The colon closing a label that opens at token `first` ("HUR:", "13:05 General
    Staff:"), at most `reach` tokens on, or None; an empty label is none."""
    colon = next(
        (k for k in range(first, min(s.end, first + reach + 1)) if s.lowers[k] == ":"), None
    )
    return None if colon is None or colon == first else colon
