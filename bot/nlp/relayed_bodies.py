"""A body's account relayed by a person stays the body's: "The NIS told lawmakers that about
10,000 soldiers remain, according to Rep. Park, who attended the briefing", "According to
Lee, South Korea's spy agency believes ...".
South Korean papers pass on the spy agency's closed-door briefings through the lawmakers who
sat in; when the sentence itself names the body (an agency, a ministry, the JCS) as the
speaker, the lawmaker only carries its words and the claim is the body's, as the newest gold
reads it. A relay with no body speaking inside it ("according to Rep. Lee, who cited the
NIS"), a person's account relayed by another, and a state or government told by its own
spokesman ("Washington believes ..., Singh said") keep the relay's claim (`named_relays`).
The claim moves only after the sentence's dates are read, which weigh the relay's own verb
("..., Seo said last month"), as they did before; the body's verb dated before the past week
("the NIS told lawmakers last month, according to Lee") then makes its count background.
A bare "the agency" is left to the relay: the sentence names no owner, and an earlier news
agency in the article (KCNA) may be the one the description would be read as."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Claimant, Modality, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.dated_accounts import stale_verb
from bot.nlp.named_relays import named_relay_cue
from bot.nlp.present_states import present_size

# Head nouns of a speaking body: "South Korea's spy agency", "the defence ministry".
_BODY_HEADS = frozenset(
    {"agency", "service", "ministry", "staff", "chiefs", "intelligence", "command",
     "directorate", "department", "bureau", "nis", "jcs"}
)  # fmt: skip
# "its chairman Ivan Petrenko said": a body's own officer reads its figures for himself.
_OWN = frozenset({"its", "their"})
# Where a relay's own words end and its aside begins: "Rep. Lee of the People Power Party".
_ASIDE = frozenset({"of", ",", "who", "from", "(", "–", "-"})


def relayed_bodies(s: Sentence, cues: list[ClaimCue], quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with a figure a person relays from a body named as its speaker claimed by
    that body."""
    if len(cues) < 2 or not quantities:
        return quantities  # most sentences: one source or none, nobody relays anybody
    out = []
    for q in quantities:
        position = bisect_left(s.tokens.idxs, q.start, s.start, s.end)
        relay = named_relay_cue(s, cues, position) if q.claimant is not None else None
        body = None
        if relay is not None and relay.claimant == q.claimant:
            body = relayed_body(s, cues, relay, position)
        out.append(q if body is None else _redated(s, replace(q, claimant=body[1]), body[0]))
    return out


def _redated(s: Sentence, q: Quantity, cue: ClaimCue) -> Quantity:
    """The figure dated by the body's own verb now that it claims it: "the NIS told lawmakers
    last month, according to Lee" is last month's briefing, background as any claim told last
    month; one told last week keeps the reading it had (a recent count is news)."""
    if q.modality is not Modality.REPORTED or present_size(s, q) or not stale_verb(s, cue):
        return q
    return replace(q, modality=Modality.BACKGROUND)


def relayed_body(
    s: Sentence, cues: list[ClaimCue], relay: ClaimCue, position: int
) -> tuple[ClaimCue, Claimant] | None:
    """The cue and claimant of the body whose account the person's relay `relay` passes on
    for the figure at token `position`, else None (the relay keeps the claim)."""
    if _kind(s, relay) != "person":
        return None  # "..., according to the NIS, to 8,000, according to Kyiv": no person
    if s.lowers[relay.start] in _OWN:
        return None  # "the HUR puts ... at 9,000, its chairman said": the body's own man
    inner = [c for c in cues if c is not relay and not c.denied and c.verb != relay.verb
             and c.claimant is not None and c.claimant.entities
             and _kind(s, c) == "body"]  # fmt: skip
    if not inner:
        return None  # "according to Rep. Lee, who cited the NIS": no body speaks here
    # The body nearest the figure speaks for it: "the NIS told lawmakers that ...".
    best = min(inner, key=lambda c: abs(c.verb - position))
    return None if best.claimant is None else (best, best.claimant)


def _kind(s: Sentence, cue: ClaimCue) -> str | None:
    """What the cue's subject, up to any aside, names: "person" (a person's name, known or
    not: "Rep. Lee", "Han"; or "he"), "body" (an organisation, "the NIS", or a state's body by
    its head noun, "South Korea's spy agency"), else None ("Kyiv", "the government", "the
    agency" whose owner the sentence does not name)."""
    if s.lowers[cue.start : cue.end] in (["he"], ["she"]):
        return "person"
    org = state = head = False
    for k in range(cue.start, cue.end):
        word = s.lowers[k]
        if word in _ASIDE and k > cue.start:
            break
        found = s.mention_at.get(k)
        if found is not None:
            if found.kind == "person":
                return "person"
            org = org or found.kind == "org"
            state = state or (found.kind == "country" and found.possessive)
        elif word in _BODY_HEADS:
            head = True
        elif s.texts[k][:1].isupper() and word.isalpha() and word != "the":
            return "person"  # an unknown capitalised name: "Rep. Han", "Lee"
    return "body" if org or (state and head) else None
