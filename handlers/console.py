"""The console adapter: alerts printed as plain text, commands typed as text. Used by the demo
and handy for trying watches locally without a chat platform."""

from __future__ import annotations

import sys
from typing import TextIO

from bot import texts
from bot.alerts import attribution
from bot.models import Alert
from bot.store.records import ChatRecord, OutboxRecord
from handlers.commands import ChatRef, Command, CommandCore, Reply, split_command

CONSOLE_CHAT = ChatRef(platform="console", chat_id="demo", kind="private", title="console")


def format_alert(alert: Alert, *, watch_number: int | None = None) -> str:
    date = alert.published.strftime("%Y-%m-%d") if alert.published else "undated"
    lines = [f"▶ {alert.headline}", f"  “{alert.quote}”", f"  {attribution(alert)}"]
    if alert.change:
        lines.append(f"  {alert.change}")
    lines.append(f"  {alert.outlet} · {date} · {alert.link}")
    if watch_number is not None:
        lines.append("  " + texts.ALERT_WATCH.format(number=watch_number, rule=alert.watch))
    return "\n".join(lines)


class ConsoleChannel:
    platform = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self.delivered: list[Alert] = []
        self.notices: list[tuple[str, str]] = []

    async def deliver(self, item: OutboxRecord, alert: Alert) -> str | None:
        stream = self._stream or sys.stdout
        print(format_alert(alert, watch_number=item.watch_number), file=stream, end="\n\n")
        stream.flush()
        self.delivered.append(alert)
        return str(item.id)

    async def notify(self, chat: ChatRecord, text: str) -> str | None:
        stream = self._stream or sys.stdout
        print(f"ℹ {text}", file=stream, end="\n\n")
        stream.flush()
        self.notices.append((chat.chat_id, text))
        return None


async def run_console_command(core: CommandCore, line: str, chat: ChatRef = CONSOLE_CHAT) -> Reply:
    """A typed line such as '/watch North Korea' through the command core."""
    parsed = split_command(line)
    if parsed is None:
        return Reply(texts.UNKNOWN_COMMAND.format(name=line.strip()[:30]), ok=False)
    name, args = parsed
    return await core.handle(Command(chat=chat, user_id="console", name=name, args=args))


class ConsoleAdapter:
    """Console output for `tripwire run` when no chat platform is configured."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.channel = ConsoleChannel(stream)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None
