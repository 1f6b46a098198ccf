"""What the dependency parse adds to the rules, when a sentence was parsed: the noun a number
counts (nummod / compound / quantmod arcs), the actor of a figure (a possessor of the counted
noun, or the subject of the verb that governs it) and the subject of a reporting verb.

Every answer is a token position; the caller turns it into an entity through the gazetteer's
mention at that position. The callers ask only where their rules found nothing: with the parse
asked first, the gold set's scores stayed the same (units, tuning split) or dropped (claimants
on the tuning split, actors on the held-out split), so the rules keep every answer they give.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS
from bot.nlp.mentions import Found
from bot.nlp.parse import Parse

_NUMBER_ARCS = frozenset({"nummod", "compound", "quantmod", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = ("nsubj", "nsubjpass")
# Arcs through which a counted noun hangs from the verb that governs it.
_OBJECT_ARCS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "pobj", "prep", "appos", "conj"})
_MAX_CLIMB = 4


def counted_noun(s: Sentence, parse: Parse, num_start: int, num_end: int) -> int | None:
    """The noun the number [num_start, num_end) modifies, when the parse ties them."""
    for k in range(num_end - 1, num_start - 1, -1):
        if k not in parse:
            return None
        head = parse.head(k)
        if num_start <= head < num_end:
            continue  # "1.64" hangs from "billion": look at the number's own head
        if parse.dep(k) in _NUMBER_ARCS and parse.pos.get(head) in _NOUNS and head >= num_end:
            return head
        return None
    return None


def possessor(s: Sentence, parse: Parse, noun: int, claimed: set[int]) -> Found | None:
    """"North Korea's 12,000 troops": the owner named as a possessor of the counted noun."""
    for k in parse.children(noun, "poss"):
        found = _mention_at(s, k, claimed)
        if found is not None:
            return found
    return None


def governing_subject(s: Sentence, parse: Parse, noun: int, claimed: set[int]) -> Found | None:
    """"Pyongyang has sent 12,000 troops": the subject of the verb the counted noun hangs
    from. A reporting verb's subject is a claimant, not an actor, so the climb stops there."""
    k = noun
    for _ in range(_MAX_CLIMB):
        if parse.dep(k) not in _OBJECT_ARCS:
            return None
        k = parse.head(k)
        if k not in parse:
            return None
        if parse.pos.get(k) in _VERBS:
            break
    else:
        return None
    if s.lowers[k] in REPORT_VERBS or k == noun:
        return None
    for dep in _SUBJECTS:
        for subject in parse.children(k, dep):
            if dep == "nsubjpass":
                continue  # the counted noun itself or something done to; not the actor
            found = _mention_at(s, subject, claimed)
            if found is None:
                owners = parse.children(subject, "poss", "compound", "amod")
                found = next(
                    (f for o in owners if (f := _mention_at(s, o, claimed)) is not None), None
                )
            if found is not None:
                return found
    # "were sent by North Korea": the agent of a passive verb.
    for agent in parse.children(k, "agent"):
        for obj in parse.children(agent, "pobj"):
            found = _mention_at(s, obj, claimed)
            if found is not None:
                return found
    return None


def reporting_subject(s: Sentence, parse: Parse, verb: int) -> tuple[int, int] | None:
    """Tokens [start, end) of the subject of the reporting verb at `verb`."""
    if verb not in parse:
        return None
    # A dateline city can come out as a second subject; the nearest one is the speaker.
    for subject in sorted(parse.children(verb, "nsubj"), reverse=True):
        start, end = parse.subtree(subject)
        if end > verb:
            continue
        # A dateline glued to the subject ("KYIV, Nov 4 (Wire) - Ukraine's GUR") is no part of
        # the name, whatever the parser hung it from.
        for k in range(subject - 1, start - 1, -1):
            if s.lowers[k] in _DATELINE_ENDS:
                start = k + 1
                break
        return _without_relative(s, max(start, s.start), min(end, s.end))
    return None


_DATELINE_ENDS = frozenset({"-", "—", "–", ":", ")", "--"})
_RELATIVES = frozenset({"that", "which", "who"})


def _without_relative(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """"The General Staff, which publishes a running tally, said": the relative clause is no
    part of the speaker's name. A subject that opens right after "that" ("the shells that
    Russia fires at ..., the head of ..., said") is a reported clause's, never the speaker, and
    a bare "who" names nobody the rules have not already read as the speaker before it."""
    if start > s.start and s.lowers[start - 1] in _RELATIVES:
        return None
    if end - start == 1 and s.lowers[start] in _RELATIVES:
        return None  # "..., according to Rep. Lee, who briefed reporters": the relay's own aside
    cut = next((k for k in range(start, end - 1)
                if s.lowers[k] == "," and s.lowers[k + 1] in _RELATIVES), end)  # fmt: skip
    return (start, cut) if cut > start else None


def _mention_at(s: Sentence, k: int, claimed: set[int]) -> Found | None:
    found = s.mention_at.get(k)
    if found is None or found.start in claimed:
        return None
    return found
