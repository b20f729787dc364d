"""The Dispersed signer against vectors computed here, independently of dispersed_client.signing, and end to end.

The canonical strings below are written out by hand from the vendor's rules:
publicKey|timestamp|nonce|METHOD|pathname|queryString|bodySha256.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import parse_qsl, urlencode
from uuid import UUID

import httpx2
import pytest
from dispersed_client import Client
from dispersed_client.api.jobs import cancel_job, list_jobs
from dispersed_client.models import CancelJobRequest
from dispersed_client.signing import DispersedAuth

from tests.conftest import CODEGEN
from tests.loopback import ReceivedRequest, recording_server
from tests.spec_tools import load_spec, response_examples

PUBLIC, SECRET = "pk_abc123", "sk_test_secret"
NOW_MS = 1706918400000
NONCE = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def fixed_auth() -> DispersedAuth:
    return DispersedAuth(PUBLIC, SECRET, clock=lambda: NOW_MS / 1000, nonce_factory=lambda: NONCE)


def expected_signature(canonical: str) -> str:
    return hmac.new(SECRET.encode(), canonical.encode(), hashlib.sha256).hexdigest()


def test_empty_body_hash_is_the_documented_constant() -> None:
    assert hashlib.sha256(b"").hexdigest() == EMPTY_SHA256


@pytest.mark.parametrize(
    ("method", "url", "json_body", "canonical", "sent_body"),
    [
        pytest.param(
            "GET", "https://api.dispersed.com/v1/jobs?page=1&limit=10", None,
            f"{PUBLIC}|{NOW_MS}|{NONCE}|GET|/v1/jobs|limit=10&page=1|{EMPTY_SHA256}", b"",
            id="vendor-example-shape",
        ),
        pytest.param(
            "GET",
            "https://api.dispersed.com/v1/jobs?filter[status]=RUNNING,FAILED&b=2&a=z&a=b c",
            None,
            f"{PUBLIC}|{NOW_MS}|{NONCE}|GET|/v1/jobs|a=b+c&a=z&b=2&filter%5Bstatus%5D=RUNNING%2CFAILED|{EMPTY_SHA256}",
            b"",
            id="sorted-keys-and-repeated-values",
        ),
        pytest.param(
            "PUT", "https://api.dispersed.com/v1/jobs/3c90c3cc-0d44-4b50-8888-8dd25736052a/cancel",
            {"reason": "Cancelled by user", "z": {"b": [2, 1], "a": "é"}},
            f"{PUBLIC}|{NOW_MS}|{NONCE}|PUT|/v1/jobs/3c90c3cc-0d44-4b50-8888-8dd25736052a/cancel||"
            + hashlib.sha256(b'{"reason":"Cancelled by user","z":{"a":"\\u00e9","b":[2,1]}}').hexdigest(),
            b'{"reason":"Cancelled by user","z":{"a":"\\u00e9","b":[2,1]}}',
            id="canonical-json-body",
        ),
        pytest.param(
            "POST", "http://127.0.0.1:8080/prefix/v1/jobs", {"task": "BATCH", "max_timeout_run_ms": 60000},
            f"{PUBLIC}|{NOW_MS}|{NONCE}|POST|/prefix/v1/jobs||"
            + hashlib.sha256(b'{"max_timeout_run_ms":60000,"task":"BATCH"}').hexdigest(),
            b'{"max_timeout_run_ms":60000,"task":"BATCH"}',
            id="base-url-with-path",
        ),
    ],
)
def test_signature_matches_independent_vector(
    method: str, url: str, json_body: object, canonical: str, sent_body: bytes
) -> None:
    request = httpx2.Request(method, url, json=json_body) if json_body is not None else httpx2.Request(method, url)
    signed = fixed_auth().sign(request)
    assert signed.headers["X-API-Key"] == PUBLIC
    assert signed.headers["X-Time"] == str(NOW_MS)
    assert signed.headers["X-Nonce"] == NONCE
    assert signed.headers["X-Signature"] == expected_signature(canonical)
    assert signed.content == sent_body, "the bytes sent must be the bytes signed"
    if sent_body:
        assert signed.headers["Content-Length"] == str(len(sent_body))


# Query strings as they reach the signer -> the canonical queryString, written out by hand from
# shared/reference/dispersed.md: the vendor urlencode()s the (key, value) pairs sorted by key then value, i.e. form
# encoding (space -> "+", "+" -> "%2B", "&" -> "%26", "=" -> "%3D", "[" "]" "," -> "%5B" "%5D" "%2C", UTF-8 percent-
# encoding; letters, digits and "_.-~" stay), and signs "" for no query. None of these strings is computed here.
QUERY_VECTORS = [
    pytest.param([], "", id="no-query"),
    pytest.param([("page", "1"), ("limit", "10")], "limit=10&page=1", id="vendor-example"),
    pytest.param([("filter[status]", "PENDING,RUNNING"), ("page", "1")],
                 "filter%5Bstatus%5D=PENDING%2CRUNNING&page=1", id="reference-filter-example"),
    pytest.param([("q", "hello world")], "q=hello+world", id="space-is-plus-not-%20"),
    pytest.param([("my key", "a  b ")], "my+key=a++b+", id="spaces-in-keys-and-runs-of-spaces"),
    pytest.param([("q", "1+1=2")], "q=1%2B1%3D2", id="literal-plus-and-equals"),
    pytest.param([("q", "fish&chips")], "q=fish%26chips", id="ampersand"),
    pytest.param([("city", "Zürich"), ("name", "été")], "city=Z%C3%BCrich&name=%C3%A9t%C3%A9", id="unicode-utf8"),
    pytest.param([("tag", "b"), ("a", "2"), ("tag", "a"), ("tag", "B")], "a=2&tag=B&tag=a&tag=b",
                 id="repeated-key-values-sorted"),
    pytest.param([("x", ""), ("limit", "5"), ("y", "")], "limit=5&x=&y=", id="empty-values"),
    pytest.param([("path", "a/b~c*d.e-f_g")], "path=a%2Fb~c%2Ad.e-f_g", id="slash-tilde-star"),
    pytest.param([("q", "100%")], "q=100%25", id="percent-sign"),
    # sorted as decoded text (" " < "+"), then encoded: encoded text would sort the other way ("%" < "+")
    pytest.param([("a+b", "2"), ("a b", "1")], "a+b=1&a%2Bb=2", id="sorted-before-encoding"),
]


@pytest.mark.parametrize(("params", "query"), QUERY_VECTORS)
def test_query_string_vectors_from_the_reference(params: list[tuple[str, str]], query: str) -> None:
    request = httpx2.Request("GET", "https://api.dispersed.com/v1/jobs", params=params)
    signed = fixed_auth().sign(request)
    canonical = f"{PUBLIC}|{NOW_MS}|{NONCE}|GET|/v1/jobs|{query}|{EMPTY_SHA256}"
    assert signed.headers["X-Signature"] == expected_signature(canonical)


@pytest.mark.parametrize(
    ("raw_query", "query"),
    [
        ("q=hello%20world", "q=hello+world"),
        ("q=hello+world", "q=hello+world"),
        ("flag&limit=5", "flag=&limit=5"),
        ("b=%2B&a=%7E", "a=~&b=%2B"),
    ],
)
def test_query_string_does_not_depend_on_how_the_url_spells_it(raw_query: str, query: str) -> None:
    """The pairs are decoded before they are re-encoded: %20 and + both mean a space, a bare key an empty value."""
    signed = fixed_auth().sign(httpx2.Request("GET", f"https://api.dispersed.com/v1/jobs?{raw_query}"))
    canonical = f"{PUBLIC}|{NOW_MS}|{NONCE}|GET|/v1/jobs|{query}|{EMPTY_SHA256}"
    assert signed.headers["X-Signature"] == expected_signature(canonical)


def test_every_request_gets_a_fresh_nonce_and_the_current_time() -> None:
    auth = DispersedAuth(PUBLIC, SECRET)
    first, second = (auth.sign(httpx2.Request("GET", "https://x/v1/jobs")) for _ in range(2))
    assert first.headers["X-Nonce"] != second.headers["X-Nonce"]
    for signed in (first, second):
        assert len(signed.headers["X-Nonce"]) == 32 and int(signed.headers["X-Nonce"], 16) >= 0
        assert abs(int(signed.headers["X-Time"]) - time.time() * 1000) < 60_000


def test_secret_key_stays_out_of_repr_and_errors() -> None:
    auth = DispersedAuth(PUBLIC, SECRET)
    assert SECRET not in repr(auth) and PUBLIC in repr(auth)
    with pytest.raises(ValueError) as excinfo:
        DispersedAuth(PUBLIC, "")
    assert SECRET not in str(excinfo.value)


def verify(request: ReceivedRequest) -> bool:
    """What a Dispersed server does with a request, written without the client's helpers."""
    path, _, query = request.raw_path.partition("?")
    canonical_query = urlencode(sorted(parse_qsl(query, keep_blank_values=True)))  # what the reference says it does
    canonical = "|".join([
        request.headers["x-api-key"], request.headers["x-time"], request.headers["x-nonce"], request.method, path,
        canonical_query, hashlib.sha256(request.body).hexdigest(),
    ])
    return hmac.compare_digest(request.headers["x-signature"], expected_signature(canonical))


