"""Errors: what each carries, parsed from each vendor's error format; only typed errors come out of any response.
Secrets: no credential in the repr or str of Jobs, AsyncJobs, Config, any error, or any log record."""

from __future__ import annotations

import asyncio
import copy
import http
import itertools
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest
from anyjob import (
    VENDORS,
    AnyjobError,
    ApiError,
    AsyncJobs,
    BadRequest,
    Config,
    Conflict,
    DecodeError,
    Forbidden,
    Job,
    JobRef,
    Jobs,
    JobState,
    NotFound,
    RateLimited,
    RetryPolicy,
    ServerError,
    Unauthorized,
    Vendor,
    WaitTimeout,
)
from anyjob.testing import Fault, Phase
from anyjob.testing._digitalocean import ERROR_IDS, NOT_FOUND
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.facade.conftest import (
    DIGITALOCEAN_TOKEN,
    DISPERSED_PUBLIC_KEY,
    DISPERSED_SECRET_KEY,
    FAST_RETRY,
    ROUTES,
    SECRETS,
    VERYFRONT_TOKEN,
    Sims,
    assert_no_secrets,
    config_for,
    running_sims,
    secrets_in,
)

ONCE = RetryPolicy(attempts=1)
ERRORS: dict[int, type[ApiError]] = {
    400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 408: ServerError, 409: Conflict,
    422: BadRequest, 429: RateLimited, 500: ServerError, 502: ServerError, 503: ServerError, 504: ServerError,
}


def expected_code(vendor: Vendor, status: int) -> str | None:
    """The code each vendor's error body carries for a status: Dispersed the reason phrase, DigitalOcean an id."""
    if vendor == "dispersed":
        return http.HTTPStatus(status).phrase
    if vendor == "digitalocean":
        return ERROR_IDS.get(status, "unexpected_error")  # the simulator's id for a status it has none for
    return None


# -- what an ApiError carries ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ERRORS)
def test_error_statuses_are_parsed(sims: Sims, vendor: Vendor, status: int) -> None:
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(status), route=ROUTES[vendor].get)
    with Jobs(config_for(sims), retry=ONCE) as jobs, pytest.raises(ApiError) as caught:
        jobs.get(ref)
    error = caught.value
    assert type(error) is ERRORS[status]
    assert (error.vendor, error.status, error.ref) == (vendor, status, ref)
    assert error.message == f"simulated {status} from the anyjob simulator"
    assert error.code == expected_code(vendor, status)
    if vendor == "digitalocean":
        assert error.request_id is not None and uuid.UUID(error.request_id)
        assert f"(request id {error.request_id})" in str(error)
    else:
        assert error.request_id is None
    text = str(error)
    assert str(status) in text and error.message in text and str(ref) in text
    if error.code:
        assert f"[{error.code}]" in text
    if isinstance(error, RateLimited | ServerError):
        assert error.retry_after is None


MESSAGES: dict[tuple[Vendor, int], str] = {
    ("veryfront", 404): "Job '{id}' not found",
    ("dispersed", 404): "Job not found",
    ("digitalocean", 404): NOT_FOUND,
    ("veryfront", 409): "Job '{id}' is already completed and cannot be canceled",
    ("dispersed", 409): "Job is COMPLETED and can no longer be cancelled",
    ("digitalocean", 409): "indexing job {id} has already finished (BATCH_JOB_PHASE_SUCCEEDED) and cannot be cancelled",
    ("veryfront", 401): "Invalid or expired token",
    ("dispersed", 401): "invalid signature",
    ("digitalocean", 401): "Unable to authenticate you.",
}


def test_vendor_errors_carry_the_vendors_words(sims: Sims, vendor: Vendor) -> None:
    missing = sims.ref(vendor, str(uuid.UUID(int=12345, version=4)))
    finished = sims.pick(vendor, [Phase.SUCCEEDED])
    with Jobs(config_for(sims), retry=ONCE) as jobs:
        with pytest.raises(NotFound) as not_found:
            jobs.get(missing)
        with pytest.raises(Conflict) as conflict:
            jobs.cancel(finished)
    assert not_found.value.message == MESSAGES[vendor, 404].format(id=missing.job_id)
    assert conflict.value.message == MESSAGES[vendor, 409].format(id=finished.job_id)
    assert not_found.value.code == expected_code(vendor, 404)
    assert conflict.value.code == expected_code(vendor, 409)
    if vendor == "digitalocean":
        assert not_found.value.request_id and conflict.value.request_id
        assert not_found.value.request_id != conflict.value.request_id


