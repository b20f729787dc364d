"""Many threads making their first calls at once, then reading `job.model` of their first jobs at once: the registry
and the generated clients load once, and no call or model fails for it. CPython refuses a circular import that two
threads start at the same time (`_DeadlockError`), and a generated `models` package that imports every model was one
circle of imports: `cancel_many`'s first calls failed that way now and then, with an error that had nothing to do with
the job. A call now imports no generated client at all; the first `job.model` of a vendor imports its client's models
(`_vendors.import_object`, under the registry's lock the first time per package). Our generated `models` packages
import each model when first used, so they have no circle left; the lock is for a registered vendor's client that
still imports its models eagerly.

A first import happens once per process, so each round runs in a fresh interpreter's view: the round forgets the
generated packages (and that the registry imported them) before its threads start, and checks that its calls left
the models to the threads that read them."""

from __future__ import annotations

import subprocess
import sys
import textwrap

ROUNDS = 12

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from contextlib import ExitStack
    from anyjob import VENDORS, Config, Jobs
    from anyjob import _vendors
    from anyjob.testing import simulator

    rounds = int(sys.argv[1])
    with ExitStack() as stack:
        sims = [stack.enter_context(simulator(vendor, jobs=8, seed=1)) for vendor in VENDORS]
        config = Config.from_env({name: value for sim in sims for name, value in sim.environment.items()})
        refs = [sim.ref(job_id) for sim in sims for job_id in sim.job_ids[:8]]
        clients = tuple(plugin.client for plugin in _vendors.plugins() if plugin.client)
        assert len(clients) == len(VENDORS), clients
        failures = []
        models = set()
        for _ in range(rounds):
            for name in [name for name in sys.modules if name.startswith(clients)]:
                del sys.modules[name]
            _vendors._IMPORTED.difference_update(clients)
            calls_done = threading.Barrier(len(refs), action=lambda: failures.extend(
                f"a call imported {name}" for name in sys.modules if name.startswith(clients) and ".models" in name))
            barrier = threading.Barrier(len(refs))
            with Jobs(config) as jobs:

                def first_call(ref):
                    barrier.wait()
                    try:
                        job = jobs.get(ref)
                    except Exception as exc:
                        failures.append(f"{ref}: {exc!r}")
                        job = None
                    calls_done.wait()  # every call made; now every thread reads its first model at once
                    try:
                        if job is not None:
                            model = type(job.model)
                            models.add(f"{model.__module__}.{model.__qualname__}")
                    except Exception as exc:
                        failures.append(f"{ref}.model: {exc!r}")

                threads = [threading.Thread(target=first_call, args=(ref,)) for ref in refs]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
            missed = sorted(package for package in clients if package not in _vendors._IMPORTED)
            if missed:
                failures.append(f"the models of {missed} were not imported through the registry")
        if not all(model.startswith(clients) for model in models) or len(models) < len(VENDORS):
            failures.append(f"not every vendor's generated model was built: {sorted(models)}")
        print(f"{rounds} rounds of {len(refs)} first calls and models across {len(VENDORS)} vendors")
        for failure in failures:
            print(failure)
        sys.exit(1 if failures else 0)
    """
)


def test_first_calls_and_models_from_many_threads_at_once_all_succeed() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROUNDS)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert f"{ROUNDS} rounds of" in done.stdout


def test_the_registry_loads_once_when_threads_ask_for_it_at_once() -> None:
    """A thread that finds the registry half-loaded must wait for it, not see only the vendors loaded so far."""
    script = textwrap.dedent(
        """
        import threading
        from anyjob import _vendors
        barrier = threading.Barrier(16)
        seen = []

        def ask():
            barrier.wait()
            seen.append(_vendors.vendor_names())

        threads = [threading.Thread(target=ask) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(seen)) == 1 and len(seen) == 16, seen
        assert len(_vendors._BUILT_IN) == len(seen[0]), _vendors._BUILT_IN
        print(len(seen[0]), "vendors")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
