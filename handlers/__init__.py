"""Chat adapters (Telegram, Slack, console) and the platform-neutral command core."""
