"""What every vendor simulator shares: routing by operationId, auth and fault hooks, the request log, the server.

A vendor adapter (`_veryfront/`, `_dispersed.py`, `_digitalocean.py`) subclasses `VendorSimulator` and supplies its
operations, authentication, error body, status strings and seeded jobs. Handlers are plain functions of a
`SimRequest` that return a `Reply` or raise `ApiError`; this module turns them into HTTP.

Where a fault meets a side effect: a `status` fault and an `html` fault with a 5xx answer before the vendor's code
runs (as a proxy or load balancer would), so nothing changes. `drop`, `truncate`, `html` with 200 and the body faults
let the vendor's code run first, so a cancel may have happened although the client never saw a good answer: the case
a retrying client must survive.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import threading
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import attrs
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Receive, Scope, Send

from ._budget import HOUR, MINUTE, BudgetState, Refused, RequestBudget, Window
from ._clock import Clock, ManualClock
from ._faults import Fault, FaultKind, FaultPlan
from ._jobs import JobStore
from ._server import ServerThread


@attrs.frozen
class SimRequest:
    method: str
    path: str  # percent-decoded
    raw_path: str  # exactly as sent, still percent-encoded (what request signatures cover)
    path_params: Mapping[str, str]
    query: tuple[tuple[str, str], ...]
    headers: Headers
    body: bytes
    raw_query: str

    def param(self, name: str) -> str | None:
        """The first value of query parameter `name`."""
        return next((v for k, v in self.query if k == name), None)

    def json(self) -> Any:
        """The JSON body; an empty body is None. Malformed JSON raises ApiError(400)."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(400, f"request body is not valid JSON: {exc}", code="bad_request") from None


@attrs.frozen
class Reply:
    status: int
    body: Any = None  # JSON-able; None = no body
    headers: Mapping[str, str] = attrs.field(factory=dict)


