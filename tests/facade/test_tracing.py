"""OpenTelemetry spans and `logging` records of anyjob's operations, read back with the SDK's in-memory exporter.

Vendor-neutral: vendors come from the registry (`anyjob.testing.SIMULATORS`: every registered vendor with a simulator)
and are reached through their simulators' own environment (`sim.environment`), so a vendor added to the registry is
tested here too. The span-tree test runs for every such vendor; the others use the first one in registry order.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx2
import pytest
from anyjob import AsyncJobs, Config, JobRef, Jobs, JobState, NotFound, RetryPolicy
from anyjob.testing import SIMULATORS, Fault, Phase, VendorSimulator, simulator
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

VENDORS_WITH_SIMULATORS = list(SIMULATORS)
FIRST = VENDORS_WITH_SIMULATORS[0]  # the vendor of the tests that need only one
QUICK = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02)
ACTIVE = (Phase.QUEUED, Phase.RUNNING)


# -- helpers -------------------------------------------------------------------------------------------------------


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


@contextmanager
def started(vendor: str, **options: Any) -> Iterator[tuple[VendorSimulator, Config]]:
    """The vendor's simulator (rate limits lifted unless given) and a Config from its own environment."""
    options.setdefault("minute_limit", None)
    options.setdefault("hourly_limit", None)
    with simulator(vendor, jobs=12, seed=5, **options) as sim:
        yield sim, Config.from_env(sim.environment)


def ref_of(vendor: str, config: Config, job_id: str) -> JobRef:
    """The ref of a job, with the configured default scope for vendors whose jobs live in one."""
    from anyjob._vendors import plugin_for

    scope = plugin_for(vendor).scope
    project = getattr(config, f"{vendor}_{scope.setting}") if scope is not None and scope.setting else None
    return JobRef(vendor, job_id, project=project)


def refs(sim: VendorSimulator, config: Config, phases: tuple[Phase, ...] | None = None) -> list[JobRef]:
    now = sim.clock.now()
    return [ref_of(sim.vendor, config, job.id) for job in sim.jobs
            if phases is None or job.phase(now) in phases]


def spans_named(spans: tuple[ReadableSpan, ...], name: str) -> list[ReadableSpan]:
    return [span for span in spans if span.name == name]


def children(spans: tuple[ReadableSpan, ...], parent: ReadableSpan) -> list[ReadableSpan]:
    assert parent.context is not None
    found = [span for span in spans if span.parent is not None and span.parent.span_id == parent.context.span_id]
    return sorted(found, key=lambda span: span.start_time or 0)


def texts_of(span: ReadableSpan) -> list[str]:
    """Every text a span exporter would ship for `span`."""
    texts = [span.name, str(span.status.description or "")]
    texts += [str(value) for value in (span.attributes or {}).values()]
    for event in span.events:
        texts.append(event.name)
        texts += [str(value) for value in (event.attributes or {}).values()]
    return texts


