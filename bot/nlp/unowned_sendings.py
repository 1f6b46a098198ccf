"""A count of troops told as sent that names no sender takes the one state the whole text has
sending troops: in a piece on North Korea's deployment, "The NIS's current count is about
15,000 combat troops sent in all" counts North Korea's soldiers, though the only name in its
sentence is the agency that counted them and the sending was told paragraphs before (or
after), out of reach of sender_questions.py.

Only when every owned troop count of the text is one state's (with two armies in play the
count stays ownerless rather than go to the wrong one), only for a count told as gone
abroad ("sent", "ferried", "arrived") or as a new count of the deployment told before
("Kyiv says the true figure is closer to 12,000 soldiers"), and only when its own sentence
names no other state ("15,000 troops were sent to Kursk, Moscow said" may be Russia's own).

A count told as staying in another state ("as many as 10,000 combat troops remain in
Russia") was sent there too: the state after "remain in" is where the troops are, not whose
they are, so it does not count as a second state named; it must be a state other than the
lone sender (troops that "remain near Homs" or "remain in" their own country went nowhere).
So is the state a count is told as sent to ("12,000 troops were sent to Russia"): the
destination, not a second sender."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Tokens
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.judging_states import judging_states
from bot.nlp.lexicon import PLACE_PREPOSITIONS

# The count told as gone abroad, within a few words after it: "troops sent in all", "had been
# ferried to Vladivostok". Held or kept troops ("keeps 28,500 troops") are no sending.
_GONE = frozenset(
    {"sent", "deployed", "dispatched", "ferried", "shipped", "airlifted", "flown", "arrived",
     "transferred", "rotated", "gone", "went",
     # "troops had been moving to Russia since September": a move under way is a sending
     "moving", "moved"}
)  # fmt: skip
_REACH = 5  # "combat troops had already been sent"
# Staying on somewhere, read only with "in" and a foreign state after it.
_STAYED = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays", "stayed"})


def unowned_sendings(
    tokens: Tokens, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """The document's ownerless troop counts told as sent, given the text's lone sender."""
    if not any(unowned_troops(q) for q in quantities):
        return quantities  # nearly every text: one pass
    sides = {
        q.actor for q in quantities
        if q.actor is not None and q.category == "troop" and not q.whole_force
    }  # fmt: skip
    if not sides:
        # No owned troop count, but one state's soldiers counted dead ("About 2,000 North
        # Korean soldiers have been killed ..., while some 10,000 troops remain deployed in
        # Russia"): the army the text has abroad is still that one.
        sides = {q.actor for q in quantities if q.actor is not None and q.category == "casualty"}
    if len(sides) != 1:
        return quantities
    side = sides.pop()
    starts = [tokens.chars(a, a + 1)[0] for a, _ in tokens.sentences]
    out = list(quantities)
    for k, q in enumerate(out):
        if not unowned_troops(q):
            continue
        here = bisect_right(starts, q.start) - 1
        first = starts[here] if here >= 0 else 0
        last = starts[here + 1] if here + 1 < len(starts) else len(tokens.text)
        host = _host(tokens.text, q, mentions, gazetteer, side)
        told_before = (
            _gone(tokens.text, q) or _restated(tokens.text, first, q) or _stayed_on(tokens.text, q)
        )
        if host is None and not told_before and not _retold(q, quantities, side):
            continue
        # The state of the source that counted them ("South Korea's spy agency said 1,500
        # soldiers had been shipped") is the teller, not a sender of its own.
        tellers = q.claimant.entities if q.claimant is not None else ()
        # '..., said Yoon, a professor at a Seoul university': what follows the teller's
        # name after the count describes the teller, not a sender; a state right after a
        # place word ("along the border with Ukraine") is a place or a partner, never a
        # second sender (lexicon.PLACE_PREPOSITIONS).
        told = _teller_at(tokens.text, q, last)
        # "Washington and Seoul agree ...: 11,000 troops remain": judges of the count, as
        # its teller is, and no second sender (judging_states.py).
        judges = judging_states(tokens.text, mentions, first, q.start)
        named = {gazetteer.actor_of(m.entity) for m in mentions
                 if first <= m.start < told and _state(gazetteer, m.entity)
                 and m.entity not in tellers and m.entity != host and m.entity not in judges
                 and not _placed(tokens.text, m.start)}  # fmt: skip
        if named <= {side}:
            out[k] = replace(q, actor=side)
            _their_losses(out, k, last, side)
    return out


def _their_losses(out: list[Quantity], k: int, last: int, side: str) -> None:
    """The ownerless dead told after the sent troops in their sentence, by the same source,
    are theirs ("says 12,000 troops were sent to Russia, and that 3,000 have been killed"):
    the toll was read from the troop count before it had an owner."""
    sent = out[k]
    for j in range(k + 1, len(out)):
        q = out[j]
        if q.start >= last:
            return
        if q.category == "casualty" and q.actor is None and q.claimant == sent.claimant:
            out[j] = replace(q, actor=side)


def unowned_troops(q: Quantity) -> bool:
    """A troop count with a value and no owner, not an army's whole size."""
    return q.actor is None and q.category == "troop" and q.value is not None and not q.whole_force


