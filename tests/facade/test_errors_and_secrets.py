"""Errors: what each carries, parsed from each vendor's error format; only typed errors come out of any response.
Secrets: no credential in the repr or str of Jobs, AsyncJobs, Config, any error, or any log record.

Every test runs for every registered vendor, from what its plugin and simulator state (the vendor contract). The
tests with a fake transport (no network) answer with bodies recorded from the simulators (`samples`), never with
bodies typed here. What is one vendor's own behaviour is in tests/vendors/<vendor>/test_errors.py.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import logging
import pickle
import re
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
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
    parse_ref,
)
from anyjob._vendors import plugin_for, plugins
from anyjob._vendors._base import VendorPlugin
from anyjob.testing import Fault, Phase
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CODEGEN
from tests.facade.conftest import (
    FAST_RETRY,
    Sims,
    assert_no_secrets,
    config_for,
    environment_of,
    running_sims,
    secrets_in,
)

ONCE = RetryPolicy(attempts=1)
ERRORS: dict[int, type[ApiError]] = {
    400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 408: ServerError, 409: Conflict,
    422: BadRequest, 429: RateLimited, 500: ServerError, 502: ServerError, 503: ServerError, 504: ServerError,
}
#: The message of every simulated status fault (`Fault.http_status`), in the vendor's own error body.
SIMULATED = "simulated {status} from the anyjob simulator"


# -- a vendor with made-up settings, for tests with a fake transport ---------------------------------------------------


def fake_settings(plugin: VendorPlugin) -> dict[str, str]:
    """Made-up values for what `plugin` needs: every required setting (secrets recognisably fake), its URL
    https://<vendor>.test, and for a vendor with a scope the default scope of its `ref_example`."""
    example = parse_ref(plugin.ref_example)
    values: dict[str, str] = {}
    for setting in plugin.settings:
        if setting.name == "url":
            value = f"https://{plugin.name}.test"
        elif plugin.scope is not None and setting.name == plugin.scope.setting and example.project:
            value = example.project
        elif setting.required:
            value = f"{plugin.name}_{setting.name}_{'FAKE_SECRET_7d1e' if setting.secret else 'fake'}"
        else:
            continue
        values[f"{plugin.name}_{setting.name}"] = value
    return values


FAKE = Config(**{key: value for plugin in plugins() for key, value in fake_settings(plugin).items()})
FAKE_SECRETS = FAKE.secrets()
Responder = Callable[[httpx2.Request], httpx2.Response]


def fake_ref(vendor: Vendor) -> JobRef:
    return parse_ref(plugin_for(vendor).ref_example)


def fake_jobs(respond: Responder, retry: RetryPolicy = ONCE) -> Jobs:
    return Jobs(FAKE, retry=retry, transport=httpx2.MockTransport(respond))


@attrs.frozen
class Exchange:
    """One answer as it came off the wire."""

    status: int
    headers: httpx2.Headers
    content: bytes

    def json(self) -> Any:
        return json.loads(self.content)


class Recorder(httpx2.HTTPTransport):
    """Keeps every answer the simulators give: samples to mutate, and what the server really sent."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = super().handle_request(request)
        response.read()
        self.exchanges.append(Exchange(response.status_code, response.headers, response.content))
        return response


Samples = Mapping[tuple[Vendor, str], list[Any]]


def recorded_samples(sims: Sims, vendor: Vendor) -> dict[str, list[Any]]:
    """Real bodies from `vendor`'s simulator: "get" (every job), "list" (one page of 3) and "error" (a simulated
    500, in the vendor's error format, with the message SIMULATED)."""
    found: dict[str, list[Any]] = {}
    for operation in ("get", "list", "error"):
        recorder = Recorder()
        with Jobs(config_for(sims), retry=ONCE, transport=recorder) as jobs:
            if operation == "get":
                for ref in sims.refs(vendor):
                    jobs.get(ref)
            elif operation == "list":
                next(iter(jobs.list(vendor, page_size=3)))
            else:
                ref = sims.pick(vendor)
                sims.fault(ref, "get", Fault.http_status(500))
                with pytest.raises(ServerError):
                    jobs.get(ref)
                sims.clear()
        found[operation] = [exchange.json() for exchange in recorder.exchanges]
    return found


