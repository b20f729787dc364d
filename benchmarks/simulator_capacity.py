"""How many get and cancel requests per second each simulator serves (run by `nox -s bench`).

The simulator runs in its own process; the load comes from this one over loopback, with pre-built raw HTTP/1.1
requests on keep-alive connections, so the client side costs little and the figure is the server's. The target is at
least 2,000 requests/s on a 2-core machine, so that client benchmarks measure the client and not the simulator.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import re
import time
from collections import Counter
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import httpx2

TARGET_RPS = 2000
CONNECTIONS = 16
GETS = 6000
CANCELS = 3000  # one per job: each cancel really cancels a job
_CONTENT_LENGTH = re.compile(rb"(?i)\r\ncontent-length:\s*(\d+)")


def _serve(vendor: str, jobs: int, conn: Connection) -> None:
    from anyjob.testing import simulator

    options: dict[str, Any] = {"hourly_limit": None, "minute_limit": None} if vendor == "digitalocean" else {}
    sim = simulator(vendor, jobs=jobs, **options)
    with sim:
        extra = {"project": sim.project.slug} if vendor == "veryfront" else {}
        conn.send({"base_url": sim.base_url, "job_ids": sim.job_ids, "credentials": sim.credentials, **extra})
        conn.recv()  # wait for "stop"


def _raw(request: httpx2.Request) -> bytes:
    """An httpx request as bytes on the wire."""
    target = request.url.raw_path.decode()
    lines = [f"{request.method} {target} HTTP/1.1"] + [f"{k}: {v}" for k, v in request.headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + request.content


def _request_builders(
    vendor: str, info: dict[str, Any]
) -> tuple[Callable[[str], httpx2.Request], Callable[[str], httpx2.Request]]:
    base, creds = info["base_url"], info["credentials"]
    if vendor == "veryfront":
        headers = {"Authorization": f"Bearer {creds['VERYFRONT_API_TOKEN']}"}
        prefix = f"{base}/projects/{info['project']}/jobs/"
        return (
            lambda j: httpx2.Request("GET", prefix + j, headers=headers),
            lambda j: httpx2.Request("POST", prefix + j + "/cancel", headers=headers),
        )
    if vendor == "digitalocean":
        headers = {"Authorization": f"Bearer {creds['DIGITALOCEAN_ACCESS_TOKEN']}"}
        prefix = f"{base}/v2/gen-ai/indexing_jobs/"
        return (
            lambda j: httpx2.Request("GET", prefix + j, headers=headers),
            lambda j: httpx2.Request("PUT", prefix + j + "/cancel", headers=headers, json={"uuid": j}),
        )
    from dispersed_client.signing import DispersedAuth

    auth = DispersedAuth(creds["DISPERSED_PUBLIC_KEY"], creds["DISPERSED_SECRET_KEY"])
    prefix = f"{base}/v1/jobs/"
    return (
        lambda j: auth.sign(httpx2.Request("GET", prefix + j)),
        lambda j: auth.sign(httpx2.Request("PUT", prefix + j + "/cancel", json={"reason": "benchmark"})),
    )


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
    process = multiprocessing.get_context("spawn").Process(target=_serve, args=(vendor, CANCELS, child), daemon=True)
    process.start()
    try:
        info = parent.recv()
        url = httpx2.URL(info["base_url"])
        get, cancel = _request_builders(vendor, info)
        jobs = info["job_ids"]
        gets = [_raw(get(jobs[i % len(jobs)])) for i in range(GETS)]
        cancels = [_raw(cancel(job)) for job in jobs[:CANCELS]]
        warm_up = [_raw(get(jobs[i % len(jobs)])) for i in range(500)]  # fresh requests: Dispersed refuses replays
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
        f"Simulator capacity: {CONNECTIONS} keep-alive connections, {GETS} gets and {CANCELS} cancels per vendor "
        f"(target >= {TARGET_RPS} req/s)"
    )
    print(f"{'vendor':<14}{'operation':<10}{'requests':>9}{'seconds':>9}{'req/s':>9}{'vs target':>11}  statuses")
    for vendor in ("veryfront", "dispersed", "digitalocean"):
        for operation, (elapsed, statuses) in measure(vendor).items():
            count = sum(statuses.values())
            rate = count / elapsed
            print(
                f"{vendor:<14}{operation:<10}{count:>9}{elapsed:>9.2f}{rate:>9.0f}{rate / TARGET_RPS:>10.2f}x  "
                f"{json.dumps(dict(statuses))}"
            )


if __name__ == "__main__":
    main()
