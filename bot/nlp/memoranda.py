"""A memorandum of understanding is a pact between states only when officials sign it:
"the two defense ministers signed a memorandum of understanding" binds governments, while
"Hanwha signed a memorandum with Poland's WB Group" is business, though a country is named.
A memorandum's signers must hold a state office, named before it in the sentence."""

from __future__ import annotations

from bot.nlp.context import Sentence

MEMORANDA = frozenset({"memorandum", "memoranda", "memorandums", "mou"})
# Offices whose holders sign for a state.
_OFFICES = frozenset(
    {"minister", "ministers", "secretary", "secretaries", "president", "presidents",
     "premier", "chancellor", "ambassador", "ambassadors", "envoy", "envoys", "head",
     "heads", "chief", "chiefs", "director", "government", "governments", "ministry",
     "ministries", "commissioner", "administration"}
)  # fmt: skip


def business_memorandum(s: Sentence, trigger: int) -> bool:
    """Whether the treaty noun at `trigger` is a memorandum no official is named signing."""
    if s.lowers[trigger] not in MEMORANDA:
        return False  # every other treaty noun: one set test
    return _OFFICES.isdisjoint(s.lowers[s.start : trigger])
