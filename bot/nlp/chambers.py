"""The body that takes a treaty step: a lower house or committee approves, an upper house, a
single-chamber parliament or a head of state ratifies."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.clause_bodies import across_clauses
from bot.nlp.context import Sentence

_LOWER_BODIES = (
    ("lower", "house"), ("state", "duma"), ("duma",), ("house", "of", "representatives"),
    ("sejm",), ("committee",), ("house", "of", "commons"), ("bundestag",), ("lok", "sabha"),
    ("chamber", "of", "deputies"), ("panel",), ("lower", "chamber"),
)  # fmt: skip
_UPPER_BODIES = (("upper", "house"), ("federation", "council"), ("senate",), ("bundesrat",),
                 ("rajya", "sabha"), ("upper", "chamber"), ("house", "of", "councillors"),
                 ("house", "of", "councilors"))  # fmt: skip
# Japan's Diet passes a treaty by both houses' votes: its approval is the ratification vote.
_UNICAMERAL = (("verkhovna", "rada"), ("rada",), ("national", "assembly"), ("parliament",),
               ("knesset",), ("supreme", "people's", "assembly"), ("national", "diet"),
               ("diet",), ("top", "legislature"), ("national", "people's", "congress"),
               # A congress's standing committee ratifies for it between its sessions.
               ("standing", "committee"))  # fmt: skip
# "the Standing Committee of the National People's Congress": not a parliament's committee
# on a bill ("the standing committee on defence"), which only recommends.
_CONGRESSES = frozenset({"congress", "npc"})
_BODIES = (
    *((phrase, "lower") for phrase in _LOWER_BODIES),
    *((phrase, "upper") for phrase in _UPPER_BODIES),
    *((phrase, "single") for phrase in _UNICAMERAL),
)
# The bodies by their first word, in `_BODIES`' order: a chamber's word is tried against the
# few phrases it may open, not against all thirty.
_BODIES_BY_FIRST = {
    first: [body for body in _BODIES if body[0][0] == first]
    for first in dict.fromkeys(phrase[0] for phrase, _ in _BODIES)
}
_BODY_FIRST = frozenset(_BODIES_BY_FIRST)


def acting_body(
    s: Sentence, cue_start: int, stage: Stage, claim_tokens: set[int]
) -> tuple[str, str] | None:
    """(body as named, "lower" | "upper" | "single" | "head") of the acting body: the one
    named nearest the stage word, never the one that only reports it."""
    hits: list[tuple[int, str, str]] = []
    # Most step sentences name no chamber: one scan in C instead of a loop over the words.
    i = s.end if _BODY_FIRST.isdisjoint(s.words) else s.start
    while i < s.end:
        bodies = _BODIES_BY_FIRST.get(s.lowers[i])
        if bodies is None:
            i += 1
            continue
        for phrase, level in bodies:
            if i not in claim_tokens and tuple(s.lowers[i : i + len(phrase)]) == phrase and (
                not across_clauses(s, i, cue_start)  # "MPs approved it; it goes to the Senate"
            ) and (
                level == "lower" or not _committee_of(s, i, i + len(phrase))
            ) and (phrase != ("diet",) or s.texts[i] == "Diet") and (  # not "a diet of ..."
                phrase != ("standing", "committee") or not _CONGRESSES.isdisjoint(s.words)
            ):
                mention = s.mention_at.get(i)
                name = mention.entity if mention is not None else s.phrase(i, i + len(phrase))
                hits.append((abs(i - cue_start), name, level))
                i += len(phrase) - 1
                break
        i += 1
    if hits:
        # A chamber named outright beats "parliament" ("the lower house of parliament").
        _, name, level = min(hits, key=lambda h: (h[2] == "single", h[0]))
        return name, level
    if stage is Stage.RATIFIED:
        for found in reversed(s.mentions):
            if found.kind == "person" and found.end <= cue_start:
                return (found.entity, "head")
    return None


def _committee_of(s: Sentence, first: int, end: int) -> bool:
    """"the Committee of the Federation Council", "a Senate committee": the chamber only
    names whose committee acts, and a committee's backing is an approval."""
    before = s.lowers[max(s.start, first - 3) : first]
    return s.lowers[end : end + 1] == ["committee"] or (
        "committee" in before and "of" in before
    )


def refine(stage: Stage, body: tuple[str, str] | None) -> Stage:
    """A vote named by its body: a lower house's ratification vote is an approval."""
    if stage is Stage.WITHDRAWN:
        # "The Duma voted to revoke the ratification": the upper house still has to agree,
        # so a lower house's vote to leave is one step, as its vote to ratify is.
        return Stage.APPROVED if body is not None and body[1] == "lower" else stage
    if stage in {Stage.RATIFIED, Stage.APPROVED} and body is not None:
        if body[1] == "lower":
            return Stage.APPROVED
        return Stage.RATIFIED
    return stage


# "Putin is expected to sign the law": the subject just before the verb of signing.
_SIGNER_REACH = 5


def signer(s: Sentence, cue_start: int) -> tuple[str, str] | None:
    """(person, "head") when a person is named just before a law's signing to come ("is
    expected to sign"): he signs it, and a chamber named in the sentence has passed it. (A
    done signing keeps the chamber: the step history reads it as the road to the news.)"""
    for k in range(cue_start - 1, max(s.start, cue_start - _SIGNER_REACH) - 1, -1):
        found = s.mention_at.get(k)
        if found is not None:
            return (found.entity, "head") if found.kind == "person" else None
    return None


def body_named_at(lowers: list[str], i: int) -> tuple[int, str] | None:
    """(words, level) of a chamber whose name starts at token i of a text."""
    for phrase, level in _BODIES_BY_FIRST.get(lowers[i], ()):
        if tuple(lowers[i : i + len(phrase)]) == phrase:
            return len(phrase), level
    return None