# -- the span tree of a cancel whose first answer was lost ----------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS_WITH_SIMULATORS)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cancel_whose_first_answer_was_lost_is_one_span_with_two_attempts_and_a_confirming_read(
        vendor: str, mode: str, provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    from anyjob._vendors import plugin_for

    with started(vendor) as (sim, config):
        ref = refs(sim, config, ACTIVE)[0]
        # A proxy's 502 for the first request (the cancel): the vendor never saw it, so anyjob cannot know what it
        # did; it reads the job, finds it still active, and sends the cancel again.
        sim.faults.add(Fault.http_status(502), times=1)
        if mode == "sync":
            with Jobs(config, retry=QUICK, tracer_provider=provider) as jobs:
                job = jobs.cancel(ref)
        else:
            async def cancel() -> Any:
                async with AsyncJobs(config, retry=QUICK, tracer_provider=provider) as jobs:
                    return await jobs.cancel(ref)

            job = asyncio.run(cancel())
    assert job.state in (JobState.CANCELLING, JobState.CANCELLED)
    spans = exporter.get_finished_spans()
    operation, = spans_named(spans, "anyjob.cancel")
    assert operation.kind is SpanKind.INTERNAL and operation.parent is None
    assert operation.status.status_code is StatusCode.UNSET
    assert operation.attributes is not None
    assert operation.attributes["anyjob.vendor"] == vendor and operation.attributes["anyjob.ref"] == str(ref)
    assert operation.attributes["anyjob.outcome"] == "ok"
    assert operation.attributes["anyjob.job.state"] == str(job.state)

    cancel_method = plugin_for(vendor).cancel(ref.job_id, ref.project, None).method
    get_method = plugin_for(vendor).get(ref.job_id, ref.project).method
    first, read, second = children(spans, operation)
    assert [span.kind for span in (first, read, second)] == [SpanKind.CLIENT] * 3
    assert [span.name for span in (first, read, second)] == [cancel_method, get_method, cancel_method]
    attributes = [dict(span.attributes or {}) for span in (first, read, second)]
    assert [a["anyjob.request"] for a in attributes] == ["cancel", "confirm", "cancel"]
    assert [a["anyjob.attempt"] for a in attributes] == [1, 1, 2]
    assert [a["http.response.status_code"] for a in attributes] == [502, 200, 200]
    assert [a["anyjob.outcome"] for a in attributes] == ["ServerError", "ok", "ok"]
    assert attributes[0]["error.type"] == "502" and first.status.status_code is StatusCode.ERROR
    assert "error.type" not in attributes[2] and second.status.status_code is StatusCode.UNSET
    assert "http.request.resend_count" not in attributes[0] and attributes[2]["http.request.resend_count"] == 1
    for a in attributes:
        assert a["http.request.method"] in ("GET", "POST", "PUT", "PATCH", "DELETE")
        assert a["server.address"] == "127.0.0.1" and isinstance(a["server.port"], int)
        assert str(a["url.full"]).startswith(f"http://127.0.0.1:{a['server.port']}/")
        assert ref.job_id in str(a["url.full"])
        assert a["anyjob.ref"] == str(ref) and a["anyjob.vendor"] == vendor
    events = [event.name for event in operation.events]
    assert events == ["anyjob.cancel.confirm", "anyjob.retry"]
    confirm = dict(operation.events[0].attributes or {})
    assert confirm["anyjob.confirmed"] is False
    assert confirm["anyjob.job.state"] in (JobState.QUEUED, JobState.RUNNING)


# -- every operation -------------------------------------------------------------------------------------------------


def test_every_operation_has_a_span_under_the_callers_span(provider: TracerProvider,
                                                            exporter: InMemorySpanExporter) -> None:
    tracer = provider.get_tracer("test")
    with started(FIRST) as (sim, config), Jobs(config, retry=QUICK, tracer_provider=provider) as jobs:
        active = refs(sim, config, ACTIVE)
        ended = refs(sim, config, (Phase.SUCCEEDED, Phase.FAILED))
        with tracer.start_as_current_span("caller") as caller:
            jobs.get(ended[0])
            jobs.cancel(active[0])
            jobs.wait(ended[0], timeout=10)
            listed = list(jobs.list(FIRST, page_size=2))
            outcomes = jobs.cancel_many([active[1], active[2], "not a ref"], concurrency=2)
            with pytest.raises(NotFound):
                jobs.get(ref_of(FIRST, config, "3c90c3cc-0d44-4b50-8888-8dd25736052a"))
    spans = exporter.get_finished_spans()
    assert len(listed) == len(sim.jobs) and [o.ok for o in outcomes] == [True, True, False]
    operations = [span for span in spans if span.name.startswith("anyjob.")]
    caller_id = caller.get_span_context().span_id
    top = [span for span in operations if span.parent is not None and span.parent.span_id == caller_id]
    assert [span.name for span in top] == ["anyjob.get", "anyjob.cancel", "anyjob.wait", "anyjob.list",
                                           "anyjob.cancel_many", "anyjob.get"]
    by_id = {span.context.span_id: span for span in spans if span.context is not None}
    for span in spans:
        if span.kind is SpanKind.CLIENT:  # every HTTP attempt hangs under an operation
            assert span.parent is not None and by_id[span.parent.span_id].name.startswith("anyjob.")
    get, cancel, wait, listing, bulk, missing = top
    assert len(children(spans, get)) == 1 and len(children(spans, cancel)) == 1 and len(children(spans, wait)) == 1
    pages = children(spans, listing)
    assert len(pages) >= len(sim.jobs) // 2  # two jobs a page (and perhaps an empty page that ends the list)
    assert {dict(span.attributes or {})["anyjob.request"] for span in pages} == {"list"}
    assert dict(listing.attributes or {})["anyjob.list.jobs"] == len(sim.jobs)
    per_ref = children(spans, bulk)
    assert sorted(dict(span.attributes or {})["anyjob.ref"] for span in per_ref) == sorted(
        [str(active[1]), str(active[2])])
    assert dict(bulk.attributes or {})["anyjob.cancelled"] == 2 and dict(bulk.attributes or {})["anyjob.failed"] == 1
    assert missing.status.status_code is StatusCode.ERROR
    assert dict(missing.attributes or {})["error.type"] == "404"
    assert dict(missing.attributes or {})["anyjob.outcome"] == "NotFound"
    assert [event.name for event in missing.events] == ["exception"]
    attempt, = children(spans, missing)
    assert attempt.status.status_code is StatusCode.ERROR and dict(attempt.attributes or {})["error.type"] == "404"


