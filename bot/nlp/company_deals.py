"""An agreement a company signs is business, no treaty: "Poland signed framework agreements
with Hanwha Aerospace and Korea Aerospace Industries", "Hanwha Aerospace and WB Group signed
an agreement on a joint company". Firms are seldom in the gazetteer, so a name is told a
company by its corporate designator ("Group", "Industries", "Corp"), or the agreement by the
joint company it founds. A firm left unnamed is told by its trade noun ("with a foreign
missile maker"), and a deal by its trade ("a sponsorship deal")."""

from __future__ import annotations

from bot.nlp.context import Sentence

_DESIGNATORS = frozenset(
    {"group", "industries", "aerospace", "corporation", "corp", "corp.", "inc", "inc.", "ltd",
     "ltd.", "plc", "holdings", "dynamics", "technologies", "shipbuilding", "gmbh"}
)  # fmt: skip
_JOINT = frozenset({"venture", "company", "enterprise"})
_TRADES = frozenset(
    {"maker", "makers", "manufacturer", "manufacturers", "firm", "firms", "start-up",
     "startup", "supplier", "suppliers", "contractor", "producer"}
)  # fmt: skip
_TRADE_DEALS = frozenset({"sponsorship", "licensing", "franchise", "distribution",
                          "advertising", "broadcasting"})  # fmt: skip
_BEFORE = 8  # "Hanwha Aerospace and the Polish armaments group WB Group signed"
_AFTER = 14  # "with Hyundai Rotem, Hanwha Aerospace and Korea Aerospace Industries"


def signed_by_company(s: Sentence, step: int, trigger: int) -> bool:
    """Whether a company signs or is the other side of the agreement whose step word is at
    `step` and noun at `trigger`."""
    first = max(s.start, min(step, trigger) - _BEFORE)
    last = min(s.end, max(step, trigger) + _AFTER)
    words = s.lowers[first:last]
    if s.lowers[trigger - 1] in _TRADE_DEALS or not _TRADES.isdisjoint(s.lowers[trigger:last]):
        return True  # "a sponsorship deal", "an agreement with a foreign missile maker"
    if _DESIGNATORS.isdisjoint(words) and "joint" not in words:
        return False  # most agreements: one set test
    for k in range(first + 1, last):
        word = s.lowers[k]
        named = s.texts[k - 1][:1].isupper() and s.lowers[k - 1] != "the"
        if word in _DESIGNATORS and s.texts[k][:1].isupper() and named:
            return True  # "WB Group", "Korea Aerospace Industries"; not "the Group of Seven"
        if word == "joint" and k + 1 < last and s.lowers[k + 1] in _JOINT:
            return True
    return False
