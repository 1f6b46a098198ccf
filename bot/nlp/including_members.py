"""", including one involving a missile" after "killed in training accidents": a number
right after ", including" picks members of the plural noun the comma closes, in its own
sentence, not a share of a count told in an earlier sentence. "Russia lost 12 tanks,
including one to a mine" keeps the share reading: its count is in the same sentence, so the
members are of that count (`implied` handles it as before)."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence


def members_of_own_noun(s: Sentence, lead: int, previous: Quantity) -> bool:
    """Whether ", including" before `lead` follows a plural noun of its own sentence while
    the last count was told in another sentence."""
    if previous.sentence == s.text:
        return False  # "12 tanks, including one ...": a share of the count just told
    k = lead - 3  # the word before ", including"
    if k < s.start or s.lowers[k + 1] != ",":
        return False
    noun = s.lowers[k]
    # A plural common noun ("accidents", "strikes"): the group the number picks from.
    return noun.isalpha() and noun.endswith("s") and not s.texts[k][:1].isupper()
