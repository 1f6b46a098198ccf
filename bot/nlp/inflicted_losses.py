"""Losses inflicted on a side are that side's: "its troops had inflicted losses of up to 320
servicemen on the Armed Forces of Ukraine" counts Ukraine's dead and wounded. A daily
war bulletin's usual shape, where the side named after "on" is the loser, not the
subject that inflicted them."""

from __future__ import annotations

from bot.nlp.context import Sentence

_INFLICT = frozenset({"inflicted", "inflicts", "inflict", "inflicting"})
_ON = frozenset({"on", "upon"})
_REACH = 6  # "inflicted losses of up to 320": the verb a few words before the number
_NAME_REACH = 5  # "on the Armed Forces of Ukraine"
_UP_TO = 4  # "on" right after the counted noun, or a word or two later ("... in a day on")


def loser_of_inflicted(s: Sentence, num_start: int, unit_end: int) -> str | None:
    """The side after "on" when the figure [num_start, unit_end) follows "inflicted"."""
    if _INFLICT.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    if not any(w in _INFLICT for w in s.lowers[max(s.start, num_start - _REACH) : num_start]):
        return None
    for k in range(unit_end, min(s.end - 1, unit_end + _UP_TO)):
        if s.lowers[k] not in _ON:
            continue
        # "on the Armed Forces of Ukraine", "on Ukrainian units": the first name after it
        for j in range(k + 1, min(s.end, k + 1 + _NAME_REACH)):
            found = s.mention_at.get(j)
            if found is not None:
                return s.gazetteer.actor_of(found.entity)
            if not s.lowers[j].isalpha():
                return None
        return None
    return None
