"""Who is who: canonical entities and every alias a user or a text may use for them.

Countries come from `countryinfo` (names, alternative spellings, demonyms and their plurals,
capitals); a curated table in `bot/data/aliases.json` adds what that package lacks (DPRK, U.S.,
the Kremlin, leaders, organisations) and phrases that merely look like an alias ("North
American", "Washington County"), which the mention matcher uses to block false mentions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from countryinfo import all_countries
from spacy.lang.en.stop_words import STOP_WORDS

from bot.errors import ConfigError
from bot.models import Facts

KINDS = frozenset({"country", "person", "org", "custom"})

# countryinfo still lists states that no longer exist and duplicate records; their aliases
# would otherwise compete with the living countries.
_SKIPPED_COUNTRIES = frozenset(
    {
        "Antilles néerlandaises",
        "Serbia and Montenegro",
        "Burma",
        "United States Minor Outlying Islands",
        "Holy See (Vatican City State)",
        "Palestine, State of",
        "Antarctica",
    }
)
# Demonyms with these endings are their own plural ("the Chinese", "the British").
_INVARIANT_DEMONYM = re.compile(r"(?:ese|sh|ch|ss|x|z)$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: `country` is the country a person or organisation belongs to."""

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]


def normalise_alias(alias: str) -> str:
    """The case-insensitive key of an alias: lower case, straight apostrophes, single spaces,
    no leading "the" (users write "the Kremlin" and "Kremlin" alike)."""
    key = " ".join(alias.translate(_APOSTROPHES).split()).lower()
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    return key


def is_abbreviation(alias: str) -> bool:
    return bool(_ABBREVIATION.match(alias))


class Gazetteer:
    """An immutable alias table. `lookup` is case-insensitive except for aliases that are also
    ordinary lower-case words ("US" is the United States, "us" is not)."""

    def __init__(
        self,
        entities: Iterable[Entity],
        *,
        blockers: Iterable[str] = (),
        case_sensitive: Iterable[str] = (),
        adjectival: Iterable[str] = (),
        other_senses: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._entities: dict[str, Entity] = {}
        self._other_senses = {k: tuple(v) for k, v in (other_senses or {}).items()}
        for entity in entities:
            if entity.kind not in KINDS:
                raise ConfigError(f"entity {entity.name!r} has unknown kind {entity.kind!r}")
            self._entities[entity.name] = _without_possessive_repeats(entity)
        self._blockers = tuple(blockers)
        self._listed_case_sensitive = frozenset(case_sensitive)
        self._adjectival = frozenset(normalise_alias(a) for a in adjectival)
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for entity in self._entities.values():
            for alias in (entity.name, *entity.aliases):
                self._index(alias, entity.name)

    def _index(self, alias: str, name: str) -> None:
        # First come, first served: entities are given in priority order (curated, then by
        # population), so an alias shared by two countries goes to the more likely one.
        if self.is_case_sensitive(alias):
            self._exact.setdefault(alias.translate(_APOSTROPHES).strip(), name)
        else:
            self._folded.setdefault(normalise_alias(alias), name)

    def is_case_sensitive(self, alias: str) -> bool:
        """True for an abbreviation that is also an ordinary word in lower case ("US")."""
        stripped = alias.strip()
        if stripped in self._listed_case_sensitive:
            return True
        return is_abbreviation(stripped) and stripped.replace(".", "").lower() in STOP_WORDS

    def is_adjectival(self, alias: str) -> bool:
        """True for a singular demonym ("North Korean"): it modifies a noun, it is no actor."""
        return normalise_alias(alias) in self._adjectival

    def lookup(self, alias: str) -> Entity | None:
        exact = self._exact.get(alias.translate(_APOSTROPHES).strip())
        if exact is not None:
            return self._entities[exact]
        if self.is_case_sensitive(alias.strip()):
            return None
        name = self._folded.get(normalise_alias(alias))
        return None if name is None else self._entities[name]

    def get(self, name: str) -> Entity | None:
        return self._entities.get(name)

    def affiliated(self, name: str) -> frozenset[str]:
        entity = self._entities.get(name)
        if entity is None or entity.country is None:
            return frozenset({name})
        return frozenset({name, entity.country})

    def actor_of(self, name: str) -> str:
        """The party a figure is counted for: a person or a national body stands for its
        country; countries and international organisations stand for themselves."""
        entity = self._entities.get(name)
        if entity is None or entity.country is None:
            return name
        return entity.country

    def with_aliases(self, extra: Mapping[str, Iterable[str]]) -> Gazetteer:
        updated = dict(self._entities)
        for name, aliases in extra.items():
            added = tuple(a.strip() for a in aliases if a.strip())
            current = updated.get(name)
            if current is None:
                updated[name] = Entity(name=name, kind="custom", country=None, aliases=added)
            else:
                merged = current.aliases + tuple(a for a in added if a not in current.aliases)
                updated[name] = replace(current, aliases=merged)
        # User aliases come last so they never steal a built-in alias from its entity.
        return Gazetteer(
            updated.values(),
            blockers=self._blockers,
            case_sensitive=self._listed_case_sensitive,
            adjectival=self._adjectival,
            other_senses=self._other_senses,
        )

    @property
    def blockers(self) -> tuple[str, ...]:
        """Phrases that contain an alias but name something else ("North American")."""
        return self._blockers

    def other_senses(self, text: str) -> frozenset[str]:
        """Entities an article shows it means in another sense: a story on the "Georgia Army
        National Guard" or datelined "Atlanta, Georgia" is about the US state throughout, so
        its bare "represent Georgia with honor" is no mention of the country."""
        return frozenset(
            name for name, phrases in self._other_senses.items()
            if any(p in text for p in phrases)
        )  # fmt: skip

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)


