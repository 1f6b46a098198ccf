"""A pact a town's officer speaks of: '"The treaty was signed in good faith," said the
township's mayor'. Towns and counties call their own boundary, water or land agreements
"the treaty" as states do, and a mayor or a councillor is a party to those, never to a
state's: a step that names no state and that only such an officer tells is the town's pact,
not news of a treaty. A state named in the step ("the mayor said Russia and the North had
signed the treaty") keeps it."""

from __future__ import annotations

from bot.models import Event

# Offices of a town, a county or a township: "Mayor", "Councillor", "Reeve", "Alderman".
_LOCAL_OFFICES = frozenset(
    {"mayor", "deputy-mayor", "councillor", "councilor", "councilwoman", "councilman",
     "reeve", "alderman", "alderwoman", "selectman", "burgomaster", "warden"}
)  # fmt: skip


def without_local_pacts(found: list[Event]) -> list[Event]:
    """The steps, less those with no party whose only teller holds a town's office."""
    return [e for e in found if e.parties or not _local_officer(e)]


def _local_officer(e: Event) -> bool:
    claimant = e.claimant
    if claimant is None or claimant.entities:
        return False  # a state or a known body tells it: a state's treaty
    words = {w.strip(".,").lower() for w in claimant.name.split()}
    return not _LOCAL_OFFICES.isdisjoint(words)
