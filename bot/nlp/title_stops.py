"""The full stop of a title abbreviated before a name ends no sentence: "GEN. MENDEZ:",
"SEN. HOLLOWAY:", "LT. GEN. RAY MENDEZ". spaCy keeps "Gen." and "Sen." whole as
abbreviations but not their capitalised forms, which hearing transcripts print in their
speaker labels, nor "Lt."; split there, the label's name opened a sentence of its own and
the answer lost the speaker that its figure belongs to. Only the capitalised forms are kept
whole here: a mixed-case "Maj." the tokenizer splits is left to end its sentence as before,
where later rules read the name that follows as a sentence of its own."""

from __future__ import annotations

# Titles written before a name; none of them ends a sentence in running text.
_TITLES = frozenset(
    {"gen", "sen", "rep", "gov", "lt", "col", "adm", "sgt", "maj", "capt", "cmdr", "brig",
     "amb", "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "cpl", "pvt", "supt", "insp"}
)  # fmt: skip


def title_abbreviated(texts: list[str], stop: int, k: int) -> bool:
    """Whether the full stop at token `stop` closes a title abbreviation whose name follows
    at token k (capitalised, right after the stop)."""
    return (
        k == stop + 1 and stop > 0 and texts[stop] == "."
        and texts[stop - 1].isupper() and texts[stop - 1].lower() in _TITLES
        and texts[k][:1].isupper()
    )  # fmt: skip
