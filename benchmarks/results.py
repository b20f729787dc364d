"""The headline figures of one `nox -s bench` run, gathered from each benchmark module and printed together at the end
(`python -m benchmarks.results`), each beside its target. Figures are printed, never asserted.

Each module calls `record(...)`; the figures go to the JSON file named by ANYJOB_BENCH_RESULTS (nox sets it to a fresh
file per run), so the table at the end shows figures of this one run only. Without the variable nothing is kept.
"""

from __future__ import annotations

import json
import os
import sys
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
}


def record(key: str, value: float, note: str = "") -> None:
    path = os.environ.get(ENV)
    if not path:
        return
    file = Path(path)
    data: dict[str, Any] = json.loads(file.read_text()) if file.exists() and file.stat().st_size else {}
    data[key] = {"value": value, "note": note}
    file.write_text(json.dumps(data, indent=1))


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
