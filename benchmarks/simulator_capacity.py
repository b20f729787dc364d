"""How many get and cancel requests per second each registered vendor's simulator serves (run by `nox -s bench`).

The simulator runs in its own process; the load comes from this one over loopback, with pre-built raw HTTP/1.1
requests (what anyjob sends, from each vendor's plugin) on keep-alive connections, so the client side costs little and
the figure is the server's. The target is at
least 2,000 requests/s on a 2-core machine, so that client benchmarks measure the client and not the simulator.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import re
import time
from collections import Counter
from multiprocessing.connection import Connection

import httpx2
from anyjob import parse_ref
from anyjob._vendors import vendor_names
from anyjob.testing import SIMULATORS

from benchmarks.simulators import Wire

TARGET_RPS = 2000
CONNECTIONS = 16
GETS = 6000
CANCELS = 3000  # one per active job: each cancel really cancels a job
_CONTENT_LENGTH = re.compile(rb"(?i)\r\ncontent-length:\s*(\d+)")


def _serve(vendor: str, jobs: int, cancels: int, conn: Connection) -> None:
    """Serve the vendor's simulator (rate limits lifted) until told "stop"; first send the refs of its jobs, and of
    `cancels` active ones (started fresh, as a user would, where the seeded ones are too few)."""
    from anyjob.testing import simulator

    with simulator(vendor, jobs=jobs, hourly_limit=None, minute_limit=None) as sim:
        now = sim.clock.now()
        active = [job.id for job in sim.jobs if not job.phase(now).is_terminal and job.cancel_requested_at is None]
        active += [sim.new_job() for _ in range(max(0, cancels - len(active)))]
        conn.send({"environment": sim.environment, "refs": [sim.ref(job_id) for job_id in sim.job_ids],
                   "active": [sim.ref(job_id) for job_id in active[:cancels]]})
        conn.recv()  # wait for "stop"


def _raw(request: httpx2.Request) -> bytes:
    """An httpx request as bytes on the wire."""
    target = request.url.raw_path.decode()
    lines = [f"{request.method} {target} HTTP/1.1"] + [f"{k}: {v}" for k, v in request.headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + request.content


async def _load(host: str, port: int, requests: list[bytes]) -> tuple[float, Counter[int]]:
    async def connection(batch: list[bytes]) -> list[int]:
        reader, writer = await asyncio.open_connection(host, port)
        statuses = []
        for raw in batch:
            writer.write(raw)
            head = await reader.readuntil(b"\r\n\r\n")
            length = _CONTENT_LENGTH.search(head)
            await reader.readexactly(int(length[1]) if length else 0)
            statuses.append(int(head[9:12]))
        writer.close()
        return statuses

    batches = [requests[i::CONNECTIONS] for i in range(CONNECTIONS)]
    start = time.perf_counter()
    results = await asyncio.gather(*(connection(b) for b in batches))
    elapsed = time.perf_counter() - start
    return elapsed, Counter(s for statuses in results for s in statuses)


def measure(vendor: str) -> dict[str, tuple[float, Counter[int]]]:
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(target=_serve, args=(vendor, CANCELS, CANCELS, child),
                                                           daemon=True)
    process.start()
    try:
        info = parent.recv()
        wire = Wire.of(vendor, info["environment"])
        url = httpx2.URL(wire.base_url)
        refs = [parse_ref(ref) for ref in info["refs"]]
        # Each request built and authenticated on its own, as anyjob sends it (a vendor that signs requests signs each).
        gets = [_raw(wire.request(wire.get(refs[i % len(refs)]))) for i in range(GETS)]
        cancels = [_raw(wire.request(wire.cancel(parse_ref(ref)))) for ref in info["active"]]
        warm_up = [_raw(wire.request(wire.get(refs[i % len(refs)]))) for i in range(500)]  # fresh: no replays
        asyncio.run(_load(url.host, url.port or 80, warm_up))
        return {
            "get": asyncio.run(_load(url.host, url.port or 80, gets)),
            "cancel": asyncio.run(_load(url.host, url.port or 80, cancels)),
        }
    finally:
        parent.send("stop")
        process.join(10)


def main() -> None:
    print(
        f"Simulator capacity: {CONNECTIONS} keep-alive connections, {GETS} gets and {CANCELS} cancels (each of a "
        f"different active job) per vendor (target >= {TARGET_RPS} req/s)"
    )
    print(f"{'vendor':<14}{'operation':<10}{'requests':>9}{'seconds':>9}{'req/s':>9}{'vs target':>11}  statuses")
    for vendor in (name for name in vendor_names() if name in SIMULATORS):
        for operation, (elapsed, statuses) in measure(vendor).items():
            count = sum(statuses.values())
            rate = count / elapsed
            print(
                f"{vendor:<14}{operation:<10}{count:>9}{elapsed:>9.2f}{rate:>9.0f}{rate / TARGET_RPS:>10.2f}x  "
                f"{json.dumps(dict(statuses))}"
            )


if __name__ == "__main__":
    main()
