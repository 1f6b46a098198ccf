"""Text in, Facts out: mentions, quantities and treaty events, sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language

from bot.models import Claimant, Event, Facts, Mention, Quantity
from bot.nlp.asked_speakers import asked_person
from bot.nlp.bylines import briefing_date, stamp_date
from bot.nlp.candidates import TRIGGER, Candidates, find_candidates
from bot.nlp.claim_choice import claimant_tokens
from bot.nlp.claims import CLAIM_WORDS
from bot.nlp.context import Sentence, Tokens
from bot.nlp.dated_accounts import as_history
from bot.nlp.dates import DATE_START, date_starts, find_dates, month_day
from bot.nlp.described_sources import described_sources
from bot.nlp.descriptions import Discourse
from bot.nlp.dismissals import find_claims_with_dismissals as find_claims
from bot.nlp.enemy_sides import enemy_losses
from bot.nlp.events import find_events
from bot.nlp.explainers import explained_steps
from bot.nlp.follow_on_history import continued_history
from bot.nlp.gazetteer import Gazetteer, default_gazetteer, without_other_senses
from bot.nlp.group_owners import group_owner, part_owner
from bot.nlp.group_sizes import sized_groups
from bot.nlp.headline_actors import headline_owners
from bot.nlp.later_steps import later_steps
from bot.nlp.law_signings import signed_into_law
from bot.nlp.link_lines import links_elsewhere
from bot.nlp.mentions import Found, MentionFinder
from bot.nlp.needed_steps import needed_steps
from bot.nlp.new_items import opens_new_item
from bot.nlp.parse import Parse, Parser, Request
from bot.nlp.person_pronouns import person_pronouns
from bot.nlp.pipeline import (
    build_language,
    is_boilerplate_at,
    is_boilerplate_line,
    load_parser,
)
from bot.nlp.prior_clauses import prior_clause_steps
from bot.nlp.quantities import find_quantities
from bot.nlp.references import attach_denial, denies_earlier, opening_subject, resolve_references
from bot.nlp.revisions import older_estimates
from bot.nlp.source_scope import settle_sources
from bot.nlp.statement_issuers import statement_issuer
from bot.nlp.statements import quoted_only, speakers
from bot.nlp.step_history import earlier_steps
from bot.nlp.step_occasions import occasion_steps
from bot.nlp.subheads import drop_restated_bullets, drop_restated_subheads
from bot.nlp.summary_bullets import drop_bulleted_restatements
from bot.nlp.tally_lists import continued_tally, included_shares
from bot.nlp.transcripts import answers_for_host
from bot.nlp.vote_tallies import tallies_follow_steps


class Extractor:
    """Holds the spaCy pipeline and the alias matchers; build one and reuse it."""

    def __init__(self, gazetteer: Gazetteer | None = None, model: str = "auto") -> None:
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.nlp = build_language(_WORD_FLAGS)
        # A named model must exist and be English: a typo in the settings fails at start.
        trained = shared_parser(model)
        self.parser = None if trained is None else Parser(trained)
        self._mentions = MentionFinder(self.gazetteer, self.nlp)

    @property
    def pipeline(self) -> str:
        """"rules" or "rules + <trained pipeline name>", for logs and reports."""
        return "rules" if self.parser is None else f"rules + {self.parser.name}"

    def extract(self, text: str, *, title: str | None = None) -> Facts:
        return next(self.extract_many([(text, title)]))

    def extract_many(self, items: Iterable[tuple[str, str | None]]) -> Iterator[Facts]:
        """Facts of each (text, title), in order. With a trained parser, documents go in
        batches: the rules read each, the parser takes the batch's candidate sentences in
        one call, then the rules finish each with the arcs."""
        if self.parser is None:
            for text, title in items:
                yield self._facts(self._prepare(text, title), None)
            return
        batch: list[_Prepared] = []
        for text, title in items:
            batch.append(self._prepare(text, title))
            if len(batch) == _PARSE_BATCH:
                yield from self._finish_batch(batch)
                batch = []
        yield from self._finish_batch(batch)

    def _finish_batch(self, batch: list[_Prepared]) -> Iterator[Facts]:
        if self.parser is None or not batch:
            yield from (self._facts(p, None) for p in batch)
            return
        parses = self.parser.parse_many([p.request() for p in batch])
        for prepared, parse in zip(batch, parses, strict=True):
            yield self._facts(prepared, parse)

    def _prepare(self, text: str, title: str | None) -> _Prepared:
        doc = self.nlp.make_doc(text)
        tokens = Tokens.of(doc, text, _WORD_FLAGS)
        lowers = tokens.lowers
        found = self._mentions.find(doc, lowers, tokens.texts, tokens.idxs, text, title=title)
        boilerplate = _boilerplate_chars(text)
        candidates = find_candidates(lowers, tokens.sentences, tokens.flagged[TRIGGER])
        read = [
            worth_reading and not _skip(tokens, start, end, boilerplate)
            for (start, end), worth_reading in zip(
                tokens.sentences, candidates.sentences, strict=True
            )
        ]
        return _Prepared(tokens, found, boilerplate, candidates, read)

    def _facts(self, prepared: _Prepared, parse: Parse | None) -> Facts:
        tokens, found, boilerplate = prepared.tokens, prepared.found, prepared.boilerplate
        candidates, read = prepared.candidates, prepared.read
        lowers = tokens.lowers
        mentions: list[Mention] = []
        quantities: list[Quantity] = []
        events: list[Event] = []
        last_claimant: Claimant | None = None
        carried: Claimant | None = None  # the previous sentence's source, if it named one
        claimants: list[Claimant] = []
        told_before = (0, 0)  # where the previous sentence's facts start in the lists
        previous_event: Event | None = None
        may_date = date_starts(lowers, tokens.flagged[DATE_START])
        headline = _headline(tokens)
        reference = (
            _dateline(tokens, may_date) or stamp_date(tokens, may_date)
            or briefing_date(tokens, may_date)
        )
        idxs = tokens.idxs
        cursor, count = 0, len(found)
        for (sent_start, sent_end), worth_reading in zip(tokens.sentences, read, strict=True):
            while cursor < count and found[cursor].start < sent_start:
                cursor += 1
            if worth_reading and links_elsewhere(lowers, sent_start, sent_end):
                worth_reading = False
            if not worth_reading:
                # Most sentences: without a mention, and with no source's account to end,
                # nothing depends on whether the sentence is a template line.
                quiet = carried is None and not (cursor < count and found[cursor].end <= sent_end)
                if quiet or _skip(tokens, sent_start, sent_end, boilerplate):
                    continue
            inside: list[Found] = []
            while cursor < count and found[cursor].end <= sent_end:
                inside.append(found[cursor])
                cursor += 1
            if not worth_reading:
                carried = None  # a sentence between ends the previous source's account
                if inside:
                    sentence = tokens.span_text(sent_start, sent_end).strip()
                    mentions.extend(_mentions(inside, idxs, sentence))
                if inside and inside[0].start - sent_start <= 1:
                    # "Zelensky has gone further. ... he said": a subject for the next "he".
                    opening = Sentence(
                        tokens=tokens, start=sent_start, end=sent_end, mentions=inside,
                        dates=[], gazetteer=self.gazetteer, figure_starts=[], hits=[],
                        parse=None, headline=False, reference=reference,
                    )  # fmt: skip
                    last_claimant = (
                        opening_subject(opening) or statement_issuer(opening) or last_claimant
                    )
                continue
            s = Sentence(
                tokens=tokens,
                start=sent_start,
                end=sent_end,
                mentions=inside,
                dates=find_dates(lowers, sent_start, sent_end, may_date),
                gazetteer=self.gazetteer,
                figure_starts=candidates.starts_between(sent_start, sent_end),
                hits=candidates.hits_between(sent_start, sent_end),
                parse=parse,
                headline=sent_start == headline,
                reference=reference,
            )
            if inside:
                mentions.extend(_mentions(inside, idxs, s.text))
            cues = speakers(s, find_claims(s), last_claimant)
            cues = person_pronouns(s, cues, last_claimant)
            cues = resolve_references(cues, last_claimant, claimants, self.gazetteer)
            cues = settle_sources(s, described_sources(s, cues, mentions))
            claimed = claimant_tokens(cues)
            # The previous sentence's figures on: read by several rules below, cut once.
            just_told = quantities[told_before[0] :]
            told = Discourse(mentions, just_told)
            found_quantities = find_quantities(
                s, cues, claimed, quantities[-1] if quantities else None, told
            )
            if not cues and carried is not None and not opens_new_item(s):
                # A figure told right after an attributed sentence, with no attribution of its
                # own, continues that source's account ("..., the ministry said. Berlin will
                # deliver three systems").
                # An army's whole size is reference knowledge the writer adds, no claim.
                found_quantities = [
                    q if q.claimant is not None or q.whole_force
                    else replace(q, claimant=carried)
                    for q in found_quantities
                ]  # fmt: skip
            found_quantities = continued_tally(s, found_quantities, just_told)
            found_quantities = sized_groups(s, found_quantities)
            found_quantities = part_owner(s, group_owner(s, found_quantities, mentions), mentions)
            found_quantities = enemy_losses(
                s, included_shares(s, found_quantities), just_told
            )
            found_events = find_events(s, cues, claimed, found_quantities, previous_event)
            found_events = later_steps(s, found_events, previous_event)
            found_events = signed_into_law(s, found_events, previous_event)
            found_events = needed_steps(s, found_events, previous_event)
            found_events = prior_clause_steps(s, found_events)
            found_events = occasion_steps(s, found_events, events)
            found_quantities = tallies_follow_steps(found_quantities, found_events)
            found_quantities, found_events = as_history(s, cues, found_quantities, found_events)
            found_quantities = continued_history(s, found_quantities, just_told)
            denier = denies_earlier(s, cues) if not found_quantities else None
            if denier is not None:
                attach_denial(quantities, events, told_before, denier)
            told_before = (len(quantities), len(events))
            quantities.extend(found_quantities)
            events.extend(found_events)
            if found_events:
                previous_event = found_events[-1]
            asserting = [c.claimant for c in cues if c.claimant is not None and not c.denied]
            claimants.extend(c.claimant for c in cues if c.claimant is not None)
            carried = asserting[-1] if asserting and not quoted_only(s, cues) else None
            if asserting:
                last_claimant = asserting[-1]
            elif denying := [c.claimant for c in cues if c.claimant is not None]:
                # "It is a fabrication, the commentary says. ..., it adds": a denier still
                # speaks for the "it" of the next sentence.
                last_claimant = replace(denying[-1], denied=False)
            elif not cues:
                last_claimant = (opening_subject(s) or statement_issuer(s) or asked_person(s)
                                 or last_claimant)  # fmt: skip
        quantities = drop_restated_subheads(tokens.text, older_estimates(quantities))
        quantities, events = drop_restated_bullets(tokens.text, quantities, events)
        quantities = answers_for_host(tokens.text, mentions, quantities, self.gazetteer)
        quantities = drop_bulleted_restatements(quantities)
        if headline is not None:
            quantities = headline_owners(quantities, tokens.chars(*tokens.sentences[0])[1])
            quantities, events = _drop_restated(tokens, headline, quantities, events)
        # A headline sums up the body's news, whose own telling is not a retelling.
        body = tokens.chars(*tokens.sentences[0])[1] if headline is not None else 0
        events = earlier_steps(events, self.gazetteer, body)
        events = explained_steps(tokens.text, events)
        facts = Facts(tuple(mentions), tuple(quantities), tuple(events))
        return without_other_senses(facts, self.gazetteer.other_senses(tokens.text))


def _mentions(inside: list[Found], idxs: list[int], sentence: str) -> list[Mention]:
    # A mention's surface is its text as written, so it ends where the surface does.
    return [
        Mention(f.entity, f.surface, idxs[f.start], idxs[f.start] + len(f.surface), sentence)
        for f in inside
    ]


_PARSE_BATCH = 32
# The word tests whose tokens `_prepare` starts from (see `WordFlag`).
_WORD_FLAGS = (TRIGGER, DATE_START)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A document after the rules' one pass: what the parser needs and the rules reuse."""

    tokens: Tokens
    found: list[Found]
    boilerplate: list[tuple[int, int]]
    candidates: Candidates
    read: list[bool]

    def request(self) -> Request:
        """The sentences the rules will read, for the trained parser."""
        tokens = self.tokens
        spans = [s for s, wanted in zip(tokens.sentences, self.read, strict=True)
                 if wanted and _parse_worthy(tokens.lowers, self.candidates, s)]
        spaces = [tokens.space_after(i) != "" for i in range(len(tokens.texts))] if spans else []
        return tokens.texts, spaces, spans