def test_an_httpx2_hook_sees_the_attempt_as_the_current_span(provider: TracerProvider,
                                                            exporter: InMemorySpanExporter) -> None:
    """An instrumented HTTP client (opentelemetry-instrumentation-httpx and the like) nests its spans under anyjob's
    attempt, because the attempt's span is the current one while the request is sent."""
    seen: list[trace.Span] = []

    def hook(request: httpx2.Request) -> None:
        seen.append(trace.get_current_span())

    with started(FIRST) as (sim, config), \
            httpx2.Client(event_hooks={"request": [hook]}) as client, \
            Jobs(config, http_client=client, tracer_provider=provider) as jobs:
        jobs.get(refs(sim, config)[0])
    attempt, = [span for span in exporter.get_finished_spans() if span.kind is SpanKind.CLIENT]
    assert attempt.context is not None and [span.get_span_context().span_id for span in seen] == [
        attempt.context.span_id]
    assert not trace.get_current_span().get_span_context().is_valid  # detached again afterwards


# -- no secret anywhere ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_secret_reaches_a_span_or_a_log_record(mode: str, provider: TracerProvider,
                                                   exporter: InMemorySpanExporter,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="anyjob")
    with started(FIRST) as (sim, config):
        url_setting = next(name for name in config.values if name.endswith("_url"))
        # A password in the base URL too (user:password@host): traces show the URL without it.
        with_password = config.values[url_setting].replace("http://", "http://someone:pa55w0rd-in-url@")
        config = config.replace(**{url_setting: with_password})
        secrets = [*config.secrets(), "pa55w0rd-in-url"]
        active, ended = refs(sim, config, ACTIVE), refs(sim, config, (Phase.SUCCEEDED, Phase.FAILED))

        async def run(jobs: Any) -> None:
            async def maybe(value: Any) -> Any:
                return await value if asyncio.iscoroutine(value) else value

            sim.faults.add(Fault.http_status(500), times=1)  # a retry
            await maybe(jobs.get(ended[0]))
            sim.faults.add(Fault.http_status(429, retry_after=0.01), times=1)  # a rate-limit wait
            await maybe(jobs.cancel(active[0]))
            await maybe(jobs.cancel_many(active[1:3]))
            try:
                await maybe(jobs.get(ref_of(FIRST, config, "3c90c3cc-0d44-4b50-8888-8dd25736052a")))
            except NotFound:
                pass

        if mode == "sync":
            with Jobs(config, retry=QUICK, tracer_provider=provider) as jobs:
                asyncio.run(run(jobs))
        else:
            async def main() -> None:
                async with AsyncJobs(config, retry=QUICK, tracer_provider=provider) as jobs:
                    await run(jobs)

            asyncio.run(main())
    spans = exporter.get_finished_spans()
    assert len(spans) >= 8
    names = {event.name for span in spans for event in span.events}
    assert {"anyjob.retry", "anyjob.rate_limit.wait", "exception"} <= names
    for span in spans:
        for text in texts_of(span):
            assert not [s for s in secrets if s in text], f"a secret in span {span.name}: {text!r}"
    assert caplog.records
    for record in caplog.records:
        texts = [record.getMessage(), *(str(v) for v in vars(record).values())]
        for text in texts:
            assert not [s for s in secrets if s in text], f"a secret in a log record: {text!r}"


# -- concurrency: each cancel's attempts under its own span -----------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_cancels_of_a_cancel_many_parent_their_own_attempts(mode: str, provider: TracerProvider,
                                                                 exporter: InMemorySpanExporter) -> None:
    with started(FIRST) as (sim, config):
        targets = refs(sim, config, ACTIVE)
        assert len(targets) >= 4
        sim.faults.add(Fault.latency(0.02), probability=1.0)  # keep several cancels in flight at once
        if mode == "sync":
            with Jobs(config, retry=QUICK, tracer_provider=provider) as jobs:
                outcomes = jobs.cancel_many(targets, concurrency=4)
        else:
            async def run() -> Any:
                async with AsyncJobs(config, retry=QUICK, tracer_provider=provider) as jobs:
                    return await jobs.cancel_many(targets, concurrency=4)

            outcomes = asyncio.run(run())
    assert all(outcome.ok for outcome in outcomes)
    spans = exporter.get_finished_spans()
    bulk, = spans_named(spans, "anyjob.cancel_many")
    cancels = spans_named(spans, "anyjob.cancel")
    assert len(cancels) == len(targets)
    assert all(span.parent is not None and bulk.context is not None and span.parent.span_id == bulk.context.span_id
               for span in cancels)
    trace_id = bulk.context.trace_id if bulk.context is not None else None
    overlapping = 0
    for cancel in cancels:
        ref = dict(cancel.attributes or {})["anyjob.ref"]
        attempts = children(spans, cancel)
        assert attempts and all(dict(span.attributes or {})["anyjob.ref"] == ref for span in attempts)
        assert all(span.context is not None and span.context.trace_id == trace_id for span in attempts)
        others = [c for c in cancels if c is not cancel]
        if any((o.start_time or 0) < (cancel.end_time or 0) and (cancel.start_time or 0) < (o.end_time or 0)
               for o in others):
            overlapping += 1
    assert overlapping >= 2, "the cancels ran concurrently (else this test proves little)"
    attempts = [span for span in spans if span.kind is SpanKind.CLIENT]
    assert len(attempts) == len(targets)


