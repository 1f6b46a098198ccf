"""The values that flow through Tripwire: feeds → articles → facts → matches → alerts.

Every type here is a frozen dataclass with no behaviour beyond derived properties, so the pure
core (extraction, matching, rendering) can pass them around freely and tests can build them by
hand. Character offsets (`start`, `end`) always index the text that was given to `extract`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Article:
    """One feed entry, with the text the extractor reads (title + body or summary)."""

    id: str
    url: str
    title: str
    text: str
    published: datetime | None = None
    outlet: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A known entity named in the text: `entity` is the canonical name, `surface` as written,
    `sentence` the sentence it stands in."""

    entity: str
    surface: str
    start: int
    end: int
    sentence: str = ""


class Modality(StrEnum):
    """How a fact is asserted: done, only planned or expected, or background (old news)."""

    REPORTED = "reported"
    PLANNED = "planned"
    BACKGROUND = "background"


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who made a claim: `name` as it reads in an alert ("Ukraine's GUR"), plus the canonical
    entities it stands for ("GUR", "Ukraine") so `by Ukraine` matches either."""

    name: str
    entities: tuple[str, ...] = ()
    denied: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure tied to what it counts.

    `value` is the low end of a range (the high end is `value_max`) and None when vague
    ("thousands of troops"). `unit` is as written ("troops", "$"), `measure` its normalised
    singular ("troop", "dollar", "tank"). `category` groups measures for the watch grammar:
    "troop", "casualty", "money", "deal" (money in a sale, purchase or contract) or the measure
    itself for counted nouns. `whole_force` marks an army's total size, never a deployment.
    """

    value: float | None
    value_max: float | None
    unit: str
    measure: str
    category: str
    qualifier: str | None
    actor: str | None
    claimant: Claimant | None
    sentence: str
    start: int
    end: int
    modality: Modality = Modality.REPORTED
    whole_force: bool = False


class Stage(StrEnum):
    SIGNED = "signed"
    APPROVED = "approved"
    RATIFIED = "ratified"
    IN_FORCE = "in force"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class Event:
    """A treaty or agreement moving a stage. `body` is the acting body when named
    ("State Duma"); `date` is the date as written when given."""

    type: str
    stage: Stage
    parties: tuple[str, ...]
    date: str | None
    claimant: Claimant | None
    sentence: str
    start: int
    end: int
    body: str | None = None
    modality: Modality = Modality.REPORTED


@dataclass(frozen=True, slots=True)
class Facts:
    mentions: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()

    def entities(self) -> frozenset[str]:
        return frozenset(m.entity for m in self.mentions)


class RuleKind(StrEnum):
    MENTION = "mention"
    FIGURE = "figure"
    TREATY = "treaty"


class Op(StrEnum):
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="
    EQ = "="


@dataclass(frozen=True, slots=True)
class Threshold:
    op: Op
    value: float
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class Phrase:
    """A quoted phrase in a watch, matched case-insensitively on word boundaries."""

    text: str


Target = str | Phrase
"""A canonical entity name from the gazetteer, or a quoted phrase for anything else."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A parsed watch. `text` is the watch exactly as the user typed it."""

    text: str
    kind: RuleKind
    entity: Target | None = None
    measure: str | None = None
    threshold: Threshold | None = None
    parties: tuple[Target, ...] = ()
    stage: Stage | None = None
    by: Target | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A rule satisfied by one fact of one article; `fact` is None for a phrase mention."""

    rule: Rule
    article: Article
    fact: Mention | Quantity | Event | None
    quote: str


@dataclass(frozen=True, slots=True)
class Alert:
    """A rendered, platform-neutral alert. Adapters turn it into HTML or Block Kit."""

    headline: str
    quote: str
    claimant: str | None
    outlet: str
    published: datetime | None
    link: str
    change: str | None = None
    watch: str = ""