WRONG = {"veryfront_token": "vf_WRONG_credential_4f1d", "dispersed_secret_key": "sk_WRONG_credential_77ab",
         "digitalocean_token": "dop_v1_WRONG_credential_e3c9"}


def test_wrong_credentials(sims: Sims, vendor: Vendor, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    field = {"veryfront": "veryfront_token", "dispersed": "dispersed_secret_key",
             "digitalocean": "digitalocean_token"}[vendor]
    config = config_for(sims).replace(**{field: WRONG[field]})
    with Jobs(config, retry=FAST_RETRY) as jobs, pytest.raises(Unauthorized) as caught:
        jobs.get(sims.pick(vendor))
    assert caught.value.message == MESSAGES[vendor, 401]
    assert sims[vendor].count() == 1  # 401 is not retried
    for text in (str(caught.value), repr(caught.value), repr(jobs), repr(config), caplog.text):
        assert WRONG[field] not in text and not secrets_in(text)


# -- unit-level checks with a fake transport (no network) -------------------------------------------------------------

FAKE = Config(veryfront_token=VERYFRONT_TOKEN, veryfront_url="https://veryfront.test", veryfront_project="demo",
              dispersed_public_key=DISPERSED_PUBLIC_KEY, dispersed_secret_key=DISPERSED_SECRET_KEY,
              dispersed_url="https://dispersed.test", digitalocean_token=DIGITALOCEAN_TOKEN,
              digitalocean_url="https://digitalocean.test")
REFS: dict[Vendor, JobRef] = {
    "veryfront": JobRef("veryfront", "3c90c3cc-0d44-4b50-8888-8dd25736052a", project="demo"),
    "dispersed": JobRef("dispersed", "3c90c3cc-0d44-4b50-8888-8dd25736052a"),
    "digitalocean": JobRef("digitalocean", "3c90c3cc-0d44-4b50-8888-8dd25736052a"),
}
Responder = Callable[[httpx2.Request], httpx2.Response]


def fake_jobs(respond: Responder, retry: RetryPolicy = ONCE) -> Jobs:
    return Jobs(FAKE, retry=retry, transport=httpx2.MockTransport(respond))


def test_the_request_id_header_is_the_fallback(vendor: Vendor) -> None:
    def respond(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(500, json={"message": "boom"}, headers={"x-request-id": "req-from-header"})

    with fake_jobs(respond) as jobs, pytest.raises(ServerError) as caught:
        jobs.get(REFS[vendor])
    assert caught.value.request_id == "req-from-header"


def test_the_body_request_id_wins_over_the_header() -> None:
    def respond(request: httpx2.Request) -> httpx2.Response:
        body = {"id": "server_error", "message": "boom", "request_id": "req-from-body"}
        return httpx2.Response(500, json=body, headers={"x-request-id": "req-from-header"})

    with fake_jobs(respond) as jobs, pytest.raises(ServerError) as caught:
        jobs.get(REFS["digitalocean"])
    assert (caught.value.code, caught.value.message, caught.value.request_id) == ("server_error", "boom",
                                                                                  "req-from-body")


@pytest.mark.parametrize(
    ("body", "message"),
    [(b"", "empty error body"), (b"[1, 2]", "no error message in the response"),
     (b'"just a string"', "no error message in the response"), (b"{}", "no error message in the response"),
     (b'{"message": 5, "detail": null}', "no error message in the response"),
     (b"\xff\xfe not utf-8", "non-JSON error body: \ufffd\ufffd not utf-8"),
     (b"<html><body>Bad gateway</body></html>", "non-JSON error body: <html><body>Bad gateway</body></html>")],
)
def test_odd_error_bodies(vendor: Vendor, body: bytes, message: str) -> None:
    with fake_jobs(lambda request: httpx2.Response(502, content=body)) as jobs, pytest.raises(ServerError) as caught:
        jobs.get(REFS[vendor])
    assert caught.value.message == message
    assert caught.value.status == 502


def test_decode_errors_carry_status_and_a_short_excerpt(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sim, route, ref = sims[vendor], ROUTES[vendor].get, sims.pick(vendor)
    sim.faults.add(Fault.truncated_json(), route=route)
    with pytest.raises(DecodeError) as truncated:
        jobs.get(ref)
    assert (truncated.value.vendor, truncated.value.status, truncated.value.problem) == (vendor, 200,
                                                                                        "malformed JSON")
    assert truncated.value.excerpt.startswith("{") and len(truncated.value.excerpt) <= 160
    sim.faults.clear()
    sim.faults.add(Fault.html_page(200), route=route)
    with pytest.raises(DecodeError) as html:
        jobs.get(ref)
    assert (html.value.status, html.value.problem) == (200, "HTML")
    assert html.value.excerpt.startswith("<!DOCTYPE html>") and len(html.value.excerpt) <= 160
    assert "HTML" in str(html.value) and "200" in str(html.value)
    sim.faults.clear()
    sim.faults.add(Fault.html_page(502), route=route)
    with pytest.raises(ServerError) as proxy:
        jobs.get(ref)
    assert proxy.value.message.startswith("non-JSON error body: <!DOCTYPE html>")


TYPE_CONFUSED: list[tuple[Vendor, str, Callable[[Any], None]]] = [
    ("veryfront", "get", lambda body: body["result_summary"].update(ingested_count="2")),
    ("veryfront", "get", lambda body: body["result_summary"].update(requested_count=None)),
    ("veryfront", "list", lambda body: body["data"][0].update(id="not-a-uuid")),
    ("dispersed", "list", lambda body: body["data"][0].update(uuid=12)),
    ("digitalocean", "get", lambda body: body["job"].update(total_datasources="3")),
    ("digitalocean", "get", lambda body: body["job"].update(completed_datasources=[1])),
    ("digitalocean", "list", lambda body: body["jobs"][0].update(uuid="not-a-uuid")),
]


@pytest.mark.parametrize(("vendor", "operation", "change"), TYPE_CONFUSED,
                         ids=[f"{v}-{op}-{i}" for i, (v, op, _) in enumerate(TYPE_CONFUSED)])
def test_values_of_the_wrong_type_are_decode_errors(samples: dict[tuple[Vendor, str], list[Any]], vendor: Vendor,
                                                    operation: str, change: Callable[[Any], None]) -> None:
    """Found by the fuzz below: a bare TypeError (counts as strings) or an InvalidJobRef (a listed job's bad id)
    came out of the adapters, and a Progress could hold strings."""
    body = copy.deepcopy(next(b for b in samples[vendor, operation]
                              if operation == "list" or "result_summary" not in b or b["result_summary"]))
    change(body)
    with fake_jobs(lambda request: httpx2.Response(200, json=body)) as jobs, pytest.raises(DecodeError) as caught:
        if operation == "get":
            jobs.get(REFS[vendor])
        else:
            list(jobs.list(vendor))
    assert type(caught.value) is DecodeError and caught.value.status == 200
    assert "does not match the spec" in caught.value.problem


def test_a_page_that_repeats_ends_the_list(samples: dict[tuple[Vendor, str], list[Any]], vendor: Vendor) -> None:
    first = samples[vendor, "list"][0]
    sent: list[httpx2.Request] = []

    def respond(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        if len(sent) > 20:  # end the test's loop either way
            return httpx2.Response(500, json={"message": "stop"})
        return httpx2.Response(200, json=first)

    with fake_jobs(respond) as jobs:
        with pytest.raises(DecodeError, match="already given"):
            list(jobs.list(vendor, page_size=3))
    assert len(sent) == 2


@pytest.mark.parametrize("body", [b"", b"[]", b"null", b'"text"', b"42", b"{}", b'{"job": null}', b'{"data": 5}',
                                  b'{"id": "not-a-uuid", "status": 7}'])
def test_wrong_shapes_are_decode_errors(vendor: Vendor, body: bytes) -> None:
    with fake_jobs(lambda request: httpx2.Response(200, content=body)) as jobs:
        with pytest.raises(DecodeError) as caught:
            jobs.get(REFS[vendor])
        assert caught.value.status == 200
        if not body.startswith(b"{"):  # (DigitalOcean's list fields are all optional: {} is an empty list)
            with pytest.raises(DecodeError):
                list(jobs.list(vendor))


# -- only typed errors from any response (hypothesis) ------------------------------------------------------------------


class Recorder(httpx2.HTTPTransport):
    """Keeps the JSON bodies the simulators answer with, as samples to mutate."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[Any] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = super().handle_request(request)
        response.read()
        self.bodies.append(json.loads(response.content))
        return response


@pytest.fixture(scope="module")
def samples() -> dict[tuple[Vendor, str], list[Any]]:
    """Real bodies of get and list (one page of 3) for every vendor, from the simulators."""
    found: dict[tuple[Vendor, str], list[Any]] = {}
    with running_sims() as sims:
        for vendor in VENDORS:
            for operation in ("get", "list"):
                recorder = Recorder()
                with Jobs(config_for(sims), transport=recorder) as jobs:
                    if operation == "get":
                        for ref in sims.refs(vendor):
                            jobs.get(ref)
                    else:
                        next(iter(jobs.list(vendor, page_size=3)))
                found[vendor, operation] = recorder.bodies
    return found


ODD_STRINGS = ["", "2026-13-45T99:99:99Z", "99999-01-01T00:00:00Z", "2026-01-01", "-1", "NaN", "Infinity",
               "BATCH_JOB_PHASE_RUNNING", "RUNNING", "working", "null", "\u0000", "1e400"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12),
                    st.sampled_from(ODD_STRINGS))
junk_json = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                         | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path into nested objects and arrays."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield prefix + (key,)
            yield from paths(child, prefix + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield prefix + (i,)
            yield from paths(child, prefix + (i,))


def retyped(value: Any) -> Any:
    """The same information in the wrong JSON type: 5 -> "5", "x" -> 1, [..] -> {..}, {..} -> [..]."""
    if isinstance(value, bool) or value is None:
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return dict(enumerate(value))
    return list(value.values())


def apply(sample: Any, changes: list[tuple[tuple[Any, ...], str, Any]]) -> Any:
    body = copy.deepcopy(sample)
    for path, action, value in changes:
        parent = body
        try:
            for step in path[:-1]:
                parent = parent[step]
            if action == "delete":
                del parent[path[-1]]
            elif action == "retype":
                parent[path[-1]] = retyped(parent[path[-1]])
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the path
    return body


@st.composite
def response_bodies(draw: st.DrawFn, sample_bodies: list[Any]) -> bytes:
    sample = draw(st.sampled_from(sample_bodies))
    kind = draw(st.sampled_from(["mutated", "mutated", "mutated", "junk", "bytes", "cut"]))
    if kind == "junk":
        return json.dumps(draw(junk_json)).encode()
    if kind == "bytes":
        return draw(st.binary(max_size=64))
    text = json.dumps(sample).encode()
    if kind == "cut":
        return text[: draw(st.integers(0, len(text) - 1))]
    where = list(paths(sample))
    actions = st.sampled_from(["delete", "retype", "retype", "replace"])
    changes = draw(st.lists(st.tuples(st.sampled_from(where), actions, junk_json), min_size=1, max_size=6))
    return json.dumps(apply(sample, changes)).encode()


HEADERS = st.dictionaries(
    st.sampled_from(["retry-after", "ratelimit-reset", "ratelimit-remaining", "x-request-id", "content-type"]),
    st.sampled_from(["0", "1", "-5", "abc", "1e309", "nan", "inf", "Wed, 21 Oct 2015 07:28:00 GMT",
                     "Mon, 01 Jan 99999 00:00:00 GMT", "", "text/html"]),
    max_size=3,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_response_gives_a_job_or_a_typed_error(samples: dict[tuple[Vendor, str], list[Any]],
                                                   data: st.DataObject) -> None:
    vendor = data.draw(st.sampled_from(VENDORS), label="vendor")
    operation = data.draw(st.sampled_from(["get", "cancel", "list"]), label="operation")
    status = data.draw(st.sampled_from([200, 200, 200, 201, 204, 400, 404, 409, 429, 500, 502]), label="status")
    body = data.draw(response_bodies(samples[vendor, "list" if operation == "list" else "get"]), label="body")
    headers = data.draw(HEADERS, label="headers")
    with fake_jobs(lambda request: httpx2.Response(status, content=body, headers=headers)) as jobs:
        try:
            if operation == "get":
                # A deadline: rate-limit headers in the drawn answer may ask for a wait, which is then refused at once.
                results: list[Job] = [jobs.get(REFS[vendor], timeout=0.5)]
            elif operation == "cancel":
                results = [jobs.cancel(REFS[vendor], reason="fuzz", timeout=0.5)]
            else:  # the same page every time: a server whose "next page" never ends (see test_a_page_that_repeats)
                results = list(itertools.islice(jobs.list(vendor, timeout=0.5), 20))
        except AnyjobError as error:  # anything else fails the test
            assert_no_secrets(error)
            assert not isinstance(error, WaitTimeout)
            return
    for job in results:
        assert job.ref.vendor == vendor
        for moment in (job.created_at, job.started_at, job.finished_at):
            assert moment is None or moment.utcoffset() is not None


# -- secrets -----------------------------------------------------------------------------------------------------------


def test_config_jobs_and_async_jobs_hide_secrets(sims: Sims) -> None:
    config = config_for(sims)
    assert DISPERSED_PUBLIC_KEY in repr(config)  # not a secret
    assert repr(config).count("'<hidden>'") == 3
    with Jobs(config) as jobs:
        jobs.get(sims.pick("dispersed"))  # endpoints are built on first use
        things: list[object] = [config, jobs, config.replace(veryfront_url=None), Config.from_env({
            "VERYFRONT_API_TOKEN": VERYFRONT_TOKEN, "DIGITALOCEAN_ACCESS_TOKEN": DIGITALOCEAN_TOKEN,
            "DISPERSED_PUBLIC_KEY": "pk", "DISPERSED_SECRET_KEY": DISPERSED_SECRET_KEY})]
        assert_no_secrets(*things)
        assert_no_secrets(*jobs._engine._endpoints.values())

    async def main() -> AsyncJobs:
        async with AsyncJobs(config) as async_jobs:
            await async_jobs.get(sims.pick("digitalocean"))
            return async_jobs

    assert_no_secrets(asyncio.run(main()))


def test_secrets_echoed_by_a_server_are_hidden(vendor: Vendor) -> None:
    """A server (or a misdirected URL) that echoes the request's credentials into its answer."""
    def echo(status: int, as_json: bool) -> Responder:
        def respond(request: httpx2.Request) -> httpx2.Response:
            echoed = {"secret": DISPERSED_SECRET_KEY, "detail": f"bad token {VERYFRONT_TOKEN}",
                      "message": f"bad token {DIGITALOCEAN_TOKEN}"} | dict(request.headers.items())
            if as_json:
                return httpx2.Response(status, json=echoed)
            return httpx2.Response(status, text=f"<html>{' '.join(SECRETS)} {echoed}</html>")
        return respond

    for status, as_json in [(401, True), (500, True), (502, False), (200, False), (200, True)]:
        with fake_jobs(echo(status, as_json)) as jobs, pytest.raises(AnyjobError) as caught:
            jobs.get(REFS[vendor])
        assert_no_secrets(caught.value)
        if status != 200 and as_json:
            assert "<hidden>" in str(caught.value)


def test_no_secret_in_any_log_record(sims: Sims, caplog: pytest.LogCaptureFixture) -> None:
    """Every logger at DEBUG (anyjob's retries, httpx, httpcore) while requests fail and are retried."""
    caplog.set_level(logging.DEBUG)
    with Jobs(config_for(sims), retry=FAST_RETRY) as jobs:
        for vendor in VENDORS:
            sim, routes, ref = sims[vendor], ROUTES[vendor], sims.pick(vendor)
            sim.faults.add(Fault.http_status(503), route=routes.get, times=1)
            jobs.get(ref)
            sim.faults.add(Fault.drop_connection(), route=routes.get, times=1)
            jobs.get(ref)
            sim.faults.add(Fault.truncated_json(), route=routes.cancel)
            # The answer is lost after the vendor acted: anyjob reads the job instead of sending the cancel again.
            assert jobs.cancel(ref, reason="log test").state in (JobState.CANCELLING, JobState.CANCELLED)
            sim.faults.add(Fault.http_status(401), route=routes.list, times=1)
            with pytest.raises(Unauthorized):
                list(jobs.list(vendor))
    retries = [r for r in caplog.records if r.name == "anyjob" and r.msg.startswith("retrying")]
    assert len(retries) == 3 * (1 + 1)  # per vendor: each get's fault; the cancel was confirmed, not retried
    assert any(r.name.startswith("httpx") for r in caplog.records)
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        assert not secrets_in(text), f"{record.name}: {text}"
    assert not secrets_in(caplog.text)
