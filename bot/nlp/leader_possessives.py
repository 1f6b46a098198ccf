"""The North Korean leader by his surname alone: "Kim's troops", "Kim's regime". Papers
name him in full once, or (in a headline) not at all, and then write "Kim's soldiers"; a bare
"Kim" is no alias, since many Koreans in the news share it (a South Korean minister, a
defector). Only in a text about the Koreas, and only as the owner of an army or regime,
which no other Kim in such a story has; "Kim's nephews", "Kim said" stay unnamed."""

from __future__ import annotations

LEADER = "Kim Jong Un"
_OWNED = frozenset(
    {"troops", "soldiers", "army", "forces", "military", "regime", "dictatorship", "men",
     "missiles", "missile", "generals", "conscripts", "mercenaries"}
)  # fmt: skip
_POSSESSIVE = frozenset({"'s", "’s"})


def leader_positions(texts: list[str], lowers: list[str], taken: set[int]) -> list[int]:
    """Tokens of a bare "Kim" owning an army or a regime, outside the names found."""
    out: list[int] = []
    last = len(lowers) - 2
    k = -1
    while True:  # from one "kim" to the next: a few per text, found in C
        try:
            k = lowers.index("kim", k + 1)
        except ValueError:
            return out
        if k >= last:
            return out
        if texts[k] == "Kim" and k not in taken and lowers[k + 1] in _POSSESSIVE and (
            lowers[k + 2] in _OWNED
        ):
            out.append(k)
