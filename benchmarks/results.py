"""The headline figures of one `nox -s bench` run, gathered from each benchmark module and printed together at the end
(`python -m benchmarks.results`), each beside its target. Figures are printed, never asserted.

Each module calls `record(...)` (one figure) or `record_vendor(...)` (one vendor's per-call comparison with raw httpx2
and its SDKs); the figures go to the JSON file named by ANYJOB_BENCH_RESULTS (nox sets it to a fresh file per run), so
the tables at the end show figures of this one run only. Without the variable nothing is kept.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV = "ANYJOB_BENCH_RESULTS"

# key: (what, target text, comparison "<=" or ">=", target value, unit). The targets are issue 15's.
TARGETS: dict[str, tuple[str, str, float, str]] = {
    "get_ratio": ("per call get: anyjob / raw httpx2 (median latency)", "<=", 1.05, "x"),
    "cancel_ratio": ("per call cancel: anyjob / raw httpx2 (median latency)", "<=", 1.05, "x"),
    "get_cpu": ("per call get: CPU over raw httpx2", "<=", 50.0, "us"),
    "cancel_cpu": ("per call cancel: CPU over raw httpx2", "<=", 50.0, "us"),
    "import_ratio": ("import anyjob / import httpx2 (median, fresh interpreters)", "<=", 1.15, "x"),
    "first_call_ratio": ("time to first call: anyjob / raw httpx2", "<=", 1.15, "x"),
    "async_bulk_ratio": ("async cancel_many / raw httpx2.AsyncClient (jobs/s)", ">=", 0.95, "x"),
    "sync_refused": ("sync cancel_many, described budget: refused / requests", "<=", 1.0, "%"),
    "async_refused": ("async cancel_many, described budget: refused / requests", "<=", 1.0, "%"),
    "hidden_later_refused": ("hidden per-minute window: refusals after the first window", "<=", 0.0, ""),
}
INFORMATION = {  # figures without a target, shown under the table
    "tracing_off_us": "tracing off (no SDK): cost per operation of anyjob's telemetry",
    "tracing_off_share": "tracing off: that cost as a share of a get's median latency",
    "tracing_on_us": "tracing on (SDK, in-memory exporter): extra latency per get over tracing off",
    "tracing_on_cpu": "tracing on: extra CPU per get over tracing off",
    "import_cpu_ratio": "import anyjob / import httpx2, CPU time of the child",
    "first_call_cpu_ratio": "time to first call, CPU time of the child",
    "hidden_first_refused": "hidden per-minute window: refusals in the first window (requests already in flight)",
    "get_instructions_ratio": "client instructions per get (cachegrind), anyjob / raw httpx2",
    "cancel_instructions_ratio": "client instructions per cancel (cachegrind), anyjob / raw httpx2",
    "get_engine_instructions": "anyjob's own thousands of instructions per get (over raw httpx2's transport)",
    "cancel_engine_instructions": "anyjob's own thousands of instructions per cancel (over raw httpx2's transport)",
}


GOAL = "anyjob faster than each official SDK per call"  # issue 14's, per vendor: anyjob's median below the SDK's
VENDORS = "vendors"  # the key under which `record_vendor` keeps each vendor's figures


def _update(change: Callable[[dict[str, Any]], None]) -> None:
    path = os.environ.get(ENV)
    if not path:
        return
    file = Path(path)
    data: dict[str, Any] = json.loads(file.read_text()) if file.exists() and file.stat().st_size else {}
    change(data)
    file.write_text(json.dumps(data, indent=1))


def record(key: str, value: float, note: str = "") -> None:
    _update(lambda data: data.update({key: {"value": value, "note": note}}))


def record_vendor(vendor: str, figures: dict[str, Any]) -> None:
    """One vendor's per-call comparison: `figures["ops"][call][client]` = {"median", "p90", "cpu"} (microseconds)
    for the clients "httpx2 (raw)", "anyjob" and each SDK named in `figures["sdks"]`; `figures["imports"]` = {label:
    median ms}; `figures["skipped"]` = {SDK: why}; `figures["kind"]`, the kind of job measured (or None)."""
    _update(lambda data: data.setdefault(VENDORS, {}).update({vendor: figures}))


def _shown(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "%":
        return f"{value:.1f}%"
    if unit == "us":
        return f"{value:+.1f} us"
    return f"{value:g}"


def main() -> int:
    path = os.environ.get(ENV)
    if not path or not Path(path).exists():
        print(f"no figures: set {ENV} to a file and run the benchmarks first")
        return 0
    data: dict[str, dict[str, Any]] = json.loads(Path(path).read_text())
    print("Issue 15's targets, figures of this run (side by side in one process where the figure is a ratio):")
    met = missed = 0
    for key, (what, op, target, unit) in TARGETS.items():
        if key not in data:
            print(f"  {what:<66}{'not measured':>12}")
            continue
        value = data[key]["value"]
        ok = value <= target if op == "<=" else value >= target
        met, missed = met + ok, missed + (not ok)
        note = f"  ({data[key]['note']})" if data[key]["note"] else ""
        print(f"  {what:<66}{_shown(value, unit):>12}  target {op} {_shown(target, unit):<8} "
              f"{'MET' if ok else 'MISSED'}{note}")
    print(f"  {met} met, {missed} missed")
    shown = [(INFORMATION[key], data[key]) for key in INFORMATION if key in data]
    if shown:
        print("Also measured:")
        for what, figure in shown:
            note = f"  ({figure['note']})" if figure["note"] else ""
            print(f"  {what:<80}{figure['value']:>10.3g}{note}")
    print_vendors(data.get(VENDORS, {}))
    return 0


def print_vendors(vendors: dict[str, dict[str, Any]]) -> None:
    """Issue 14's per-vendor table: anyjob / raw httpx2, and anyjob / each SDK, per call; then import times."""
    if not vendors:
        print("Per vendor: not measured")
        return
    print(f"Issue 14's goal, per vendor: {GOAL} (median latency, against the same simulator in one run; "
          "anyjob/SDK below 1.00x meets it):")
    print(f"  {'vendor':<14}{'call':<8}{'raw us':>9}{'anyjob us':>10}{'anyjob/raw':>11}  {'SDK':<10}{'SDK us':>9}"
          f"{'anyjob/SDK':>11}  goal")
    met = missed = 0
    for vendor, figures in vendors.items():
        first = True
        for call, clients in figures["ops"].items():
            raw, ours = clients.get("httpx2 (raw)"), clients.get("anyjob")
            if raw is None or ours is None:
                print(f"  {vendor if first else '':<14}{call:<8}not measured")
                first = False
                continue
            head = f"  {vendor if first else '':<14}{call:<8}{raw['median']:>9.1f}{ours['median']:>10.1f}" \
                   f"{ours['median'] / raw['median']:>10.2f}x"
            first = False
            sdks = [sdk for sdk in figures["sdks"] if sdk in clients]
            if not sdks:
                print(f"{head}  (no SDK)")
            for index, sdk in enumerate(sdks):
                ratio = ours["median"] / clients[sdk]["median"]
                met, missed = met + (ratio < 1), missed + (ratio >= 1)
                line = head if index == 0 else " " * len(head)
                verdict = "MET" if ratio < 1 else "MISSED"
                print(f"{line}  {sdk:<10}{clients[sdk]['median']:>9.1f}{ratio:>10.2f}x  {verdict}")
        for sdk, why in figures["skipped"].items():
            print(f"  {'':<14}{'':<8}{sdk}: not measured ({why})")
    print(f"  {met} met, {missed} missed (every SDK, every call)")
    print("  import, median ms of fresh interpreters (`import anyjob`; 'ready': with what a first call to the vendor "
          "imports too; each SDK: `import <sdk>`):")
    for vendor, figures in vendors.items():
        imports = figures["imports"]
        base = imports.get("anyjob")
        ready = imports.get(f"anyjob, ready for {vendor}")
        parts = [f"anyjob {_ms(base)}, ready {_ms(ready)}"]
        for sdk, ms in imports.items():
            if sdk in ("anyjob", f"anyjob, ready for {vendor}"):
                continue
            if ms is None:
                parts.append(f"{sdk} not measured")
            else:
                ratios = f"anyjob/{sdk} {base / ms:.2f}x" if base else ""
                ratios += f", ready/{sdk} {ready / ms:.2f}x" if ready else ""
                parts.append(f"{sdk} {ms:.1f} ({ratios})")
        print(f"  {vendor:<14}{'; '.join(parts)}")


def _ms(value: float | None) -> str:
    return "not measured" if value is None else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
