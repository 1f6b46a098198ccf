"""A headline's "President signs treaty" over a body telling the ratification law he signed.

"Polish president signs defence treaty with Britain" over a body saying "President X has
signed the law ratifying a defence treaty with Britain": a lone head of state signing a
treaty the body says he ratified (by signing its law or its instrument) shortens that
ratification; the treaty itself was signed by the governments before. Read as a signing,
the headline would announce a step the body tells as history or not at all.

So a headline signing by one head of state (a title before the verb, no second signer) is
the ratification when the body tells, for the same parties, a ratification by a signature
and no signing as news. "Putin and Kim sign treaty", "Leaders sign pact" (two signers), and
a headline whose body tells the treaty's signing as news, are left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Event, Modality, Stage

# Titles of one head of state; "leaders", "ministers" are several signers.
_HEAD_OF_STATE = re.compile(
    r"\b(?:president|king|queen|emir|sultan|monarch|governor-general|head of state)\b",
    re.IGNORECASE,
)
# A second signer in the headline's subject: "Putin and Kim", "Xi, Putin", "US & UK".
_SECOND_SIGNER = re.compile(r"\band\b|&|,|\bwith\b", re.IGNORECASE)
_SIGNING_VERB = re.compile(r"(?:sign|signs|signed|signing)\b", re.IGNORECASE)


def headline_ratifying_signatures(events: list[Event], text: str, body_start: int) -> list[Event]:
    """The events with a lone head of state's headline signing read as the ratification the
    body tells him signing."""
    signed_by_signature = {
        frozenset(e.parties) for e in events
        if e.start >= body_start and e.stage is Stage.RATIFIED
        and _SIGNING_VERB.match(text, e.start) is not None
    }  # fmt: skip
    if not signed_by_signature:
        return events  # nearly every document: no ratification law signed in the body
    signed_news = {
        frozenset(e.parties) for e in events
        if e.start >= body_start and e.stage is Stage.SIGNED and e.modality is Modality.REPORTED
    }  # fmt: skip
    return [
        replace(e, stage=Stage.RATIFIED)
        if _lone_head_signs(e, text, body_start)
        and frozenset(e.parties) in signed_by_signature
        and frozenset(e.parties) not in signed_news
        else e
        for e in events
    ]


def _lone_head_signs(e: Event, text: str, body_start: int) -> bool:
    """A headline signing whose subject, before the verb, is one head of state's title."""
    if e.start >= body_start or e.stage is not Stage.SIGNED or e.modality is not Modality.REPORTED:
        return False
    if _SIGNING_VERB.match(text, e.start) is None:
        return False  # "Treaty signed by ...": the signers follow the verb
    line_start = text.rfind("\n", 0, e.start) + 1
    subject = text[line_start : e.start]
    return _HEAD_OF_STATE.search(subject) is not None and _SECOND_SIGNER.search(subject) is None
