"""A source introduced as "Its military intelligence agency" or "Their defence ministry" is a
body of the country the sentence before was about: "Chad rejects the figure, saying its units
held the town. Its military intelligence agency puts the rebels' losses at ...". The
possessive names no body, but with the previous sentence's subject in its place the phrase
is one the gazetteer knows ("Chad's military intelligence"), so the claim is that body's
and its country's, and the body counts as named in the text. A trailing kind noun
("agency", "service") that the aliases leave off is tried without."""

from __future__ import annotations

from bisect import insort

from bot.models import Claimant, Mention
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.possessive_owners import previous_subject
from bot.nlp.state_bodies import state_organ

_POSSESSIVES = frozenset({"its", "their"})
_MAX_WORDS = 5  # "Its military intelligence agency": longer subjects describe, not name


def owned_bodies(
    s: Sentence, cues: list[ClaimCue], mentions: list[Mention]
) -> tuple[list[ClaimCue], list[Mention]]:
    """The cues with each "Its <body>" speaker named as the previous subject's body, and the
    mentions of those bodies to add."""
    if _POSSESSIVES.isdisjoint(s.words):
        return cues, []  # nearly every sentence: one set test
    out = cues
    added: list[Mention] = []
    for k, cue in enumerate(cues):
        claimant = cue.claimant
        if claimant is None or claimant.entities:
            continue
        words = claimant.name.split()
        if words[0].lower() not in _POSSESSIVES or not 2 <= len(words) <= _MAX_WORDS:
            continue
        country = previous_subject(s, mentions)
        if country is None:
            return out, added
        body = _body(s, country, words[1:])
        if body is None:
            organ = state_organ(country, claimant, words[1:])  # "Its General Staff said"
            if organ is not None:
                out = list(cues) if out is cues else out
                out[k] = cue._replace(claimant=organ)
            continue
        if out is cues:
            out = list(cues)
        name = " ".join([f"{country}'s", *words[1:]])
        out[k] = cue._replace(claimant=Claimant(name, (body, country), denied=claimant.denied))
        start, end = s.tokens.chars(cue.start, cue.end)
        surface = s.tokens.text[start:end]
        added.append(Mention(body, surface, start, start + len(surface), s.text))
    return out, added


def _body(s: Sentence, country: str, rest: list[str]) -> str | None:
    """The known body of `country` that "<country>'s <rest>" names, trailing words dropped."""
    for n in range(len(rest), 0, -1):
        entity = s.gazetteer.lookup(" ".join([f"{country}'s", *rest[:n]]))
        if entity is not None and entity.kind != "country" and entity.country == country:
            return entity.name
    return None


def add_mentions(mentions: list[Mention], added: list[Mention]) -> None:
    """Adds `added` to the text's mentions in reading order."""
    for mention in added:
        insort(mentions, mention, key=lambda m: m.start)
