"""The one HTTP server of a Tripwire process: `/healthz` and Prometheus `/metrics` always,
plus whatever routes the chat adapters contribute (Slack's `/slack/events`, Telegram's
webhook) on TRIPWIRE_HTTP_HOST:TRIPWIRE_HTTP_PORT.

`HttpServer` runs inside the process's event loop; `ThreadedHttpServer` runs the same app on
a loop of its own in a daemon thread, for a process whose main thread belongs to someone else
(the Celery worker).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import structlog
from aiohttp import web

from bot.errors import ConfigError
from bot.metrics import Metrics

log = structlog.get_logger(__name__)

HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"

HealthCheck = Callable[[], Awaitable[dict[str, Any]]]
"""Returns the health document; its "ok" decides between 200 and 503."""


async def _always_ok() -> dict[str, Any]:
    return {"ok": True}


def build_web_app(metrics: Metrics, *, health: HealthCheck | None = None,
                  routes: Sequence[web.RouteDef] = ()) -> web.Application:
    check = health or _always_ok

    async def healthz(_request: web.Request) -> web.Response:
        try:
            doc = await check()
        except Exception as err:  # a failing check is an unhealthy answer, not a 500
            doc = {"ok": False, "error": f"{type(err).__name__}: {err}"}
        return web.json_response(doc, status=200 if doc.get("ok") else 503)

    async def metrics_view(_request: web.Request) -> web.Response:
        body, content_type = metrics.render()
        response = web.Response(body=body)
        # aiohttp refuses a content_type with parameters; the header takes it whole.
        response.headers["Content-Type"] = content_type
        return response

    app = web.Application()
    app.router.add_get(HEALTH_PATH, healthz)
    app.router.add_get(METRICS_PATH, metrics_view)
    app.add_routes(list(routes))
    return app


class AppServer:
    """Serves an aiohttp application on host:port inside the running loop (port 0 = any free;
    the runner then knows which one the OS picked)."""

    def __init__(self, web_app: web.Application, *, host: str = "127.0.0.1",
                 port: int = 8080) -> None:
        self._web_app = web_app
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self._bound: int | None = None

    @property
    def started(self) -> bool:
        return self._runner is not None

    @property
    def port(self) -> int:
        if self._bound is None:
            raise ConfigError("the HTTP server is not started")
        return self._bound

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    async def start(self) -> None:
        runner = web.AppRunner(self._web_app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port)
        try:
            await site.start()
        except OSError as err:
            await runner.cleanup()
            raise ConfigError(f"cannot listen on {self._host}:{self._port}: {err}") from err
        self._runner = runner
        addresses = runner.addresses
        self._bound = int(addresses[0][1]) if addresses else self._port
        log.info("http.started", url=self.url)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
            self._bound = None


class HttpServer:
    """The process's own app (/healthz, /metrics and the routes adapters contribute), served
    by an AppServer built at start."""

    def __init__(self, metrics: Metrics, *, host: str = "127.0.0.1", port: int = 8080,
                 health: HealthCheck | None = None) -> None:
        self._metrics = metrics
        self._health = health
        self._routes: list[web.RouteDef] = []
        self._host = host
        self._port = port
        self._server: AppServer | None = None

    def add_routes(self, routes: Sequence[web.RouteDef]) -> None:
        """Routes an adapter contributes; only before `start`."""
        if self._server is not None:
            raise ConfigError("routes must be added before the HTTP server starts")
        self._routes.extend(routes)

    def set_health(self, health: HealthCheck) -> None:
        self._health = health

    @property
    def port(self) -> int:
        if self._server is None:
            raise ConfigError("the HTTP server is not started")
        return self._server.port

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    async def start(self) -> None:
        app = build_web_app(self._metrics, health=self._health, routes=self._routes)
        server = AppServer(app, host=self._host, port=self._port)
        await server.start()
        self._server = server

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.stop()
            self._server = None


class ThreadedHttpServer:
    """An HttpServer on its own event loop in a daemon thread."""

    def __init__(self, server: HttpServer) -> None:
        self._server = server
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tripwire-http",
                                        daemon=True)

    @property
    def server(self) -> HttpServer:
        return self._server

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._server.start(), self._loop).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._server.stop(), self._loop).result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
