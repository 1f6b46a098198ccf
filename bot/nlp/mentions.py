"""Finding gazetteer entities in a document.

Single-word aliases match case-sensitively (as written, Capitalised, UPPER): a proper name in
news is capitalised, and "turkey" or "chad" in lower case is a word, not a country. Longer
aliases match case-insensitively unless they contain an abbreviation. Blocking phrases ("North
American", "Kim Il Sung Stadium") compete in the longest-match-wins filter and, when they win,
hide the alias inside them.
"""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from bot.nlp.business_koreas import KOREA_WORDS, only_firms_korean
from bot.nlp.compass_regions import (
    compass_region,
    in_forecast,
    paired_with_region,
    regional_sides,
    weather_region,
)
from bot.nlp.gazetteer import Gazetteer, is_abbreviation
from bot.nlp.leader_possessives import LEADER, leader_positions
from bot.nlp.match_spans import longest_first, text_positions, word_positions
from bot.nlp.name_phrases import without_name_phrases
from bot.nlp.name_senses import without_misreadings

_BLOCK = "__tripwire_block__"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_KOREAS = frozenset({"North Korea", "South Korea"})
_MAX_TRAITS = 50_000


class Found(NamedTuple):
    """An entity mention by token positions [start, end) in its document."""

    entity: str
    kind: str
    start: int
    end: int
    surface: str
    adjectival: bool
    possessive: bool


# `Found(...)` runs a Python-level `__new__`; the tuple constructor itself is a C call, and
# an article has dozens of matches.
_new_found = tuple.__new__
_ENTITY = itemgetter(0)


