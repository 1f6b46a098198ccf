"""An agreement a company signs is business, no treaty: "Poland signed framework agreements
with Hanwha Aerospace and Korea Aerospace Industries", "Hanwha Aerospace and WB Group signed
an agreement on a joint company". Firms are seldom in the gazetteer, so a name is told a
company by its corporate designator ("Group", "Industries", "Corp"), or the agreement by the
joint company it founds. A firm left unnamed is told by its trade noun ("with a foreign
missile maker"), and a deal by its trade ("a sponsorship deal"). So is an agreement that
universities or clubs, or their rectors, sign: "the rector of Moscow State University and
the rector of Kim Il Sung University signed an agreement on academic exchanges"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.short_firm_names import short_firm_partner

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
# Institutions that sign agreements of their own, and the heads who sign for them: an
# exchange between universities or clubs is no treaty, though their cities name states.
_INSTITUTIONS = frozenset(
    {"university", "universities", "academy", "institute", "college", "school", "museum",
     "hospital", "club", "clubs", "rector", "rectors", "dean", "headmaster", "curator"}
)  # fmt: skip
# "signed the treaty at Kim Il Sung University": a place of signing, not a signer.
_PLACE_WORDS = frozenset({"at", "in", "inside", "near", "outside"})
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
    if _signed_by_institution(s, first, step):
        return True  # "the rector of Moscow State University ... signed an agreement"
    if short_firm_partner(s, first, last):
        return True  # "with Hanwha", after "Hanwha Aerospace" was named
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


def _signed_by_institution(s: Sentence, first: int, step: int) -> bool:
    """Whether an institution or its head stands in the subject before the step word, not as
    the place of the signing ("at Moscow State University")."""
    for k in range(first, step):
        if s.lowers[k] not in _INSTITUTIONS:
            continue
        j = k
        while j > first and s.texts[j - 1][:1].isupper():
            j -= 1  # back over the name: "Moscow State University"
        if s.lowers[j - 1] not in _PLACE_WORDS:
            return True
    return False
