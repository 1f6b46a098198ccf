"""A step the media are said to have reported, with the step's verb held in quote marks:
'Several wires are calling this Hungary "ratifying" the pact', 'Some outlets are reporting
that "Chile has ratified" the accord — that is premature'. The writer quotes the word to
disown it: the outlets' word, not the writer's, for a step not yet taken (only the first
chamber has voted). The step is still ahead, so it is planned, not news.

Only a stage verb that a quote mark closes right after, opened a few words before it, and
only with a noun for the press ("reports", "outlets", "tickers", "headlines", "portals") as
the speaker before the quote in the same sentence: 'Kim said the pact was "ratified"' is a
source's word, which the claim rules keep, and a quoted treaty name is no verb.
"""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.step_time import StepCue

_PRESS = frozenset(
    {"reports", "outlets", "tickers", "headlines", "portals", "websites", "sites", "wires",
     "media", "newspapers", "papers", "broadcasters", "agencies", "channels"}
)  # fmt: skip
_OPEN_REACH = 4  # '"Poland has ratified"': the quote opens before the subject and auxiliary
_SPEAKER_REACH = 12  # "Several tickers are calling this Russia" before the quote


def misreported_step(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """PLANNED for a step whose verb the press is said to use, in quote marks; `modality`
    otherwise."""
    if modality is not Modality.REPORTED or _PRESS.isdisjoint(s.words):
        return modality  # nearly every step: no press noun in the sentence
    verb = cue.start
    if verb + 1 >= s.end or s.lowers[verb + 1] not in QUOTES or s.space_after(verb) != "":
        return modality  # the quote must close on the verb itself
    opened = next((k for k in range(verb - 1, max(s.start, verb - _OPEN_REACH) - 1, -1)
                   if s.lowers[k] in QUOTES), None)  # fmt: skip
    if opened is None:
        return modality
    before = s.lowers[max(s.start, opened - _SPEAKER_REACH) : opened]
    return Modality.PLANNED if not _PRESS.isdisjoint(before) else modality
