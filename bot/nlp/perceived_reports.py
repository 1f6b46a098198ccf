"""A reporting word right after a verb of seeing or hearing is its object, a noun: "the Pentagon
said it had seen reports of casualties", "officials have heard claims that ...". Read as a
verb, "reports" made "it had seen" a speaker, and that phantom then stood as the last source
a later "a spokeswoman said" or "the agency said" points back to.

Only perception and receipt verbs, which take what was said as their object; "officials
reports" or "Kyiv estimates" keep their verb reading (claims.py).
"""

from __future__ import annotations

PERCEIVING = frozenset(
    {"seen", "saw", "see", "sees", "heard", "hear", "hears", "read", "received", "receive",
     "receives", "reviewed", "reviewing", "studied", "studying", "noticed", "monitored"}
)  # fmt: skip
