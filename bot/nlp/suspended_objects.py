"""A suspension whose object is no treaty: "Pakistan responded by suspending trade with
India ... and has threatened to hold the Simla Agreement in abeyance". The verb takes its
object at once, and trade, flights or talks are what stop; the agreement named later in the
sentence is only the nearest treaty noun, not what was suspended.

Only a closed list of such objects counts: "suspended participation in the treaty" and
"suspended its obligations under it" do suspend the treaty, and "the treaty was suspended in
2023" has its treaty before the verb."""

from __future__ import annotations

from bot.nlp.context import Sentence

_VERBS = frozenset({"suspend", "suspends", "suspended", "suspending"})
# Things a state suspends that are no treaty; each names the object outright.
_OTHER_OBJECTS = frozenset(
    {"trade", "flights", "talks", "imports", "exports", "visas", "visa", "aid", "shipments",
     "deliveries", "negotiations", "dialogue", "payments", "transit", "sales", "exchanges",
     "contacts", "tourism", "travel", "broadcasts", "operations", "services", "funding"}
)  # fmt: skip
# "suspending all trade", "suspended bilateral talks": words that may come before the object.
_MODIFIERS = frozenset({"all", "bilateral", "cross-border", "direct", "its", "their"})


def suspends_other(s: Sentence, verb: int, trigger: int) -> bool:
    """Whether the suspension verb at `verb` takes an object other than the treaty noun at
    `trigger`, which comes after it."""
    if trigger <= verb or s.lowers[verb] not in _VERBS:
        return False
    k = verb + 1
    while k < trigger and s.lowers[k] in _MODIFIERS:
        k += 1
    return k < trigger and s.lowers[k] in _OTHER_OBJECTS
