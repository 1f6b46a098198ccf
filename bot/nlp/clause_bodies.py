"""A chamber named in another clause than the step: "MPs approved the treaty; it now goes to
the upper house". A semicolon closes the step's clause, and a chamber after it is where the
bill goes next, or another step's actor, never the body that took this step; read as the
actor it would turn the lower house's approval into the upper house's ratification. A chamber
before the semicolon may still act after it ("sent to the Federation Council; senators are
expected to consider it"): only a chamber after the step's clause is ruled out.

Only the semicolon: a comma may set off the body itself ("approved by parliament, the
Seimas, ...") and is left to the chamber readers."""

from __future__ import annotations

from bot.nlp.context import Sentence


def across_clauses(s: Sentence, body: int, cue_start: int) -> bool:
    """Whether the chamber at token `body` stands after a semicolon that closes the clause of
    the step word at `cue_start`."""
    return body > cue_start and ";" in s.lowers[cue_start:body]
