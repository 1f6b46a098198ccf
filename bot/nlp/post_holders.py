"""A source named by post and then by name, later by surname alone: "This was stated by the
representative of the Defence Intelligence of Ukraine (HUR) Taras Melnyk. ... Melnyk said."
Translated agency copy gives the body and post first and the person's name after it, so the
claimant's name (the stretch of named entities) stops before the person; when the article
then quotes the person by surname, the quote speaks for the body the post belongs to, as
"Park said" after "Rep. Park Sun-young of the ruling party" does (`references`).

Only a name of two or three capitalised words (after an optional "(ACRONYM)") that closes the
source's phrase right after its last named entity; only a later source of one capitalised
word, unnamed by the gazetteer, that is one of those surnames."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_NAME_WORDS = (2, 3)  # "Taras Melnyk", "Kyrylo O. Budanov"
_ENDS = frozenset({",", ".", ";", ":", ")", '"', "said", "says", "told", "stated"})
_MAX_ACRONYM = 4  # "(HUR)", "(GUR MO)"


def held_posts(s: Sentence, cues: list[ClaimCue]) -> dict[str, Claimant]:
    """The surnames of people named after a source's post in `s`, each with that source."""
    posts: dict[str, Claimant] = {}
    for cue in cues:
        claimant = cue.claimant
        if claimant is None or not claimant.entities or cue.denied:
            continue
        inside = s.mentions_between(cue.start, cue.end)
        if not inside:
            continue
        k = inside[-1].end
        if k < s.end and s.lowers[k] == ")":
            k += 1  # the acronym was the last name: "of Ukraine (HUR) Taras Melnyk"
        # "the representative of the Defence Intelligence of Ukraine, Andrii Yusov, said":
        # the name set off as an appositive is the post's holder just the same, but only
        # when a comma closes it too (else the comma may open a new clause).
        appositive = k < s.end and s.lowers[k] == ","
        stop = cue.verb if appositive else cue.end + 1  # the appositive ends before the verb
        surname = _name_after(s, k + appositive, stop, closed=appositive)
        if surname is not None:
            posts[surname] = claimant
    return posts


def _name_after(s: Sentence, k: int, stop: int, closed: bool = False) -> str | None:
    """The last word of a person's name written at `k` (after an optional "(ACRONYM)"),
    ending by `stop` (at a comma when `closed`); None when no such name stands there."""
    if closed:
        j = k
        while j < min(s.end, stop) and s.texts[j][:1].isupper() and j not in s.mention_at:
            j += 1
        ok = j - k in _NAME_WORDS and j < s.end and s.lowers[j] == ","
        return s.lowers[j - 1] if ok else None
    if k < s.end and s.lowers[k] == "(":
        close = next((j for j in range(k + 1, min(s.end, k + 2 + _MAX_ACRONYM))
                      if s.lowers[j] == ")"), None)  # fmt: skip
        if close is None:
            return None
        k = close + 1
    j = k
    while j < min(s.end, stop) and s.texts[j][:1].isupper() and j not in s.mention_at:
        j += 1
    if j - k not in _NAME_WORDS or (j < s.end and s.lowers[j] not in _ENDS):
        return None
    return s.lowers[j - 1]


def known_posts(cues: list[ClaimCue], posts: dict[str, Claimant]) -> list[ClaimCue]:
    """Cues whose source is a surname told before after a post, given that post's source."""
    if not posts:
        return cues  # nearly every article: no post named before its holder
    out = list(cues)
    for k, cue in enumerate(out):
        claimant = cue.claimant
        if claimant is None or claimant.entities or " " in claimant.name:
            continue
        held = posts.get(claimant.name.lower())
        if held is not None and claimant.name[:1].isupper():
            named = Claimant(claimant.name, held.entities, denied=cue.denied)
            out[k] = cue._replace(claimant=named)
    return out
