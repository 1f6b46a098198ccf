"""Settings: defaults, the environment, a tripwire.toml, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import DEFAULT_DATABASE_URL, Settings, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("TRIPWIRE_DATABASE_URL", "TRIPWIRE_POLL_INTERVAL", "TELEGRAM_BOT_TOKEN",
                 "TRIPWIRE_ALLOWED_CHATS", "TRIPWIRE_ALLOW_PRIVATE_FEEDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults_are_the_embedded_ones() -> None:
    s = Settings()
    assert s.database_url == DEFAULT_DATABASE_URL
    assert s.poll_interval == 300
    assert s.allow_private_feeds is False
    assert s.telegram_bot_token is None and s.slack_bot_token is None


def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIPWIRE_POLL_INTERVAL", "45")
    monkeypatch.setenv("TRIPWIRE_ALLOWED_CHATS", '["123", "slack:C1"]')
    monkeypatch.setenv("TRIPWIRE_ALLOW_PRIVATE_FEEDS", "true")
    s = Settings()
    assert s.poll_interval == 45
    assert s.allowed_chats == ["123", "slack:C1"]
    assert s.allow_private_feeds is True


def test_toml_file_and_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tripwire.toml").write_text(
        'tripwire_database_url = "sqlite+aiosqlite:///from-file.db"\n'
        "tripwire_poll_interval = 60\n"
    )
    s = Settings()
    assert s.database_url.endswith("from-file.db") and s.poll_interval == 60
    monkeypatch.setenv("TRIPWIRE_POLL_INTERVAL", "5")
    assert Settings().poll_interval == 5


def test_explicit_config_path(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text('telegram_bot_token = "123:abc"\n')
    assert load_settings(other).telegram_bot_token == "123:abc"


def test_bad_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIPWIRE_POLL_INTERVAL", "-1")
    with pytest.raises(ValidationError, match="TRIPWIRE_POLL_INTERVAL"):
        Settings()
