"""One sentence as the extraction rules see it: token texts, the mentions and dates in it, and
helpers to walk its clauses. Built once per sentence, shared by every rule."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc

from bot.nlp.dates import DateSpan
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.lexicon import CLAUSE_BREAKS
from bot.nlp.mentions import Found
from bot.nlp.parse import Parse
from bot.nlp.pipeline import PUNCT, WordFlag, sentence_starts
from bot.nlp.relative_asides import aside_close
from bot.nlp.word_texts import WORD_TEXTS

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»", "„"})


def _is_clause_break(word: str) -> bool:
    return word.lower() in CLAUSE_BREAKS


CLAUSE_BREAK = WordFlag("clause break", _is_clause_break)
# Per set of flags asked for: each word met -> the indexes (in that set) of the flags it
# passes, and each word met -> its lower-case form. News reuses a small vocabulary, so the
# tests and `str.lower` run once per distinct word; the two fill and reset together, so a
# word in one is in the other.
_PASSED: dict[tuple[WordFlag, ...], tuple[dict[str, tuple[int, ...]], dict[str, str]]] = {}
# New words (every figure is one) grow the memo; past this many words it starts afresh.
_MAX_WORDS = 200_000


def _flagged(
    texts: list[str], wanted: tuple[WordFlag, ...]
) -> tuple[list[list[int]], dict[str, str]]:
    """For each flag of `wanted`, the tokens whose text passes its test, in order; and the
    lower-case form of every word of `texts`."""
    memo = _PASSED.get(wanted)
    if memo is None or len(memo[0]) > _MAX_WORDS:
        memo = _PASSED[wanted] = ({}, {})
    passed, lowered = memo
    marked: list[list[int]] = [[] for _ in wanted]
    # The look-ups run in C (`map`); most words pass no test and skip the inner loop.
    for i, flags in enumerate(map(passed.get, texts)):
        if flags is None:
            word = texts[i]
            flags = passed[word] = tuple(n for n, flag in enumerate(wanted) if flag.test(word))
            lowered[word] = word.lower()
        if flags:
            for n in flags:
                marked[n].append(i)
    return marked, lowered


@dataclass(frozen=True, slots=True)
class Tokens:
    """A document's tokens as plain lists, read once: spaCy builds a Python object for every
    token access, and the rules look at each token many times."""

    text: str
    texts: list[str]
    lowers: list[str]
    idxs: list[int]
    sentences: list[tuple[int, int]]
    # The clause-break words (`CLAUSE_BREAKS`), in order: a sentence's clauses then come from
    # a slice of them, not from a scan of its every token.
    clause_breaks: list[int]
    # The tokens that pass each flag's test, in order, for the flags asked for in `of`.
    flagged: dict[WordFlag, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, text: str, flags: Iterable[WordFlag] = ()) -> Tokens:
        """`text` is the text `doc` was made from (`doc.text` rebuilds it token by token);
        `flagged` will hold the tokens that pass each of `flags`."""
        wanted = [PUNCT, CLAUSE_BREAK, *flags]
        if len(doc) == 0:
            return cls(text, [], [], [], [], [], {flag: [] for flag in wanted[2:]})
        # Whole-document columns avoid building a spaCy Token object per token.
        # Transposed, the two columns come out as two lists in one call (a column view's
        # `tolist` walks its stride, twice as slow).
        idxs, orths = doc.to_array([IDX, ORTH]).T.tolist()
        # A token's ORTH is its text as written, so this is `text` cut at the tokens.
        texts = WORD_TEXTS.texts(orths, doc.vocab.strings)
        marked, lowered = _flagged(texts, tuple(wanted))
        flagged = dict(zip(wanted[2:], marked[2:], strict=True))
        starts = sentence_starts(text, texts, idxs, marked[0])
        sentences = list(zip(starts, [*starts[1:], len(texts)], strict=True))
        breaks = marked[1]
        # Every word is in `lowered` now: a look-up in C, no new string per token.
        lowers = list(map(lowered.__getitem__, texts))
        return cls(text, texts, lowers, idxs, sentences, breaks, flagged)

    def space_after(self, i: int) -> str:
        """The text between token i and the next one."""
        end = self.idxs[i] + len(self.texts[i])
        following = self.idxs[i + 1] if i + 1 < len(self.idxs) else len(self.text)
        return self.text[end:following]

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end)."""
        return self.idxs[start], self.idxs[end - 1] + len(self.texts[end - 1])

    def span_text(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        if end == start + 1:
            return self.texts[start]  # the commonest span, already cut
        idxs, last = self.idxs, end - 1  # `chars`, inlined: the rules cut many spans
        return self.text[idxs[start] : idxs[last] + len(self.texts[last])]


# `__init__` is written out below (see there); the dataclass gives the slots, `__eq__`, `__repr__`.
@dataclass(slots=True, init=False)
class Sentence:
    tokens: Tokens
    start: int
    end: int
    mentions: list[Found]
    dates: list[DateSpan]
    gazetteer: Gazetteer
    # Tokens that may start a figure (from `candidates.figure_starts`); None: every token.
    figure_starts: list[int] | None = None
    # Numbers, treaty nouns and reporting verbs (`candidates.Candidates.hits`); None: unknown.
    hits: list[int] | None = None
    # The trained parser's arcs for this sentence, when the cascade parsed it.
    parse: Parse | None = None
    # A headline line (no final stop, more text below): its present tense tells past news.
    headline: bool = False
    # (month, day) of the article's dateline, which dates every step told in it.
    reference: tuple[int, int] | None = None
    # Derived in `__init__` (so `dataclasses.replace` derives them anew, never copies them).
    mention_at: dict[int, Found] = field(init=False, default_factory=dict)
    date_at: set[int] = field(init=False, default_factory=set)
    _text: str | None = field(init=False, default=None)
    _breaks: list[int] | None = field(init=False, default=None)
    # A ", which ... ," aside's relative word -> its closing comma (see `relative_asides`).
    _asides: dict[int, int] = field(init=False, default_factory=dict)
    # `figures._number` by token: the figure rules read the same number up to three times.
    numbers: dict[int, tuple[int, float, float] | None] = field(init=False, default_factory=dict)
    # Plain attributes, not properties: the rules read them for every token.
    lowers: list[str] = field(init=False)
    texts: list[str] = field(init=False)
    # The sentence's lower-case words: a rule whose words are all missing from it rules
    # itself out with one set test instead of a scan per figure. Most rules ask, so it is
    # built up front rather than behind a property.
    words: frozenset[str] = field(init=False)

    def space_after(self, i: int) -> str:
        return self.tokens.space_after(i)

    def __init__(
        self,
        tokens: Tokens,
        start: int,
        end: int,
        mentions: list[Found],
        dates: list[DateSpan],
        gazetteer: Gazetteer,
        figure_starts: list[int] | None = None,
        hits: list[int] | None = None,
        parse: Parse | None = None,
        headline: bool = False,
        reference: tuple[int, int] | None = None,
    ) -> None:
        # Written out rather than generated with a `__post_init__`: the rules build a
        # Sentence for every sentence they read, and the generated one's default factories
        # and second call cost as much as the work.
        self.tokens = tokens
        self.start = start
        self.end = end
        self.mentions = mentions
        self.dates = dates
        self.gazetteer = gazetteer
        self.figure_starts = figure_starts
        self.hits = hits
        self.parse = parse
        self.headline = headline
        self.reference = reference
        self._text = None
        self._breaks = None
        self._asides = {}
        self.numbers = {}
        lowers = self.lowers = tokens.lowers
        self.texts = tokens.texts
        self.words = frozenset(lowers[start:end])
        mention_at: dict[int, Found] = {}
        for found in mentions:
            first, last = found.start, found.end
            if last - first == 1:
                mention_at[first] = found  # most names are one word: no range to walk
            else:
                for i in range(first, last):
                    mention_at[i] = found
        self.mention_at = mention_at
        date_at: set[int] = set()
        for date in dates:
            date_at.update(range(date.start, date.end))
        self.date_at = date_at

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.tokens.span_text(self.start, self.end).strip()
        return self._text

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end) in the document text."""
        return self.tokens.chars(start, end)

    def phrase(self, start: int, end: int) -> str:
        """Tokens [start, end) as written, apostrophes straightened, spaces collapsed."""
        text = self.tokens.span_text(start, end)
        if "’" in text or "‘" in text:  # `translate` looks up every character in Python
            text = text.translate(_APOSTROPHES)
        return " ".join(text.split())

    def span_text(self, start: int, end: int) -> str:
        return self.tokens.span_text(start, end)

    def _clause_breaks(self) -> list[int]:
        """The clause breaks of the sentence, found once: the rules ask for the clause of
        every figure, date and step, many times each."""
        breaks = self._breaks
        if breaks is None:
            words = self.tokens.clause_breaks
            named = self.mention_at
            first, last = bisect_left(words, self.start), bisect_left(words, self.end)
            breaks = [j for j in words[first:last] if j not in named]
            self._breaks = breaks
            for j in breaks:
                close = aside_close(self.lowers, self.start, self.end, j)
                if close is not None:
                    self._asides[j] = close
        return breaks

    def clause_start(self, i: int) -> int:
        """First token of the clause holding token i, looking left past commas."""
        if not self.start <= i <= self.end:
            return self._scan_left(i)
        breaks = self._clause_breaks()
        k = bisect_left(breaks, i)
        if not k:
            return self.start
        close = self._asides.get(breaks[k - 1])
        if close is not None and i > close:
            # After a ", which ... ," aside the clause the aside interrupts runs on.
            return self.clause_start(breaks[k - 1] - 1)
        return breaks[k - 1] + 1

    def in_aside(self, i: int, before: int) -> bool:
        """Whether token i lies in a ", which ... ," aside that closes before token `before`:
        what the aside tells (its date, its verb) is not the clause's after it."""
        self._clause_breaks()
        return any(which < i < close < before for which, close in self._asides.items())

    def clause_end(self, i: int) -> int:
        if i < self.start - 1:
            return self._scan_right(i)
        breaks = self._clause_breaks()
        k = bisect_right(breaks, i)
        return breaks[k] if k < len(breaks) else self.end

    # A token outside the sentence has no clause of it; the scans keep what callers got
    # for one before the breaks were indexed.
    def _scan_left(self, i: int) -> int:
        j = i - 1
        while j >= self.start:
            if self.lowers[j] in CLAUSE_BREAKS and j not in self.mention_at:
                return j + 1
            j -= 1
        return self.start

    def _scan_right(self, i: int) -> int:
        j = i + 1
        while j < self.end:
            if self.lowers[j] in CLAUSE_BREAKS and j not in self.mention_at:
                return j
            j += 1
        return self.end

    def positions(self, words: frozenset[str]) -> list[int]:
        """Tokens of the sentence whose lower-case text is one of `words`; when the sentence
        knows its hits, `words` must be among the candidate trigger words."""
        lowers = self.lowers
        pool = range(self.start, self.end) if self.hits is None else self.hits
        return [i for i in pool if lowers[i] in words]

    def previous_span(self) -> tuple[int, int] | None:
        """The token span of the sentence before this one; None for the text's first."""
        sentences = self.tokens.sentences
        here = bisect_right(sentences, (self.start, self.end)) - 1
        return sentences[here - 1] if here >= 1 else None

    def earlier_start(self, back: int) -> int:
        """The first token of the sentence `back` sentences before this one, passing over
        line breaks (which the splitter makes sentences of their own); the text's start
        when fewer come before."""
        sentences, lowers = self.tokens.sentences, self.lowers
        for k in range(bisect_right(sentences, (self.start, self.end)) - 2, -1, -1):
            start, end = sentences[k]
            if any(lowers[j].strip() for j in range(start, end)):
                back -= 1
                if back == 0:
                    return start
        return 0

    def mentions_between(self, start: int, end: int) -> list[Found]:
        mentions = self.mentions
        if not mentions:
            return []  # most sentences the rules ask about name no one: skip the comprehension
        return [f for f in mentions if start <= f.start and f.end <= end]

    def mention_after(self, k: int, prepositions: frozenset[str]) -> Found | None:
        """The name right after a preposition at token k ("troops from Russia"), or None."""
        if k >= self.end or self.lowers[k] not in prepositions:
            return None
        k += 1
        the = k
        if k < self.end and self.lowers[k] == "the":
            k += 1
        found = self.mention_at.get(k)
        # "troops from the North": a name that takes its article in ("the North") starts at it.
        return found if found is not None and found.start in {k, the} else None
