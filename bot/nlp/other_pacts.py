"""States tied to a second treaty in the sentence ("a clause of the kind found in Moscow's
pact with Pyongyang"): they are that pact's parties, compared with, not this treaty's."""

from __future__ import annotations

from bot.nlp.context import Sentence


def other_pact_parties(s: Sentence, trigger: int, nouns: frozenset[str]) -> set[int]:
    """Start tokens of mentions owning ("Moscow's pact") or joined by "with" to ("pact with
    Pyongyang") a treaty noun other than `trigger`."""
    owned: set[int] = set()
    for noun in s.positions(nouns):
        if noun == trigger:
            continue
        owner = s.mention_at.get(noun - 1) or s.mention_at.get(noun - 2)
        if owner is not None and owner.possessive and owner.end in {noun, noun - 1}:
            owned.add(owner.start)
        j = noun + 1
        if j < s.end and s.lowers[j] == "with":
            # "pact with Iran and North Korea": every state of the coordinated object.
            j += 1
            while j < s.end and (j in s.mention_at or s.lowers[j] in {"and", ","}):
                if j in s.mention_at:
                    owned.add(s.mention_at[j].start)
                    j = s.mention_at[j].end
                else:
                    j += 1
    # "the Russia-led Collective Security Treaty Organization": the leading state qualifies
    # the bloc a member leaves; it takes no step of its own.
    owned.update(f.start for f in s.mentions if s.lowers[f.end : f.end + 2] in _LED)
    return owned


_LED = [["-", w] for w in ("led", "backed", "sponsored", "dominated", "brokered")]


_UNILATERAL = frozenset({"withdrawal", "withdraw", "withdraws", "withdrew", "suspension", "exit"})


_ACTS = frozenset({"move", "step", "decision", "measure"})
_SUBORDINATE = frozenset({"as", "while", "amid", "whereas"})


def aside_states(s: Sentence, after: int) -> set[int]:
    """Start tokens of mentions in a participle clause or a comment set off after the step
    (", joining a growing list of Russia's neighbours", ", citing threats from Moscow", ", a
    move meant to match Washington"): the reason or the company of the act, not its
    parties."""
    for k in range(after, s.end - 2):
        if s.lowers[k] in _SUBORDINATE and s.lowers[k + 1] != "well":
            # "ratifies defence pact with Russia as North Korean troops mass near Ukraine":
            # a clause of its own, the circumstance of the step.
            return {f.start for f in s.mentions if f.start > k}
        if s.lowers[k] != ",":
            continue
        participle = s.lowers[k + 1].endswith("ing") and s.texts[k + 1].islower()
        if participle or (s.lowers[k + 1] in {"a", "an"} and s.lowers[k + 2] in _ACTS):
            return {f.start for f in s.mentions if f.start > k}
    return set()


def unilateral(s: Sentence) -> bool:
    """A withdrawal or suspension is one state's act: "the convention" it names does not
    bring in the parties of the treaty step told before."""
    return not _UNILATERAL.isdisjoint(s.words)
