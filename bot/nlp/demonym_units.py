"""A count whose noun is a people's name: "killed or wounded about 6,000 North Koreans",
"some 300 Afghans were sent back". The unit itself says whose people they are, which outranks
any side the clause's subject suggests ("Ukrainian forces had killed ... North Koreans").
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure


def counts_a_people(s: Sentence, f: Figure) -> bool:
    """Whether the figure's unit is a country's plural demonym."""
    found = s.mention_at.get(f.unit_start)
    return found is not None and found.start == f.unit_start and found.kind == "country"
