"""The cascade's second stage: a trained spaCy pipeline parses only the sentences the rules
read (those holding a number, a treaty noun or a reporting verb), and the rules ask the parse
three questions: which noun a number counts, who acts on a figure, and who says so.

The parser reads our own tokens (a Doc built from them), so a parse position is a document
token position and no alignment is needed. Entity identity never comes from the parse: it
only says *where* the actor or claimant stands, and the gazetteer's mention there says *who*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import DEP, HEAD, POS
from spacy.language import Language
from spacy.tokens import Doc

_BATCH = 32


@dataclass(slots=True)
class Parse:
    """Dependency arcs of some sentences of one document, keyed by document token position.
    Tokens of sentences that were not parsed are absent."""

    heads: dict[int, int] = field(default_factory=dict)
    deps: dict[int, str] = field(default_factory=dict)
    pos: dict[int, str] = field(default_factory=dict)
    kids: dict[int, list[int]] = field(default_factory=dict)

    def __contains__(self, i: int) -> bool:
        return i in self.heads

    def head(self, i: int) -> int:
        return self.heads.get(i, i)

    def dep(self, i: int) -> str:
        return self.deps.get(i, "")

    def children(self, i: int, *deps: str) -> list[int]:
        kids = self.kids.get(i, [])
        return [k for k in kids if self.deps[k] in deps] if deps else kids

    def subtree(self, i: int) -> tuple[int, int]:
        """[first, last + 1) of token i and everything that hangs from it."""
        first = last = i
        stack = [i]
        while stack:
            k = stack.pop()
            first, last = min(first, k), max(last, k)
            stack.extend(self.kids.get(k, ()))
        return first, last + 1


Request = tuple[list[str], list[bool], list[tuple[int, int]]]
"""One document to parse: its token texts, whether a space follows each, and the token spans
[start, end) of the sentences wanted."""


class Parser:
    """A trained pipeline that parses chosen sentences of documents."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.name = str(nlp.meta.get("name", "trained"))
        # Components the rules never ask about cost time for nothing.
        self._disable = [n for n in nlp.pipe_names if n not in _NEEDED]

    def parse(
        self, texts: list[str], spaces: Iterable[bool], spans: list[tuple[int, int]]
    ) -> Parse:
        return self.parse_many([(texts, list(spaces), spans)])[0]

    def parse_many(self, requests: list[Request]) -> list[Parse]:
        """One Parse per request. The wanted sentences of a document go to the parser as one
        Doc with their sentence starts fixed (the parser keeps to them), and the documents
        go in batches: far cheaper than one Doc per sentence."""
        docs: list[Doc] = []
        positions: list[list[int]] = []
        for texts, spaces, spans in requests:
            kept = [k for a, b in spans for k in range(a, b)]
            if not kept:
                continue
            firsts = {a for a, _ in spans}
            docs.append(
                Doc(
                    self.nlp.vocab,
                    words=[texts[k] for k in kept],
                    spaces=[spaces[k] for k in kept],
                    sent_starts=[k in firsts for k in kept],
                )
            )
            positions.append(kept)
        parses = [Parse() for _ in requests]
        wanted = [n for n, (_, _, spans) in enumerate(requests) if any(a < b for a, b in spans)]
        with self.nlp.select_pipes(disable=self._disable):
            parsed = self.nlp.pipe(docs, batch_size=_BATCH)
            for n, doc, kept in zip(wanted, parsed, positions, strict=True):
                _add(parses[n], doc, kept)
        return parses


_NEEDED = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler"})


def _add(parse: Parse, doc: Doc, kept: list[int]) -> None:
    """Arcs of `doc`, whose token i is document token kept[i]."""
    strings = doc.vocab.strings
    rows = doc.to_array([HEAD, DEP, POS]).tolist()
    for i, (relative, dep, pos) in enumerate(rows):
        k = kept[i]
        head = kept[i + _signed(relative)]
        parse.heads[k] = head
        parse.deps[k] = strings[dep]
        parse.pos[k] = strings[pos]
        if head != k:
            parse.kids.setdefault(head, []).append(k)


def _signed(value: int) -> int:
    # to_array returns uint64: a head to the left comes back as a huge positive number.
    return value - (1 << 64) if value >= 1 << 63 else value
