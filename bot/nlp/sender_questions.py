"""Troops whose sender the sentence before named: "How many soldiers has the North sent?
Seoul says about 15,000 combat troops have gone to Russia.", "North Korea keeps sending
soldiers. About 3,000 more arrived last month." or "A sliver of the North's strength has gone
to Russia. About 11,000 soldiers were sent last autumn." A count of troops that names no owner
goes on from the sending the text has just told, as senders.py reads it inside one sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.descriptions import Discourse

_SENDING = re.compile(
    r"^\W*(?:has|have|had|is|was|been|keeps|kept|also|already|\s)*"
    r"(?:sent|sending|send|sends|deployed|deploying|deploy|deploys|dispatched|dispatching)\b"
    # "Only a sliver of the North's strength has gone to Russia": what the state owns (its
    # strength, troops, forces) gone abroad is the state's sending.
    r"|^(?:'s|’s)\s+(?:[a-z-]+\s+){1,2}(?:has|have|had)\s+(?:already\s+)?"
    r"(?:gone|been\s+sent|been\s+deployed)\s+to\b",
    re.IGNORECASE,
)


# The count itself told as gone abroad: "have gone to Russia", "arrived in Kursk". A count
# merely kept or held somewhere ("keeps 10,000 soldiers in Poland") is no one's sending.
_ARRIVING = frozenset(
    {"gone", "went", "arrived", "arrive", "arriving", "sent", "deployed", "dispatched",
     "entered", "crossed", "travelled", "traveled", "headed", "moved", "followed"}
)  # fmt: skip
_ARRIVAL_REACH = 5  # "have already been sent"


def _arriving(s: Sentence, q: Quantity) -> bool:
    if q.category != "troop" or q.actor is not None or q.whole_force:
        return False
    after = s.tokens.text[q.end : q.end + 80].lower().split()[:_ARRIVAL_REACH]
    return not _ARRIVING.isdisjoint(after)


def previous_sender(
    s: Sentence, quantities: list[Quantity], discourse: Discourse
) -> list[Quantity]:
    if not discourse.mentions or not any(_arriving(s, q) for q in quantities):
        return quantities  # most sentences: no ownerless troop count told as sent
    # The discourse's mentions run up to this sentence's own: the one before is the last
    # other sentence named.
    last = next((m.sentence for m in reversed(discourse.mentions) if m.sentence != s.text), "")
    if not last:
        return quantities
    senders = set()
    for mention in discourse.mentions:
        if mention.sentence != last:
            continue
        entity = s.gazetteer.get(mention.entity)
        if entity is None or entity.kind != "country":
            continue
        at = last.find(mention.surface)
        if at >= 0 and _SENDING.match(last[at + len(mention.surface) :]):
            senders.add(s.gazetteer.actor_of(mention.entity))
    if len(senders) != 1:
        return quantities
    sender = senders.pop()
    # The sentence's other ownerless troop counts break the sending down ("around 11,000 in
    # the autumn and some 4,000 in January"): the same sender's.
    return [
        replace(q, actor=sender)
        if q.category == "troop" and q.actor is None and not q.whole_force else q
        for q in quantities
    ]
