"""A state named as the country a place lies in: "in the Kursk region of the Russian
Federation", "the Belgorod oblast of Russia". Translated agency copy spells a region out
this way; the state after "of" locates the place and owns nothing counted in the sentence,
so "The losses of the army of the DPRK in the Kursk region of the Russian Federation" are
the DPRK's. "The army of the DPRK" or "the losses of Russia" are owners, and stay."""

from __future__ import annotations

from bot.nlp.context import Sentence

_PLACE_NOUNS = frozenset(
    {"region", "regions", "oblast", "oblasts", "province", "provinces", "territory",
     "territories", "district", "districts", "city", "town", "village", "border", "area",
     "areas", "part", "parts", "coast", "capital", "krai", "republic", "zone"}
)  # fmt: skip


def state_of_place(s: Sentence, before: int) -> bool:
    """True when the token at `before` is the "of" of "<place noun> of" just before a name
    (the name's article already passed over)."""
    return (
        before - 1 >= s.start and s.lowers[before] == "of"
        and s.lowers[before - 1] in _PLACE_NOUNS and s.texts[before - 1].islower()
    )  # fmt: skip
