"""Every setting Tripwire reads, from the environment or an optional `tripwire.toml`.

Read once, at the composition root (the CLI), and handed down: nothing below the CLI
reads the environment itself.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///tripwire.db"


def _env(name: str) -> AliasChoices:
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        toml_file="tripwire.toml", extra="ignore", populate_by_name=True
    )

    database_url: str = Field(DEFAULT_DATABASE_URL, validation_alias=_env("TRIPWIRE_DATABASE_URL"))
    poll_interval: float = Field(300.0, gt=0, validation_alias=_env("TRIPWIRE_POLL_INTERVAL"))
    allow_private_feeds: bool = Field(
        False, validation_alias=_env("TRIPWIRE_ALLOW_PRIVATE_FEEDS")
    )
    spacy_model: str = Field("auto", validation_alias=_env("TRIPWIRE_SPACY_MODEL"))
    http_host: str = Field("127.0.0.1", validation_alias=_env("TRIPWIRE_HTTP_HOST"))
    http_port: int = Field(8080, ge=0, le=65535, validation_alias=_env("TRIPWIRE_HTTP_PORT"))
    group_everyone_can_edit: bool = Field(
        False, validation_alias=_env("TRIPWIRE_GROUP_EVERYONE_CAN_EDIT")
    )
    allowed_chats: list[str] = Field(
        default_factory=list, validation_alias=_env("TRIPWIRE_ALLOWED_CHATS")
    )
    feed_max_bytes: int = Field(
        10 * 1024 * 1024, gt=0, validation_alias=_env("TRIPWIRE_FEED_MAX_BYTES")
    )
    feed_timeout: float = Field(20.0, gt=0, validation_alias=_env("TRIPWIRE_FEED_TIMEOUT"))
    # Adaptive per-feed schedule: never more often than the floor (default: the poll
    # interval), never less often than the ceiling.
    feed_min_interval: float | None = Field(
        None, gt=0, validation_alias=_env("TRIPWIRE_FEED_MIN_INTERVAL")
    )
    feed_max_interval: float = Field(
        6 * 3600.0, gt=0, validation_alias=_env("TRIPWIRE_FEED_MAX_INTERVAL")
    )
    feed_per_host: int = Field(2, ge=1, validation_alias=_env("TRIPWIRE_FEED_PER_HOST"))
    feed_failures_to_disable: int = Field(
        8, ge=1, validation_alias=_env("TRIPWIRE_FEED_FAILURES_TO_DISABLE")
    )

    # Scale-out roles (bot.roles, bot.tasks): Celery on Redis, leaders elected on PostgreSQL.
    redis_url: str = Field("redis://127.0.0.1:6379/0", validation_alias=_env("TRIPWIRE_REDIS_URL"))
    # A task a dead worker held comes back to the queue after this many seconds.
    task_visibility_timeout: float = Field(
        300.0, gt=0, validation_alias=_env("TRIPWIRE_TASK_VISIBILITY_TIMEOUT")
    )
    scheduler_tick: float = Field(5.0, gt=0, validation_alias=_env("TRIPWIRE_SCHEDULER_TICK"))
    send_interval: float = Field(2.0, gt=0, validation_alias=_env("TRIPWIRE_SEND_INTERVAL"))
    leader_retry: float = Field(2.0, gt=0, validation_alias=_env("TRIPWIRE_LEADER_RETRY"))
    # /healthz and /metrics: None = on for the scale-out roles, and for `tripwire run` only
    # when Slack (HTTP mode) or a Telegram webhook needs the server anyway.
    http_enabled: bool | None = Field(None, validation_alias=_env("TRIPWIRE_HTTP_ENABLED"))

    telegram_bot_token: str | None = Field(None, validation_alias=_env("TELEGRAM_BOT_TOKEN"))
    telegram_base_url: str | None = Field(None, validation_alias=_env("TELEGRAM_BASE_URL"))
    # Webhook mode: the public HTTPS URL ending in /telegram/webhook, and its secret.
    telegram_webhook_url: str | None = Field(
        None, validation_alias=_env("TELEGRAM_WEBHOOK_URL")
    )
    telegram_webhook_secret: str | None = Field(
        None, validation_alias=_env("TELEGRAM_WEBHOOK_SECRET")
    )
    slack_bot_token: str | None = Field(None, validation_alias=_env("SLACK_BOT_TOKEN"))
    slack_signing_secret: str | None = Field(
        None, validation_alias=_env("SLACK_SIGNING_SECRET")
    )
    slack_app_token: str | None = Field(None, validation_alias=_env("SLACK_APP_TOKEN"))
    slack_api_url: str | None = Field(None, validation_alias=_env("SLACK_API_URL"))

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment wins over the file so one deployment file can serve many hosts.
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls),
            file_secret_settings,
        )


def load_settings(toml_path: Path | None = None) -> Settings:
    if toml_path is not None:
        class _FromFile(Settings):
            model_config = SettingsConfigDict(toml_file=toml_path)

        return _FromFile()
    return Settings()
