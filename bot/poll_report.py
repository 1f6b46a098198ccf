"""`PollReport`: what one poll, or one worker task, did. The poller's fetch side and its
article processing (bot.processing) both add to it; metrics and the tasks read it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PollReport:
    feeds: int = 0
    not_modified: int = 0
    failed: int = 0
    articles: int = 0
    matches: int = 0
    facts: int = 0
    queued: int = 0
    # Matches whose story already had an alert for that watch and chat: no new alert.
    joined: int = 0
    full_text: int = 0
    disabled: int = 0
    errors: list[str] = field(default_factory=list)