class ApiError(Exception):
    """Raised by a handler (or an auth hook) to answer with the vendor's error body."""

    def __init__(self, status: int, message: str, *, code: str | None = None, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = dict(headers or {})


Handler = Callable[[SimRequest], Reply]


@attrs.frozen
class Operation:
    method: str
    path: str  # OpenAPI-style template, e.g. /v1/jobs/{uuid}; Starlette reads the same syntax
    name: str  # the operationId in our spec; fault rules and request counts use it
    handler: Handler


@attrs.frozen
class RecordedRequest:
    route: str
    method: str
    path: str
    params: Mapping[str, str]
    status: int | None  # None when the connection was dropped
    faults: tuple[FaultKind, ...]


HTML_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>{status} Bad Gateway</title></head>"
    "<body><center><h1>{status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


class _DroppedResponse(Response):
    """Promise a body, send part of it, and end: the client sees the connection close mid-response."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
        })
        await send({"type": "http.response.body", "body": b'{"id": "', "more_body": False})


class _VendorDefault:
    def __repr__(self) -> str:
        return "the vendor's default"


VENDOR_DEFAULT: Any = _VendorDefault()


class VendorSimulator:
    """A vendor's job API on a real loopback HTTP server. Use it as a context manager:

    >>> with DigitalOceanSimulator() as sim:
    ...     httpx2.get(f"{sim.base_url}/v2/gen-ai/indexing_jobs", headers={"Authorization": f"Bearer {sim.token}"})

    Rate limits: `minute_limit` and `hourly_limit` requests per sliding window (the vendor's documented budgets by
    default; None for no limit), windows of `minute_window` / `hourly_window` seconds (shorten them for fast tests on
    a real clock), on `rate_clock` (default: the simulator's clock; pass `RealClock()` to keep budgets on wall time
    while jobs move on a sped-up one, so that Retry-After and resets mean real seconds). Refused requests get 429
    with Retry-After and are not counted; answers carry the vendor's rate-limit headers (`rate_limit_headers`).
    """

    vendor: ClassVar[str]
    unknown_status: ClassVar[str]  # what the unknown_enum fault writes into status fields
    status_fields: ClassVar[frozenset[str]]
    nullable_fields: ClassVar[frozenset[str]]
    # The vendor's documented budgets (None: none documented), and which window its headers describe.
    default_minute_limit: ClassVar[int | None] = None
    default_hourly_limit: ClassVar[int | None] = None
    rate_headline: ClassVar[str] = "minute"  # or "hour"

    def __init__(self, *, clock: Clock | None = None, seed: int = 0, jobs: int = 5, port: int = 0,
                 minute_limit: int | None = VENDOR_DEFAULT, hourly_limit: int | None = VENDOR_DEFAULT,
                 minute_window: float = MINUTE, hourly_window: float = HOUR, rate_clock: Clock | None = None) -> None:
        self.minute_limit: int | None = self.default_minute_limit if minute_limit is VENDOR_DEFAULT else minute_limit
        self.hourly_limit: int | None = self.default_hourly_limit if hourly_limit is VENDOR_DEFAULT else hourly_limit
        for name, limit in (("minute_limit", self.minute_limit), ("hourly_limit", self.hourly_limit)):
            if limit is not None and limit < 1:
                raise ValueError(f"{name} must be at least 1, or None for no limit")
        for name, window in (("minute_window", minute_window), ("hourly_window", hourly_window)):
            if not (math.isfinite(window) and window > 0):
                raise ValueError(f"{name} must be a positive number of seconds")
        self.minute_window = minute_window
        self.hourly_window = hourly_window
        windows = {"minute": Window(self.minute_limit, minute_window) if self.minute_limit is not None else None,
                   "hour": Window(self.hourly_limit, hourly_window) if self.hourly_limit is not None else None}
        order = ["hour", "minute"] if self.rate_headline == "hour" else ["minute", "hour"]
        self.budget = RequestBudget([w for w in (windows[name] for name in order) if w is not None])
        self._rate_clock = rate_clock
        self.clock: Clock = clock if clock is not None else ManualClock()
        self.seed = seed
        self.random = random.Random(seed)
        self.faults = FaultPlan(seed)
        self.jobs = JobStore()
        self._log: list[RecordedRequest] = []
        self._log_lock = threading.Lock()
        self._port = port
        self._server: ServerThread | None = None
        self._app = Starlette(
            routes=[Route(op.path, self._endpoint(op), methods=[op.method], name=op.name) for op in self.operations()],
            exception_handlers={404: self._unrouted, 405: self._unrouted},
        )
        self.seed_jobs(jobs)

    # -- what a vendor adapter provides -----------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        raise NotImplementedError

    def authenticate(self, request: SimRequest) -> None:
        """Raise ApiError (401/403) when the request's credentials are missing or wrong."""
        raise NotImplementedError

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        raise NotImplementedError

    def seed_jobs(self, count: int) -> None:
        """Create `count` jobs in a spread of phases, deterministically for `self.seed`."""
        raise NotImplementedError

    @property
    def credentials(self) -> dict[str, str]:
        """What a client needs to authenticate, by the environment variable anyjob reads it from."""
        raise NotImplementedError

    @property
    def environment(self) -> dict[str, str]:
        """Every environment variable anyjob reads to use this simulator: the credentials, `<VENDOR>_API_URL` and, in
        a subclass, whatever else the vendor needs (Veryfront's project). Only while the simulator runs."""
        from anyjob._vendors import plugin_for  # the registry names the variable anyjob reads the URL from

        url = plugin_for(self.vendor).setting("url")
        return {**self.credentials, (url.env[0] if url else f"{self.vendor.upper()}_API_URL"): self.base_url}

    def admit(self, request: SimRequest) -> Mapping[str, str]:
        """Decide whether a request may proceed, after the rate budget and before authentication: raise ApiError to
        refuse it, or return headers for its response. Default: admit all, no headers."""
        return {}

    def response_headers(self, request: SimRequest) -> dict[str, str]:
        """Headers on every response, including those that never reach the budget (unknown paths, fault answers),
        e.g. a request id. Default: none."""
        return {}

    def rate_limit_headers(self, state: BudgetState, now: float) -> dict[str, str]:
        """The budget as the vendor's headers say it (`now` and `state.resets_at` are rate-clock times). Default: the
        vendor documents no such headers."""
        return {}

    def rate_limited(self, wait: float, headers: Mapping[str, str]) -> ApiError:
        """The refusal of a request the budget has no room for, `wait` seconds before one would fit: 429 with the
        vendor's error body, its rate-limit `headers` and Retry-After (whole seconds, at least 1)."""
        return ApiError(429, "rate limit exceeded", code="rate_limited",
                        headers={**headers, "retry-after": str(max(1, math.ceil(wait)))})

    @property
    def rate_clock(self) -> Clock:
        """The clock the rate-limit windows run on."""
        return self._rate_clock if self._rate_clock is not None else self.clock

    def _count_request(self) -> dict[str, str]:
        """Count a request against the budget (its headers), or raise the vendor's 429."""
        now = self.rate_clock.now()
        try:
            state = self.budget.admit(now)
        except Refused as refused:
            headers = self.rate_limit_headers(refused.state, now) if refused.state is not None else {}
            raise self.rate_limited(refused.wait, headers) from None
        return self.rate_limit_headers(state, now) if state is not None else {}

    def _common_headers(self, request: SimRequest) -> dict[str, str]:
        """Headers of an answer that does not reach the budget: what a request counted now would see, uncounted (so
        a simulated 429 on a spent budget says none remain, as a real refusal would), and `response_headers`."""
        now = self.rate_clock.now()
        state = self.budget.peek(now)
        return {**(self.rate_limit_headers(state, now) if state is not None else {}),
                **self.response_headers(request)}

    # -- running --------------------------------------------------------------------------------------------------

    @property
    def app(self) -> Starlette:
        """The ASGI app, to serve yourself (e.g. under schemathesis or your own server)."""
        return self._app

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the simulator is not running: use it as a context manager, or call start()")
        return self._server.base_url

    def start(self) -> Self:
        if self._server is None:
            server = ServerThread(self._app, port=self._port)
            server.start()
            self._server = server
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    # -- what tests read --------------------------------------------------------------------------------------------

    @property
    def job_ids(self) -> list[str]:
        return [job.id for job in self.jobs]

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._log_lock:
            return list(self._log)

    def count(self, route: str | None = None, **params: str) -> int:
        """How many requests reached the server, for one operationId (all when None) and path parameters."""
        return sum(1 for r in self.requests if (route is None or r.route == route)
                   and all(r.params.get(k) == str(v) for k, v in params.items()))

    def reset_log(self) -> None:
        with self._log_lock:
            self._log.clear()

    # -- the HTTP side ------------------------------------------------------------------------------------------------

    async def _unrouted(self, request: Request, exc: Exception) -> Response:
        """A path or method the vendor does not serve: its own error format, not Starlette's plain text."""
        status = getattr(exc, "status_code", 404)
        message = "no such resource" if status == 404 else f"method {request.method} not allowed"
        body = json.dumps(self.error_body(status, message, "not_found" if status == 404 else "method_not_allowed"))
        headers = self._common_headers(_bare_request(request))
        if status == 405:  # RFC 9110 requires Allow on a 405
            headers["Allow"] = ", ".join(self.allowed_methods(request.url.path))
        return Response(body, status, headers, media_type="application/json")

    def allowed_methods(self, path: str) -> list[str]:
        """The methods served at `path` (HEAD wherever GET is), sorted; empty for a path no operation serves."""
        # Starlette's own 405 names only the first route that matched the path, and here each method is its own route.
        scope = {"type": "http", "path": path, "method": ""}
        methods: set[str] = set()
        for route in self._app.routes:
            if isinstance(route, Route) and route.matches(scope)[0] is not Match.NONE:
                methods |= route.methods or set()
        return sorted(methods)

    def _endpoint(self, op: Operation) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            sim_request = SimRequest(
                method=request.method,
                path=request.url.path,
                raw_path=request.scope.get("raw_path", request.url.path.encode()).decode("latin-1"),
                path_params={k: str(v) for k, v in request.path_params.items()},
                query=tuple(request.query_params.multi_items()),
                headers=request.headers,
                body=await request.body(),
                raw_query=request.url.query,
            )
            faults = self.faults.pick(op.name, sim_request.path_params)
            for fault in faults:
                if fault.kind is FaultKind.LATENCY:
                    await asyncio.sleep(fault.seconds)
            response, status = self._respond(op, sim_request, faults)
            with self._log_lock:
                self._log.append(RecordedRequest(op.name, sim_request.method, sim_request.path,
                                                 sim_request.path_params, status, tuple(f.kind for f in faults)))
            return response

        return endpoint

    def _respond(self, op: Operation, request: SimRequest, faults: list[Fault]) -> tuple[Response, int | None]:
        kinds = {fault.kind: fault for fault in faults}
        headers = self._common_headers(request)
        html = kinds.get(FaultKind.HTML)
        if html is not None and html.status >= 400:  # a proxy's error page: the vendor never saw the request
            return Response(HTML_ERROR_PAGE.format(status=html.status), html.status, headers, media_type="text/html"), \
                html.status
        try:
            if (fault := kinds.get(FaultKind.STATUS)) is not None:
                retry = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                raise ApiError(fault.status, f"simulated {fault.status} from the anyjob simulator", headers=retry)
            headers.update(self._count_request())
            headers.update(self.admit(request) or {})  # a subclass written for the old hook returns None
            self.authenticate(request)
            reply = op.handler(request)
        except ApiError as error:
            reply = Reply(error.status, self.error_body(error.status, error.message, error.code), error.headers)
        if FaultKind.DROP in kinds:
            return _DroppedResponse(), None
        if html is not None:  # an HTML page with a 2xx status, after the vendor's code ran
            return Response(HTML_ERROR_PAGE.format(status=502), html.status, headers, media_type="text/html"), \
                html.status
        body = reply.body
        if body is not None and 200 <= reply.status < 300:
            body = self._mutate(body, kinds)
        headers.update(reply.headers)
        if body is None:
            return Response(status_code=reply.status, headers=headers), reply.status
        content = json.dumps(body, separators=(",", ":")).encode()
        if FaultKind.TRUNCATE in kinds:
            content = content[: max(1, len(content) // 2)]
        return Response(content, reply.status, headers, media_type="application/json"), reply.status

    def _mutate(self, body: Any, kinds: Mapping[FaultKind, Fault]) -> Any:
        if not kinds.keys() & {FaultKind.UNKNOWN_ENUM, FaultKind.EXTRA_FIELDS, FaultKind.NULLS}:
            return body
        for obj in list(_objects(body)):
            if FaultKind.UNKNOWN_ENUM in kinds:
                for key in self.status_fields & obj.keys():
                    obj[key] = self.unknown_status
            if FaultKind.NULLS in kinds:
                for key in self.nullable_fields & obj.keys():
                    obj[key] = None
            if FaultKind.EXTRA_FIELDS in kinds:
                obj["anyjob_simulator_extra"] = {"added_by": "fault injection", "list": [1, None]}
        return body


def _bare_request(request: Request) -> SimRequest:
    return SimRequest(request.method, request.url.path, request.url.path, {}, (), request.headers, b"", "")


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object inside `value`, outermost first (a snapshot, so callers may change them)."""
    if isinstance(value, dict):
        yield value
        for child in list(value.values()):
            yield from _objects(child)
    elif isinstance(value, list):
        for child in value:
            yield from _objects(child)