def test_generated_client_requests_verify_on_a_loopback_server() -> None:
    cancelled_job = next(v for op, _, status, v in response_examples(load_spec(CODEGEN.clients["dispersed"].spec))
                         if op == "cancel_job" and status == 200)
    job_uuid = "3c90c3cc-0d44-4b50-8888-8dd25736052a"

    def respond(request: ReceivedRequest) -> tuple[int, object]:
        if not verify(request):
            return 401, {"message": "bad signature"}
        return 200, {"data": [], "page": 1, "limit": 5, "total": 0} if request.method == "GET" else cancelled_job

    with recording_server(respond) as server:
        client = Client(base_url=server.base_url, httpx_args={"auth": DispersedAuth(PUBLIC, SECRET)})
        listed = list_jobs.sync_detailed(client=client, limit=5, filter_status="RUNNING,CANCELLING", page=1)
        with httpx2.Client(auth=DispersedAuth(PUBLIC, SECRET)) as raw:
            spaced = raw.get(f"{server.base_url}/v1/jobs", params={"filter[task]": "BATCH", "q": "a b+c é"})
        cancelled = cancel_job.sync_detailed(
            UUID(job_uuid), client=client, body=CancelJobRequest(reason="Cancelled by user")
        )
    assert listed.status_code == 200, listed.content
    assert spaced.status_code == 200, spaced.content
    assert cancelled.status_code == 200, cancelled.content
    assert cancelled.parsed is not None and cancelled.parsed.to_dict()["status"] == cancelled_job["status"]
    get_request, _, put_request = server.requests
    assert put_request.body == b'{"reason":"Cancelled by user"}'
    assert put_request.raw_path == f"/v1/jobs/{job_uuid}/cancel"
    assert "filter%5Bstatus%5D=RUNNING%2CCANCELLING" in get_request.raw_path
    assert get_request.headers["x-nonce"] != put_request.headers["x-nonce"]


def test_a_wrong_secret_does_not_verify() -> None:
    with recording_server(lambda request: (200 if verify(request) else 401, {})) as server:
        client = Client(base_url=server.base_url, httpx_args={"auth": DispersedAuth(PUBLIC, "sk_wrong")})
        response = list_jobs.sync_detailed(client=client)
    assert response.status_code == 401
