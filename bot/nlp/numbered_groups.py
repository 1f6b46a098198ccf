"""A source named as a counted group of states: "In a joint statement, the three countries
said ...", "the two governments said". The group names no state, yet the reader knows which
three are meant: the last list of exactly that many states the article named ("The leaders of
South Korea, the United States and Japan ..."), or, before that, a source of just that many
states said a moment ago ("..., South Korea and the United States said. ... the two allies
said"): a list scan alone would read "to Russia, South Korea and the United States said" as
three states. A joint claim is a claim of each state named,
so the cue stands for every state of that list. A group whose size matches no list stays as
it was."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Claimant, Mention
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_GROUP_NOUNS = frozenset({"countries", "nations", "governments", "allies", "states"})
# How many claimants back a joint source is still the group's referent: the few just before.
_RECENT_SOURCES = 3
# What may stand between two items of a list: ", ", " and ", ", the ", " and the ", ...
_SEPARATORS = frozenset({"", "and", "the", "and the"})


def numbered_group_cues(
    s: Sentence, cues: list[ClaimCue], mentions: list[Mention], earlier: Sequence[Claimant] = ()
) -> list[ClaimCue]:
    """The cues whose unnamed "the three countries" subject stands for the states listed
    before."""
    if _GROUP_NOUNS.isdisjoint(s.words) or not cues:
        return cues  # nearly every sentence: one set test
    out: list[ClaimCue] = []
    for cue in cues:
        size = _group_size(cue.claimant)
        if size is not None and cue.claimant is not None:
            states = _joint_source(s, earlier, size) or _last_list(s, mentions, size)
            if states:
                named = Claimant(cue.claimant.name, states, denied=cue.claimant.denied)
                cue = cue._replace(claimant=named)
        out.append(cue)
    return out


def _group_size(claimant: Claimant | None) -> int | None:
    """3 for "the three countries", 2 for "both governments"; None for anything else."""
    if claimant is None or claimant.entities:
        return None
    words = claimant.name.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) != 2 or words[1] not in _GROUP_NOUNS:
        return None
    return _SIZES.get(words[0])


def _joint_source(s: Sentence, earlier: Sequence[Claimant], size: int) -> tuple[str, ...]:
    """The states of a recent source that was exactly `size` states speaking together."""
    for before in reversed(earlier[-_RECENT_SOURCES:]):
        if len(before.entities) == size and all(_state(s, e) for e in before.entities):
            return before.entities
    return ()


def _last_list(s: Sentence, mentions: list[Mention], size: int) -> tuple[str, ...]:
    """The states of the last list of exactly `size` states named before the sentence."""
    text = s.tokens.text
    begin = s.tokens.idxs[s.start]
    before = [m for m in mentions if m.end <= begin and _state(s, m.entity)]
    k = len(before)
    while k > 0:
        run = [before[k - 1]]
        j = k - 1
        while j > 0 and _joined(text[before[j - 1].end : before[j].start]):
            run.insert(0, before[j - 1])
            j -= 1
        states = tuple(dict.fromkeys(m.entity for m in run))
        if len(run) == size and len(states) == size:
            return states
        k = j
    return ()


def _joined(gap: str) -> bool:
    """Whether the text between two names joins them as items of one list."""
    if "\n" in gap or len(gap) > 8:
        return False
    return " ".join(gap.replace(",", " ").split()).lower() in _SEPARATORS and gap.strip() != ""


def _state(s: Sentence, name: str) -> bool:
    entity = s.gazetteer.get(name)
    return entity is not None and entity.kind == "country"
