"""Steps that an article's news makes history: the chamber votes on the way to a ratification
the head of state has signed, the signing and votes on the way to a treaty's entry into
force, and a step the news told already, told again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.models import Event, Modality, Stage
from bot.nlp.also_steps import also_step
from bot.nlp.gazetteer import Gazetteer

_VOTES = frozenset({Stage.APPROVED, Stage.RATIFIED})
# A treaty's road, in order: a vote further down it than the news step came before it.
_ROAD = {Stage.APPROVED: 1, Stage.RATIFIED: 2, Stage.IN_FORCE: 3}


def earlier_steps(events: Sequence[Event], gazetteer: Gazetteer, body: int = 0) -> list[Event]:
    """Reported steps after the news step that only retell its road or the step itself:
    "Putin signed into law the ratification ... The State Duma voted for the document on
    April 8" (the chambers voted before the president signed), and "South Korea and Japan
    signed an agreement ... The two ministers signed the agreement at a ceremony" (the same
    signing, told with detail). Both are the treaty's history, as a reader of the alert has
    it already. Steps before character `body` (a headline's) are no news to retell."""
    out: list[Event] = []
    news: list[Event] = []
    in_force: list[Event] = []  # entries into force told as history
    for event in events:
        if event.modality is Modality.REPORTED:
            if any(_retells(event, first, gazetteer) for first in news) or any(
                _before_old_force(event, old) for old in in_force
            ):
                event = replace(event, modality=Modality.BACKGROUND)
            elif event.start >= body:
                news.append(event)
        elif event.stage is Stage.IN_FORCE and event.modality is Modality.BACKGROUND:
            in_force.append(event)
        out.append(event)
    return out


def _before_old_force(event: Event, old: Event) -> bool:
    """"A year ago the treaty entered into force ... Putin signed the ratification law on
    Nov. 9": every vote and signing on the road to an entry into force that is history came
    before it, history too. A treaty introduced anew ("approved an agreement on ...") is
    another pact's step."""
    return (
        event.sentence != old.sentence and bool(event.parties)
        and set(event.parties) <= set(old.parties)
        and (event.stage is Stage.SIGNED or _earlier_on_road(event, old))
        and not _another_treaty(event.sentence)
        and _QUALIFIED.search(event.sentence) is None
    )  # fmt: skip


# "ratified the agreement between Russia and the DPRK on the transfer of prisoners": a pact
# told by its parties or topic is named to tell it apart from the one in force, another pact.
# A topic's "on" is followed by a lower-case word ("on fisheries"), a date's by a capital
# ("ratified the treaty on Nov. 9").
_QUALIFIED = re.compile(
    r"\b(?:[Aa]greement|[Tt]reaty|[Pp]act|[Aa]ccord|[Dd]eal|[Cc]onvention)s?\s+"
    r"(?:between|with|on\s+(?:the\s+)?[a-z])"
)


def _retells(event: Event, first: Event, gazetteer: Gazetteer) -> bool:
    if event.sentence == first.sentence or not set(event.parties) <= set(first.parties):
        return False
    if event.parties and also_step(event.sentence):
        return False  # "The deputies also ratified a protocol": a further step
    if event.stage is first.stage and (
        event.body == first.body or _chamber_of(event.body, first.body, gazetteer)
    ):
        return True
    if _earlier_on_road(event, first):
        return True
    # "The treaty entered into force on Thursday ... It was signed on Jan. 17": a treaty takes
    # effect only after it is signed, unless the signing told is another pact's.
    if first.stage is Stage.IN_FORCE and event.stage is Stage.SIGNED:
        return not _another_treaty(event.sentence)
    # A chamber's vote after the head of state signed the ratification preceded it.
    return (
        first.stage is Stage.RATIFIED and event.stage in _VOTES
        and _person(first.body, gazetteer) and not _person(event.body, gazetteer)
        and event.body is not None
    )  # fmt: skip


def _earlier_on_road(event: Event, news: Event) -> bool:
    """A vote the news step presupposes, told after it: "The pact came into force on
    Wednesday ... The Duma approved it on October 24" (entry into force follows every
    vote), "The upper house ratified the treaty ... All 163 senators approved it" (a vote
    naming no chamber of its own retells the news one; "Tajikistan's lower house approved"
    is another chamber's news). Signings are read apart (`_another_treaty`)."""
    rank, news_rank = _ROAD.get(event.stage), _ROAD.get(news.stage)
    if rank is None or news_rank is None or rank >= news_rank:
        return False
    return news.stage is Stage.IN_FORCE or event.body is None


def _chamber_of(body: str | None, news_body: str | None, gazetteer: Gazetteer) -> bool:
    """"Ukraine's parliament ratified ... The agreement was backed by 312 lawmakers in the
    Verkhovna Rada": the news named the whole legislature, the retelling names its chamber."""
    return (
        news_body is not None and news_body.lower() in _WHOLE_LEGISLATURE
        and body is not None and not _person(body, gazetteer)
    )  # fmt: skip


# Words that name a state's legislature as a whole, not one chamber or a person.
_WHOLE_LEGISLATURE = frozenset({"parliament", "legislature", "lawmakers", "legislators", "mps"})


def _person(name: str | None, gazetteer: Gazetteer) -> bool:
    entity = gazetteer.get(name) if name is not None else None
    return entity is not None and entity.kind == "person"


# "Separately, Belarus and Russia signed an intergovernmental agreement on Tuesday": a treaty
# introduced anew (an indefinite article, "another", "separately") is news of its own, not
# the road of the one that took effect.
_ANOTHER = re.compile(
    r"\b(?:separately|another|separate)\b"
    r"|\ban?\s+(?:[\w-]+\s+){0,3}(?:agreement|treaty|pact|accord|deal|memorandum)s?\b",
    re.IGNORECASE,
)


def _another_treaty(sentence: str) -> bool:
    return _ANOTHER.search(sentence) is not None
