""""Exchanged ratification documents", "instruments of ratification": the papers each side's
ratification produced. Swapping them puts a treaty in force (a step of its own); it is no new
ratification, which happened when each side's law or decree was passed. Nor is signing "a
protocol on the exchange" a signing of the treaty: the protocol only records the swap.

Signing the papers themselves ("signed the instrument of ratification", "signs ratification
of the treaty") is how a head of state ratifies: the step is a ratification, and the treaty
named after it was signed long before."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.ratifying_acts import signs_ratifying_act

_PAPERS = frozenset({"documents", "document", "instruments", "instrument", "papers", "letters"})


def names_papers(s: Sentence, i: int) -> bool:
    """Token i ("ratification") names the papers, before or after it."""
    before = s.lowers[max(s.start, i - 2) : i]
    after = s.lowers[i + 1] if i + 1 < s.end else ""
    return (len(before) == 2 and before[0] in _PAPERS and before[1] == "of") or after in _PAPERS


_RECORDS = frozenset({"protocol", "record", "memorandum", "act", "minutes"})
_ARTICLES = frozenset({"a", "the", "an"})


def signs_exchange_record(s: Sentence, verb: int) -> bool:
    """"signed a protocol on the exchange": the signing verb at `verb` records the swap."""
    k = verb + 1
    if k < s.end and s.lowers[k] in _ARTICLES:
        k += 1
    if k + 1 >= s.end or s.lowers[k] not in _RECORDS or s.lowers[k + 1] not in {"on", "of"}:
        return False
    return "exchange" in s.lowers[k + 2 : k + 5]


_SIGNED_OBJECT_REACH = 3  # "signed the country's instrument of ratification"


def signs_papers(s: Sentence, verb: int) -> bool:
    """The signing verb at `verb` takes as object the ratification or its papers ("signed
    the instrument of ratification", "signs ratification of the treaty"); no other word but
    an article or owner stands between, or the object is an act that ratifies ("signed the
    act on the ratification of", see `ratifying_acts`)."""
    if signs_ratifying_act(s, verb):
        return True
    for k in range(verb + 1, min(s.end, verb + 2 + _SIGNED_OBJECT_REACH)):
        word = s.lowers[k]
        if word.startswith("ratif"):
            return True
        if word in _PAPERS:
            return k + 2 < s.end and s.lowers[k + 1] == "of" and s.lowers[k + 2].startswith(
                "ratif"
            )
        if word not in _ARTICLES and not word.endswith("'s") and word not in {"its", "their"}:
            return False
    return False
