"""A signed "act" that ratifies a treaty: "signed the act on the ratification of the treaty
between ...", "signs an act ratifying the pact".

Many countries' official English (Polish, Czech, Baltic agencies) calls the ratifying law an
"act" ("ustawa o ratyfikacji" is "the act on the ratification of ..."). A head of state signing
it is the treaty's ratification, as signing "the law on ratification" is; the treaty named
after it was signed long before. "Act" alone is too common a word ("an act of aggression",
"the Final Act") to stand for a law, so it counts only with a ratification word right after
it: "on/of (the) ratification" or "ratifying"."""

from __future__ import annotations

from bot.nlp.context import Sentence

_ACTS = frozenset({"act", "acts"})
_OWNERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
# "signed the ratification act" is read by `signs_papers`; here the act comes first.
_OBJECT_REACH = 3  # "signed the country's act", "signed the relevant act"


def signs_ratifying_act(s: Sentence, verb: int) -> bool:
    """Whether the signing verb at `verb` takes a ratifying act as its object ("signed the act
    on the ratification of", "signs an act ratifying"). The passive ("the act ... was signed")
    is left to the law rules of `events`."""
    for k in range(verb + 1, min(s.end, verb + 1 + _OBJECT_REACH)):
        word = s.lowers[k]
        if word in _ACTS:
            return _ratifying_after(s, k)
        if word not in _OWNERS and not word.endswith("'s") and word not in {"relevant", "new"}:
            return False
    return False


def _ratifying_after(s: Sentence, act: int) -> bool:
    """"act ratifying", "act on ratification", "act on the ratification", "act of ratification":
    the words right after the act name the ratification it carries out."""
    after = s.lowers[act + 1 : min(s.end, act + 4)]
    if after[:1] and after[0].startswith("ratif"):
        return True  # "the act ratifying the treaty"
    if after[:1] not in (["on"], ["of"]):
        return False
    rest = after[1:]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    return bool(rest) and rest[0].startswith("ratif")
