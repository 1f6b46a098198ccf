"""The watch grammar: the text after `/watch` (or a line of a rules file) → a Rule.

    <entity>                                         any mention
    <entity> <measure> [<op> <number>] [by <who>]    a figure tied to the entity
    <measure> <op> <number> [by <who>]               a figure, any actor
    treaty [<party> ...] [<stage>] [by <who>]        a treaty/agreement moving a stage

Names resolve through the gazetteer (any alias gives the canonical entity); a "quoted phrase"
stands for anything the gazetteer does not know. Every failure is a RuleError that says what
was expected at that point and gives a watch of the intended form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import texts
from bot.errors import RuleError
from bot.models import Op, Phrase, Rule, RuleKind, Stage, Target, Threshold
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.numbers import parse_number
from bot.nlp.units import CURRENCIES, normalise_measure

_TOKEN = re.compile(
    r"""(?P<quoted>["“”][^"“”]*["“”]?)      # a quoted phrase (closing quote checked later)
      | (?P<op>>=|<=|=>|=<|>|<|=|≥|≤)
      | (?P<word>[^\s"“”<>=≥≤]+)""",
    re.VERBOSE,
)
_OPS = {">": Op.GT, ">=": Op.GE, "=>": Op.GE, "≥": Op.GE, "<": Op.LT, "<=": Op.LE,
        "=<": Op.LE, "≤": Op.LE, "=": Op.EQ}
_STAGES = {
    "signed": Stage.SIGNED, "approved": Stage.APPROVED, "ratified": Stage.RATIFIED,
    "in force": Stage.IN_FORCE, "in-force": Stage.IN_FORCE, "suspended": Stage.SUSPENDED,
    "withdrawn": Stage.WITHDRAWN,
}
# Measures the grammar names directly; anything else must be a unit noun the extractor knows.
_MEASURE_WORDS = {"arms deal": "deal", "arms deals": "deal", "deal": "deal", "deals": "deal",
                  "money": "money"}
_CURRENCIES = {"$": "dollar", "us$": "dollar", "usd": "dollar", "€": "euro", "eur": "euro",
               "£": "pound", "gbp": "pound"}
_MAX_NAME_WORDS = 6


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "quoted" | "op" | "word"
    text: str
    pos: int


def _tokenize(source: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    for m in _TOKEN.finditer(source):
        kind = m.lastgroup or "word"
        text = m.group()
        if kind == "quoted":
            inner = text[1:]
            if not inner or inner[-1] not in "\"“”":
                raise RuleError(
                    texts.RULE_UNCLOSED_QUOTE, expected=texts.EXPECT_CLOSING_QUOTE,
                    example=texts.EXAMPLE_PHRASE, position=m.start(),
                )
            text = inner[:-1].strip()
            if not text:
                raise RuleError(
                    texts.RULE_EMPTY_QUOTE, expected=texts.EXPECT_PHRASE,
                    example=texts.EXAMPLE_PHRASE, position=m.start(),
                )
        tokens.append(_Tok(kind, text, m.start()))
    return tokens


class _Parser:
    def __init__(self, source: str, gazetteer: Gazetteer) -> None:
        self.source = source
        self.gazetteer = gazetteer
        self.toks = _tokenize(source)
        self.i = 0

    # -- helpers -----------------------------------------------------------------------------
    def _peek(self, offset: int = 0) -> _Tok | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def _pos(self) -> int:
        tok = self._peek()
        return tok.pos if tok else len(self.source)

    def _fail(self, message: str, expected: str, example: str) -> RuleError:
        return RuleError(message, expected=expected, example=example, position=self._pos())

    def _words_ahead(self, n: int) -> list[_Tok]:
        out: list[_Tok] = []
        for k in range(n):
            tok = self._peek(k)
            if tok is None or tok.kind != "word":
                break
            out.append(tok)
        return out

    def _target(self) -> Target | None:
        """A known name (longest alias first) or a quoted phrase at the cursor, else None."""
        tok = self._peek()
        if tok is None:
            return None
        if tok.kind == "quoted":
            self.i += 1
            return Phrase(tok.text)
        words = self._words_ahead(_MAX_NAME_WORDS)
        for n in range(len(words), 0, -1):
            entity = self.gazetteer.lookup(" ".join(w.text for w in words[:n]))
            if entity is not None:
                self.i += n
                return entity.name
        return None

    def _measure(self) -> str | None:
        words = self._words_ahead(2)
        for n in (2, 1):
            if len(words) < n:
                continue
            phrase = " ".join(w.text.lower() for w in words[:n])
            category = _MEASURE_WORDS.get(phrase)
            if category is None and n == 1:
                unit = normalise_measure(phrase)
                category = unit[1] if unit else None
            if category is not None:
                self.i += n
                return category
        return None

    def _threshold(self) -> Threshold | None:
        tok = self._peek()
        if tok is None or tok.kind != "op":
            return None
        self.i += 1
        op = _OPS[tok.text]
        words: list[str] = []
        while (nxt := self._peek()) is not None and nxt.kind == "word" and nxt.text.lower() != "by":
            words.append(nxt.text)
            self.i += 1
        if not words:
            raise self._fail(texts.RULE_NO_NUMBER, texts.EXPECT_NUMBER, texts.EXAMPLE_FIGURE)
        raw = " ".join(words)
        currency = None
        lowered = raw.lower()
        for symbol, name in sorted(_CURRENCIES.items(), key=lambda kv: -len(kv[0])):
            if lowered.startswith(symbol):
                currency, raw = name, raw[len(symbol):].strip()
                break
        else:
            # "deal >= 1bn zloty", "deal > 500 billion won": the currency named after.
            head, _, last = raw.rpartition(" ")
            if head and last.lower() in CURRENCIES:
                currency, raw = CURRENCIES[last.lower()], head
        value = parse_number(raw)
        if value is None:
            raise RuleError(
                texts.RULE_BAD_NUMBER.format(raw), expected=texts.EXPECT_NUMBER,
                example=texts.EXAMPLE_FIGURE, position=tok.pos,
            )
        return Threshold(op, value, currency)

    def _by(self) -> Target | None:
        tok = self._peek()
        if tok is None or tok.kind != "word" or tok.text.lower() != "by":
            return None
        self.i += 1
        if self._peek() is None:
            raise self._fail(texts.RULE_BY_EMPTY, texts.EXPECT_WHO, texts.EXAMPLE_BY)
        who = self._target()
        if who is None:
            word = self._peek()
            raise self._fail(
                texts.RULE_UNKNOWN_NAME.format(word.text if word else ""),
                texts.EXPECT_WHO, texts.EXAMPLE_BY,
            )
        return who

    def _end(self, expected: str, example: str) -> None:
        tok = self._peek()
        if tok is not None:
            raise self._fail(texts.RULE_UNEXPECTED.format(tok.text), expected, example)

    # -- forms -------------------------------------------------------------------------------
    def parse(self) -> Rule:
        first = self._peek()
        if first is None:
            raise self._fail(texts.RULE_EMPTY, texts.EXPECT_ANY, texts.EXAMPLE_MENTION)
        if first.kind == "word" and first.text.lower() in {"treaty", "treaties"}:
            self.i += 1
            return self._treaty()
        entity = self._target()
        if entity is None:
            measure = self._measure()
            if measure is None:
                if first.kind == "op":
                    raise self._fail(
                        texts.RULE_UNEXPECTED.format(first.text), texts.EXPECT_ANY,
                        texts.EXAMPLE_FIGURE,
                    )
                raise self._fail(
                    texts.RULE_UNKNOWN_NAME.format(first.text), texts.EXPECT_ANY,
                    texts.example_quoted(first.text),
                )
            threshold = self._threshold()
            if threshold is None:
                raise self._fail(
                    texts.RULE_NEED_OP, texts.EXPECT_OP, texts.EXAMPLE_ANY_ACTOR
                )
            by = self._by()
            self._end(texts.EXPECT_BY_OR_END, texts.EXAMPLE_ANY_ACTOR)
            return Rule(self.source, RuleKind.FIGURE, None, measure, threshold, by=by)
        if self._peek() is None:
            return Rule(self.source, RuleKind.MENTION, entity)
        by_only = self._by()
        if by_only is not None:
            raise RuleError(
                texts.RULE_MENTION_BY, expected=texts.EXPECT_MEASURE,
                example=texts.EXAMPLE_BY, position=self._pos(),
            )
        measure = self._measure()
        if measure is None:
            tok = self._peek()
            assert tok is not None
            raise self._fail(
                texts.RULE_UNKNOWN_MEASURE.format(tok.text), texts.EXPECT_MEASURE,
                texts.EXAMPLE_FIGURE,
            )
        threshold = self._threshold()
        nxt = self._peek()
        if threshold is None and nxt is not None and nxt.kind == "word" and (
            parse_number(nxt.text.lstrip("$€£")) is not None
        ):
            raise self._fail(texts.RULE_NEED_OP, texts.EXPECT_OP, texts.EXAMPLE_FIGURE)
        by = self._by()
        self._end(texts.EXPECT_BY_OR_END, texts.EXAMPLE_FIGURE)
        return Rule(self.source, RuleKind.FIGURE, entity, measure, threshold, by=by)

    def _stage(self) -> Stage | None:
        words = self._words_ahead(2)
        for n in (2, 1):
            if len(words) >= n:
                stage = _STAGES.get(" ".join(w.text.lower() for w in words[:n]))
                if stage is not None:
                    self.i += n
                    return stage
        return None

    def _treaty(self) -> Rule:
        parties: list[Target] = []
        stage: Stage | None = None
        by: Target | None = None
        while self._peek() is not None:
            stage = self._stage()
            if stage is not None:
                break
            tok = self._peek()
            assert tok is not None
            if tok.kind == "word" and tok.text.lower() == "by":
                break
            party = self._target()
            if party is None:
                raise self._fail(
                    texts.RULE_UNKNOWN_PARTY.format(tok.text), texts.EXPECT_PARTY_OR_STAGE,
                    texts.EXAMPLE_TREATY,
                )
            parties.append(party)
        by = self._by()
        self._end(texts.EXPECT_BY_OR_END, texts.EXAMPLE_TREATY)
        return Rule(self.source, RuleKind.TREATY, parties=tuple(parties), stage=stage, by=by)


def parse_rule(source: str, gazetteer: Gazetteer) -> Rule:
    """Parse one watch. Raises RuleError naming what was expected, with an example."""
    return _Parser(source.strip(), gazetteer).parse()
