"""Hearing and committee transcripts label each turn with its speaker instead of "Q:"/"A:":
"SEN. HOLLOWAY: And their losses since they entered the fight?" then "GEN. MENDEZ: Killed
and wounded, north of 6,000." The questioners are the speakers whose turns mostly ask (end
in "?"), the witnesses those whose turns mostly do not; a figure told in a witness's turn
with no source of its own is the witness's, as a quotation's is its speaker's, and the
turns feed the same question-to-answer rules as "Q:"/"A:" interviews (answered_sides)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.first_person_turns import first_person_figure

# A speaker label opening a line: up to four capitalised words (a title abbreviation among
# them), an optional "MP" and bracketed role or party, then a colon and a space.
_LABEL = re.compile(
    r"^((?:[A-Z][\w'’-]*\.? ){0,3}[A-Z][\w'’-]*)(?: MP)?(?: \([^)\n]{1,30}\))?: ",
    re.MULTILINE,
)
# Words of a label that are titles, not the speaker's name.
_TITLES = frozenset(
    {"sen", "gen", "rep", "gov", "lt", "col", "adm", "maj", "capt", "dr", "mr", "mrs", "ms",
     "prof", "amb", "senator", "general", "minister", "chair", "chairman", "chairwoman",
     "secretary", "ambassador", "admiral", "representative", "the", "mp"}
)  # fmt: skip
_MIN_TURNS = 4  # fewer labelled lines: a list of "Label: value" lines, no exchange
_REACH = 3  # how many label words may name the speaker
_INTERVIEWER = frozenset({"q"})


def labelled_turns(text: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """(start, end, "Q" or "A", the speaker's name words) of each labelled turn, in order;
    none unless the text holds an exchange: two speakers at least, one asking, one not."""
    if ": " not in text or "?" not in text:
        return []  # no label or no question: two substring searches, not a regex scan
    found = [(m.start(), _names(m.group(1))) for m in _LABEL.finditer(text)]
    found = [(start, names) for start, names in found if names]
    if len(found) < _MIN_TURNS:
        return []
    spans = [
        (start, found[k + 1][0] if k + 1 < len(found) else len(text), names)
        for k, (start, names) in enumerate(found)
    ]
    # An answer's turn runs to its line's end: a paragraph after it is the article again.
    spans = [(a, _line_end(text, a, b), names) for a, b, names in spans]
    asks: dict[frozenset[str], list[bool]] = {}
    for a, b, names in spans:
        speaker = next((key for key in asks if key & names), names)
        asks.setdefault(speaker, []).append("?" in text[a:b])
    questioners = {key for key, asked in asks.items() if 2 * sum(asked) > len(asked)}
    if not questioners or len(questioners) == len(asks):
        return []  # everyone asks or nobody does: no exchange of questions and answers
    return [
        (a, b, "Q" if any(key & names for key in questioners) else "A", names)
        for a, b, names in spans
    ]


def witness_claims(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with those told without a source in a witness's labelled turn given to
    the witness, by the fullest form of the name the text gives ("Gen. Ray Mendez")."""
    if not quantities:
        return quantities
    turns = [t for t in labelled_turns(text) if t[2] == "A"]
    if not turns:
        return quantities
    out: list[Quantity] = []
    for q in quantities:
        turn = next((t for t in turns if t[0] <= q.start < t[1]), None)
        # "We assess that ...": the witness's own, whoever spoke last; so is a figure whose
        # source the turn never names, lent from a sentence outside it (a question's "the
        # North" read as the teller of the answer after it).
        if turn is not None and (
            q.claimant is None or first_person_figure(text, turn[0], q)
            or _unnamed_in(q.claimant.name, text[turn[0] : q.end])
        ):
            q = replace(q, claimant=Claimant(name=_full_name(text, turn[3])))
        out.append(q)
    return out


def _unnamed_in(name: str, turn: str) -> bool:
    """Whether no capitalised word of the source's `name` is written in the witness's
    `turn`: "According to the Defence Ministry" names "Russia's Defence Ministry" enough."""
    words = [
        w.strip(".,()").removesuffix("'s").removesuffix("’s")
        for w in name.split() if w[:1].isupper()
    ]  # fmt: skip
    return bool(words) and not any(re.search(rf"\b{re.escape(w)}\b", turn) for w in words)


def _names(label: str) -> frozenset[str]:
    """The speaker's name words of a label; none for "Q", "A1" or "Q3", an explainer's
    numbered questions and the writer's own answers, which name no speaker. A bare "Q" is
    the interviewer's label when the answers carry the guest's name ("Q: ..." "Budanov: ...")."""
    if label == "Q":
        return _INTERVIEWER
    if any(c.isdigit() for c in label) or len(label) < 2:
        return frozenset()
    words = [w.strip(".").lower() for w in label.split()]
    return frozenset(w for w in words[-_REACH:] if w and w not in _TITLES)


def _line_end(text: str, start: int, end: int) -> int:
    stop = text.find("\n", start, end)
    return end if stop == -1 else stop


def _full_name(text: str, names: frozenset[str]) -> str:
    """The longest "First Last" the text writes for a speaker labelled by surname alone."""
    best = ""
    for name in names:
        pattern = rf"\b(?:[A-Z][a-z'’-]+ )?{re.escape(name.capitalize())}\b"
        for m in re.finditer(pattern, text):
            if len(m.group(0)) > len(best) and m.group(0).split()[0].lower() not in _TITLES:
                best = m.group(0)
    return best or " ".join(sorted(n.capitalize() for n in names))