@pytest.fixture(scope="module")
def samples() -> Samples:
    """Real bodies of get, list and an error for every vendor, from the simulators."""
    with running_sims() as sims:
        return {(vendor, operation): bodies for vendor in sims.vendors
                for operation, bodies in recorded_samples(sims, vendor).items()}


def replaced(body: Any, old: str, new: str) -> Any:
    """A copy of a JSON body with every string equal to `old` replaced by `new`."""
    if isinstance(body, dict):
        return {key: replaced(value, old, new) for key, value in body.items()}
    if isinstance(body, list):
        return [replaced(value, old, new) for value in body]
    return new if body == old else body


def without(body: Any, value: str) -> Any:
    """A copy of a JSON body without the object members whose value is `value`."""
    if isinstance(body, dict):
        return {key: without(child, value) for key, child in body.items() if child != value}
    if isinstance(body, list):
        return [without(child, value) for child in body]
    return body


def error_sample(samples: Samples, vendor: Vendor, message: str) -> Any:
    """The vendor's real error body, saying `message` where it said SIMULATED (checked: the swap happened)."""
    original = samples[vendor, "error"][0]
    body = replaced(original, SIMULATED.format(status=500), message)
    assert body != original, f"no message to replace in {original!r}"
    return body


# -- what an ApiError carries ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ERRORS)
def test_error_statuses_are_parsed(sims: Sims, vendor: Vendor, status: int) -> None:
    sim, ref = sims[vendor], sims.pick(vendor)
    sims.fault(ref, "get", Fault.http_status(status), times=None)
    recorder = Recorder()
    with Jobs(config_for(sims), retry=ONCE, transport=recorder) as jobs, pytest.raises(ApiError) as caught:
        jobs.get(ref)
    error = caught.value
    assert type(error) is ERRORS[status]
    assert (error.vendor, error.status, error.ref) == (vendor, status, ref)
    assert error.message == SIMULATED.format(status=status)
    assert error.code == sim.error_code(status)
    if sim.request_ids:  # the id the server sent, in its body or its request-id header
        [answer] = recorder.exchanges
        assert error.request_id, "the vendor's errors carry a request id"
        header = answer.headers.get(plugin_for(vendor).request_id_header)
        assert error.request_id == header or json.dumps(error.request_id) in answer.content.decode()
        assert f"(request id {error.request_id})" in str(error)
    else:
        assert error.request_id is None
    text = str(error)
    assert str(status) in text and error.message in text and str(ref) in text
    if error.code:
        assert f"[{error.code}]" in text
    if isinstance(error, RateLimited | ServerError):
        assert error.retry_after is None


def test_vendor_errors_carry_the_vendors_words(sims: Sims, vendor: Vendor) -> None:
    sim = sims[vendor]
    missing = sims.unknown_ref(vendor)
    finished = sims.pick(vendor, [Phase.SUCCEEDED])
    with Jobs(config_for(sims), retry=ONCE) as jobs:
        with pytest.raises(NotFound) as not_found:
            jobs.get(missing)
        with pytest.raises(Conflict) as conflict:
            jobs.cancel(finished)
    assert not_found.value.message == sim.error_message("not_found", missing.job_id)
    assert conflict.value.message == sim.error_message("conflict", finished.job_id)
    assert not_found.value.code == sim.error_code(404)
    assert conflict.value.code == sim.error_code(409)
    if sim.request_ids:
        assert not_found.value.request_id and conflict.value.request_id
        assert not_found.value.request_id != conflict.value.request_id
    else:
        assert not_found.value.request_id is None and conflict.value.request_id is None


