"""A source that reports in a relative clause: "South Korea's spy agency (NIS), which told
lawmakers last week that at least 100 had been killed, has been more cautious". The verb's
subject is "which"; the source is the name before the comma."""

from __future__ import annotations

from bot.nlp.acronym_asides import before_aside
from bot.nlp.claim_subjects import ClaimCue, subject_cue, subject_start
from bot.nlp.context import Sentence
from bot.nlp.lexicon import AUXILIARIES

_RELATIVES = frozenset({"which", "who"})
_MAX_NAME = 8  # "South Korea's National Intelligence Service"


def relative_speaker(s: Sentence, verb: int, *, denied: bool) -> ClaimCue | None:
    """The cue of "<name>, which/who (has) <verb>" when the verb's subject is the relative
    pronoun right after a comma."""
    end = verb
    while end > s.start and s.lowers[end - 1] in AUXILIARIES:
        end -= 1
    if end - 3 < s.start or s.lowers[end - 1] not in _RELATIVES or s.lowers[end - 2] != ",":
        return None
    name_end = before_aside(s, end - 2)
    start = subject_start(s, name_end)
    if start >= name_end or name_end - start > _MAX_NAME or not s.mentions_between(
        start, name_end
    ):
        return None  # only a named source: "the figure, which rose" names no one
    return subject_cue(s, verb, start, name_end, denied=denied)