def _parse_worthy(lowers: list[str], candidates: Candidates, span: tuple[int, int]) -> bool:
    """Whether a sentence the rules read needs the parser too: one whose only trigger is a
    reporting verb holds no figure or step to link, and in news it is a sentence in three."""
    return any(lowers[i] not in CLAIM_WORDS for i in candidates.hits_between(*span))


def _drop_restated(
    tokens: Tokens, headline: int, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """A headline restating a figure or a step of the body is the same fact: the body's
    telling, with its claimant and date, is kept."""
    end = tokens.chars(*tokens.sentences[0])[1]
    body_quantities = {(q.value, q.value_max, q.measure) for q in quantities if q.start >= end}
    body_events = {(e.stage, frozenset(e.parties)) for e in events if e.start >= end}
    kept_quantities = [
        q for q in quantities
        if q.start >= end or q.value is None
        or (q.value, q.value_max, q.measure) not in body_quantities
    ]  # fmt: skip
    kept_events = [
        e for e in events
        if e.start >= end or (e.stage, frozenset(e.parties)) not in body_events
    ]  # fmt: skip
    return kept_quantities, kept_events


def _headline(tokens: Tokens) -> int | None:
    """The first token of the text's headline: a first line that is one sentence with no
    final stop and has text below it."""
    if not tokens.sentences:
        return None
    start, end = tokens.sentences[0]
    line = tokens.text.split("\n", 1)
    if len(line) < 2 or not line[1].strip():
        return None
    first = line[0].strip()
    if not first or first[-1] in ".!?" or tokens.span_text(start, end).strip() != first:
        return None
    return start


_DATELINE_SENTENCES = 3
_DATELINE_TOKENS = 6


def _dateline(tokens: Tokens, may_date: list[int]) -> tuple[int, int] | None:
    """(month, day) of the dateline ("KYIV, Nov 4 (Wire) -", "PYONGYANG, June 4.")."""
    lowers = tokens.lowers
    for start, end in tokens.sentences[:_DATELINE_SENTENCES]:
        head = lowers[start : min(end, start + _DATELINE_TOKENS)]
        if "," not in head:
            continue
        comma = start + head.index(",")
        for date in find_dates(lowers, comma + 1, min(end, comma + 4), may_date):
            when = month_day(lowers, date)
            if when is not None:
                return when
    return None


def _boilerplate_chars(text: str) -> list[tuple[int, int]]:
    """Character ranges of template lines ("View All", "With inputs from agencies")."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip() and is_boilerplate_line(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def _skip(tokens: Tokens, start: int, end: int, boilerplate: list[tuple[int, int]]) -> bool:
    texts = tokens.texts
    first = start
    while first < end and texts[first].isspace():
        first += 1
    if first == end:
        return True
    if boilerplate:
        position = tokens.idxs[first]
        if any(a <= position < b for a, b in boilerplate):
            return True
    # A template line glued to a sentence ("Read more" after a full stop) is its own, short
    # sentence; longer template lines stand on lines of their own.
    if end - first > _TEMPLATE_TOKENS:
        return False
    last = end - 1
    while texts[last].isspace():
        last -= 1
    return is_boilerplate_at(tokens.text, tokens.idxs[first], tokens.idxs[last] + len(texts[last]))


_TEMPLATE_TOKENS = 12


@cache
def shared_parser(model: str) -> Language | None:
    """One loaded trained pipeline per model name for the whole process: loading one costs
    half a second and half a gigabyte."""
    return load_parser(model)


@cache
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, *, title: str | None = None) -> Facts:
    return default_extractor().extract(text, title=title)
