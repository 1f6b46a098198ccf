"""Who counts as a casualty, and the dead or hurt counted with no noun at all.

People killed, injured, wounded or missing are casualties whatever noun names them
("villagers", "migrants", "passengers"); the same nouns in any other role keep their own
measure ("52 passengers were on board"). Only nouns for people turn: "lost 30 tanks" is
equipment.

"The quake killed 230 people and injured more than 1,000", "the outbreak killed nine": the
object of a verb of killing or hurting is a count of casualties even when no noun follows it.

"At least 17 people died and dozens are missing": a vague amount with no noun, told as dead or
missing right after a count of the dead, counts more of them.
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.number_reading import number_at

PEOPLE_MEASURES = frozenset(
    {"troop", "person", "civilian", "man", "woman", "child", "villager", "migrant",
     "passenger", "resident", "worker", "miner", "student", "pupil", "tourist", "pilgrim",
     "worshipper", "protester", "protestor", "demonstrator", "spectator", "patient",
     "officer", "policeman", "firefighter", "journalist", "farmer", "fisherman", "climber",
     "hiker", "rescuer", "volunteer", "employee", "crew member", "refugee", "prisoner",
     "inmate", "detainee", "shopper", "commuter", "pedestrian", "cyclist", "motorist",
     "driver", "bystander", "teenager", "boy", "girl", "baby", "infant", "adult", "player",
     "athlete", "guest", "visitor", "member", "family member", "relative", "doctor", "nurse",
     "staff", "staff member",
     "medic", "paramedic", "teacher", "militant", "insurgent", "rebel", "gunman", "attacker",
     "fighter", "policemen", "aid worker", "citizen", "national", "deminer", "builder",
     "sapper"}
)  # fmt: skip
_HURTING = frozenset(
    {"killed", "killing", "kills", "kill", "injured", "injuring", "injures", "injure",
     "wounded", "wounding", "wounds", "wound"}
)  # fmt: skip
# What may follow the bare object: the clause goes on, or ends.
_AFTER_OBJECT = frozenset(
    {",", ".", ";", ":", "and", "but", "in", "on", "at", "across", "during", "when", "after",
     "while", "including", "overnight", "since", "last", "this", "near", "as", "—", ")",
     "more", "others", "outright", "instantly"}
)  # fmt: skip


def counts_people(measure: str) -> bool:
    return measure in PEOPLE_MEASURES


def hurt_count(s: Sentence, i: int) -> tuple[Figure, str | None] | None:
    """"killed nine in three provinces", "injured more than 1,000": a bare number right
    after a verb of killing or hurting, the qualifier between them."""
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    if end < s.end and s.lowers[end] not in _AFTER_OBJECT:
        return None  # a word follows that the number may count
    q_start, qualifier = qualifier_before(s, i)
    if q_start <= s.start or s.lowers[q_start - 1] not in _HURTING:
        return None
    more = end < s.end and s.lowers[end] in {"more", "others"}
    figure = Figure(
        start=q_start, end=end + 1 if more else end, num_start=i, num_end=end,
        unit_start=i, unit_end=end, value=value, value_max=None, qualifier=qualifier,
        unit="casualty", measure="casualty", category="casualty", mod_start=end,
    )  # fmt: skip
    return figure, None


_BE = frozenset({"are", "were", "is", "was", "remain", "remained", "still"})
_FATES = frozenset({"missing", "dead", "killed", "injured", "wounded", "hurt"})


def vague_toll(s: Sentence, end: int, previous: Quantity | None) -> bool:
    """"... died and dozens are missing": after the vague amount ending at token `end`, a
    fate of the dead or missing, with the sentence's last figure a count of the dead."""
    if previous is None or previous.category != "casualty" or previous.sentence != s.text:
        return False
    k = end
    while k < s.end and s.lowers[k] in _BE:
        k += 1
    return k > end and k < s.end and s.lowers[k] in _FATES
