"""``python -m anyjob.testing serve --vendor digitalocean --port 8080``: run a simulator until interrupted.

What it prints is a shell script: ``export`` lines for every environment variable anyjob reads to use the simulator,
and everything else as ``#`` comments, so the whole output can be pasted into a shell.
"""

from __future__ import annotations

import argparse
import errno
import shlex
import signal
import sys
import threading
from typing import Any

from . import SIMULATORS, RealClock, simulator

PROG = "python -m anyjob.testing"
#: Exit status when the simulator cannot start (busy port, bad option): argparse's usage-error status.
EXIT_CANNOT_SERVE = 2


def _port(text: str) -> int:
    port = int(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a TCP port (0-65535)")
    return port


def _budget(text: str) -> int | None:
    if text.lower() == "none":
        return None
    limit = int(text)
    if limit < 1:
        raise argparse.ArgumentTypeError("a budget is at least 1 request (or 'none' for no limit)")
    return limit


def _seconds(text: str) -> float:
    seconds = float(text)
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError("a window is a positive number of seconds")
    return seconds


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve one vendor's simulated job API on 127.0.0.1")
    serve.add_argument("--vendor", required=True, choices=sorted(SIMULATORS))
    serve.add_argument("--port", type=_port, default=0, help="port on 127.0.0.1 (default: any free one)")
    serve.add_argument("--speed", type=float, default=1.0, help="how much faster than real time jobs progress")
    serve.add_argument("--seed", type=int, default=0, help="seed for the simulated jobs and random faults")
    serve.add_argument("--jobs", type=int, default=8, help="how many jobs to seed")
    defaults = "; ".join(
        f"{name}: " + (", ".join(f"{limit} per {unit}" for limit, unit in ((cls.default_minute_limit, "minute"),
                                                                          (cls.default_hourly_limit, "hour"))
                                 if limit) or "none")
        for name, cls in sorted(SIMULATORS.items()))
    limits = serve.add_argument_group(
        "rate limits",
        "Budgets always run on wall time, whatever --speed says, so Retry-After and the vendor's reset headers mean "
        f"what they say. Defaults, each vendor's documented (or chosen) budgets: {defaults}.",
    )
    # SUPPRESS: a flag left out is absent from the namespace, unlike `--minute-limit none` (no limit at all).
    limits.add_argument("--minute-limit", type=_budget, metavar="N", default=argparse.SUPPRESS,
                        help="requests per minute window, or 'none'")
    limits.add_argument("--minute-window", type=_seconds, metavar="SECONDS", default=argparse.SUPPRESS,
                        help="length of the 'minute' window (default 60; shorter for fast tests)")
    limits.add_argument("--hourly-limit", type=_budget, metavar="N", default=argparse.SUPPRESS,
                        help="requests per hour window, or 'none'")
    limits.add_argument("--hourly-window", type=_seconds, metavar="SECONDS", default=argparse.SUPPRESS,
                        help="length of the 'hour' window (default 3600)")
    return parser


def _rate_options(args: argparse.Namespace) -> dict[str, Any]:
    given = {name: getattr(args, name) for name in ("minute_limit", "minute_window", "hourly_limit", "hourly_window")
             if hasattr(args, name)}
    # Wall time for the budgets: with --speed, a sped-up clock would put Retry-After in simulated seconds.
    given["rate_clock"] = RealClock()
    return given


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    options = _rate_options(args)

    sim = simulator(args.vendor, clock=RealClock(speed=args.speed), seed=args.seed, jobs=args.jobs, port=args.port,
                    **options)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        sim.start()
    except OSError as exc:
        reason = "the port is already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        print(f"{PROG}: cannot serve the {args.vendor} simulator on 127.0.0.1:{args.port}: {reason}", file=sys.stderr)
        return EXIT_CANNOT_SERVE
    try:
        _announce(sim, args.vendor)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    finally:
        sim.stop()
    return 0


def _announce(sim: Any, vendor: str) -> None:
    print(f"# {vendor} simulator serving on {sim.base_url}  (Ctrl-C to stop)")
    print("# the environment anyjob reads; paste these lines into a shell:")
    for name, value in sim.environment.items():
        print(f"export {name}={shlex.quote(value)}")
    budgets = [f"{limit} per {window:g} s" for limit, window in ((sim.minute_limit, sim.minute_window),
                                                                (sim.hourly_limit, sim.hourly_window)) if limit]
    print(f"# rate limits: {', '.join(budgets) or 'none'}")
    print("# seeded job ids:")
    for job in list(sim.jobs)[:5]:
        print(f"#   {job.id}  ({job.phase(sim.clock.now())})")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
