"""What anyjob tells an operator: OpenTelemetry spans and `logging` records of every operation and HTTP attempt.

The engine reports to an `Op` per public operation (get, cancel, wait, list, cancel_many, and each cancel of a
cancel_many) and to an `Attempt` per HTTP request it sends; this module turns those reports into

- spans, when the application has configured an OpenTelemetry SDK (or passed `tracer_provider=`): an INTERNAL span
  `anyjob.<operation>` per operation, and a CLIENT span per attempt, its child, named after the HTTP method and
  carrying OpenTelemetry's HTTP client attributes (`http.request.method`, `server.address`, `server.port`,
  `url.full`, `http.response.status_code`, `http.request.resend_count`, `error.type`) and anyjob's own
  (`anyjob.vendor`, `anyjob.ref`, `anyjob.request`, `anyjob.attempt`, `anyjob.outcome`). Retries, waits for the
  rate budget and cancel confirmations are events on the operation's span; errors are recorded on the span they
  ended (status ERROR, `error.type`, an `exception` event);
- log records on the `anyjob` logger carrying the same attributes, under the same names, as `extra` fields: DEBUG
  for each attempt and operation, INFO for each retry, wait and confirmation.

Every text that could quote a credential (a URL, an error message) goes through the engine's `Redactor` first.

OpenTelemetry is optional and never imported here: anyjob looks for `opentelemetry.trace` among the modules the
application has already imported. With no SDK configured, an operation costs one dictionary lookup and one small
object; no span, context or attribute is made.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._config import Endpoint
    from ._model import Job
    from ._refs import JobRef
    from ._vendors._base import Call
    from ._wire import Redactor

logger = logging.getLogger("anyjob")

TRACER_NAME = "anyjob"
# The OpenTelemetry semantic conventions these spans follow (HTTP client spans are stable since 1.23).
SCHEMA_URL = "https://opentelemetry.io/schemas/1.26.0"
_KNOWN_METHODS = frozenset({"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"})
_DEBUG, _INFO = logging.DEBUG, logging.INFO

Attributes = dict[str, Any]


def error_type(error: BaseException, status: int | None = None) -> str:
    """`error.type`: the HTTP status code when the vendor answered with an error status, else the class of the error
    (anyjob's public name: `anyjob.TransportError`, `anyjob.RequestTimeout`, `anyjob.DecodeError`, ...).
    Low-cardinality, as the conventions ask."""
    if status is not None and status >= 400:
        return str(status)
    cls = type(error)
    module = "anyjob" if cls.__module__.startswith("anyjob.") else cls.__module__
    return f"{module}.{cls.__qualname__}"


def outcome(error: BaseException | None) -> str:
    """`anyjob.outcome`: "ok", "interrupted" (the call was abandoned: Ctrl-C, a cancelled task), or the error's
    class name (`RateLimited`, `ServerError`, `TransportError`, `DecodeError`, `NotFound`, ...)."""
    if error is None:
        return "ok"
    if isinstance(error, GeneratorExit | KeyboardInterrupt) or type(error).__name__ == "CancelledError":
        return "interrupted"
    return type(error).__name__


class Telemetry:
    """Per `Jobs`/`AsyncJobs`: where spans go (`tracer_provider`, else the global one of the OpenTelemetry API, if the
    application imported it) and how to hide credentials."""

    def __init__(self, tracer_provider: Any, redact: Redactor, clock: Callable[[], float]) -> None:
        self._provider = tracer_provider
        self.redact = redact
        self.clock = clock
        self._cached: tuple[Any, Any] | None = None  # (provider, its tracer)

    def tracer(self) -> Any:
        """The tracer to use now, or None when no SDK is configured (spans would be dropped unseen)."""
        provider = self._provider
        if provider is None:
            trace = sys.modules.get("opentelemetry.trace")
            if trace is None:  # the application never imported OpenTelemetry: nothing can be configured
                return None
            provider = trace.get_tracer_provider()
            if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
                return None
        cached = self._cached
        if cached is not None and cached[0] is provider:
            return cached[1]
        tracer = provider.get_tracer(TRACER_NAME, _version(), schema_url=SCHEMA_URL)
        self._cached = (provider, tracer)
        return tracer

    def operation(self, name: str, vendor: str | None, ref: JobRef | None = None, parent: Op | None = None,
                  attributes: Mapping[str, Any] | None = None) -> Op:
        """The report of one operation; its span (if tracing) starts now, as a child of `parent` or else of the
        caller's current span."""
        tracer = self.tracer()
        debug = logger.isEnabledFor(_DEBUG)
        if tracer is None and not debug:
            return Op(self, name, vendor, ref)
        return TracedOp(self, name, vendor, ref, tracer, parent, debug, attributes or {})


class Attempt:
    """One HTTP attempt's report. This base class is the silent one (no tracing, no DEBUG logging): it does nothing."""

    __slots__ = ()

    def enter(self) -> object:
        """Make the attempt's span the current one while the driver sends (so that spans of an instrumented HTTP
        client nest under it); returns what `exit` needs."""
        return None

    def exit(self, token: object) -> None:
        pass

    def end(self, error: BaseException | None, status: int | None) -> None:
        """The attempt ended: with an answer of `status` and no error, or with `error` (after an answer of `status`,
        when there was one)."""


SILENT_ATTEMPT = Attempt()


class Op:
    """One operation's report, silent: it only logs its INFO records (retries, cancel confirmations) when the `anyjob`
    logger is enabled for them. `TracedOp` adds spans and DEBUG records."""

    __slots__ = ("name", "ref", "telemetry", "vendor")

    def __init__(self, telemetry: Telemetry, name: str, vendor: str | None, ref: JobRef | None) -> None:
        self.telemetry, self.name, self.vendor, self.ref = telemetry, name, vendor, ref

    @property
    def span(self) -> Any:
        """The operation's span (None when not tracing)."""
        return None

    # -- what the engine reports --------------------------------------------------------------------------------------

    def attempt(self, where: Endpoint, call: Call, ref: JobRef | None, number: int, request: str) -> Attempt:
        return SILENT_ATTEMPT

    def retry(self, error: BaseException, failures: int, wait: float) -> None:
        """A failed attempt will be tried again after `wait` seconds."""
        self._event(_INFO, "anyjob.retry", {"anyjob.failures": failures, "anyjob.wait": wait,
                                            "error.type": error_type(error)},
                    "retrying after attempt %d failed (%s); waiting %.2fs", failures, error, wait)

    def refused(self, error: BaseException, attempt: int, wait: float) -> None:
        """The vendor refused an attempt (429) and said when to come back: `wait` seconds."""
        self._event(_INFO, "anyjob.rate_limit.wait", {"anyjob.wait": wait, "anyjob.reason": "retry-after",
                                                      "anyjob.attempt": attempt},
                    "retrying after attempt %d was rate limited (%s); waiting %.2fs", attempt, error, wait)

    def paced(self, wait: float) -> None:
        """Waiting `wait` seconds for the vendor's rate budget, as its answers described it (routine: DEBUG)."""
        self._event(_DEBUG, "anyjob.rate_limit.wait", {"anyjob.wait": wait, "anyjob.reason": "budget"},
                    "waiting %.2fs for the vendor's rate budget", wait)

    def confirm(self, job: Job, confirmed: bool) -> None:
        """A cancel whose answer was uncertain: the job was read, and shows the cancel took effect (or not)."""
        self._event(_INFO, "anyjob.cancel.confirm", {"anyjob.job.state": str(job.state), "anyjob.confirmed": confirmed},
                    "the cancel's answer was uncertain; the job reads %s: %s", job.state,
                    "the cancel took effect" if confirmed else "still active, so the cancel is sent again")

    def done(self, result: object = None, **attributes: Any) -> None:
        """The operation succeeded (`result`: its Job, when it has one)."""

    def fail(self, error: BaseException) -> None:
        """The operation ended with `error` (raised to the caller)."""

    # -- helpers ------------------------------------------------------------------------------------------------------

    def attributes(self) -> Attributes:
        found: Attributes = {"anyjob.operation": self.name}
        if self.vendor is not None:
            found["anyjob.vendor"] = self.vendor
        if self.ref is not None:
            found["anyjob.ref"] = str(self.ref)
        return found

    def _event(self, level: int, name: str, attributes: Attributes, message: str, *args: Any) -> None:
        if logger.isEnabledFor(level):
            # Every argument is anyjob's own text or an AnyjobError, whose message is redacted where it is made.
            logger.log(level, message, *args, extra={**self.attributes(), "anyjob.event": name, **attributes})


class TracedOp(Op):
    """An operation with a span (when a tracer is configured) and DEBUG records (when the logger wants them)."""

    __slots__ = ("_attributes", "_debug", "_ended", "_span", "_started", "_tracer")

    def __init__(self, telemetry: Telemetry, name: str, vendor: str | None, ref: JobRef | None, tracer: Any,
                 parent: Op | None, debug: bool, extra: Mapping[str, Any]) -> None:
        super().__init__(telemetry, name, vendor, ref)
        self._tracer, self._debug, self._ended = tracer, debug, False
        self._started = telemetry.clock()
        self._attributes = {**self.attributes(), **extra}
        self._span: Any = None
        if tracer is not None:
            from opentelemetry import trace

            parent_span = parent.span if parent is not None else None
            context = trace.set_span_in_context(parent_span) if parent_span is not None else None
            self._span = tracer.start_span(f"anyjob.{name}", context=context, kind=trace.SpanKind.INTERNAL,
                                           attributes=self._attributes)

    @property
    def span(self) -> Any:
        return self._span

    def attempt(self, where: Endpoint, call: Call, ref: JobRef | None, number: int, request: str) -> Attempt:
        return TracedAttempt(self, where, call, ref, number, request)

    def _event(self, level: int, name: str, attributes: Attributes, message: str, *args: Any) -> None:
        span = self._span
        if span is not None and span.is_recording():
            span.add_event(name, attributes)
        super()._event(level, name, attributes, message, *args)

    def done(self, result: object = None, **attributes: Any) -> None:
        state = getattr(result, "state", None)
        if state is not None:
            attributes["anyjob.job.state"] = str(state)
        attributes["anyjob.outcome"] = "ok"
        self._end(None, attributes)

    def fail(self, error: BaseException) -> None:
        self._end(error, {"anyjob.outcome": outcome(error)})

    def _end(self, error: BaseException | None, attributes: Attributes) -> None:
        if self._ended:
            return
        self._ended = True
        redact = self.telemetry.redact
        interrupted = attributes["anyjob.outcome"] == "interrupted"
        if error is not None and not interrupted:
            attributes["error.type"] = error_type(error, getattr(error, "status", None))
        span = self._span
        if span is not None:
            if span.is_recording():
                span.set_attributes(attributes)
                if error is not None and not interrupted:
                    _record(span, error, redact, description=True)
            span.end()
        if self._debug and logger.isEnabledFor(_DEBUG):
            took = (self.telemetry.clock() - self._started) * 1000
            what = "ok" if error is None else f"{attributes['anyjob.outcome']}: {redact(str(error))}"
            logger.debug("anyjob.%s %s: %s (%.1f ms)", self.name, self.ref or self.vendor or "", what, took,
                         extra={**self._attributes, **attributes, "anyjob.event": f"anyjob.{self.name}",
                                "anyjob.duration_ms": took})


class TracedAttempt(Attempt):
    __slots__ = ("_attributes", "_op", "_span", "_started")

    def __init__(self, op: TracedOp, where: Endpoint, call: Call, ref: JobRef | None, number: int,
                 request: str) -> None:
        self._op = op
        telemetry = op.telemetry
        self._started = telemetry.clock()
        method = call.method.upper()
        attributes: Attributes = {
            "http.request.method": method if method in _KNOWN_METHODS else "_OTHER",
            "server.address": where.server_address,
            "server.port": where.server_port,
            "url.full": telemetry.redact(_full_url(where.shown_url, call)),
            "anyjob.vendor": where.plugin.name,
            "anyjob.request": request,
            "anyjob.attempt": number,
        }
        if method not in _KNOWN_METHODS:
            attributes["http.request.method_original"] = call.method
        if number > 1:
            attributes["http.request.resend_count"] = number - 1
        if ref is not None:
            attributes["anyjob.ref"] = str(ref)
        self._attributes = attributes
        self._span: Any = None
        if op.span is not None:
            from opentelemetry import trace

            name = method if method in _KNOWN_METHODS else "HTTP"
            self._span = op._tracer.start_span(name, context=trace.set_span_in_context(op.span),
                                               kind=trace.SpanKind.CLIENT, attributes=attributes)

    def enter(self) -> object:
        if self._span is None:
            return None
        from opentelemetry import context, trace

        return context.attach(trace.set_span_in_context(self._span))

    def exit(self, token: object) -> None:
        if token is not None:
            from opentelemetry import context

            context.detach(token)  # type: ignore[arg-type]

    def end(self, error: BaseException | None, status: int | None) -> None:
        ended: Attributes = {"anyjob.outcome": outcome(error)}
        if status is not None:
            ended["http.response.status_code"] = status
        interrupted = ended["anyjob.outcome"] == "interrupted"
        if error is not None and not interrupted:
            ended["error.type"] = error_type(error, status)
        span = self._span
        if span is not None:
            if span.is_recording():
                span.set_attributes(ended)
                if error is not None and not interrupted:
                    # An error status says it all (the conventions ask for no description); other errors say why.
                    _record(span, error, self._op.telemetry.redact, description=status is None or status < 400)
            span.end()
        op = self._op
        if op._debug and logger.isEnabledFor(_DEBUG):
            took = (op.telemetry.clock() - self._started) * 1000
            attributes = self._attributes
            answer = str(status) if status is not None else ended["anyjob.outcome"]
            logger.debug("%s %s -> %s (attempt %d, %.1f ms)", attributes["http.request.method"],
                         attributes["url.full"], answer, attributes["anyjob.attempt"], took,
                         extra={"anyjob.operation": op.name, **attributes, **ended, "anyjob.event": "anyjob.attempt",
                                "anyjob.duration_ms": took})


def _record(span: Any, error: BaseException, redact: Redactor, *, description: bool) -> None:
    """Status ERROR and an `exception` event, every text redacted (a span exporter sees what a log line would)."""
    from opentelemetry.trace import Status, StatusCode

    message = redact(str(error))
    attributes: Attributes = {"exception.type": error_type(error), "exception.message": message}
    if not _is_anyjob_error(error):  # a bug: its stack is worth the bytes
        attributes["exception.stacktrace"] = redact("".join(traceback.format_exception(error)))
    span.add_event("exception", attributes)
    span.set_status(Status(StatusCode.ERROR, message[:500] if description else None))


def _is_anyjob_error(error: BaseException) -> bool:
    from ._errors import AnyjobError

    return isinstance(error, AnyjobError)


def _full_url(base: str, call: Call) -> str:
    url = base + call.url
    if call.params:
        import httpx2

        query = str(httpx2.QueryParams({k: v for k, v in call.params.items() if v is not None}))
        url = f"{url}{'&' if '?' in url else '?'}{query}"
    return url


def _version() -> str:
    from . import __version__

    return __version__
