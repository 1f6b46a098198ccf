"""Text in, Facts out: mentions, quantities and treaty events, sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Doc

from bot.models import Claimant, Event, Facts, Mention, Quantity
from bot.nlp.claims import ClaimCue, claimant_tokens, find_claims
from bot.nlp.context import Sentence, Tokens
from bot.nlp.dates import find_dates
from bot.nlp.events import find_events
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.nlp.mentions import Found, MentionFinder
from bot.nlp.pipeline import build_language, is_boilerplate_line, load_parser
from bot.nlp.quantities import find_quantities


class Extractor:
    """Holds the spaCy pipeline and the alias matchers; build one and reuse it."""

    def __init__(self, gazetteer: Gazetteer | None = None, model: str = "auto") -> None:
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.nlp = build_language()
        if model not in {"auto", "blank"}:
            # A named model must exist and be English even though the rules do not parse yet:
            # a typo in the settings fails at start, not silently.
            load_parser(model)
        self._mentions = MentionFinder(self.gazetteer, self.nlp)

    def extract(self, text: str, *, title: str | None = None) -> Facts:
        return self._facts(self.nlp.make_doc(text), text, title)

    def extract_many(self, items: Iterable[tuple[str, str | None]]) -> Iterator[Facts]:
        for text, title in items:
            yield self._facts(self.nlp.make_doc(text), text, title)

    def _facts(self, doc: Doc, text: str, title: str | None) -> Facts:
        tokens = Tokens.of(doc, text)
        lowers = tokens.lowers
        found = self._mentions.find(doc, lowers, tokens.texts, title=title)
        mentions: list[Mention] = []
        quantities: list[Quantity] = []
        events: list[Event] = []
        last_claimant: Claimant | None = None
        previous_event: Event | None = None
        boilerplate = _boilerplate_chars(text)
        cursor = 0
        for sent_start, sent_end in tokens.sentences:
            if _skip(tokens, sent_start, sent_end, boilerplate):
                continue
            while cursor < len(found) and found[cursor].start < sent_start:
                cursor += 1
            inside: list[Found] = []
            while cursor < len(found) and found[cursor].end <= sent_end:
                inside.append(found[cursor])
                cursor += 1
            s = Sentence(
                tokens=tokens,
                start=sent_start,
                end=sent_end,
                mentions=inside,
                dates=find_dates(lowers, sent_start, sent_end),
                gazetteer=self.gazetteer,
            )
            sentence = s.text
            mentions.extend(
                Mention(f.entity, f.surface, *s.char_span(f.start, f.end), sentence=sentence)
                for f in inside
            )
            cues = _resolve_pronouns(find_claims(s), last_claimant)
            claimed = claimant_tokens(cues)
            found_quantities = find_quantities(
                s, cues, claimed, quantities[-1] if quantities else None
            )
            found_events = find_events(s, cues, claimed, found_quantities, previous_event)
            quantities.extend(found_quantities)
            events.extend(found_events)
            if found_events:
                previous_event = found_events[-1]
            asserting = [c.claimant for c in cues if c.claimant is not None and not c.denied]
            if asserting:
                last_claimant = asserting[-1]
        return Facts(tuple(mentions), tuple(quantities), tuple(events))


def _resolve_pronouns(cues: list[ClaimCue], last: Claimant | None) -> list[ClaimCue]:
    """"he said" speaks for the previous sentence's claimant."""
    resolved: list[ClaimCue] = []
    for cue in cues:
        if cue.claimant is not None:
            resolved.append(cue)
            last = cue.claimant if not cue.denied else last
        elif last is not None:
            claimant = Claimant(last.name, last.entities, denied=cue.denied)
            resolved.append(ClaimCue(cue.verb, cue.start, cue.end, claimant, cue.denied))
    return resolved


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
    raw = tokens.span_text(start, end)
    text = raw.strip()
    if not text or is_boilerplate_line(text):
        return True
    first = tokens.idxs[start] + len(raw) - len(raw.lstrip())
    return any(a <= first < b for a, b in boilerplate)


@cache
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, *, title: str | None = None) -> Facts:
    return default_extractor().extract(text, title=title)
