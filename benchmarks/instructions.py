"""Client instructions per call, counted by valgrind's cachegrind: anyjob's get and cancel against raw httpx2 sending
the same request (run by `nox -s bench`; skipped when valgrind is not installed). A third contender, raw httpx2
handing the same request to its transport as anyjob's own client does (`anyjob._drivers.build_client`), shows what
anyjob's engine costs on top of that route.

Latency on a shared 2-core machine moves by 5-10% between runs, which is as large as the per-call overhead being
chased. The work a client does per call does not move: this counts the instructions this process executes (and its
simulated L1 cache misses, which is where a cold interpreter spends its time) for one call, as the difference between
a child that makes W warm-up calls and one that makes W + N, each under cachegrind, against the bench vendor's
simulator in its own (unmeasured) process. The kernel's share (socket calls) is not counted, and is the same for both.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import cast

import httpx2

from benchmarks.facade import ANYJOB, LIMITS, PAGE_SIZE, RAW, _anyjob_calls, _raw
from benchmarks.results import record
from benchmarks.simulators import SimulatorProcess, Wire, bench_vendor

WARM_UP = 150
COUNTED = 300
THROUGH_TRANSPORT = "raw transport"
CLIENTS = (RAW, THROUGH_TRANSPORT, ANYJOB)
COUNTERS = {"instructions": "I   refs", "L1 instruction misses": "I1  misses", "L1 data misses": "D1  misses"}


def _child(client: str, operation: str, calls: int, environment: dict[str, str], vendor: str, refs: list[str]) -> None:
    """Make `calls` calls (`operation` of the refs in turn) as section 1's `client` makes them, then exit."""
    from anyjob import Config, Jobs

    wire = Wire.of(vendor, environment)
    if client == THROUGH_TRANSPORT:
        one = _through_transport(wire, operation, refs)
    elif client == RAW:
        contender = _raw(wire, PAGE_SIZE, None)
        assert contender.prepare is not None
        contender.prepare(operation, refs)  # raw's requests, built before the calls as section 1 builds them
        one = contender.calls[operation]
    else:
        one = _anyjob_calls(Jobs(Config.from_env(environment)), vendor, PAGE_SIZE, None, PAGE_SIZE)[operation]
    for index in range(calls):
        one(refs[index % len(refs)])


def _through_transport(wire: Wire, operation: str, refs: list[str]) -> Callable[[str], object]:
    """Raw httpx2 the way anyjob's own client sends: the request built by the client, passed through the vendor's
    auth and handed to the client's transport; the body read from the transport's stream."""
    from anyjob import parse_ref

    transport = httpx2.HTTPTransport(limits=LIMITS)
    http = httpx2.Client(transport=transport, follow_redirects=False)
    make = wire.get if operation == "get" else wire.cancel
    built = {ref: make(parse_ref(ref)) for ref in refs}

    def one(ref: str) -> object:
        call = built[ref]
        request = http.build_request(call.method, wire.base_url + call.url, params=call.params, headers=call.headers,
                                     json=call.json)
        response = transport.handle_request(next(wire.auth.sync_auth_flow(request)))
        try:
            body = b"".join(cast(httpx2.SyncByteStream, response.stream))
        finally:
            response.close()
        return json.loads(body)

    return one


def _count(client: str, operation: str, calls: int, environment: dict[str, str], vendor: str,
           refs: list[str]) -> dict[str, int]:
    arguments = json.dumps([client, operation, calls, environment, vendor, refs])
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=yes", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-m", "benchmarks.instructions", "--child", arguments],
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    counts = {}
    for name, label in COUNTERS.items():
        found = re.search(re.escape(label) + r":\s+([\d,]+)", done.stderr)
        if found is None:
            raise RuntimeError(f"cachegrind printed no {label!r}:\n{done.stderr[-2000:]}")
        counts[name] = int(found.group(1).replace(",", ""))
    return counts


def main(vendor: str) -> None:
    print("5. Client instructions per call (valgrind cachegrind; the simulator in its own process, not counted): "
          f"{WARM_UP} warm-up calls, then {COUNTED} counted; per call = (warm-up + counted - warm-up alone) / "
          f"{COUNTED}")
    if shutil.which("valgrind") is None:
        print("  not measured: valgrind is not installed")
        return
    with SimulatorProcess(vendor, jobs=8_000, page_size=20) as sim:
        gets = sim.take(40) + sim.ended[:60]
        per_call: dict[tuple[str, str], dict[str, float]] = {}
        for operation in ("get", "cancel"):
            for client in CLIENTS:
                # A cancel cancels a different active job each time: the warm-up run takes its own.
                base_refs = gets if operation == "get" else sim.take(WARM_UP)
                full_refs = gets if operation == "get" else sim.take(WARM_UP + COUNTED)
                base = _count(client, operation, WARM_UP, sim.environment, vendor, base_refs)
                full = _count(client, operation, WARM_UP + COUNTED, sim.environment, vendor, full_refs)
                per_call[operation, client] = {name: (full[name] - base[name]) / COUNTED for name in COUNTERS}
    print(f"  {'operation':<10}{'client':<15}" + "".join(f"{name:>24}" for name in COUNTERS))
    for operation in ("get", "cancel"):
        raw = per_call[operation, RAW]
        for client in CLIENTS:
            figures = per_call[operation, client]
            cells = "".join(f"{figures[name]:>16,.0f} {figures[name] / raw[name]:>6.3f}x" for name in COUNTERS)
            print(f"  {operation:<10}{client:<15}{cells}")
        ours = per_call[operation, ANYJOB]
        record(f"{operation}_instructions_ratio", ours["instructions"] / raw["instructions"],
               f"{ours['instructions']:,.0f} vs {raw['instructions']:,.0f} per {operation}; L1 misses "
               f"{(ours['L1 instruction misses'] + ours['L1 data misses']):,.0f} vs "
               f"{(raw['L1 instruction misses'] + raw['L1 data misses']):,.0f}")
        through = per_call[operation, THROUGH_TRANSPORT]["instructions"]
        record(f"{operation}_engine_instructions", (ours["instructions"] - through) / 1000,
               f"anyjob {ours['instructions']:,.0f} vs raw httpx2 through its transport {through:,.0f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*json.loads(sys.argv[2]))
    else:
        main(bench_vendor(sys.argv[1] if len(sys.argv) > 1 else None))
