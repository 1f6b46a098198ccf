"""Who a claim points back to: "he said" speaks for the previous source, "the agency noted"
for the agency named before, and "Pyongyang has denied this" attaches its denier to the
previous sentence's unvouched facts."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Event, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claimant_kinds import kind_words
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.descriptions import KIND_NOUNS, fits
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.lexicon import CLAUSE_BREAKS
from bot.nlp.passive_sources import passive_source
from bot.nlp.relative_asides import aside_close
from bot.nlp.verdicts import VERDICT_NOUNS
from bot.nlp.view_subjects import view_verb
from bot.nlp.writer_denials import WRITER

_BACK_REFERENCES = frozenset({"this", "it", "that", "these", "those", "them"})
# "She called the figure 'a fake'": a figure, estimate or number told just before is what a
# report noun would point at, as much as "the report" itself.
_REPORT_NOUNS = frozenset(
    {"report", "reports", "claim", "claims", "allegation", "allegations", "account",
     "figure", "figures", "estimate", "estimates", "number", "numbers", "tally", "toll"}
)  # fmt: skip


def denies_earlier(s: Sentence, cues: list[ClaimCue]) -> Claimant | None:
    """"Pyongyang has denied this": a denial whose object points back at the previous
    sentence. Returns the denier, or the source of "This was reported by X" (which vouches
    for the previous sentence's figures the same way)."""
    for cue in cues:
        if not cue.denied or cue.claimant is None or cue.start > cue.verb:
            continue
        after = s.lowers[cue.verb + 1 : cue.verb + 3]
        if after[:1] == ["that"] and s.lowers[cue.verb] in VERDICT_NOUNS:
            continue  # "It is a lie that the drills are over": "that" opens the lie told
        if after[:1] and after[0] in _BACK_REFERENCES:
            return cue.claimant
        if after[:1] == ["the"] and after[1:] and after[1] in _REPORT_NOUNS:
            return cue.claimant
    return passive_source(s, cues)


def attach_denial(
    quantities: list[Quantity], events: list[Event], since: tuple[int, int], denier: Claimant
) -> None:
    """The previous sentence's facts that nobody vouched for now have a claimant: the one who
    denies them. Facts a source asserted keep that source."""
    for k in range(since[0], len(quantities)):
        if quantities[k].claimant is None:
            quantities[k] = replace(quantities[k], claimant=denier)
    for k in range(since[1], len(events)):
        if events[k].claimant is None:
            events[k] = replace(events[k], claimant=denier)


def resolve_references(
    cues: list[ClaimCue],
    last: Claimant | None,
    earlier: list[Claimant],
    gazetteer: Gazetteer | None = None,
) -> list[ClaimCue]:
    """"he said" speaks for the previous sentence's claimant; "the agency noted" for the
    agency named before ("the Yonhap agency reported ... the agency noted")."""
    resolved: list[ClaimCue] = []
    for cue in cues:
        claimant = cue.claimant
        if claimant is WRITER and last is not None:
            claimant = replace(last, denied=True)  # "the lie that ...": the voice speaking
            cue = cue._replace(claimant=claimant)
        if claimant is not None:
            # "Seoul's spy agency has estimated ..., the agency said": a source named earlier
            # in the same sentence is the nearest one "the agency" can mean.
            named = [c.claimant for c in resolved if c.claimant is not None]
            same = _named_before(claimant, [*earlier, *named], gazetteer)
            if same is not None:
                claimant = Claimant(same.name, same.entities, denied=cue.denied)
                cue = ClaimCue(cue.verb, cue.start, cue.end, claimant, cue.denied)
            resolved.append(cue)
            last = claimant if not cue.denied else last
        elif last is not None:
            claimant = Claimant(last.name, last.entities, denied=cue.denied)
            resolved.append(ClaimCue(cue.verb, cue.start, cue.end, claimant, cue.denied))
    return resolved


_MAX_DEFINITE = 3
# What a source puts out: "the report" speaks for the source last named.
_DOCUMENTS = frozenset(
    {"report", "assessment", "statement", "study", "analysis", "briefing", "commentary",
     "editorial"}
)


def _named_before(
    claimant: Claimant, earlier: list[Claimant], gazetteer: Gazetteer | None = None
) -> Claimant | None:
    """The earlier claimant a definite description without a name refers to: the most recent
    one whose name ends in the same noun, or, for a kind of body, holds a word of that kind
    ("the agency" for "the National Intelligence Service")."""
    if claimant.entities:
        return None  # named: no description to resolve, and no need to split the name
    words = claimant.name.lower().split()
    if len(words) == 1 and claimant.name[:1].isupper():
        return _named_in_full(words[0], earlier)
    if words[:1] != ["the"] or len(words) > _MAX_DEFINITE:
        return None
    head = words[-1]
    proper = [w.lower() for w in claimant.name.split()[1:-1] if w[:1].isupper()]
    if head in _DOCUMENTS and earlier:
        return earlier[-1]  # "The assessment, shared with reporters, put ...": its source's
    for before in reversed(earlier):
        named = before.name.lower().split()
        if not _narrowed_alike(proper, named):
            continue
        if named != words and (
            named[-1:] == [head] or _name_head(named) == head
            or (head in KIND_NOUNS and fits(head, kind_words(before, gazetteer)))
        ):
            return before
        if head in _ROLES and _same_role(words[1:-1], named):
            return before
        if before.entities and _opens(named, words):
            return before
    return None


_POST_MODIFIERS = frozenset({"of", "for"})


def _name_head(named: list[str]) -> str | None:
    """The noun a long name is headed by, before its first "of" or "for": "headquarters" of
    "the Coordination Headquarters for the Treatment of Prisoners of War", which the text then
    calls "the headquarters"."""
    k = next((i for i in range(2, len(named)) if named[i] in _POST_MODIFIERS), None)
    return named[k - 1] if k is not None else None


def _narrowed_alike(modifiers: list[str], named: list[str]) -> bool:
    """"the Defense Ministry" is not "Russia's Foreign Ministry": a capitalised word that
    narrows the description is part of a name, so it must be in the earlier name too ("the
    spy agency" may still be the National Intelligence Service)."""
    words = {w.removesuffix("'s") for w in named}
    return all(w in words for w in modifiers)


def _named_in_full(word: str, earlier: list[Claimant]) -> Claimant | None:
    """"Park said" after "Rep. Park Sun-won ... told reporters": a name given in full once is
    then shortened to one of its words, the family name, whichever end that stands at."""
    for before in reversed(earlier):
        named = before.name.lower().split()
        if len(named) > 1 and word in named:
            return before
    return None


def _opens(named: list[str], words: list[str]) -> bool:
    """"the General Staff" after "the General Staff of the Armed Forces of Ukraine": a
    description that is the start of a longer name, the rest only says whose body it is."""
    if words[:1] == ["the"] and len(words) > 1 and named[:1] != ["the"]:
        words = words[1:]  # "the Commander-in-Chief" after "Commander-in-Chief of the ..."
    return len(named) > len(words) and named[: len(words)] == words and (
        named[len(words)] == "of"
    )


# People named by their post: "the intelligence chief" after "the head of Ukraine's military
# intelligence agency" is the same person, whichever word names the post.
_ROLES = frozenset(
    {"chief", "head", "director", "commander", "spokesman", "spokeswoman", "spokesperson",
     "minister", "president", "secretary"}
)  # fmt: skip


def _same_role(modifiers: list[str], named: list[str]) -> bool:
    """Whether an earlier claimant's name holds a post, and every word that narrows the
    description ("intelligence" in "the intelligence chief")."""
    words = {w.removesuffix("'s") for w in named}
    if not any(w in _ROLES for w in words):
        return False
    return all(w in words for w in modifiers)



_FINITE = frozenset({"has", "have", "had", "is", "was", "were", "are"})
_MAX_OPENING = 10


def opening_subject(s: Sentence) -> Claimant | None:
    """"Ukraine's GUR has given a higher estimate. In a statement it said ...": the named
    subject opening a sentence that reports nothing is whom the next sentence's "it" means."""
    if not s.mentions:
        return None  # most sentences name no one
    named = s.mentions_between(s.start, min(s.end, s.start + _MAX_OPENING))
    if not named or named[0].start != s.start + (s.lowers[s.start] == "the"):
        return None  # "In Kursk, North Korea has ...": a place opens, not the subject
    for k in range(named[0].end, min(s.end, s.start + _MAX_OPENING)):
        if s.lowers[k] in _FINITE or view_verb(s.lowers, k, s.end):  # "X counts far more"
            return name_claimant(s, s.start, k - 1 if s.lowers[k - 1] == "," else k)
        if s.lowers[k] == "," and (close := aside_close(s.lowers, s.start, s.end, k + 1)):
            # "Russia's Defence Ministry, which has never mentioned them, gave another
            # picture": the aside is the name's; the word after it is the name's own verb.
            return name_claimant(s, s.start, k) if s.lowers[close + 1].isalpha() else None
        if s.lowers[k] in CLAUSE_BREAKS or s.lowers[k].endswith("ed"):
            return None  # a clause or a verb of its own before any "has": no plain subject
    return None
