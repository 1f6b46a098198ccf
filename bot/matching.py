"""Rules and facts in, matches out — through an index, so an article costs the same whether
ten rules or a hundred thousand are watched.

Each rule is filed under the keys a fact must carry to satisfy it: a mention rule under its
entity, a figure rule under (actor, category), a treaty rule under (first party, stage). A fact
looks up only its own keys (plus the "any" wildcard), then the few candidates are checked in
full. A rule matches an article at most once: on its first satisfying fact in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.models import (
    Article,
    Claimant,
    Event,
    Facts,
    Match,
    Modality,
    Op,
    Phrase,
    Quantity,
    Rule,
    RuleKind,
    Target,
    Threshold,
)
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.units import CURRENCIES

_ANY = "\x00any"
_END = "\x00end"
_Trie = dict[str, "_Trie | tuple[str, ...]"]
_WORD = re.compile(r"\w+")
# How a stated qualifier moves a bound: "more than 10,000" satisfies "> 10000".
_ABOVE = {"more than", "over", "above", "at least", "upwards of", "in excess of"}
_BELOW = {"fewer than", "less than", "under", "below", "up to", "at most", "no more than"}
# A threshold in one currency says nothing of an amount in another ("3.1bn zloty" is not
# "$1bn"): with no dated exchange rate to trust, only the same currency compares.
_CURRENCY_MEASURES = frozenset(CURRENCIES.values())


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def _target_key(target: Target) -> str:
    return target if isinstance(target, str) else "\x01" + " ".join(_phrase_key(target.text))


def satisfies(q: Quantity, threshold: Threshold) -> bool:
    """Whether a figure can satisfy a numeric threshold; a vague figure never does.

    A range satisfies when any part of it does, since an analyst setting "> 10000" wants to
    hear of "8,000-12,000"; qualifiers that state a bound count as that bound.
    """
    if q.value is None:
        return False
    if threshold.currency is not None and q.measure in _CURRENCY_MEASURES and (
        q.measure != threshold.currency
    ):
        return False
    low, high = q.value, q.value_max if q.value_max is not None else q.value
    t = threshold.value
    qualifier = (q.qualifier or "").lower()
    match threshold.op:
        case Op.GT:
            return high > t or (high == t and qualifier in _ABOVE - {"at least"})
        case Op.GE:
            return high >= t
        case Op.LT:
            return low < t or (low == t and qualifier in _BELOW - {"up to", "at most"})
        case Op.LE:
            return low <= t
        case Op.EQ:
            return low <= t <= high
    return False


class _Bucket:
    """The figure rules of one (actor, category) key, kept so that a figure reaches only the
    rules it can satisfy: thresholds sorted, so rules far above or below it cost a bisect."""

    __slots__ = ("_above", "_above_keys", "_below", "_below_keys", "_dirty", "_other")

    def __init__(self) -> None:
        self._other: list[Rule] = []  # no threshold, or "="
        self._above: list[Rule] = []  # > and >=: satisfied by figures at or over the threshold
        self._below: list[Rule] = []  # < and <=
        self._above_keys: list[float] = []
        self._below_keys: list[float] = []
        self._dirty = False

    def add(self, rule: Rule) -> None:
        t = rule.threshold
        if t is None or t.op is Op.EQ:
            self._other.append(rule)
        elif t.op in (Op.GT, Op.GE):
            self._above.append(rule)
        else:
            self._below.append(rule)
        self._dirty = True

    def _sort(self) -> None:
        self._above.sort(key=lambda r: r.threshold.value if r.threshold else 0.0)
        self._below.sort(key=lambda r: r.threshold.value if r.threshold else 0.0)
        self._above_keys = [r.threshold.value if r.threshold else 0.0 for r in self._above]
        self._below_keys = [r.threshold.value if r.threshold else 0.0 for r in self._below]
        self._dirty = False

    def candidates(self, q: Quantity) -> Iterator[Rule]:
        if self._dirty:
            self._sort()
        yield from self._other
        if q.value is None:
            return
        high = q.value_max if q.value_max is not None else q.value
        yield from self._above[: bisect_right(self._above_keys, high)]
        yield from self._below[bisect_left(self._below_keys, q.value) :]


@dataclass(frozen=True, slots=True)
class _PhraseHits:
    """Where each watched phrase occurs in an article (character spans)."""

    spans: dict[tuple[str, ...], list[tuple[int, int]]]

    def within(self, phrase: Phrase, start: int, end: int) -> bool:
        return any(s >= start and e <= end for s, e in self.spans.get(_phrase_key(phrase.text), ()))

    def anywhere(self, phrase: Phrase) -> bool:
        return bool(self.spans.get(_phrase_key(phrase.text)))


class Matcher:
    """An index over a fixed set of rules; build a new one when the rules change."""

    def __init__(self, rules: Iterable[Rule], gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._mention: dict[str, list[Rule]] = defaultdict(list)
        self._figure: dict[tuple[str, str], _Bucket] = defaultdict(_Bucket)
        self._treaty: dict[tuple[str, str], list[Rule]] = defaultdict(list)
        # A trie over words: scanning costs one dict step per word of text that is a prefix
        # of some phrase, however many phrases share that prefix.
        self._phrase_trie: _Trie = {}
        self._phrase_figure_rules: dict[str, list[Rule]] = defaultdict(list)
        self.size = 0
        for rule in rules:
            self._add(rule)

    def _watch_phrase(self, target: Target) -> None:
        if isinstance(target, Phrase):
            key = _phrase_key(target.text)
            if key:
                node = self._phrase_trie
                for word in key:
                    node = node.setdefault(word, {})  # type: ignore[assignment]
                node[_END] = key

    def _add(self, rule: Rule) -> None:
        self.size += 1
        for target in (rule.entity, rule.by, *rule.parties):
            if target is not None:
                self._watch_phrase(target)
        if rule.kind is RuleKind.MENTION:
            assert rule.entity is not None
            self._mention[_target_key(rule.entity)].append(rule)
        elif rule.kind is RuleKind.FIGURE:
            assert rule.measure is not None
            if isinstance(rule.entity, Phrase):
                self._phrase_figure_rules[rule.measure].append(rule)
            else:
                self._figure[(rule.entity or _ANY, rule.measure)].add(rule)
        else:
            first = _target_key(rule.parties[0]) if rule.parties else _ANY
            self._treaty[(first, rule.stage.value if rule.stage else _ANY)].append(rule)

    # -- scanning -----------------------------------------------------------------------------
    def _phrase_hits(self, text: str) -> _PhraseHits:
        spans: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        if not self._phrase_trie:
            return _PhraseHits(spans)
        words = list(_WORD.finditer(text))
        lowered = [w.group().lower() for w in words]
        for i in range(len(lowered)):
            node = self._phrase_trie
            j = i
            while j < len(lowered) and (step := node.get(lowered[j])) is not None:
                node = step  # type: ignore[assignment]
                j += 1
                key = node.get(_END)
                if key is not None:
                    spans[key].append((words[i].start(), words[j - 1].end()))  # type: ignore[index]
        return _PhraseHits(spans)

    def _claim_by(self, claimant: Claimant | None, who: Target, hits: _PhraseHits,
                  span: tuple[int, int]) -> bool:
        if claimant is None or claimant.denied:
            return False
        if isinstance(who, Phrase):
            return _phrase_key(who.text) == _phrase_key(claimant.name) or hits.within(who, *span)
        affiliated: set[str] = set()
        for entity in claimant.entities:
            affiliated |= self._gazetteer.affiliated(entity)
        return who in affiliated

    def _party_present(self, party: Target, event: Event, hits: _PhraseHits,
                       span: tuple[int, int]) -> bool:
        if isinstance(party, Phrase):
            return hits.within(party, *span)
        return party in event.parties

    def match(self, article: Article, facts: Facts) -> list[Match]:
        """Every rule the article satisfies, once each, in the order their facts appear."""
        hits = self._phrase_hits(article.text)
        found: dict[Rule, Match] = {}
        for match in self._candidates(article, facts, hits):
            found.setdefault(match.rule, match)
        return sorted(found.values(), key=lambda m: _fact_start(m))

    def _candidates(self, article: Article, facts: Facts, hits: _PhraseHits) -> Iterator[Match]:
        text = article.text
        for mention in facts.mentions:
            for rule in self._mention.get(mention.entity, ()):
                quote = mention.sentence or _sentence_at(text, mention.start)
                yield Match(rule, article, mention, quote)
        for key, spans in hits.spans.items():
            for rule in self._mention.get("\x01" + " ".join(key), ()):
                start, _ = spans[0]
                yield Match(rule, article, None, _sentence_at(text, start))
        for q in facts.quantities:
            # A denial ("Pyongyang denied sending 10,000 troops") reports no figure.
            if q.modality is not Modality.REPORTED or q.whole_force or _denied(q.claimant):
                continue
            span = _sentence_span(text, q.start)
            candidates: list[Rule] = []
            for actor in (_ANY, q.actor):
                bucket = self._figure.get((actor, q.category)) if actor is not None else None
                if bucket is not None:
                    candidates += bucket.candidates(q)
            candidates += [
                r for r in self._phrase_figure_rules.get(q.category, ())
                if isinstance(r.entity, Phrase) and hits.within(r.entity, *span)
            ]
            for rule in candidates:
                if rule.threshold is not None and not satisfies(q, rule.threshold):
                    continue
                if rule.by is not None and not self._claim_by(q.claimant, rule.by, hits, span):
                    continue
                yield Match(rule, article, q, q.sentence)
        for event in facts.events:
            if event.modality is not Modality.REPORTED or _denied(event.claimant):
                continue
            span = _sentence_span(text, event.start)
            stages = (event.stage.value, _ANY)
            firsts = [*event.parties, _ANY]
            firsts += ["\x01" + " ".join(k) for k, sp in hits.spans.items()
                       if any(s >= span[0] and e <= span[1] for s, e in sp)]
            for first in firsts:
                for stage in stages:
                    for rule in self._treaty.get((first, stage), ()):
                        if not all(self._party_present(p, event, hits, span) for p in rule.parties):
                            continue
                        if rule.by is not None and not self._claim_by(
                            event.claimant, rule.by, hits, span
                        ):
                            continue
                        yield Match(rule, article, event, event.sentence)


def _denied(claimant: Claimant | None) -> bool:
    return claimant is not None and claimant.denied


def _fact_start(match: Match) -> int:
    fact = match.fact
    if fact is None:
        return match.article.text.find(match.quote) if match.quote else 0
    return fact.start


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")


def _sentence_span(text: str, offset: int) -> tuple[int, int]:
    """The sentence around `offset`: from the last sentence end before it to the next one."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, offset):
        start = m.end()
    nxt = _SENTENCE_END.search(text, offset)
    end = nxt.start() if nxt else len(text)
    return start, end


def _sentence_at(text: str, offset: int) -> str:
    start, end = _sentence_span(text, offset)
    return text[start:end].strip()
