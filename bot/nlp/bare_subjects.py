"""A bare number that counts what the text counted last because of the clause it stands in:
the subject of a fate, the other side of a vote tally, a source's restated figure."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import (
    CASUALTY_WORDS,
    MEASURED,
    OF_THEM,
    BareNumber,
    Implied,
    figure_like,
    same_as,
)
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.hedged_subjects import fate_after
from bot.nlp.held_deployments import held_deployment
from bot.nlp.lexicon import REPORT_VERBS
from bot.nlp.lost_counts import lost_count
from bot.nlp.nearby_figures import losses_told_since
from bot.nlp.restated_counts import restated_by_source
from bot.nlp.sent_counts import sent_troops


def bare_subject(s: Sentence, n: BareNumber, previous: Quantity) -> Implied | None:
    """A bare number that counts what the text counted last: the subject of a fate ("Of
    those, 88 were shot down", "a further 200 were wounded"), the other side of a tally ("188
    votes to 6", "312 voted in favour and 29 against") or a source's restated figure ("The
    ministry's figure is the same: about 11,000")."""
    q_start, end = quoted_span(s, n)
    if previous.value is None or previous.category in MEASURED:
        return None
    if (lost := lost_count(s, n, previous)) is not None:
        return lost  # "... were killed, while Moscow claims Kyiv has lost over 1.5 million"
    after = s.lowers[end] if end < s.end else "."
    same = previous.sentence == s.text
    head = s.lowers[q_start - 1] if q_start > s.start else ","
    if head in _BULLETS and q_start - 1 == s.start:
        head = ","  # "- roughly 2,300 have been killed": a list item opens like a sentence
    verb = end
    if after == "," and head == "," and _share_of_group(s, q_start - 1):
        # "A third of them, about 4,000, were killed": the figure, set off by commas, counts
        # the share of the group that is the clause's subject; its verb follows the comma.
        verb = end + 1
        after = s.lowers[verb] if verb < s.end else "."
    if after in _BE_FORMS and head in _SUBJECT_OPENERS:
        fate = fate_after(s, verb + 1)  # "of whom 6,000 are believed to have been killed"
        if any(w in CASUALTY_WORDS for w in fate):
            return figure_like(n, ("casualty", "casualty"), "casualty"), previous.actor
        if any(w in _FATES for w in fate):
            return same_as(n, previous), None
        return None
    fate = s.lowers[verb + 1 : verb + 4]
    # "of whom Ukraine says more than 4,000 have been killed": a reported clause without
    # "that" opens on its subject right after the reporting verb, just as after "that"; so
    # does "Kyiv says more than 7,500 have been killed" after a count of the dead told before.
    opens = head == "that" or (
        head in REPORT_VERBS and (same or previous.category == "casualty")
    )
    if after in _BE_FORMS and opens and previous.category in _PEOPLE and (
        same or previous.category == "casualty" or losses_told_since(s, previous, q_start)
    ) and any(w in CASUALTY_WORDS for w in fate):
        # "estimates that 15,000 troops were sent and that some 4,700 have been killed": a
        # second reported clause about the same people, so their fate is a casualty count;
        # after a count of the dead, so is another source's "that almost 4,000 had died";
        # and so is a source's "that about 300 had been killed" after the writer tells of the
        # troops' losses ("... put the number at 11,000. They have taken heavy losses.").
        return figure_like(n, ("casualty", "casualty"), "casualty"), previous.actor
    if after in _BE_FORMS and head == "that" and previous.category == "troop" and any(
        w in _SENT for w in s.lowers[verb + 1 : verb + 4]
    ):
        # "the spy agency said that about 3,000 had already been sent": the troops told of.
        return same_as(n, previous), previous.actor
    if previous.category == "troop" and sent_troops(s, q_start, end):
        return same_as(n, previous), previous.actor  # "says roughly 10,000 have been sent"
    if same and head in {",", "and"} and _over_period(s, end):
        # "lost 1,400 servicemen over the past day, and about 10,300 during the week": the
        # same count over a longer period.
        return same_as(n, previous), previous.actor
    tally = same and (
        after in _AGAINST
        or (head == "to" and q_start - 2 >= s.start
            and s.lowers[q_start - 2] == previous.unit.lower() and after in _ENDS)
    )  # fmt: skip
    restated = head == ":" and any(
        w in _SOURCE_NOUNS for w in s.lowers[max(s.start, q_start - 8) : q_start]
    )
    # "while Kyiv says more than 6,000.": another source's figure for the count just told.
    if tally or restated or restated_by_source(s, q_start, end, previous):
        return same_as(n, previous), previous.actor
    return held_deployment(s, n, previous)  # "... 1.3 million. They have 710,000 in Ukraine"


def quoted_span(s: Sentence, n: BareNumber) -> tuple[int, int]:
    """The number's tokens with the quote marks around it: a source's own words quoted
    ('that "more than 3,000" have been killed') stand in the clause where the bare number
    would, so the words before and after the quote tell its role."""
    if (
        n.start > s.start and n.end < s.end
        and s.lowers[n.start - 1] in QUOTES and s.lowers[n.end] in QUOTES
    ):  # fmt: skip
        return n.start - 1, n.end + 1
    return n.start, n.end


def _share_of_group(s: Sentence, comma: int) -> bool:
    """Whether the words before `comma` end in a share of a group told before ("half of
    them", "roughly a third of those")."""
    return (
        comma - 2 >= s.start and s.lowers[comma - 2] == "of" and s.lowers[comma - 1] in OF_THEM
    )


_BE_FORMS = frozenset({"were", "are", "was", "is", "had", "have", "has"})
_BULLETS = frozenset({"-", "•", "*", "·", "▪", "◦", "–", "—"})
# "of whom 4,000 have been killed": the relative opens a clause whose subject is the number;
# so does a conjunction that opens a clause ("remain in Russia after some 2,000 were killed").
_SUBJECT_OPENERS = frozenset({",", ";", "further", "another", "and", "but", "while", "whom",
                              "after", "although", "though", "when"})  # fmt: skip
_FATES = frozenset(
    {"shot", "destroyed", "intercepted", "downed", "lost", "captured", "damaged", "seized",
     "returned", "released", "repatriated"}
)  # fmt: skip
_PEOPLE = frozenset({"troop", "casualty"})
_SENT = frozenset({"sent", "deployed", "dispatched", "moved", "transferred", "stationed"})
_PERIOD_WORDS = frozenset({"during", "over", "in", "for", "this", "last", "since"})
_PERIODS = frozenset({"day", "week", "month", "year", "days", "weeks", "months", "hours"})


def _over_period(s: Sentence, end: int) -> bool:
    """Whether the words after a bare number give the period it was counted over."""
    words = s.lowers[end : end + 4]
    return bool(words) and words[0] in _PERIOD_WORDS and not _PERIODS.isdisjoint(words[1:])


_AGAINST = frozenset({"against", "opposed", "abstaining", "abstained"})
# "by 61 votes to 37 late on Tuesday": a time after the tally ends it too.
_ENDS = frozenset({".", ",", ";", "and", "in", "with", "on", "late", "early", "after", "at",
                   "last", "yesterday", "today", "overnight"})  # fmt: skip
_SOURCE_NOUNS = frozenset({"figure", "estimate", "tally", "count", "assessment"})