# -- logging ---------------------------------------------------------------------------------------------------------


def test_log_records_carry_the_span_attributes(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="anyjob")
    with started(FIRST) as (sim, config), Jobs(config, retry=QUICK) as jobs:
        ref = refs(sim, config, ACTIVE)[0]
        sim.faults.add(Fault.http_status(503), times=1)
        jobs.get(ref)
    records = [r for r in caplog.records if r.name == "anyjob"]
    events = [getattr(r, "anyjob.event") for r in records]
    assert events == ["anyjob.attempt", "anyjob.retry", "anyjob.attempt", "anyjob.get"]
    failed, retry, attempt, operation = records
    assert vars(failed)["http.response.status_code"] == 503 and vars(failed)["error.type"] == "503"
    assert vars(attempt)["http.response.status_code"] == 200 and vars(attempt)["anyjob.attempt"] == 2
    assert vars(attempt)["http.request.resend_count"] == 1 and vars(attempt)["anyjob.ref"] == str(ref)
    assert vars(attempt)["url.full"].startswith(config.values[f"{FIRST}_url"])
    assert retry.levelno == logging.INFO and vars(retry)["anyjob.failures"] == 1
    assert operation.levelno == logging.DEBUG and vars(operation)["anyjob.outcome"] == "ok"
    assert vars(operation)["anyjob.operation"] == "get" and vars(operation)["anyjob.vendor"] == FIRST


# -- the global tracer provider, and none ------------------------------------------------------------------------------

GLOBAL = textwrap.dedent("""
    import sys
    from anyjob import Config, Jobs
    from anyjob.testing import simulator

    with simulator({vendor!r}, minute_limit=None, hourly_limit=None) as sim:
        config = Config.from_env(sim.environment)
        job_id = sim.job_ids[0]
        engine = Jobs(config)._engine
        assert engine.telemetry.tracer() is None, "no OpenTelemetry imported: nothing to trace"
        from opentelemetry import trace
        assert engine.telemetry.tracer() is None, "the API without an SDK: nothing to trace"
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        from anyjob import JobRef
        from anyjob._vendors import plugin_for
        scope = plugin_for({vendor!r}).scope
        project = getattr(config, f"{vendor}_" + scope.setting) if scope is not None and scope.setting else None
        with Jobs(config) as jobs:  # no tracer_provider: the global one
            jobs.get(JobRef({vendor!r}, job_id, project=project))
        print(sorted(span.name for span in exporter.get_finished_spans()))
""")


def test_the_global_tracer_provider_is_used_once_the_application_sets_one() -> None:
    from anyjob._vendors import plugin_for

    code = GLOBAL.format(vendor=FIRST)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    method = plugin_for(FIRST).get("3c90c3cc-0d44-4b50-8888-8dd25736052a", "p").method
    assert done.stdout.strip().splitlines()[-1] == str(sorted(["anyjob.get", method]))


# -- the README's example ----------------------------------------------------------------------------------------------


def test_the_readme_tracing_example_prints_what_the_readme_shows() -> None:
    """facade/README.md's "Traces and logs" example, run as written (it brings its own simulator); its output has the
    shape the README prints under it."""
    import re
    from pathlib import Path

    text = (Path(__file__).parents[2] / "facade" / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Traces and logs"):]
    section = section[:section.index("\n## ", 3)]
    code, shown = (m.group(1) for m in re.finditer(r"```(?:python|console)\n(.*?)```", section, re.S)
                   if not m.group(1).startswith("pip "))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr

    def shape(line: str) -> str:
        line = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>", line)
        return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:<port>", line)

    assert [shape(line) for line in done.stdout.strip().splitlines()] == shown.strip().splitlines()