def wrong_credentials(config: Config, vendor: Vendor) -> dict[str, str]:
    """The vendor's required secret settings, each with its second half replaced (so a value keeps the vendor's
    prefix, e.g. a key type, and is still wrong)."""
    wrong: dict[str, str] = {}
    for setting in plugin_for(vendor).settings:
        key = f"{vendor}_{setting.name}"
        if setting.secret and setting.required:
            right = config.values[key]
            wrong[key] = f"{right[:len(right) // 2]}WRONG_credential_4f1d"
            assert wrong[key] != right
    assert wrong, f"{vendor} has no required secret setting to get wrong"
    return wrong


def test_wrong_credentials(sims: Sims, vendor: Vendor, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    right = config_for(sims)
    wrong = wrong_credentials(right, vendor)
    config = right.replace(**wrong)
    ref = sims.pick(vendor)
    with Jobs(config, retry=FAST_RETRY) as jobs, pytest.raises(Unauthorized) as caught:
        jobs.get(ref)
    assert caught.value.message == sims[vendor].error_message("unauthorized", ref.job_id)
    assert sims[vendor].count() == 1  # 401 is not retried
    for text in (str(caught.value), repr(caught.value), repr(jobs), repr(config), caplog.text):
        assert not secrets_in(text, wrong.values()) and not secrets_in(text, sims.secrets)


# -- unit-level checks with a fake transport (no network) -------------------------------------------------------------


def test_the_request_id_header_is_the_fallback(samples: Samples, vendor: Vendor) -> None:
    """An error body without a request id: the id comes from the vendor's request-id header."""
    plugin = plugin_for(vendor)
    body = error_sample(samples, vendor, "boom")
    in_body = plugin.error(body).request_id
    if in_body is not None:
        body = without(body, in_body)
    assert plugin.error(body).request_id is None

    def respond(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(500, json=body, headers={plugin.request_id_header: "req-from-header"})

    with fake_jobs(respond) as jobs, pytest.raises(ServerError) as caught:
        jobs.get(fake_ref(vendor))
    assert (caught.value.message, caught.value.request_id) == ("boom", "req-from-header")


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
        jobs.get(fake_ref(vendor))
    assert caught.value.message == message
    assert caught.value.status == 502


def test_decode_errors_carry_status_and_a_short_excerpt(sims: Sims, jobs: Jobs, vendor: Vendor) -> None:
    sim, ref = sims[vendor], sims.pick(vendor)
    sims.fault(ref, "get", Fault.truncated_json(), times=None)
    with pytest.raises(DecodeError) as truncated:
        jobs.get(ref)
    assert (truncated.value.vendor, truncated.value.status, truncated.value.problem) == (vendor, 200,
                                                                                        "malformed JSON")
    assert truncated.value.excerpt.startswith("{") and len(truncated.value.excerpt) <= 160
    sim.faults.clear()
    sims.fault(ref, "get", Fault.html_page(200), times=None)
    with pytest.raises(DecodeError) as html:
        jobs.get(ref)
    assert (html.value.status, html.value.problem) == (200, "HTML")
    assert html.value.excerpt.startswith("<!DOCTYPE html>") and len(html.value.excerpt) <= 160
    assert "HTML" in str(html.value) and "200" in str(html.value)
    sim.faults.clear()
    sims.fault(ref, "get", Fault.html_page(502), times=None)
    with pytest.raises(ServerError) as proxy:
        jobs.get(ref)
    assert proxy.value.message.startswith("non-JSON error body: <!DOCTYPE html>")


def test_a_page_that_repeats_ends_the_list(samples: Samples, vendor: Vendor) -> None:
    first = samples[vendor, "list"][0]
    stop = error_sample(samples, vendor, "stop")
    sent: list[httpx2.Request] = []

    def respond(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        if len(sent) > 20:  # end the test's loop either way
            return httpx2.Response(500, json=stop)
        return httpx2.Response(200, json=first)

    with fake_jobs(respond) as jobs:
        with pytest.raises(DecodeError, match="already given"):
            list(jobs.list(vendor, page_size=3))
    assert len(sent) == 2


@pytest.mark.parametrize("body", [b"", b"[]", b"null", b'"text"', b"42", b"{}", b'{"job": null}', b'{"data": 5}',
                                  b'{"id": "not-a-uuid", "status": 7}'])
def test_wrong_shapes_are_decode_errors(vendor: Vendor, body: bytes) -> None:
    """Junk, and junk that looks like an envelope, a page or a job: never a Job."""
    with fake_jobs(lambda request: httpx2.Response(200, content=body)) as jobs:
        with pytest.raises(DecodeError) as caught:
            jobs.get(fake_ref(vendor))
        assert caught.value.status == 200
        if not body.startswith(b"{"):  # (a vendor whose page fields are all optional reads {} as an empty page)
            with pytest.raises(DecodeError):
                list(jobs.list(vendor))


# -- only typed errors from any response (hypothesis) ------------------------------------------------------------------


#: Status strings of every vendor's tables, where a vendor might send another's (or a value of its own elsewhere).
STATUS_STRINGS = sorted({raw for plugin in plugins() for table in (plugin.states, *plugin.status_enums.values())
                         for raw in table})
ODD_STRINGS = ["", "2026-13-45T99:99:99Z", "99999-01-01T00:00:00Z", "2026-01-01", "-1", "NaN", "Infinity", "null",
               "\u0000", "1e400", *STATUS_STRINGS]
scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12),
                    st.sampled_from(ODD_STRINGS))
junk_json = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                         | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


def header_names() -> list[str]:
    """Every header a vendor's answer is read for: each plugin's rate-limit dialect (found by watching which names
    it asks a headers mapping for) and its request-id header."""
    asked: set[str] = set()

    class Watched(dict[str, str]):
        def get(self, key: str, default: Any = None) -> Any:
            asked.add(key)
            return super().get(key, default)

    for plugin in plugins():
        plugin.rate_limits.read(Watched(), time.time())
        plugin.rate_limits.retry_after(Watched(), time.time())
        asked.add(plugin.request_id_header)
    assert {"retry-after", "retry-after-ms"} <= asked
    return sorted(asked | {"content-type"})


HEADERS = st.dictionaries(
    st.sampled_from(header_names()),
    st.sampled_from(["0", "1", "-5", "abc", "1e309", "nan", "inf", "Wed, 21 Oct 2015 07:28:00 GMT",
                     "Mon, 01 Jan 99999 00:00:00 GMT", "", "text/html", "6m0s", "48h", "2026-01-01T00:00:00Z",
                     "2099-01-01T00:00:00Z", "1767225600000"]),
    max_size=3,
)


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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_response_gives_a_job_or_a_typed_error(samples: Samples, data: st.DataObject) -> None:
    vendor = data.draw(st.sampled_from(VENDORS), label="vendor")
    operation = data.draw(st.sampled_from(["get", "cancel", "list"]), label="operation")
    status = data.draw(st.sampled_from([200, 200, 200, 201, 204, 400, 404, 409, 429, 500, 502]), label="status")
    pool = samples[vendor, "list" if operation == "list" else "get"] + (samples[vendor, "error"] if status >= 400
                                                                        else [])
    body = data.draw(response_bodies(pool), label="body")
    headers = data.draw(HEADERS, label="headers")
    ref = fake_ref(vendor)
    with fake_jobs(lambda request: httpx2.Response(status, content=body, headers=headers)) as jobs:
        try:
            if operation == "get":
                # A deadline: rate-limit headers in the drawn answer may ask for a wait, which is then refused at once.
                results: list[Job] = [jobs.get(ref, timeout=0.5)]
            elif operation == "cancel":
                results = [jobs.cancel(ref, reason="fuzz", timeout=0.5)]
            else:  # the same page every time: a server whose "next page" never ends (see test_a_page_that_repeats)
                results = list(itertools.islice(jobs.list(vendor, timeout=0.5), 20))
        except AnyjobError as error:  # anything else fails the test
            assert_no_secrets(FAKE_SECRETS, error)
            assert not isinstance(error, WaitTimeout)
            return
    for job in results:
        assert job.ref.vendor == vendor
        for moment in (job.created_at, job.started_at, job.finished_at):
            assert moment is None or moment.utcoffset() is not None
        try:  # the generated model is built when first read: from the same answer, or a typed error
            model = job.model
        except DecodeError as error:
            assert error.ref == job.ref and "does not match the spec" in error.problem
            assert_no_secrets(FAKE_SECRETS, error)
        else:
            assert type(model).__module__.startswith(CODEGEN.clients[vendor].package)


def test_what_a_job_is_not_made_of_is_checked_when_its_model_is_built(samples: Samples, vendor: Vendor) -> None:
    """A plugin reads the fields a Job is made of when the answer comes, and leaves the rest to the generated model,
    built when `Job.model` is first read. Every field of a real answer in turn gets a value of the wrong type that
    quotes a credential: either the get fails at once (a field the Job is made of) or the Job comes back and reading
    its model gives the model or a DecodeError naming the job, with the credential hidden; never anything else."""
    sample = samples[vendor, "get"][0]
    junk = [[{"echo": FAKE_SECRETS[0]}]]
    at_once = deferred = built = 0
    for path in paths(sample):
        body = apply(sample, [(path, "replace", junk)])
        with fake_jobs(lambda request, body=body: httpx2.Response(200, json=body)) as jobs:
            try:
                job = jobs.get(fake_ref(vendor))
            except DecodeError as error:
                assert_no_secrets(FAKE_SECRETS, error)
                at_once += 1
                continue
        try:
            first = job.model
        except DecodeError as error:
            assert error.ref == job.ref and "does not match the spec" in error.problem, error
            assert_no_secrets(FAKE_SECRETS, error)
            with pytest.raises(DecodeError) as unpickled:  # without the engine's redactor: quoting nothing of it
                _ = pickle.loads(pickle.dumps(job)).model
            assert unpickled.value.excerpt == ""
            assert re.fullmatch(r".* does not match the spec: \w+", unpickled.value.problem), unpickled.value.problem
            deferred += 1
        else:
            assert job.model is first  # built once
            built += 1
    assert at_once and deferred, (at_once, deferred, built)


# -- secrets -----------------------------------------------------------------------------------------------------------


def test_a_pickled_job_carries_no_credential(sims: Sims, vendor: Vendor) -> None:
    """A job whose generated model is not built yet keeps the engine's redactor for that model's errors: it is left
    out when the job is pickled (or copied), and the job still builds its model on the other side."""
    with Jobs(config_for(sims)) as jobs:
        job = jobs.get(sims.pick(vendor))
        listed = next(iter(jobs.list(vendor)))
    for original in (job, listed):
        data = pickle.dumps(original)
        assert not secrets_in(data.decode("latin-1"), sims.secrets)
        for restored in (pickle.loads(data), copy.deepcopy(original), copy.copy(original)):
            assert restored == original
            assert type(restored.model) is type(original.model) and restored.model == original.model
    assert not secrets_in(pickle.dumps(job).decode("latin-1"), sims.secrets)  # with its model built too


def test_config_jobs_and_async_jobs_hide_secrets(sims: Sims) -> None:
    config = config_for(sims)
    secret_keys = [f"{plugin.name}_{s.name}" for plugin in plugins() for s in plugin.settings if s.secret]
    shown = {key: value for key, value in config.values.items() if key not in secret_keys}
    for key, value in shown.items():  # what is not a secret (a public key, a URL, a scope) is shown
        assert f"{key}={value!r}" in repr(config)
    assert repr(config).count("'<hidden>'") == len([key for key in secret_keys if key in config.values]) > 0
    environment = environment_of(sims)
    urls = {f"{vendor}_url": None for vendor in sims.vendors}
    without_urls = {name: value for name, value in environment.items() if value not in {sim.base_url
                                                                                        for sim in sims.all()}}
    with Jobs(config) as jobs:
        for vendor in sims.vendors:
            jobs.get(sims.pick(vendor))  # endpoints are built on first use
        things: list[object] = [config, jobs, config.replace(**urls), Config.from_env(without_urls)]
        assert_no_secrets(sims.secrets, *things)
        assert_no_secrets(sims.secrets, *jobs._engine._endpoints.values())

    async def main() -> AsyncJobs:
        async with AsyncJobs(config) as async_jobs:
            for vendor in sims.vendors:
                await async_jobs.get(sims.pick(vendor))
            return async_jobs

    assert_no_secrets(sims.secrets, asyncio.run(main()))


def test_secrets_echoed_by_a_server_are_hidden(samples: Samples, vendor: Vendor) -> None:
    """A server (or a misdirected URL) that echoes the request's credentials into its answer: in the vendor's own
    error body, where its message goes, and alongside it with every header the request carried."""
    message = f"bad token {' '.join(FAKE_SECRETS)}"

    def echo(status: int, as_json: bool) -> Responder:
        def respond(request: httpx2.Request) -> httpx2.Response:
            echoed = {**error_sample(samples, vendor, message), "secret": FAKE_SECRETS[0],
                      **dict(request.headers.items())}
            if as_json:
                return httpx2.Response(status, json=echoed)
            return httpx2.Response(status, text=f"<html>{' '.join(FAKE_SECRETS)} {echoed}</html>")
        return respond

    for status, as_json in [(401, True), (500, True), (502, False), (200, False), (200, True)]:
        with fake_jobs(echo(status, as_json)) as jobs, pytest.raises(AnyjobError) as caught:
            jobs.get(fake_ref(vendor))
        assert_no_secrets(FAKE_SECRETS, caught.value)
        if status != 200 and as_json:
            assert "<hidden>" in str(caught.value)


def test_no_secret_in_any_log_record(sims: Sims, caplog: pytest.LogCaptureFixture) -> None:
    """Every logger at DEBUG (anyjob's retries, httpx, httpcore) while requests fail and are retried."""
    caplog.set_level(logging.DEBUG)
    with Jobs(config_for(sims), retry=FAST_RETRY) as jobs:
        for vendor in sims.vendors:
            ref = sims.pick(vendor)
            sims.fault(ref, "get", Fault.http_status(503), times=1)
            jobs.get(ref)
            sims.fault(ref, "get", Fault.drop_connection(), times=1)
            jobs.get(ref)
            sims.fault(ref, "cancel", Fault.truncated_json(), times=None)
            # The answer is lost after the vendor acted: anyjob reads the job instead of sending the cancel again.
            assert jobs.cancel(ref, reason="log test").state in (JobState.CANCELLING, JobState.CANCELLED)
            sims.fault_every(vendor, "list", Fault.http_status(401), times=1)
            with pytest.raises(Unauthorized):
                list(jobs.list(vendor))
    retries = [r for r in caplog.records if r.name == "anyjob" and r.msg.startswith("retrying")]
    assert len(retries) == len(sims.vendors) * (1 + 1)  # per vendor: each get's fault; the cancel was confirmed
    # anyjob's own client hands requests to its transport (no httpx2 "HTTP Request" record): httpcore2 logs them.
    assert any(r.name.startswith("httpcore2") for r in caplog.records)
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        assert not secrets_in(text, sims.secrets), f"{record.name}: {text}"
    assert not secrets_in(caplog.text, sims.secrets)
