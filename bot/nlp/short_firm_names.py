"""A firm a story has named in full is later called by its first word alone: after "South
Korea's Hanwha Aerospace" the same story writes "signed agreements with Hanwha on local
production". The short name carries no corporate designator, so `company_deals` cannot tell
it a firm by itself; the story's own full name can. An agreement signed with such a name is
business, no treaty.

Only a capitalised word right after "with" that the gazetteer does not know (a state, a
capital or a bloc would be a mention) is looked up, and only a full name that the text writes
as that word followed by a capitalised corporate designator counts."""

from __future__ import annotations

import re

from bot.nlp.context import Sentence

# Capitalised designators that end a firm's full name: "Hanwha Aerospace", "Rheinmetall AG".
_DESIGNATORS = ("Aerospace", "Group", "Industries", "Corporation", "Corp", "Inc", "Ltd",
                "Holdings", "Dynamics", "Technologies", "Shipbuilding", "Systems", "Defense",
                "Defence", "Ocean", "Heavy", "GmbH", "AG", "SA", "Motors", "Rotem")  # fmt: skip
_DESIGNATOR = "|".join(_DESIGNATORS)


def short_firm_partner(s: Sentence, first: int, last: int) -> bool:
    """Whether "with <Name>" in tokens [first, last) names a firm the text named in full."""
    if "with" not in s.lowers[first:last]:
        return False  # most agreements: one list test
    for k in range(first + 1, last):
        if s.lowers[k - 1] != "with" or k in s.mention_at:
            continue
        name = s.texts[k]
        if not name[:1].isupper() or not name.isalpha():
            continue
        full = re.compile(rf"\b{re.escape(name)} (?:{_DESIGNATOR})\b")
        if full.search(s.tokens.text) is not None:
            return True
    return False
