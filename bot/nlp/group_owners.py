"""A count of a group named just before: "The report covers the deployment of North Korean
soldiers. Estonian intelligence puts the contingent at about 11,000 troops, of whom some 4,000
have been killed", "North Korean units were withdrawn ... Ukraine's GUR puts their casualties
at about 4,000". The estimate's object ("the contingent", "their casualties") points back at
the soldiers a demonym named, so the figure is that country's, and so is the part of them
counted after "of whom". So are the dead counted as "4,000 of them" after the sentence that
named "North Korean troops"."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Sentence
from bot.nlp.joined_forces import joined_force_owner
from bot.nlp.lexicon import ESTIMATE_VERBS
from bot.nlp.possessive_owners import possessive_owner, told_soldiers_owner
from bot.nlp.sent_totals import sent_total_owner

_POINTING = frozenset({"the", "their", "its"})
_GROUP_NOUNS = frozenset(
    {"contingent", "force", "forces", "deployment", "casualties", "losses", "dead", "toll",
     "strength", "size", "number", "numbers"}
)  # fmt: skip
# What a demonym names when it names the group counted: "North Korean soldiers".
_MILITARY = frozenset(
    {"soldiers", "troops", "units", "forces", "servicemen", "personnel", "contingent",
     "fighters", "army", "military", "force", "battalions", "brigades"}
)  # fmt: skip
# The dead and wounded a demonym names are its soldiers too: "the Pentagon put North Korean
# casualties in the hundreds. It puts the total deployment at 11,000": read only when no
# demonym names the soldiers themselves within reach.
_LOST = frozenset({"casualties", "losses", "dead", "wounded"})
_REACH = 5  # "puts the size of the contingent at"
_WHERE = frozenset({"in", "inside", "within"})
_SENTENCES_BACK = 2  # the group's sentence: this one or the one or two before
_PEOPLE = frozenset({"troop", "casualty"})


def group_owner(s: Sentence, found: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """The sentence's figures after "puts the contingent at" given to the country whose
    soldiers were named last, with the shares of them counted after "of whom"."""
    if ESTIMATE_VERBS.isdisjoint(s.words) or not any(q.actor is None for q in found):
        return found
    at = _estimate_object(s)
    if at is None:
        return found
    after = s.char_span(at, at + 1)[1]
    owner: str | None = None
    out = list(found)
    text = s.tokens.text
    for k, q in enumerate(out):
        if q.start < after or q.category not in _PEOPLE:
            continue
        if q.actor is not None:
            break
        if owner is None:
            owner = _named_group(s, mentions)
            if owner is None:
                return found
        out[k] = replace(q, actor=owner)
        nxt = out[k + 1] if k + 1 < len(out) else None
        gap = "" if nxt is None else " ".join(text[q.end : nxt.start].split()).lower()
        if nxt is None or not gap.endswith("of whom"):
            break
    return out


def part_owner(s: Sentence, found: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """The sentence's ownerless "4,000 of them have been killed" given to the country whose
    soldiers were named last, in this sentence or the two before."""
    found = joined_force_owner(s, found, mentions)  # "1,000 more joined the original force"
    found = possessive_owner(s, found, mentions)  # "Pyongyang sent ... Their losses ..."
    found = told_soldiers_owner(s, found, mentions)  # "... its soldiers died. X says 2,000 ..."
    found = sent_total_owner(s, found, mentions)  # "began sending troops. ... the total at"
    if "them" not in s.words:
        return found
    text = s.tokens.text
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is None and q.category in _PEOPLE and text[q.end : q.end + 8] == " of them":
            owner = _named_group(s, mentions)
            if owner is None:
                return found
            out[k] = replace(q, actor=owner)
    return out


def _estimate_object(s: Sentence) -> int | None:
    """The "at" after "puts the contingent", "put their casualties"."""
    lowers = s.lowers
    for k in range(s.start, s.end - 2):
        if lowers[k] not in ESTIMATE_VERBS or lowers[k + 1] not in _POINTING:
            continue
        stop = min(s.end, k + 2 + _REACH)
        at = next((j for j in range(k + 2, stop) if lowers[j] == "at"), None)
        # A name between the verb and "at" says whose already ("puts the Russian force at");
        # one after "in" says only where ("put the total contingent in Russia at").
        if (
            at is not None and not _GROUP_NOUNS.isdisjoint(lowers[k + 2 : at])
            and not any(j in s.mention_at and lowers[j - 1] not in _WHERE
                        for j in range(k + 2, at))
        ):
            return at
    return None


def _named_group(s: Sentence, mentions: list[Mention]) -> str | None:
    """The country of the last demonym before the sentence's figures that names soldiers."""
    sentences = s.tokens.sentences
    here = bisect_right(sentences, (s.start, s.end)) - 1
    first = s.tokens.chars(*sentences[max(0, here - _SENTENCES_BACK)])[0]
    text = s.tokens.text
    lost: str | None = None
    for m in reversed(mentions):
        if m.start < first:
            break
        word = text[m.end : m.end + 16].split()[:1]
        noun = word[0].strip(",.;").lower() if word else ""
        if noun in _MILITARY or (lost is None and noun in _LOST):
            entity = s.gazetteer.get(m.entity)
            if entity is None or entity.kind != "country":
                continue
            if noun in _MILITARY:
                return s.gazetteer.actor_of(m.entity)
            lost = s.gazetteer.actor_of(m.entity)
    return lost
