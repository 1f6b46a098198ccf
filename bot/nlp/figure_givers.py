"""A source introduced as giving the figures that follow: "Intelligence chief Kyrylo Budanov
gave lawmakers new figures on the war. North Korean units lost about 4,700 soldiers, he said."
The giving verb is no reporting verb, so no claim cue finds the giver; but the "he" of the
next sentence is the giver, not a speaker named paragraphs before.

Only a person or body named right before the verb, and an account noun ("figures",
"estimates", "data") after it in the same clause: "Russia gave North Korea oil" gives no one's
account."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.lexicon import CLAUSE_BREAKS

_GIVE = frozenset(
    {"gave", "gives", "give", "presented", "presents", "provided", "provides", "shared",
     "shares", "offered", "offers"}
)  # fmt: skip
_ACCOUNTS = frozenset(
    {"figures", "figure", "estimates", "estimate", "data", "numbers", "tally", "assessment",
     "assessments", "statistics", "count"}
)  # fmt: skip
_REACH = 8  # "gave lawmakers on the national security committee new figures"


def may_give_figures(lowers: list[str], start: int, end: int) -> bool:
    """Whether the sentence holds both a giving verb and an account noun: one short scan, for
    sentences no rule reads."""
    words = lowers[start:end]
    return not _GIVE.isdisjoint(words) and not _ACCOUNTS.isdisjoint(words)


def figure_giver(s: Sentence) -> Claimant | None:
    """The named subject of "X gave (someone) new figures"; None for any other sentence."""
    if not s.mentions or _GIVE.isdisjoint(s.words) or _ACCOUNTS.isdisjoint(s.words):
        return None  # nearly every sentence: set tests before any scan
    for m in s.mentions:
        verb = m.end
        if s.lowers[verb : verb + 1] == [","] and m.start > s.start and (
            s.lowers[m.start - 1] in {",", "the"}
        ):
            verb += 1  # "Ukraine's military intelligence, the GUR, gives": an appositive's end
        if verb >= s.end or s.lowers[verb] not in _GIVE:
            continue
        for k in range(verb + 1, min(s.end, verb + 1 + _REACH)):
            if s.lowers[k] in CLAUSE_BREAKS or s.lowers[k] in {",", ";", "."}:
                break
            if s.lowers[k] in _ACCOUNTS:
                return name_claimant(s, m.start, m.end)
    return None
