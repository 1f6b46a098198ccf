"""The APScheduler wiring: the poll runs at once and on its interval, jobs never overlap,
a failing job does not stop the schedule, and stop() waits for the job in flight."""

from __future__ import annotations

import asyncio

from bot.scheduler import ServiceScheduler


async def test_poll_runs_at_start_and_send_on_its_tick() -> None:
    polled = asyncio.Event()
    sent = asyncio.Event()

    async def poll() -> None:
        polled.set()

    async def send() -> None:
        sent.set()

    scheduler = ServiceScheduler(poll, send, poll_interval=3600, send_interval=0.05)
    scheduler.start()
    try:
        await asyncio.wait_for(polled.wait(), 5)
        await asyncio.wait_for(sent.wait(), 5)
    finally:
        await scheduler.stop()


async def test_a_failing_job_keeps_the_schedule_alive() -> None:
    calls = 0

    async def poll() -> None:
        nonlocal calls
        calls += 1
        raise RuntimeError("feed server exploded")

    async def send() -> None:
        return None

    scheduler = ServiceScheduler(poll, send, poll_interval=0.05)
    scheduler.start()
    try:
        for _ in range(200):
            if calls >= 2:
                break
            await asyncio.sleep(0.02)
    finally:
        await scheduler.stop()
    assert calls >= 2


async def test_stop_waits_for_the_job_in_flight_and_jobs_do_not_overlap() -> None:
    started = asyncio.Event()
    release = asyncio.Event()
    running = 0
    overlap = False
    finished = 0

    async def poll() -> None:
        nonlocal running, overlap, finished
        running += 1
        overlap = overlap or running > 1
        started.set()
        await release.wait()
        running -= 1
        finished += 1

    async def send() -> None:
        return None

    scheduler = ServiceScheduler(poll, send, poll_interval=0.01)
    scheduler.start()
    await asyncio.wait_for(started.wait(), 5)
    await asyncio.sleep(0.1)  # several intervals pass while the first poll is still running
    stopping = asyncio.create_task(scheduler.stop())
    await asyncio.sleep(0.05)
    assert not stopping.done()  # stop() is waiting for the poll in flight
    release.set()
    await asyncio.wait_for(stopping, 5)
    assert finished == 1 and not overlap
