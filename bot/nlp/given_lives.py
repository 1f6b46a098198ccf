"""Deaths told by an idiom of giving one's life: "nine soldiers lost their lives", "12 sappers
of the regiment laid down their lives", "three crewmen gave their lives". Obituary and
state-media prose names deaths this way where a wire writes "were killed", and the counted
noun may carry its unit after it ("of the regiment") before the verb; without this the
figure counted only the people (troops), never the dead."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.relative_deaths import died_in_relative

# The verbs that take "their lives" as the lives given; "laid" and "lay" take "down" first.
_GIVING = frozenset({"lost", "gave", "laid", "sacrificed", "lose", "give", "lay", "sacrifice"})
_LIVES = (["their", "lives"], ["his", "life"], ["her", "life"])
_BE = frozenset({"have", "had", "has", "reportedly", "also", "all", "each"})
# "of the regiment", "of the 20th brigade", "from the unit": the group the counted belong to.
_OWNER_WORDS = frozenset({"of", "from"})
_OWNER_REACH = 4
_RELATIVES = frozenset({"who", "that"})


def gave_lives(s: Sentence, f: Figure) -> bool:
    """Whether the counted people are the subject of "lost / gave / laid down their lives"."""
    if "lives" not in s.words and "life" not in s.words:
        return False  # nearly every sentence: one set test
    k = _past_owner(s, f.unit_end)
    if k < s.end and s.lowers[k] in _RELATIVES:
        k += 1  # "18 sappers who laid down their lives": the relative clause tells their fate
    while k < s.end and s.lowers[k] in _BE:
        k += 1
    if k >= s.end or s.lowers[k] not in _GIVING:
        return False
    k += 1
    if s.lowers[k - 1] in {"laid", "lay"}:
        if s.lowers[k : k + 1] != ["down"]:
            return False  # "laid their lives" is no idiom; "laid mines" is no death
        k += 1
    return s.lowers[k : k + 2] in _LIVES


def _past_owner(s: Sentence, k: int) -> int:
    """`k`, or the position after a short "of the <group>" phrase starting at it."""
    if k >= s.end or s.lowers[k] not in _OWNER_WORDS:
        return k
    for j in range(k + 1, min(s.end, k + 1 + _OWNER_REACH)):
        if s.lowers[j] in _GIVING or s.lowers[j] in _BE:
            return j
        if s.lowers[j] in {",", ";", "and", "who", "that", "which"}:
            return k
    return k


# Specialists of an army that the general people measures leave out (a count of engineers is
# mostly no toll: "sent 6,000 engineers"); only the plainest telling of their deaths, the
# idiom above or a relative clause, makes such a count the dead.
_PERSONNEL = frozenset(
    {"engineer", "operator", "specialist", "pilot", "instructor", "technician", "crewman",
     "gunner", "marine", "paratrooper", "commando", "conscript", "serviceperson"}
)  # fmt: skip


def personnel_fate(s: Sentence, f: Figure) -> bool:
    """Whether a count of military specialists is told as their deaths: "18 engineers who
    laid down their lives", "nine pilots who died"."""
    return f.measure in _PERSONNEL and (gave_lives(s, f) or died_in_relative(s, f))
