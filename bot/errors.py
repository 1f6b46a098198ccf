"""Tripwire's one error root and its tree.

    TripwireError                 anything Tripwire raises on purpose
    ├── ConfigError               settings that cannot work (bad URL, unknown model)
    ├── RuleError                 a watch that does not parse (carries what was expected)
    ├── InputError                a batch CLI input line that is not what the contract says
    ├── FeedError                 a feed that could not be fetched or parsed
    │   ├── FeedFetchError        network failure, timeout, HTTP error status, size cap
    │   │   └── FeedThrottled     429/503 with Retry-After: come back after `retry_after` s
    │   ├── FeedParseError        the body is not a feed
    │   │   └── NotAFeedError     an HTML page; `alternates` are the feeds it links to
    │   └── UnsafeURLError        a chat user's URL that points inside (SSRF guard)
    ├── StoreError                the database refused an operation
    └── DeliveryError             a chat platform refused or failed an alert
        ├── RetryLater            try again after `retry_after` seconds (429, 5xx, network)
        └── RecipientGone         the chat blocked, kicked or removed the bot (403, not found)

Callers catch the narrowest class they can act on; the CLI maps TripwireError to a clear
message and exit status, never a traceback.
"""

from __future__ import annotations


class TripwireError(Exception):
    """Root of every error Tripwire raises on purpose."""


class ConfigError(TripwireError):
    pass


class RuleError(TripwireError):
    """A watch that does not parse.

    `expected` says what the parser wanted at `position` (a character index into the watch),
    and `example` is a watch of the same form that would parse.
    """

    def __init__(self, message: str, *, expected: str, example: str, position: int = 0) -> None:
        super().__init__(message)
        self.expected = expected
        self.example = example
        self.position = position


class InputError(TripwireError):
    """A batch input line that breaks the contract; `line` is 1-based."""

    def __init__(self, message: str, *, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class FeedError(TripwireError):
    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.reason = message


class FeedFetchError(FeedError):
    def __init__(self, message: str, *, url: str, status: int | None = None) -> None:
        super().__init__(message, url=url)
        self.status = status


class FeedThrottled(FeedFetchError):
    def __init__(
        self, message: str, *, url: str, status: int | None = None, retry_after: float
    ) -> None:
        super().__init__(message, url=url, status=status)
        self.retry_after = retry_after


class FeedParseError(FeedError):
    pass


class NotAFeedError(FeedParseError):
    def __init__(self, message: str, *, url: str, alternates: tuple[str, ...] = ()) -> None:
        super().__init__(message, url=url)
        self.alternates = alternates


class UnsafeURLError(FeedError):
    pass


class StoreError(TripwireError):
    pass


class DeliveryError(TripwireError):
    pass


class RetryLater(DeliveryError):
    def __init__(self, message: str, *, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RecipientGone(DeliveryError):
    pass
