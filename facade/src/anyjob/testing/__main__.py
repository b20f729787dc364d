"""``python -m anyjob.testing serve --vendor digitalocean --port 8080``: run a simulator until interrupted."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from . import SIMULATORS, RealClock, simulator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anyjob.testing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve one vendor's simulated job API on 127.0.0.1")
    serve.add_argument("--vendor", required=True, choices=sorted(SIMULATORS))
    serve.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)")
    serve.add_argument("--speed", type=float, default=1.0, help="how much faster than real time jobs progress")
    serve.add_argument("--seed", type=int, default=0, help="seed for the simulated jobs and random faults")
    serve.add_argument("--jobs", type=int, default=8, help="how many jobs to seed")
    args = parser.parse_args(argv)

    sim = simulator(args.vendor, clock=RealClock(speed=args.speed), seed=args.seed, jobs=args.jobs, port=args.port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with sim:
        print(f"{args.vendor} simulator serving on {sim.base_url}  (Ctrl-C to stop)")
        print("credentials (environment variables anyjob reads):")
        for name, value in sim.credentials.items():
            print(f"  {name}={value}")
        print(f"  {args.vendor.upper()}_API_URL={sim.base_url}")
        print("seeded job ids:")
        for job in list(sim.jobs)[:5]:
            print(f"  {job.id}  ({job.phase(sim.clock.now())})")
        sys.stdout.flush()
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
