"""The Anthropic Message Batches simulator over its clock, through plain httpx2 (and the generated client where it
reads better), and schemathesis against specs/anthropic.yaml.

Every body seen here is also checked against the spec (the schema for its status, else the operation's `default`;
each line of a JSON Lines body against the line schema), error bodies included.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
import requests
import schemathesis
from anyjob.testing import Fault, ManualClock
from anyjob.testing import _anthropic as module
from anyjob.testing._anthropic import CANCEL_TAKES, AnthropicSimulator, SimBatch
from anyjob.testing._jobs import Phase
from anyjob_anthropic_batches import AuthenticatedClient
from anyjob_anthropic_batches.api.message_batches import get_message_batch_results
from anyjob_anthropic_batches.models import MessageBatchSucceededResult
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from tests.conftest import CODEGEN
from tests.simulators.test_conformance import CHECKS
from tests.spec_tools import inline_refs, load_spec, operations, resolve

SPEC = load_spec(CODEGEN.clients["anthropic"].spec)
OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in operations(SPEC)}
BATCHES = "/v1/messages/batches"
FORMATS = Draft202012Validator.FORMAT_CHECKER


def header(response: Any, name: str) -> str:
    """A response header, from httpx2 or from schemathesis (whose headers are lower-cased lists)."""
    value = response.headers[name]
    return value[0] if isinstance(value, list) else value


def check_body(operation_id: str, response: Any) -> Any:
    """Assert the response (httpx2's or schemathesis's) is valid for the spec's schema of its status (or `default`);
    return the body (a list of lines for JSON Lines)."""
    responses = OPERATIONS[operation_id][2]["responses"]
    content = resolve(SPEC, responses.get(str(response.status_code), responses["default"]))["content"]
    media_type = header(response, "content-type").split(";")[0]
    assert media_type in content, f"{media_type} is not documented for {operation_id} {response.status_code}"
    validator = Draft202012Validator(inline_refs(SPEC, content[media_type]["schema"]), format_checker=FORMATS)
    if media_type == "application/x-jsonl":
        assert response.content.endswith(b"\n")
        values = [json.loads(line) for line in response.content.split(b"\n") if line.strip()]
    else:
        values = [json.loads(response.content)]
    for value in values:
        problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
        assert not problems, f"{operation_id} {response.status_code}: {problems}"
    if response.status_code >= 400:  # one request id, in the header and in the envelope
        assert values[0]["request_id"] == header(response, "request-id")
    return values if media_type == "application/x-jsonl" else values[0]


@pytest.fixture
def sim() -> Iterator[AnthropicSimulator]:
    with AnthropicSimulator(jobs=0) as running:
        yield running


def http(sim: AnthropicSimulator, **headers: str) -> httpx2.Client:
    return httpx2.Client(base_url=sim.base_url, headers={
        "x-api-key": sim.api_key, "anthropic-version": "2023-06-01", **headers})


def params(prompt: str = "Hello there", **extra: Any) -> dict[str, Any]:
    return {"model": "claude-haiku-4-5", "max_tokens": 256, "messages": [{"role": "user", "content": prompt}], **extra}


def create(client: httpx2.Client, count: int = 3, **extra: Any) -> dict[str, Any]:
    body = {"requests": [{"custom_id": f"r-{i}", "params": params(f"prompt {i}", **extra)} for i in range(count)]}
    response = client.post(BATCHES, json=body)
    assert response.status_code == 200, response.text
    return check_body("create_message_batch", response)


def get(client: httpx2.Client, batch_id: str) -> dict[str, Any]:
    response = client.get(f"{BATCHES}/{batch_id}")
    assert response.status_code == 200, response.text
    return check_body("get_message_batch", response)


def slow_requests(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Every request of batches created from now on takes `seconds` of clock time."""
    monkeypatch.setattr(module, "REQUEST_SECONDS", (seconds, seconds))


# --- lifecycle ---------------------------------------------------------------------------------------------------


