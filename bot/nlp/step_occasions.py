"""Treaty steps told as the occasion of the news or as the lead-up to it, not as news.

- "marked the first anniversary of the signing of the treaty": the step whose anniversary is
  marked happened a year or more ago.
  The same step told again later in the article ("The treaty was signed on June 19, 2024")
  is as old.
- "Kyrgyzstan's parliament ratified the treaty. ... The treaty was signed on March 13": once
  a later step of the same parties' treaty is the news, a signing dated to an earlier day
  is its history, even within the week that keeps a dated step news (`STALE_DAYS`).
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality, Stage
from bot.nlp.anniversary_days import day_reach
from bot.nlp.context import Sentence
from bot.nlp.dates import days_before, month_day
from bot.nlp.fresh_documents import new_document

# "the anniversary of the treaty's signing": the step noun within a short reach.
_ANNIVERSARY_REACH = 6
_LATER_STAGES = frozenset({Stage.APPROVED, Stage.RATIFIED, Stage.IN_FORCE})


def occasion_steps(s: Sentence, found: list[Event], told: list[Event]) -> list[Event]:
    """`found` with the steps told as an anniversary or as a signing before a news step made
    background."""
    if not found:
        return found
    anniversary = _anniversary(s) if "anniversary" in s.words else None
    earlier = _earlier_day(s) and any(
        e.modality is Modality.REPORTED and e.stage in _LATER_STAGES for e in told
    )
    marked = [e for e in told if e.modality is Modality.BACKGROUND and _marked(e)]
    if anniversary is None and not earlier and not marked:
        return found
    out: list[Event] = []
    for e in found:
        # "held to mark the anniversary of the signing": the purpose clause reads as planned,
        # but the step whose anniversary it is lies a year or more back all the same.
        if (
            e.modality is not Modality.BACKGROUND
            and anniversary is not None and anniversary[0] <= e.start <= anniversary[1]
        ) or (e.modality is Modality.REPORTED and (
            (earlier and e.stage is Stage.SIGNED and _after_news(e, told))
            or (any(_same_step(e, m) for m in marked) and not new_document(s, e))
        )):  # fmt: skip
            e = replace(e, modality=Modality.BACKGROUND)
        out.append(e)
    return out


def _marked(step: Event) -> bool:
    """A step told as an anniversary's occasion: "the anniversary of the signing"."""
    return "anniversary" in step.sentence.lower()


def _same_step(step: Event, marked: Event) -> bool:
    """"... to mark the anniversary of the signing. The treaty was signed on June 19, 2024":
    the same parties' step of the same stage, told again with its date, is as old as the
    anniversary says."""
    return step.stage is marked.stage and bool(set(step.parties) & set(marked.parties))


def _anniversary(s: Sentence) -> tuple[int, int] | None:
    """Characters [first, last] a step told by "anniversary of" may start at: the next few
    words, up to a comma ("the anniversary of the treaty, which ...")."""
    for k in range(s.start, s.end - 2):
        if s.lowers[k] != "anniversary" or s.lowers[k + 1] != "of":
            continue
        last = k + 2
        reach = day_reach(s.lowers, k + 2, s.end, _ANNIVERSARY_REACH)  # "of the day the ..."
        while last + 1 < min(s.end, k + 2 + reach) and s.lowers[last + 1] != ",":
            last += 1
        return s.tokens.idxs[k + 2], s.tokens.idxs[last]
    return None


def _earlier_day(s: Sentence) -> bool:
    """A month and day before the article's own date."""
    if s.reference is None or not s.dates:
        return False
    return any(
        (when := month_day(s.lowers, d)) is not None and days_before(when, s.reference) >= 1
        for d in s.dates
    )


def _after_news(step: Event, told: list[Event]) -> bool:
    parties = set(step.parties)
    return len(parties) >= 2 and any(
        e.modality is Modality.REPORTED and e.stage in _LATER_STAGES
        and len(parties & set(e.parties)) >= 2
        for e in told
    )  # fmt: skip