class MentionFinder:
    """Built once per Extractor: the matchers hold every alias of the gazetteer."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language) -> None:
        self._gazetteer = gazetteer
        # Entities that are one of the Koreas or stand for one, known once: a test per name
        # found costs a method call for every mention of every article.
        self._korean = _KOREAS | {e.name for e in gazetteer if e.country in _KOREAS}
        # Names of the North or of its people: with none, a story naming Korea only as a
        # firm's home ("Korean defence giant Hanwha") means a region by "the North".
        self._northern = {e.name for e in gazetteer if "North Korea" in (e.name, e.country)}
        # (entity, surface) -> (kind, adjectival): a feed names the same few entities the same
        # few ways, and the gazetteer is immutable.
        self._traits: dict[tuple[str, str], tuple[str, bool]] = {}
        # Match id -> its label: the vocabulary decodes a new string at every look-up.
        self._labels: dict[int, str] = {}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        for entity in gazetteer:
            for alias in (entity.name, *entity.aliases):
                for variant in _apostrophe_variants(alias):
                    self._sort(nlp, variant, entity.name, exact, folded)
        for phrase in gazetteer.blockers:
            for variant in _apostrophe_variants(phrase):
                self._sort(nlp, variant, _BLOCK, exact, folded)
        for label, texts in exact.items():
            self._exact.add(label, [nlp.make_doc(t) for t in texts])
        for label, texts in folded.items():
            self._folded.add(label, [nlp.make_doc(t) for t in texts])

    def _sort(
        self,
        nlp: Language,
        alias: str,
        label: str,
        exact: dict[str, list[str]],
        folded: dict[str, list[str]],
    ) -> None:
        words = alias.split()
        if len(nlp.make_doc(alias)) == 1:
            forms = {alias, alias.upper()}
            if not alias.isupper() and not is_abbreviation(alias):
                forms.add(alias[:1].upper() + alias[1:])
            exact.setdefault(label, []).extend(sorted(forms))
        elif any(is_abbreviation(w) for w in words):
            exact.setdefault(label, []).extend(sorted({alias, alias.upper()}))
        else:
            folded.setdefault(label, []).append(alias)

    def find(
        self,
        doc: Doc,
        lowers: list[str],
        texts: list[str],
        idxs: list[int],
        text: str,
        *,
        title: str | None = None,
    ) -> list[Found]:
        """Mentions in `doc`, given its tokens' lower-case and verbatim texts and offsets."""
        strings = doc.vocab.strings
        matches = self._exact(doc) + self._folded(doc)  # two lists joined in C
        found: list[Found] = []
        # `_found` inlined: a news article has dozens of matches, and the call and the
        # keyword arguments cost more than the work.
        traits_of, labels = self._traits, self._labels
        count = len(lowers)
        for match_id, start, end in longest_first(matches):
            label = labels.get(match_id)
            if label is None:
                label = labels[match_id] = strings[match_id]
            if label == _BLOCK:
                continue
            last = end - 1
            # A one-word name is its token's text, already cut (and its hash known).
            if start == last:
                surface = texts[start]
            else:
                surface = text[idxs[start] : idxs[last] + len(texts[last])]
            traits = traits_of.get((label, surface)) or self._traits_of(label, surface)
            possessive = end < count and lowers[end] in _POSSESSIVE
            fields = (label, traits[0], start, end, surface, traits[1], possessive)
            found.append(_new_found(Found, fields))
        found = _without_given_names(found, texts)
        found = _without_namesakes(_without_currencies(found, lowers), texts)
        found = without_misreadings(found, texts, self._gazetteer)
        found = without_name_phrases(found, texts, lowers)
        korean = not self._korean.isdisjoint(map(_ENTITY, found))
        if korean or _about_korea(lowers, title):
            extra, taken = self._the_north_and_south(text, lowers, texts, idxs, found, title)
            if "kim" in lowers and self._gazetteer.get(LEADER) is not None:  # "Kim's troops"
                if taken is None:  # not built for a "the North" already
                    taken = {i for f in found for i in range(f.start, f.end)}
                extra += [self._found(text, lowers, texts, idxs, LEADER, k, k + 1)
                          for k in leader_positions(texts, lowers, taken)]  # fmt: skip
            if extra:  # `found` is in text order already
                found.extend(extra)
                found.sort(key=lambda f: f.start)
        return found

    def _found(
        self,
        text: str,
        lowers: list[str],
        texts: list[str],
        idxs: list[int],
        name: str,
        start: int,
        end: int,
    ) -> Found:
        surface = text[idxs[start] : idxs[end - 1] + len(texts[end - 1])]
        traits = self._traits.get((name, surface)) or self._traits_of(name, surface)
        return Found(
            entity=name,
            kind=traits[0],
            start=start,
            end=end,
            surface=surface,
            adjectival=traits[1],
            possessive=end < len(lowers) and lowers[end] in _POSSESSIVE,
        )

    def _traits_of(self, name: str, surface: str) -> tuple[str, bool]:
        """(kind, adjectival) of an entity named by `surface`, remembered."""
        entity = self._gazetteer.get(name)
        kind = entity.kind if entity is not None else "custom"
        traits = (kind, self._gazetteer.is_adjectival(surface))
        if len(self._traits) >= _MAX_TRAITS:
            self._traits.clear()
        self._traits[(name, surface)] = traits
        return traits

    def _the_north_and_south(
        self,
        text: str,
        lowers: list[str],
        texts: list[str],
        idxs: list[int],
        found: list[Found],
        title: str | None,
    ) -> tuple[list[Found], set[int] | None]:
        """"the North", "the South" in a text about the Koreas, and the tokens of `found` if
        they were needed (the "Kim's troops" rule reuses them)."""
        extra: list[Found] = []
        taken: set[int] | None = None  # the tokens of names found, once a "the North" needs them
        sides = text_positions(text, idxs, texts, "North") + text_positions(
            text, idxs, texts, "South"
        )
        regional = regional_sides(texts, lowers, sides)
        if self._northern.isdisjoint(map(_ENTITY, found)) and only_firms_korean(lowers, title):
            regional.add("North")  # "South Korean defence giant Hanwha": no Korea's north
        for k in sorted(sides):
            i = k - 1
            if i < 0 or lowers[i] != "the" or texts[k] in regional:
                continue
            if taken is None:
                taken = {i for f in found for i in range(f.start, f.end)}
            if k in taken:
                continue
            side = texts[k]
            after = texts[i + 2] if i + 2 < len(texts) else ""
            # "the North Atlantic", "the South-East": a longer name, not the Korea.
            if after.istitle() or after in {"-", "–"} or compass_region(texts, i + 2):
                continue
            if paired_with_region(texts, i + 2, taken) or weather_region(lowers, k) or (
                in_forecast(text, idxs[k])
            ):
                continue
            name = "North Korea" if side == "North" else "South Korea"
            if self._gazetteer.get(name) is None:
                continue
            base = self._found(text, lowers, texts, idxs, name, i, i + 2)
            extra.append(base)
        return extra, taken


def _apostrophe_variants(alias: str) -> tuple[str, ...]:
    if "'" in alias:
        return (alias, alias.replace("'", "’"))
    return (alias,)