def test_a_batch_processes_then_ends_with_an_absolute_results_url(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        batch = create(client, 5)
        assert batch["processing_status"] == "in_progress"
        assert batch["request_counts"] == {"processing": 5, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
        assert batch["created_at"] == "2026-01-01T00:00:00.000000Z"
        assert batch["expires_at"] == "2026-01-02T00:00:00.000000Z"
        assert batch["ended_at"] is batch["results_url"] is batch["cancel_initiated_at"] is batch["archived_at"] is None
        assert batch["id"].startswith("msgbatch_01") and len(batch["id"]) == len("msgbatch_") + 24
        sim.clock.advance(12)  # the first requests have finished, not the batch: the documented counts stay put
        assert get(client, batch["id"])["request_counts"]["processing"] == 5
        sim.clock.advance(3600)
        ended = get(client, batch["id"])
    assert ended["processing_status"] == "ended"
    assert ended["request_counts"] == {"processing": 0, "succeeded": 5, "errored": 0, "canceled": 0, "expired": 0}
    assert "2026-01-01T00:00:00" < ended["ended_at"] < "2026-01-01T00:01:00"
    host = sim.base_url.removeprefix("http://")
    assert ended["results_url"] == f"http://{host}{BATCHES}/{batch['id']}/results"


def test_live_counts_move_while_the_batch_runs_when_asked() -> None:
    with AnthropicSimulator(jobs=0, live_counts=True) as sim, http(sim) as client:
        batch = create(client, 8)
        seen = []
        for _ in range(20):
            counts = get(client, batch["id"])["request_counts"]
            seen.append((counts["processing"], counts["succeeded"]))
            sim.clock.advance(5)
    assert seen[0] == (8, 0) and seen[-1] == (0, 8)
    assert any(0 < processing < 8 for processing, _ in seen), seen
    assert all(p + s == 8 for p, s in seen)
    assert [p for p, _ in seen] == sorted((p for p, _ in seen), reverse=True)


def test_a_batch_not_finished_in_24_hours_expires(sim: AnthropicSimulator, monkeypatch: pytest.MonkeyPatch) -> None:
    slow_requests(monkeypatch, 3600.0)  # 4 lanes of 1-hour requests after 5 s: 23 per lane finish within 24 hours
    with http(sim) as client:
        batch = create(client, 100)
        sim.clock.advance(24 * 3600 - 1)
        assert get(client, batch["id"])["processing_status"] == "in_progress"
        sim.clock.advance(1)
        ended = get(client, batch["id"])
        lines = check_body("get_message_batch_results", client.get(f"{BATCHES}/{batch['id']}/results"))
    assert ended["processing_status"] == "ended" and ended["ended_at"] == ended["expires_at"]
    assert ended["request_counts"] == {"processing": 0, "succeeded": 92, "errored": 0, "canceled": 0, "expired": 8}
    assert sorted(line["result"]["type"] for line in lines) == ["expired"] * 8 + ["succeeded"] * 92


def test_cancel_lets_running_requests_finish_and_cancels_the_rest(
    sim: AnthropicSimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_requests(monkeypatch, 60.0)
    with http(sim) as client:
        batch = create(client, 10)  # lanes of 4: requests 0-3 run 5-65 s, 4-7 run 65-125 s, 8-9 run 125-185 s
        sim.clock.advance(70)
        response = client.post(f"{BATCHES}/{batch['id']}/cancel")
        canceling = check_body("cancel_message_batch", response)
        assert response.status_code == 200 and canceling["processing_status"] == "canceling"
        assert canceling["cancel_initiated_at"] == "2026-01-01T00:01:10.000000Z"
        assert canceling["request_counts"]["processing"] == 10 and canceling["ended_at"] is None
        sim.clock.advance(30)
        again = check_body("cancel_message_batch", client.post(f"{BATCHES}/{batch['id']}/cancel"))
        assert again == {**canceling, "request_counts": again["request_counts"]}  # unchanged, same cancel time
        sim.clock.advance(24)  # requests 4-7, running at the cancel, finish at 125 s
        assert get(client, batch["id"])["processing_status"] == "canceling"
        sim.clock.advance(1)
        ended = get(client, batch["id"])
        refused = client.post(f"{BATCHES}/{batch['id']}/cancel")
        check_body("cancel_message_batch", refused)
        lines = check_body("get_message_batch_results", client.get(f"{BATCHES}/{batch['id']}/results"))
    assert ended["processing_status"] == "ended" and ended["ended_at"] == "2026-01-01T00:02:05.000000Z"
    assert ended["request_counts"] == {"processing": 0, "succeeded": 8, "errored": 0, "canceled": 2, "expired": 0}
    assert refused.status_code == 409 and refused.json()["error"]["type"] == "invalid_request_error"
    assert {line["custom_id"] for line in lines if line["result"]["type"] == "canceled"} == {"r-8", "r-9"}


def test_a_cancel_takes_at_least_cancel_takes_seconds(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        batch = create(client, 2)
        client.post(f"{BATCHES}/{batch['id']}/cancel")  # nothing has started yet
        sim.clock.advance(CANCEL_TAKES - 0.5)
        assert get(client, batch["id"])["processing_status"] == "canceling"
        sim.clock.advance(0.5)
        ended = get(client, batch["id"])
    assert ended["request_counts"]["canceled"] == 2 and ended["processing_status"] == "ended"


def test_delete_only_once_ended_and_then_the_batch_is_gone(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        batch = create(client, 2)
        path = f"{BATCHES}/{batch['id']}"
        early = client.delete(path)
        check_body("delete_message_batch", early)
        assert early.status_code == 409 and "cancel it first" in early.json()["error"]["message"]
        sim.clock.advance(3600)
        deleted = client.delete(path)
        assert deleted.status_code == 200
        assert check_body("delete_message_batch", deleted) == {"id": batch["id"], "type": "message_batch_deleted"}
        for method, url, operation in (("GET", path, "get_message_batch"), ("DELETE", path, "delete_message_batch"),
                                       ("POST", path + "/cancel", "cancel_message_batch"),
                                       ("GET", path + "/results", "get_message_batch_results")):
            gone = client.request(method, url)
            assert gone.status_code == 404 and check_body(operation, gone)["error"]["type"] == "not_found_error"
        listed = check_body("list_message_batches", client.get(BATCHES))
    assert listed["data"] == [] and sim.job_ids == []


# --- results -------------------------------------------------------------------------------------------------------


def test_results_only_once_ended_one_line_per_request_and_archived_after_29_days(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        body = {"requests": [
            {"custom_id": "ok-1", "params": params("What is the capital of Portugal?")},
            {"custom_id": "ok_2", "params": params("Name a prime.", max_tokens=4)},
            {"custom_id": "no-max-tokens", "params": {"model": "claude-haiku-4-5", "messages": [
                {"role": "user", "content": "hi"}]}},
            {"custom_id": "streaming", "params": params(stream=True)},
            {"custom_id": "blocks", "params": params(messages=[{"role": "user", "content": [
                {"type": "text", "text": "Describe this picture"}]}])},
        ]}
        batch = check_body("create_message_batch", client.post(BATCHES, json=body))
        url = f"{BATCHES}/{batch['id']}/results"
        early = client.get(url)
        assert early.status_code == 404 and check_body("get_message_batch_results", early)["error"]["type"] == \
            "not_found_error"
        sim.clock.advance(600)
        response = client.get(url)
        lines = check_body("get_message_batch_results", response)
        assert response.headers["content-type"] == "application/x-jsonl"
        assert response.headers["content-disposition"] == \
            f"attachment; filename*=utf-8''{batch['id']}_results.jsonl"
        assert get(client, batch["id"])["request_counts"] == {
            "processing": 0, "succeeded": 3, "errored": 2, "canceled": 0, "expired": 0}
        sim.clock.advance(29 * 86400 - 600)
        archived = get(client, batch["id"])
        gone = client.get(url)
    by_id = {line["custom_id"]: line["result"] for line in lines}
    assert sorted(by_id) == ["blocks", "no-max-tokens", "ok-1", "ok_2", "streaming"]
    message = by_id["ok-1"]["message"]
    assert message["model"] == "claude-haiku-4-5" and message["id"].startswith("msg_01")
    assert "capital of Portugal" in message["content"][0]["text"] and message["stop_reason"] == "end_turn"
    assert message["usage"]["service_tier"] == "batch" and message["usage"]["output_tokens"] > 0
    assert by_id["ok_2"]["message"]["stop_reason"] == "max_tokens"
    assert by_id["ok_2"]["message"]["usage"]["output_tokens"] <= 4
    assert "Describe this picture" in by_id["blocks"]["message"]["content"][0]["text"]
    assert by_id["no-max-tokens"]["error"]["error"] == {"type": "invalid_request_error",
                                                         "message": "max_tokens: Field required"}
    assert by_id["streaming"]["error"]["error"]["message"].startswith("stream:")
    assert archived["archived_at"] == "2026-01-30T00:00:00.000000Z" and archived["results_url"]
    assert gone.status_code == 404 and "archived" in gone.json()["error"]["message"]


def test_the_generated_client_reads_the_results_it_is_pointed_at(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        batch = create(client, 4)
    sim.clock.advance(600)
    ours = AuthenticatedClient(base_url=sim.base_url, token=sim.api_key, prefix="", auth_header_name="x-api-key",
                               strict_response_validation=True)
    lines = get_message_batch_results.sync(batch["id"], client=ours)
    assert isinstance(lines, list) and sorted(line.custom_id for line in lines) == ["r-0", "r-1", "r-2", "r-3"]
    assert all(isinstance(line.result, MessageBatchSucceededResult) for line in lines)


# --- lists ----------------------------------------------------------------------------------------------------------


def walk(client: httpx2.Client, limit: int, **start: str) -> list[dict[str, Any]]:
    """Every page, following last_id (forwards) or, when started with before_id, first_id (backwards)."""
    pages, query = [], {"limit": limit, **start}
    while True:
        page = check_body("list_message_batches", client.get(BATCHES, params=query))
        pages.append(page)
        if page["data"]:
            assert (page["first_id"], page["last_id"]) == (page["data"][0]["id"], page["data"][-1]["id"])
        if not page["has_more"]:
            return pages
        query = {"limit": limit, **({"before_id": page["first_id"]} if "before_id" in start
                                    else {"after_id": page["last_id"]})}


def test_paging_forwards_and_backwards() -> None:
    with AnthropicSimulator(jobs=25, seed=3) as sim, http(sim) as client:
        created = {job.id: job.created_at for job in sim.jobs}
        newest_first = sorted(created, key=lambda i: created[i], reverse=True)
        default = check_body("list_message_batches", client.get(BATCHES))
        forwards = walk(client, 7)
        oldest = newest_first[-1]
        backwards = walk(client, 7, before_id=oldest)
        middle = check_body("list_message_batches", client.get(BATCHES, params={"after_id": newest_first[9],
                                                                                  "limit": 3}))
    assert [b["id"] for b in default["data"]] == newest_first[:20] and default["has_more"] is True
    assert [len(p["data"]) for p in forwards] == [7, 7, 7, 4]
    assert [b["id"] for p in forwards for b in p["data"]] == newest_first
    assert [len(p["data"]) for p in backwards] == [7, 7, 7, 3]
    assert [b["id"] for p in reversed(backwards) for b in p["data"]] == newest_first[:-1]
    assert all(p["data"] == sorted(p["data"], key=lambda b: b["created_at"], reverse=True) for p in backwards)
    assert [b["id"] for b in middle["data"]] == newest_first[10:13] and middle["has_more"] is True


@pytest.mark.parametrize(
    ("query", "words"),
    [({"limit": 0}, "limit"), ({"limit": 1001}, "limit"), ({"limit": "ten"}, "valid integer"),
     ({"after_id": "msgbatch_01nope", "limit": 2}, "after_id"), ({"before_id": "x"}, "before_id"),
     ({"after_id": "a", "before_id": "b"}, "together")],
)
def test_list_refuses_bad_limits_and_cursors(query: dict[str, Any], words: str) -> None:
    with AnthropicSimulator(jobs=3) as sim, http(sim) as client:
        response = client.get(BATCHES, params=query)
        body = check_body("list_message_batches", response)
    assert response.status_code == 400 and body["error"]["type"] == "invalid_request_error"
    assert words in body["error"]["message"]


def test_list_bounds_and_an_empty_list(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        empty = check_body("list_message_batches", client.get(BATCHES))
        for _ in range(3):
            create(client, 1)
        one = check_body("list_message_batches", client.get(BATCHES, params={"limit": 1}))
        most = check_body("list_message_batches", client.get(BATCHES, params={"limit": 1000}))
    assert empty == {"data": [], "has_more": False, "first_id": None, "last_id": None}
    assert len(one["data"]) == 1 and one["has_more"] is True
    assert len(most["data"]) == 3 and most["has_more"] is False


def test_a_deleted_batch_still_works_as_a_cursor() -> None:
    with AnthropicSimulator(jobs=10) as sim, http(sim) as client:
        first = check_body("list_message_batches", client.get(BATCHES, params={"limit": 4}))
        ended = [b for b in first["data"] if b["processing_status"] == "ended"]
        assert ended, first
        last = first["data"][-1]
        if last["processing_status"] == "ended":
            assert client.delete(f"{BATCHES}/{last['id']}").status_code == 200
        rest = check_body("list_message_batches", client.get(BATCHES, params={"after_id": last["id"]}))
    assert len(rest["data"]) == 6 and last["id"] not in [b["id"] for b in rest["data"]]


# --- auth, version, request ids, faults -----------------------------------------------------------------------------


def test_authentication(sim: AnthropicSimulator) -> None:
    plain = httpx2.Client(base_url=sim.base_url, headers={"anthropic-version": "2023-06-01"})
    with plain:
        missing = plain.get(BATCHES)
        wrong = plain.get(BATCHES, headers={"x-api-key": "sk-ant-api03-wrong"})
        bearer = plain.get(BATCHES, headers={"authorization": f"Bearer {sim.api_key}"})
        both = plain.get(BATCHES, headers={"authorization": f"Bearer {sim.api_key}", "x-api-key": "wrong"})
        no_version_no_key = httpx2.get(sim.base_url + BATCHES)
    for response, message in ((missing, "x-api-key header is required"), (wrong, "invalid x-api-key"),
                              (both, "invalid x-api-key"), (no_version_no_key, "x-api-key header is required")):
        body = check_body("list_message_batches", response)
        assert response.status_code == 401 and body["error"] == {"type": "authentication_error", "message": message}
    assert bearer.status_code == 200
    assert "wrong" not in missing.text + wrong.text


@pytest.mark.parametrize(("version", "status"), [("2023-06-01", 200), ("2026-10-21", 200), ("2023-01-01", 400),
                                                 (None, 400)])
def test_the_version_header(sim: AnthropicSimulator, version: str | None, status: int) -> None:
    headers = {"x-api-key": sim.api_key, **({"anthropic-version": version} if version else {})}
    response = httpx2.get(sim.base_url + BATCHES, headers=headers)
    body = check_body("list_message_batches", response)
    assert response.status_code == status
    if status == 400:
        assert body["error"]["type"] == "invalid_request_error"
        assert body["error"]["message"].startswith("anthropic-version:")


def test_every_answer_carries_its_own_request_id(sim: AnthropicSimulator) -> None:
    sim.faults.add(Fault.http_status(503), route="get_message_batch", times=1)
    sim.faults.add(Fault.html_page(502), route="list_message_batches", times=1)
    with http(sim) as client:
        answers = [client.get(BATCHES), client.get(BATCHES), client.get(f"{BATCHES}/msgbatch_01x"),
                   client.get(f"{BATCHES}/msgbatch_01x"), client.get("/v1/unknown"), client.put(BATCHES),
                   client.post(BATCHES, content=b"{not json")]
    ids = [response.headers["request-id"] for response in answers]
    assert all(i.startswith("req_01") and len(i) == 28 for i in ids) and len(set(ids)) == len(ids)
    assert [r.status_code for r in answers] == [502, 200, 503, 404, 404, 405, 400]
    for response in answers[2:]:
        assert response.json()["request_id"] == response.headers["request-id"]
    assert answers[0].headers["content-type"].startswith("text/html")
    assert answers[5].json()["error"]["type"] == "invalid_request_error" and answers[5].headers["allow"]


def test_405_answers_name_every_method_the_spec_serves_at_the_path() -> None:
    served: dict[str, set[str]] = {}
    for path, method, _ in operations(SPEC):
        served.setdefault(path, set()).update({method.upper(), "HEAD"} if method == "get" else {method.upper()})
    with AnthropicSimulator(jobs=1) as sim, http(sim) as client:
        for template, allowed in served.items():
            path = template.format(message_batch_id=sim.job_ids[0])
            for method in sorted({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"} - allowed):
                response = client.request(method, path)
                assert response.status_code == 405, (method, path)
                assert set(response.headers["allow"].split(", ")) == allowed, (method, path)
                if method != "HEAD":  # a HEAD answer has no body
                    assert response.json()["error"]["type"] == "invalid_request_error"


def test_a_529_fault_answers_the_overloaded_envelope(sim: AnthropicSimulator) -> None:
    sim.faults.add(Fault.http_status(529, retry_after=3), route="get_message_batch")
    with http(sim) as client:
        response = client.get(f"{BATCHES}/anything")
    body = check_body("get_message_batch", response)
    assert response.status_code == 529 and response.headers["retry-after"] == "3"
    assert body["type"] == "error" and body["error"]["type"] == "overloaded_error"
    assert body["request_id"] == response.headers["request-id"]


def test_body_faults_reach_json_and_json_lines_bodies(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        batch = create(client, 2)
        sim.clock.advance(600)
        sim.faults.add(Fault.unknown_enum(), route="get_message_batch", times=1)
        unknown = client.get(f"{BATCHES}/{batch['id']}").json()
        sim.faults.add(Fault.nulls(), route="get_message_batch", times=1)
        nulled = client.get(f"{BATCHES}/{batch['id']}").json()
        sim.faults.add(Fault.truncated_json(), route="get_message_batch_results", times=1)
        cut = client.get(f"{BATCHES}/{batch['id']}/results")
        whole = client.get(f"{BATCHES}/{batch['id']}/results")
    assert unknown["processing_status"] == "paused" and unknown["ended_at"] is not None
    assert nulled["ended_at"] is nulled["results_url"] is None and nulled["processing_status"] == "ended"
    assert cut.headers["content-type"] == "application/x-jsonl" and len(cut.content) < len(whole.content)
    assert whole.content.startswith(cut.content)


def test_create_refuses_a_bad_envelope(sim: AnthropicSimulator) -> None:
    bad = [
        ({"requests": []}, "requests"),
        ([], "JSON object"),
        ({"requests": [{"custom_id": "has space", "params": params()}]}, "requests.0.custom_id"),
        ({"requests": [{"custom_id": "x" * 65, "params": params()}]}, "requests.0.custom_id"),
        ({"requests": [{"custom_id": "a", "params": params()}, {"custom_id": "a", "params": params()}]}, "unique"),
        ({"requests": [{"custom_id": "a"}]}, "requests.0.params"),
        ({"requests": ["a"]}, "requests.0"),
    ]
    with http(sim) as client:
        for body, words in bad:
            response = client.post(BATCHES, json=body)
            answer = check_body("create_message_batch", response)
            assert response.status_code == 400 and words in answer["error"]["message"], (body, answer)
    assert sim.job_ids == []


def test_create_refuses_a_body_over_the_size_limit() -> None:
    with AnthropicSimulator(jobs=0, max_body_bytes=2000) as sim, http(sim) as client:
        response = client.post(BATCHES, json={"requests": [{"custom_id": "a", "params": params("x" * 3000)}]})
        body = check_body("create_message_batch", response)
    assert response.status_code == 413 and body["error"]["type"] == "request_too_large"


# --- seeding, environment, the vendor-neutral phase ----------------------------------------------------------------


def test_seeded_batches_span_every_state_deterministically() -> None:
    with AnthropicSimulator(jobs=14, seed=5) as sim, http(sim) as client:
        batches = [get(client, batch_id) for batch_id in sim.job_ids]
        ids = sim.job_ids
    with AnthropicSimulator(jobs=14, seed=5) as same, AnthropicSimulator(jobs=14, seed=6) as other:
        assert same.job_ids == ids and other.job_ids != ids
    statuses = {b["processing_status"] for b in batches}
    assert statuses == {"in_progress", "canceling", "ended"}
    counts = [b["request_counts"] for b in batches if b["processing_status"] == "ended"]
    assert any(c["errored"] for c in counts) and any(c["canceled"] for c in counts)
    assert any(c["expired"] for c in counts) and any(c["succeeded"] and not (c["errored"] or c["canceled"]
                                                                              or c["expired"]) for c in counts)
    assert sum(1 for b in batches if b["archived_at"]) == 2
    now = "2026-01-01T00:00:00.000000Z"
    assert all(b["created_at"] < now for b in batches)
    assert all(b["created_at"] >= "2025-12-25" for b in batches if not b["archived_at"])  # within a week


def test_environment_is_what_anthropics_sdk_reads() -> None:
    sim = AnthropicSimulator(jobs=0, api_key="sk-ant-api03-test")
    assert sim.credentials == {"ANTHROPIC_API_KEY": "sk-ant-api03-test"}
    with sim:
        assert sim.environment == {"ANTHROPIC_API_KEY": "sk-ant-api03-test", "ANTHROPIC_BASE_URL": sim.base_url}
        assert not sim.base_url.endswith("/v1")


def test_the_vendor_neutral_phase_follows_the_batch(sim: AnthropicSimulator) -> None:
    with http(sim) as client:
        ok, failed, canceled = create(client, 2), create(client, 2, stream=True), create(client, 2)
        jobs = {b["id"]: sim.jobs.get(b["id"]) for b in (ok, failed, canceled)}
        assert all(isinstance(job, SimBatch) for job in jobs.values())
        assert {job.phase(sim.clock.now()) for job in jobs.values()} == {Phase.RUNNING}
        assert jobs[canceled["id"]].request_cancel(sim.clock.now()) is True
        assert jobs[canceled["id"]].request_cancel(sim.clock.now()) is False
        assert jobs[canceled["id"]].phase(sim.clock.now()) is Phase.CANCELLING
        sim.clock.advance(600)
        now = sim.clock.now()
        assert jobs[ok["id"]].phase(now) is Phase.SUCCEEDED and jobs[ok["id"]].finished_at(now) is not None
        assert jobs[failed["id"]].phase(now) is Phase.FAILED
        assert jobs[canceled["id"]].phase(now) is Phase.CANCELLED
        assert jobs[ok["id"]].request_cancel(now) is False and jobs[ok["id"]].started_at(now) is None
        assert get(client, canceled["id"])["processing_status"] == "ended"


def test_a_real_clock_moves_batches_on_its_own() -> None:
    clock = ManualClock()
    with AnthropicSimulator(jobs=0, clock=clock) as sim, http(sim) as client:
        batch = create(client, 1)
        clock.advance(120)
        assert get(client, batch["id"])["processing_status"] == "ended"


# --- schemathesis: the simulator conforms to the spec -----------------------------------------------------------------


def _operations() -> list[Any]:
    schema = schemathesis.openapi.from_dict(SPEC)
    found = [result.ok() for result in schema.get_all_operations()]
    return [pytest.param(op, id=op.definition.raw["operationId"]) for op in found]


@pytest.mark.parametrize("operation", _operations())
def test_simulator_conforms_to_the_spec(operation: Any) -> None:
    with AnthropicSimulator() as sim, requests.Session() as session:
        session.headers["x-api-key"] = sim.api_key

        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            response = case.call(base_url=sim.base_url, session=session)
            case.validate_response(response, checks=CHECKS)

        check()
        assert sim.count() > 0


@pytest.mark.parametrize("operation", _operations())
def test_simulator_conforms_with_real_ids_and_versions(operation: Any) -> None:
    chooser = random.Random(0)
    with AnthropicSimulator(jobs=14) as sim, requests.Session() as session:
        session.headers["x-api-key"] = sim.api_key
        statuses: list[int] = []

        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            if case.path_parameters:
                case.path_parameters = {"message_batch_id": chooser.choice(sim.job_ids or ["msgbatch_01gone"])}
            case.headers = {**(case.headers or {}), "anthropic-version": chooser.choice(sorted(module.VERSIONS))}
            if case.query:
                for cursor in ("after_id", "before_id"):
                    if cursor in case.query and sim.job_ids:
                        case.query[cursor] = chooser.choice(sim.job_ids)
            sim.clock.advance(7)  # move batches along, so responses show many states
            response = case.call(base_url=sim.base_url, session=session)
            statuses.append(response.status_code)
            case.validate_response(response, checks=CHECKS)
            check_body(operation.definition.raw["operationId"], response)  # schemathesis skips JSON Lines bodies

        check()
        assert any(200 <= s < 300 for s in statuses), f"no success response among {sorted(set(statuses))}"


class WrongResultLines(AnthropicSimulator):
    """Sends `custom_id` as a number in every results line."""

    def _result_line(self, request: Any, outcome: str) -> dict[str, Any]:
        return {**super()._result_line(request, outcome), "custom_id": 7}


def test_the_results_check_fails_on_a_wrong_line() -> None:
    # schemathesis does not look inside JSON Lines bodies (it passes this simulator); check_body does.
    with WrongResultLines(jobs=0) as sim, http(sim) as client:
        batch = create(client, 2)
        sim.clock.advance(600)
        response = client.get(f"{BATCHES}/{batch['id']}/results")
    with pytest.raises(AssertionError, match="custom_id"):
        check_body("get_message_batch_results", response)
