"""Whom a claim speaks for when its subject is no plain name: a document ("said the
statement, attributed to a spokesperson for the defence ministry" is the ministry's claim;
"Its latest briefing" is the source named before), an appositive ("Ukraine's military
intelligence, the GUR, estimates that ..."), a comment on an act ("a move officials say is
meant to ...") and a quoted remark, whose speaker the next sentence no longer quotes."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.descriptions import KIND_NOUNS, fits

_DOCUMENTS = frozenset(
    {"statement", "communique", "communiqué", "release", "notice", "bulletin", "announcement"}
)
# "attributed to", "issued by", "released by", "carried by" introduce who wrote it.
_AUTHORED = (("attributed", "to"), ("issued", "by"), ("released", "by"), ("signed", "by"))
_REACH = 12


def speakers(s: Sentence, cues: list[ClaimCue], last: Claimant | None) -> list[ClaimCue]:
    """The sentence's claim cues with the sources these rules find behind a document or
    an appositive; `last` is the source the text named last."""
    if cues:
        cues = [c for c in cues if not _comment_on_a_move(s, c)]
    cues = appositive_claims(s, cues)
    if not cues:
        return []  # most sentences read: no cue for the rules below to revise
    return owned_accounts(s, authored_statements(s, cues), last)


# "..., a move officials say is meant to ...": nouns naming the act just told.
_ACTS = frozenset({"move", "step", "decision", "measure", "vote", "change", "shift"})


def _comment_on_a_move(s: Sentence, cue: ClaimCue) -> bool:
    """"voted to revoke the ratification, a move officials say is meant to ...": the sources
    of a reduced relative clause judge the act's purpose; they do not report the act."""
    return (
        cue.start > s.start and s.lowers[cue.start - 1] == ","
        and s.lowers[cue.start] in {"a", "an"} and s.lowers[cue.start + 1 : cue.start + 2] in
        ([w] for w in _ACTS) and cue.end - cue.start >= 3
    )  # fmt: skip


def authored_statements(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    return [_author(s, c) for c in cues]


def _author(s: Sentence, cue: ClaimCue) -> ClaimCue:
    if cue.claimant is None or cue.claimant.entities or s.lowers[cue.end - 1] not in _DOCUMENTS:
        return cue
    k = cue.end
    if k < s.end and s.lowers[k] == ",":
        k += 1
    if tuple(s.lowers[k : k + 2]) not in _AUTHORED:
        return cue
    end = k + 2
    while end < min(s.end, k + 2 + _REACH) and s.lowers[end] not in {",", ".", ";", ":"}:
        end += 1
    found = s.mentions_between(k + 2, end)
    if not found:
        return cue
    # The spokesperson's employer is the source; the named body stands for its state.
    author = name_claimant(s, found[0].start, end, denied=cue.denied)
    return cue if author is None else cue._replace(claimant=author)


# Reporting verbs that are also nouns; after a comma the claims rules leave them alone.
_VERB_NOUNS = frozenset({"estimates", "reports", "claims", "says", "believes", "assesses"})


def appositive_claims(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """"Ukraine's military intelligence, the GUR, estimates that ...": a named appositive
    closed by a comma, then a verb taking a "that" clause, is the verb's subject; so is the
    name before a relative aside ("Britain's Defence Intelligence, which publishes regular
    assessments, estimates ...")."""
    taken = {c.verb for c in cues}
    added: list[ClaimCue] = []
    for i in s.positions(_VERB_NOUNS):
        if i in taken or i - 2 < s.start or s.lowers[i - 1] != ",":
            continue
        span = _before_aside(s, i - 1)
        named = s.mention_at.get(i - 2)
        if span is None and named is not None and s.lowers[i + 1 : i + 2] == ["that"]:
            start = named.start
            if start > s.start and s.lowers[start - 1] == "the":
                start -= 1
            span = (start, i - 1)
        claimant = None if span is None else name_claimant(s, *span)
        if span is not None and claimant is not None:
            added.append(ClaimCue(i, span[0], span[1], claimant, False))
    return cues + added if added else cues


_ASIDE_REACH = 12


def _before_aside(s: Sentence, comma: int) -> tuple[int, int] | None:
    """The named subject before ", which ... ," that ends at `comma`."""
    for j in range(comma - 1, max(s.start, comma - _ASIDE_REACH), -1):
        if s.lowers[j] == ",":
            return None
        if s.lowers[j] in {"which", "who"} and s.lowers[j - 1] == ",":
            end = j - 1
            start = s.clause_start(end)
            return (start, end) if s.mentions_between(start, end) else None
    return None


_OWNERS = frozenset({"its", "their"})
_ACCOUNTS = _DOCUMENTS | frozenset(
    {"briefing", "report", "assessment", "estimate", "update", "analysis", "figures", "data",
     "tally", "count"}
)  # fmt: skip


def owned_accounts(
    s: Sentence, cues: list[ClaimCue], last: Claimant | None
) -> list[ClaimCue]:
    """"Its latest briefing put the number at ...": a source's own document speaks for the
    source the text named last, as "it said" would; so does "the agency said" right after a
    sentence whose source is an agency known by an abbreviation ("The GUR now puts ...")."""
    if last is None or not last.entities:
        return cues
    out: list[ClaimCue] = []
    for cue in cues:
        words = cue.claimant.name.lower().split() if cue.claimant is not None else []
        if cue.claimant is not None and not cue.claimant.entities and words[:1] and (
            (words[0] in _OWNERS and words[-1] in _ACCOUNTS) or _kind_of(s, words, last)
        ):
            cue = cue._replace(claimant=replace(last, denied=cue.denied))
        out.append(cue)
    return out


def _kind_of(s: Sentence, words: list[str], last: Claimant) -> bool:
    if len(words) != 2 or words[0] != "the" or words[1] not in KIND_NOUNS:
        return False
    for name in last.entities:
        entity = s.gazetteer.get(name)
        if entity is not None and entity.kind == "org":
            named = " ".join((entity.name, *entity.aliases)).replace("'s", "").split()
            if fits(words[1], named):
                return True
    return False


def quoted_only(s: Sentence, cues: list[ClaimCue]) -> bool:
    """'"This is a historic day," the minister said.': a source's quoted words end with the
    quotation; the next sentence is the writer's again, not more of that source's account."""
    return s.lowers[s.start] in QUOTES and all(
        any(s.lowers[k] in QUOTES for k in range(s.start + 1, c.verb)) for c in cues
    )