def _about_korea(lowers: list[str], title: str | None) -> bool:
    if title and any(word.strip(".,:;'\"’“”").lower() in KOREA_WORDS for word in title.split()):
        return True
    # "Korean-born midfielder", "a Korean-American actor": a person's heritage says nothing
    # about the two Koreas, so "the North" there is still a team or a region.
    if KOREA_WORDS.isdisjoint(lowers):
        return False  # most articles: one scan in C
    # "a Korean barbecue restaurant", "Korean dramas": a cuisine or a genre neither.
    return any(
        w in KOREA_WORDS
        and not (k + 1 < len(lowers) and (lowers[k + 1] in {"-", "–"} or lowers[k + 1] in _CULTURE))
        for k, w in enumerate(lowers)
    )


_CULTURE = frozenset(
    {"barbecue", "bbq", "food", "cuisine", "restaurant", "restaurants", "dishes", "cooking",
     "pop", "drama", "dramas", "films", "cinema", "beauty", "skincare", "fried"}
)


def _without_given_names(found: list[Found], texts: list[str]) -> list[Found]:
    """"Jordan Whitaker scored ... Whitaker said": a place name before a capitalised word the
    article later uses on its own (the surname, by news style) is a person's given name; its
    bare uses ("Jordan double sends ...") then name that person too."""
    given: set[str] = set()
    # Where each candidate surname stands, found once: a name recurs all through an article.
    places: dict[str, list[int]] = {}
    for f in found:
        k = f.end
        if f.end - f.start != 1 or f.possessive or k >= len(texts):
            continue
        if f.surface.isupper() or f.adjectival:
            continue  # "the DPRK Treaty", "Polish Senate": initials, demonyms are no given name
        if not _surname(texts, k, places):
            continue
        given.add(f.surface)
    if not given:
        return found
    return [f for f in found if not (f.end - f.start == 1 and f.surface in given)]


def _surname(texts: list[str], k: int, places: dict[str, list[int]]) -> bool:
    word = texts[k]
    if not (word.isalpha() and word.istitle()) or (k + 1 < len(texts) and texts[k + 1].istitle()):
        return False
    positions = places.get(word)
    if positions is None:
        positions = places[word] = word_positions(texts, word)
    # Elsewhere on its own: not after the given name, not "the Army", not a longer name.
    return any(
        texts[j - 1] != texts[k - 1] and texts[j - 1].lower() != "the"
        and not (j + 1 < len(texts) and texts[j + 1].istitle())
        for j in positions if j != k and j > 0
    )  # fmt: skip


# "4.3 billion US dollars": a currency named by its country, no mention of that country.
_CURRENCY_NOUNS = frozenset({"dollar", "dollars"})


def _without_currencies(found: list[Found], lowers: list[str]) -> list[Found]:
    return [
        f for f in found
        if not (f.kind == "country" and f.end < len(lowers) and lowers[f.end] in _CURRENCY_NOUNS)
    ]  # fmt: skip


# Words that stand before a surname without being a given name ("President Duda").
_TITLES = frozenset(
    {"president", "prime", "minister", "mr", "mrs", "ms", "dr", "general", "gen", "chancellor",
     "premier", "leader", "chairman", "secretary", "king", "queen", "senator", "governor",
     "mayor", "ambassador", "spokesman", "spokeswoman", "former", "ex", "said", "says", "and",
     "but", "when", "while", "as", "if", "after", "before", "sport", "sports"}
)  # fmt: skip


def _without_namesakes(found: list[Found], texts: list[str]) -> list[Found]:
    """"Slovakia midfielder Ondrej Duda scored": a known person's surname after another given
    name is a namesake; the bare surname elsewhere in the article is that namesake too,
    unless the known person is also named in full."""
    # Only a one-word person's name can be a namesake's; most articles name none after a
    # capitalised word, and then no token sets are built.
    singles = [f for f in found if f.kind == "person" and f.end - f.start == 1 and f.start > 0]
    if not singles:
        return found
    taken: set[int] | None = None
    namesakes: set[str] = set()
    for f in singles:
        given = texts[f.start - 1]
        if not (given.isalpha() and given.istitle() and given.lower() not in _TITLES):
            continue
        if taken is None:
            taken = {i for g in found for i in range(g.start, g.end)}
        if f.start - 1 not in taken:
            namesakes.add(f.entity)
    if not namesakes:
        return found
    namesakes -= {f.entity for f in found if f.kind == "person" and f.end - f.start > 1}
    return [f for f in found if not (f.entity in namesakes and f.end - f.start == 1)]
