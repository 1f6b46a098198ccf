"""A book review retells its book: "Book review: the peace that made the next war ... The
war had killed some 9 million soldiers". The page is a critic's reading of a history, not a
report of events, so every figure and treaty step it tells as done is background. Only the
book's own particulars, on its bibliographic line ("(Harbour Press, 480pp, £25)"), are the
page's present facts; plans stay plans, as in any recap."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Event, Modality, Quantity

# "Book review: ...", "BOOK REVIEW | ...": the label a books page heads a review with.
_LABEL = re.compile(r"^\W*book reviews?\b", re.IGNORECASE)
# "(Harbour Press, 480pp, £25)": a page count in a bracketed listing, as only a book has
# ("up 12pp" alone is percentage points).
_LISTING = re.compile(r"\([^()]*,[^()]*\b\d{2,4}\s?pp\b[^()]*\)", re.IGNORECASE)
# A review is labelled at its top: the headline and the lines of its page head.
_HEAD_LINES = 6


def _listing_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that list a book (title, publisher, pages, price)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if _LISTING.search(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def is_book_review(text: str) -> bool:
    """A page whose head carries a book-review label, or lists a book with its page count."""
    head = text.split("\n", _HEAD_LINES)[:_HEAD_LINES]
    return any(_LABEL.match(line) for line in head) or any(_LISTING.search(line) for line in head)


def reviewed_history(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """`quantities` and `events` of a book review, what it tells as done made background,
    bar the facts of the listed book itself."""
    # ASCII-only lower-casing (see `fact_check_verdicts`): "review" reads the same, faster.
    head = text[:2000]
    if b"review" not in head.encode("utf-8", "surrogatepass").lower() and not _LISTING.search(
        head
    ):
        return quantities, events  # nearly every page: no review, no book listed
    if not is_book_review(text):
        return quantities, events
    listed = _listing_lines(text)

    def history(start: int, modality: Modality) -> bool:
        return modality is Modality.REPORTED and not any(a <= start < b for a, b in listed)

    quantities = [replace(q, modality=Modality.BACKGROUND) if history(q.start, q.modality)
                  else q for q in quantities]  # fmt: skip
    events = [replace(e, modality=Modality.BACKGROUND) if history(e.start, e.modality)
              else e for e in events]  # fmt: skip
    return quantities, events