# "About 10,000 combat troops remain, mostly guarding the border": staying on with no place
# named is staying where the text has the army, abroad. The stay verb must close the clause
# ("remain," "remain."); "remain near Homs" names a place, read by `_host` alone.
_STAY_REACH = 2  # "troops still remain,"


def _stayed_on(text: str, q: Quantity) -> bool:
    after = text[q.end : q.end + 40].split()[:_STAY_REACH]
    for word in after:
        bare = word.rstrip(",.;:")
        if bare.lower() in _STAYED:
            return bare != word
        if bare.lower() != "still":
            return False
    return False


def _gone(text: str, q: Quantity) -> bool:
    after = text[q.end : q.end + 80].lower().split()[:_REACH]
    return not _GONE.isdisjoint(w.strip(",.;:") for w in after)


# "Kyiv says the true figure is closer to 12,000 soldiers", "the deployment, which Seoul puts
# at 11,000 troops": a count that re-estimates the deployment or figure told before is the
# same sending, re-counted by another source.
# A source's own "tally" or "count" may be of troops held anywhere, so only these; and only
# "the (true) figure", not "the agency's figure", one source's count of its own.
_RESTATED = frozenset({"figure", "deployment", "total", "contingent"})
_POINTING = frozenset({"the", "this", "that"})
_ORDINALS = frozenset({"first", "second", "third", "initial", "latest", "new", "next"})


def _restated(text: str, first: int, q: Quantity) -> bool:
    """Its sentence names "the figure", "the true figure", "this deployment" before it."""
    words = [w.strip(",.;:") for w in text[first : q.start].lower().split()]
    for k, word in enumerate(words):
        if word not in _RESTATED or k == 0 or words[k - 1] in _ORDINALS:
            continue  # "the first contingent": one of several, whichever the text dates
        if words[k + 1 : k + 2] == ["of"]:
            continue  # "dismissed the figure of 10,000 troops": the count's label, no re-count
        if words[k - 1] in _POINTING or (
            k > 1 and words[k - 2] in _POINTING and not words[k - 1].endswith(("'s", "’s"))
        ):
            return True
        if word in _SENDINGS and words[k - 1] in _INDEFINITE and words[k + 1 : k + 2] in _RELATIVE:
            return True  # "a deployment that the NIS now puts at about 9,000 troops"
    return False


# An indefinite sending estimated in its own relative clause is as specific as "the" one.
_SENDINGS = frozenset({"deployment", "contingent"})
_INDEFINITE = frozenset({"a", "an"})
_RELATIVE = (["that"], ["which"])


def _teller_at(text: str, q: Quantity, last: int) -> int:
    """Where the source's name stands after the count in its sentence, else the sentence's
    end `last`."""
    if q.claimant is None or not q.claimant.name:
        return last
    at = text.find(q.claimant.name, q.end, last)
    return last if at == -1 else at


def _retold(q: Quantity, quantities: list[Quantity], side: str) -> bool:
    """The count is one the text has already given the lone sender's troops, as a figure or
    a range's end ("sent between 11,000 and 12,000 soldiers" ... "Twelve thousand soldiers
    bought Kim a seat"): a writer repeats the deployment's size without its owner."""
    return any(
        p.start < q.start and p.actor == side and p.category == "troop"
        and q.value in (p.value, p.value_max)
        for p in quantities
    )  # fmt: skip


def _host(
    text: str, q: Quantity, mentions: list[Mention], gazetteer: Gazetteer, side: str
) -> str | None:
    """The foreign state a count is told as staying in or sent to ("troops remain in Russia",
    "were sent to Russia"), or None."""
    window = text[q.end : q.end + 80].lower().split()[:_REACH]
    if _STAYED.isdisjoint(window) and _GONE.isdisjoint(window):
        return None  # nearly every count: one scan of a few words
    for m in mentions:
        if not q.end < m.start < q.end + 80 or not _state(gazetteer, m.entity):
            continue
        words = text[q.end : m.start].lower().split()
        if len(words) > _REACH + 1 or len(words) < 2:
            return None
        # "remain in Russia", and "were sent to Russia": where they went, not whose they are.
        # "remain deployed in Russia's Kursk region": stationed there, as "remain in".
        stayed = words[-1] == "in" and (words[-2] in _STAYED or words[-2] in _GONE)
        went = words[-1] in {"to", "into"} and words[-2] in _GONE
        if (stayed or went) and gazetteer.actor_of(m.entity) != side:
            return m.entity
        return None
    return None


# "sent to Syria from Turkey": the state troops come from is their sender, no place.
_PLACES = PLACE_PREPOSITIONS - {"from"}


def _placed(text: str, start: int) -> bool:
    """Whether the word before the mention at `start` is a place preposition."""
    before = text[max(0, start - 20) : start].lower().split()
    return bool(before) and before[-1] in _PLACES


def _state(gazetteer: Gazetteer, name: str) -> bool:
    entity = gazetteer.get(name)
    return entity is not None and entity.kind == "country"
