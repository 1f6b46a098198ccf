"""Text in, Facts out: mentions, quantities and treaty events, sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language

from bot.models import Claimant, Event, Facts, Mention, Quantity
from bot.nlp.back_verdicts import back_verdict, deny_told, told_since
from bot.nlp.briefing_follow_ons import same_briefing
from bot.nlp.bylines import briefing_date, stamp_date
from bot.nlp.candidates import TRIGGER, Candidates, find_candidates
from bot.nlp.claim_choice import claimant_tokens
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claims import CLAIM_WORDS
from bot.nlp.context import Sentence, Tokens
from bot.nlp.continued_quotes import OpenQuote, continued_quote
from bot.nlp.dated_accounts import dated_claimants
from bot.nlp.dates import DATE_START, date_starts, find_dates
from bot.nlp.descriptions import Discourse
from bot.nlp.editor_notes import editors_note
from bot.nlp.events import find_events
from bot.nlp.fact_chains import document_facts, sentence_events, sentence_quantities
from bot.nlp.figure_givers import figure_giver, may_give_figures
from bot.nlp.gazetteer import Gazetteer, default_gazetteer, without_other_senses
from bot.nlp.link_lines import links_elsewhere
from bot.nlp.mention_rows import sentence_mentions
from bot.nlp.mentions import Found, MentionFinder
from bot.nlp.new_items import opens_new_item
from bot.nlp.origin_sources import may_name_origin, origin_source
from bot.nlp.page_boxes import furniture_lines, in_furniture
from bot.nlp.page_parts import (
    boilerplate_chars,
    dateline_date,
    headline_start,
    template_sentence,
)
from bot.nlp.parse import Parse, Parser, Request
from bot.nlp.passive_sources import vouched_enemies
from bot.nlp.pipeline import build_language, load_parser
from bot.nlp.quantities import find_quantities
from bot.nlp.references import attach_denial, denies_earlier, opening_subject
from bot.nlp.said_verdicts import deny_said_verdict
from bot.nlp.sentence_cues import sentence_cues
from bot.nlp.sentence_facts import history_after, labelled_facts
from bot.nlp.sentence_sources import told_sources
from bot.nlp.statement_issuers import statement_issuer
from bot.nlp.story_pairs import OPENING_SENTENCES, opening_pair
from bot.nlp.tally_phrases import reckoning_tokens
from bot.nlp.told_verdicts import deny_claimed
from bot.nlp.verdicts import opens_verdict


class Extractor:
    """Holds the spaCy pipeline and the alias matchers; build one and reuse it."""

    def __init__(self, gazetteer: Gazetteer | None = None, model: str = "auto") -> None:
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.nlp = build_language()
        # A named model must exist and be English: a typo in the settings fails at start.
        self.parser = None if (trained := shared_parser(model)) is None else Parser(trained)
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
            # A loop, not `yield from (...)`: mypyc builds a generator expression's whole list
            # first, which would read every document before the caller saw the first facts.
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
            for prepared in batch:
                yield self._facts(prepared, None)
            return
        parses = self.parser.parse_many([p.request() for p in batch])
        for prepared, parse in zip(batch, parses, strict=True):
            yield self._facts(prepared, parse)

    def _prepare(self, text: str, title: str | None) -> _Prepared:
        doc = self.nlp.make_doc(text)
        tokens = Tokens.of(doc, text, _WORD_FLAGS)
        lowers = tokens.lowers
        found = self._mentions.find(doc, lowers, tokens.texts, tokens.idxs, text, title=title)
        boilerplate = boilerplate_chars(text)
        candidates = find_candidates(lowers, tokens.sentences, tokens.flagged[TRIGGER])
        read = [
            worth_reading and not template_sentence(tokens, start, end, boilerplate)
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
        posts: dict[str, Claimant] = {}  # "... (HUR) Taras Melnyk": surname -> source
        told_before = (0, 0)  # where the previous sentence's facts start in the lists
        told_in: Sentence | None = None  # the sentence those facts were read in
        # Where each read sentence's figures start, since the last one citing a source: what
        # "This is a fabrication" sums up.
        unsourced: list[tuple[int, int]] = []  # (sentence index, first figure)
        told_voice: Claimant | None = None  # who was speaking when that sentence began
        previous_event: Event | None = None
        story: tuple[str, ...] = ()  # the states the lead names together (`story_pairs`)
        open_quote: OpenQuote | None = None  # a quotation whose speaker is still to come
        # The last read sentence and its cues, whose sources a dated verb may have put before
        # the news, and where that sentence ends.
        briefed: tuple[tuple[Sentence, list[ClaimCue]] | None, int] = (None, -1)
        may_date = date_starts(lowers, tokens.flagged[DATE_START])
        headline = headline_start(tokens)
        reference = (
            dateline_date(tokens, may_date) or stamp_date(tokens, may_date)
            or briefing_date(tokens, may_date)
        )
        idxs, texts = tokens.idxs, tokens.texts
        boxes = furniture_lines(tokens.text)  # weather boxes, tickers, Most-read lists
        cursor, count = 0, len(found)
        for index, ((sent_start, sent_end), worth_reading) in enumerate(
            zip(tokens.sentences, read, strict=True)
        ):
            while cursor < count and found[cursor].start < sent_start:
                cursor += 1
            if worth_reading and (links_elsewhere(lowers, sent_start, sent_end)
                                  or editors_note(lowers, sent_start, sent_end)
                                  or in_furniture(boxes, texts, idxs, sent_start, sent_end)):
                worth_reading = False  # another story's headline; "(Corrects ... to 250)"
            if not worth_reading:
                # Most sentences: without a mention, and with no source's account to end,
                # nothing depends on whether the sentence is a template line.
                quiet = carried is None and not (cursor < count and found[cursor].end <= sent_end)
                if quiet or template_sentence(tokens, sent_start, sent_end, boilerplate):
                    continue
            first = cursor
            while cursor < count and found[cursor].end <= sent_end:
                cursor += 1
            inside = found[first:cursor]
            if not story and index < OPENING_SENTENCES and len(inside) > 1:
                story = opening_pair(lowers, inside, self.gazetteer)  # whom "the treaty" binds
            if opens_verdict(lowers, sent_start, sent_end) and CLAIM_WORDS.isdisjoint(
                lowers[sent_start:sent_end]
            ):  # "... have claimed that N. This is nothing but a sheer fabrication."
                since = told_before[0]
                quantities[since:] = deny_claimed(quantities[since:], told_voice)
            if not worth_reading:
                carried = None  # a sentence between ends the previous source's account
                if inside:
                    sentence = tokens.span_text(sent_start, sent_end).strip()
                    mentions.extend(sentence_mentions(inside, idxs, sentence))
                if inside and (inside[0].start - sent_start <= 1
                               or may_name_origin(lowers, sent_start, sent_end)
                               or may_give_figures(lowers, sent_start, sent_end)):
                    # "Zelensky has gone further. ... he said": a subject for the next "he".
                    opening = Sentence(
                        tokens=tokens, start=sent_start, end=sent_end, mentions=inside,
                        dates=[], gazetteer=self.gazetteer, figure_starts=[], hits=[],
                        parse=None, headline=False, reference=reference,
                    )  # fmt: skip
                    carried = origin_source(opening)  # "The first comes from X." X's account
                    last_claimant = (
                        carried or figure_giver(opening) or opening_subject(opening)
                        or statement_issuer(opening) or last_claimant
                    )  # fmt: skip
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
                mentions.extend(sentence_mentions(inside, idxs, s.text))
            voice = last_claimant
            cues = sentence_cues(s, last_claimant, claimants, posts, mentions)
            claimed = claimant_tokens(cues) | reckoning_tokens(s)  # "by our tally of NIS ..."
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
            found_quantities = sentence_quantities(s, found_quantities, just_told, mentions)
            found_events = sentence_events(
                s, find_events(s, cues, claimed, found_quantities, previous_event, story),
                previous_event, events,
            )  # fmt: skip
            found_quantities, found_events = labelled_facts(s, cues, found_quantities, found_events)
            # "..., the agency said." after a dated briefing. `same_briefing` returns its
            # figures untouched without any or with a date of the sentence's own, so the
            # briefers are worked out only when it would read them.
            told_briefing = briefed[0]
            if (told_briefing is not None and briefed[1] == sent_start and found_quantities
                    and not s.dates):
                found_quantities = same_briefing(
                    s, cues, found_quantities, dated_claimants(*told_briefing), just_told
                )
            briefed = ((s, cues), sent_end)
            found_quantities = history_after(s, found_quantities, just_told, quantities)
            denier = denies_earlier(s, cues) if not found_quantities else None
            if denier is not None:
                attach_denial(quantities, events, told_before, denier)
                since = told_before[0]
                quantities[since:] = vouched_enemies(told_in, quantities[since:])
            elif not cues and not found_quantities and back_verdict(s):
                deny_told(quantities, told_since(unsourced, index, len(quantities)), last_claimant)
            deny_said_verdict(s, cues, quantities, told_before[0], claimants)  # '"Lies," X said'
            if cues:
                unsourced.clear()
            else:
                unsourced.append((index, len(quantities)))
            told_before = (len(quantities), len(events))
            told_in = s
            told_voice = voice
            quantities.extend(found_quantities)
            open_quote = continued_quote(
                s, cues, quantities, len(quantities) - len(found_quantities), open_quote
            )  # '"11,000 soldiers are in Kursk. Our partners see this," he said.'
            events.extend(found_events)
            if found_events:
                previous_event = found_events[-1]
            carried, last_claimant = told_sources(
                s, cues, found_quantities, claimants, posts, last_claimant
            )
        quantities, events = document_facts(
            tokens, headline, mentions, quantities, events, self.gazetteer
        )
        facts = Facts(tuple(mentions), tuple(quantities), tuple(events))
        return without_other_senses(facts, self.gazetteer.other_senses(tokens.text))


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