_POSSESSIVE = re.compile(r"^.+?'s\s+(.+)$")


def _without_possessive_repeats(entity: Entity) -> Entity:
    """Drops an alias that is the entity's own name behind a possessive ("South Korea's Joint
    Chiefs of Staff"): the name alone matches it already, and matched as a whole it would hide
    the country the text names before it."""
    names = {normalise_alias(a) for a in (entity.name, *entity.aliases)}
    kept = tuple(
        alias for alias in entity.aliases
        if (m := _POSSESSIVE.match(alias.translate(_APOSTROPHES))) is None
        or normalise_alias(m.group(1)) not in names
    )  # fmt: skip
    return entity if kept == entity.aliases else replace(entity, aliases=kept)


def _usable_spelling(text: str) -> bool:
    # ISO codes ("KP", "PRK") collide with ordinary words and acronyms; commas mark
    # catalogue forms ("Korea, Republic of"); non-Latin scripts never occur in English news.
    if not text or "," in text or "(" in text:
        return False
    if len(text) <= 3 and text.isupper():
        return False
    return all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in text)


def _country_records() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = [dict(info.info()) for info in all_countries()]
    records = [r for r in records if r["name"] not in _SKIPPED_COUNTRIES]
    records.sort(key=lambda r: -(r.get("population") or 0))
    return records


def _load_curated() -> dict[str, Any]:
    # `bot` is a namespace package, which importlib.resources cannot read from; the data
    # folder ships beside this package (package-data `data/*`).
    text = (Path(__file__).resolve().parent.parent / "data" / "aliases.json").read_text(
        encoding="utf-8"
    )
    data: dict[str, Any] = json.loads(text)
    return data


def build_default_gazetteer() -> Gazetteer:
    curated = _load_curated()
    entities: dict[str, Entity] = {}
    adjectival: list[str] = []
    # Curated entities first: their aliases win any clash with countryinfo's.
    order: list[str] = []
    # alias key -> entity: an alias goes to one entity only (curated first, then the more
    # populous country), so the mention matcher never has to choose ("American" is the
    # United States, not the Northern Mariana Islands).
    claimed: dict[str, str] = {}
    for item in curated["entities"]:
        name = item["name"]
        # "N. Korean": a demonym the country table lacks, which modifies a noun like one.
        demonyms = item.get("adjectival", [])
        entities[name] = Entity(
            name=name,
            kind=item["kind"],
            country=item.get("country"),
            aliases=(*item["aliases"], *demonyms),
        )
        adjectival.extend(demonyms)
        order.append(name)
        for alias in (name, *item["aliases"], *demonyms):
            claimed.setdefault(normalise_alias(alias), name)
    for record in _country_records():
        name = record["name"]
        aliases: list[str] = []
        for spelling in record.get("altSpellings") or []:
            if _usable_spelling(spelling) and spelling != name:
                aliases.append(spelling)
        demonym = record.get("demonym")
        if isinstance(demonym, str) and _usable_spelling(demonym):
            aliases.append(demonym)
            adjectival.append(demonym)
            if not _INVARIANT_DEMONYM.search(demonym):
                # Every other demonym in the table takes a plain -s ("Ukrainians", "Thais").
                aliases.append(demonym + "s")
        capital = record.get("capital")
        for city in capital if isinstance(capital, list) else [capital]:
            if isinstance(city, str) and _usable_spelling(city) and city != name:
                aliases.append(city)
        current = entities.get(name)
        if current is None:
            entities[name] = Entity(name=name, kind="country", country=None, aliases=())
            order.append(name)
            current = entities[name]
        fresh = [
            a for a in aliases
            if a not in current.aliases and claimed.setdefault(normalise_alias(a), name) == name
        ]  # fmt: skip
        claimed.setdefault(normalise_alias(name), name)
        entities[name] = replace(current, aliases=current.aliases + tuple(fresh))
    return Gazetteer(
        (entities[n] for n in order),
        blockers=curated.get("blockers", ()),
        case_sensitive=curated.get("case_sensitive", ()),
        adjectival=adjectival,
        other_senses=curated.get("other_senses", {}),
    )


def without_other_senses(facts: Facts, names: frozenset[str]) -> Facts:
    """Drops entities the article means in another sense (the US state of Georgia): from
    the mentions, and as the actor of a figure or a party to a treaty."""
    if not names:
        return facts
    return Facts(
        tuple(m for m in facts.mentions if m.entity not in names),
        tuple(replace(q, actor=None) if q.actor in names else q for q in facts.quantities),
        tuple(
            replace(e, parties=tuple(p for p in e.parties if p not in names))
            if names & set(e.parties) else e
            for e in facts.events
        ),
    )  # fmt: skip


@cache
def default_gazetteer() -> Gazetteer:
    return build_default_gazetteer()
