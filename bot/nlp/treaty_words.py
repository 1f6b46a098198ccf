"""The words treaty steps are told with: the nouns that name a treaty and the verbs of each
stage, shared by the step finder and the candidate filter."""

from __future__ import annotations

TREATY_NOUNS = frozenset(
    {"treaty", "treaties", "pact", "pacts", "accord", "accords", "armistice", "agreement",
     "agreements", "deal", "convention", "protocol", "statute", "accession", "membership",
     # "Thailand and Cambodia signed a ceasefire", "a truce took effect": a truce between
     # states is a pact with the same steps (signed, in force), and the gold counts it so.
     "ceasefire", "truce",
     # "the two ministers signed a memorandum of understanding": a memorandum between
     # governments is a pact told with the same steps; between firms it is business, so it
     # needs states like "agreement" does, and officials signing it (memoranda.py).
     "memorandum", "memoranda", "memorandums", "mou"}
)  # fmt: skip
# Words that stand for the treaty of the previous sentence ("The document was signed on June
# 19", "the ratification law"); they count only right after a treaty step was reported.
LAW_WORDS = frozenset({"law", "laws", "bill", "decree", "legislation"})
# A law signed right after a ratification is the law ratifying it ("the corresponding federal
# law was signed by the head of state", "is expected to sign the legislation").
REFERRING_NOUNS = frozenset({"document", "ratification", *LAW_WORDS})
# Business words share these nouns; they count as a treaty only between named states.
NEEDS_STATES = frozenset(
    {"agreement", "agreements", "deal", "convention", "protocol", "statute", "document",
     "accession", "membership", "ceasefire", "truce", "memorandum", "memoranda",
     "memorandums", "mou"}
)  # fmt: skip
# "Sweden's accession to NATO", "Finland's membership": a state joining a treaty organisation
# is ratified or approved like a treaty, never signed or suspended as one.
JOINING = frozenset({"accession", "membership"})
PASSIVE = frozenset({"be", "is", "was", "were", "been", "being"})
# "the corresponding federal law": the law that goes with the step just reported.
THAT_LAW = frozenset({"corresponding", "relevant", "ratifying"})
SIGN = frozenset({"signed", "sign", "signs", "signing", "inked", "concluded"})
RATIFY = frozenset({"ratified", "ratify", "ratifies", "ratifying", "ratification"})
APPROVE = frozenset({"approved", "approve", "approves", "approving", "approval", "endorsed",
                      "backed", "passed"})  # fmt: skip
SUSPEND = frozenset({"suspended", "suspend", "suspends", "suspending", "suspension"})
WITHDRAW = frozenset(
    {"withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing", "withdrawal", "quit",
     "quits", "exited", "exit", "revoked", "revoke", "revokes", "revoking", "scrapped", "scrap",
     "denunciation",
     # "Russia exits the pact", "the withdrawals of Latvia and Estonia ... took effect"
     "exits", "withdrawals"}
)  # fmt: skip
IN_FORCE = (
    ("into", "force"), ("in", "force"), ("into", "effect"), ("took", "effect"),
    ("takes", "effect"), ("take", "effect"),
)  # fmt: skip
# Every word a stage cue starts with, so that the stage scan passes the others by.
STAGE_WORDS = (
    RATIFY | APPROVE | SUSPEND | WITHDRAW | SIGN | frozenset(p[0] for p in IN_FORCE)
)
