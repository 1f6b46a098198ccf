"""The parties a treaty is said to bind: "a treaty that commits Russia and North Korea to
defend each other", "an accord obliging both Laos and Vietnam to ...". The relative clause
after the treaty noun names its parties outright, though the step's own clause ("Putin has
signed into law a treaty ...") names only the one state acting; step_parties.py stops at
the relative clause, so these are read here."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Verbs whose object is who the treaty binds, read only right after the treaty noun (or its
# "that"/"which"): "commits X and Y to", "obliges X and Y to", "binding X and Y to".
_BINDING = frozenset(
    {"commits", "committing", "binds", "binding", "obliges", "obliging", "obligates",
     "obligating", "requires", "requiring", "pledges",
     # "an agreement that allows Japanese and Philippine forces to train on each other's
     # soil": whose forces it lets in are the pact's two sides.
     "allows", "allowing", "lets", "letting", "permits", "permitting"}
)  # fmt: skip
_RELATIVES = frozenset({"that", "which"})
_REACH = 8  # "commits | the Russian Federation and the DPRK | to"


def bound_parties(s: Sentence, trigger: int) -> tuple[str, ...]:
    """The states a treaty noun at `trigger` is said to bind, when two or more are named
    between the binding verb and its "to"; otherwise none."""
    k = trigger + 1
    if k < s.end and s.lowers[k] in _RELATIVES:
        k += 1
    if k >= s.end or s.lowers[k] not in _BINDING:
        return ()  # nearly every treaty noun: one set test
    states: list[str] = []
    for j in range(k + 1, min(s.end, k + 1 + _REACH)):
        word = s.lowers[j]
        if word == "to" and j not in s.mention_at:
            break
        if word in {",", ";", "."} and j not in s.mention_at:
            return ()  # no "to" closing the object: not the pact's parties
        found = s.mention_at.get(j)
        if found is not None and found.start == j and found.kind == "country":
            actor = s.gazetteer.actor_of(found.entity)
            if actor not in states:
                states.append(actor)
    else:
        return ()
    return tuple(states) if len(states) >= 2 else ()


# Verbs of a relative clause whose subjects made the treaty: "the treaty that Putin and Kim
# signed", "the pact which Seoul and Tokyo agreed".
_MADE = frozenset({"signed", "agreed", "concluded", "struck", "sealed", "negotiated"})
_MADE_REACH = 12  # "that | Vladimir Putin and North Korean leader Kim Jong Un | signed"


def signer_parties(s: Sentence, trigger: int) -> tuple[str, ...]:
    """The states whose leaders or governments a relative clause after the treaty noun at
    `trigger` says made it, when two or more are named before its verb: the treaty's makers
    are its parties, whoever else the step's clause names (a fronted "Hours before the HUR
    statement, the Duma voted to ratify the treaty that ..." names Ukraine too)."""
    k = trigger + 1
    if k < s.end and s.lowers[k] == "on":
        k = _past_title(s, k)  # "the treaty on comprehensive strategic partnership that"
    if k >= s.end or s.lowers[k] not in _RELATIVES:
        return ()  # nearly every treaty noun: one set test
    states: list[str] = []
    for j in range(k + 1, min(s.end, k + 1 + _MADE_REACH)):
        word = s.lowers[j]
        if word in _MADE and j not in s.mention_at:
            if len(states) == 1:  # "that Russia signed with North Korea"
                states.extend(_partner(s, j + 1, states[0]))
            return tuple(states) if len(states) >= 2 else ()
        if word in {",", ";", ".", "to"} and j not in s.mention_at:
            return ()  # "the treaty that Moscow wants Pyongyang to ...": no makers' clause
        found = s.mention_at.get(j)
        if found is not None and found.start == j and found.kind in {"country", "person"}:
            actor = s.gazetteer.actor_of(found.entity)
            if actor not in states and s.gazetteer.get(actor) is not None:
                states.append(actor)
    return ()


# "the treaty on comprehensive strategic partnership that ...": a treaty's lower-case title,
# "on" and a few plain words, between its noun and the relative clause.
_TITLE_REACH = 6


def _past_title(s: Sentence, on: int) -> int:
    """The token after a lower-case title phrase opened by the "on" at `on`, when a relative
    word follows it within reach; `on` itself otherwise ("the treaty on Thursday")."""
    for j in range(on + 1, min(s.end, on + 1 + _TITLE_REACH)):
        word = s.lowers[j]
        if word in _RELATIVES:
            return j
        if not s.texts[j].isalpha() or not s.texts[j].islower():
            return on  # a name, a date or a comma: no title phrase
    return on


def _partner(s: Sentence, k: int, maker: str) -> tuple[str, ...]:
    """The state a maker signed with ("signed with North Korea"): the clause's other party,
    named right after "with" (and a "the"); none otherwise."""
    if k >= s.end or s.lowers[k] != "with":
        return ()
    k += 1
    if k < s.end and s.lowers[k] == "the":
        k += 1
    found = s.mention_at.get(k)
    if found is None or found.start != k or found.kind not in {"country", "person"}:
        return ()
    actor = s.gazetteer.actor_of(found.entity)
    if actor == maker or s.gazetteer.get(actor) is None:
        return ()
    return (actor,)
