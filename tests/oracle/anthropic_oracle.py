"""Anthropic's own Python SDK as an independent oracle for our Anthropic spec, simulator and generated client.

`anthropic` (Stainless-generated from Anthropic's own API definition, not by this project) runs with
`_strict_response_validation=True, max_retries=0`. `observe(sim)` drives every Message Batches operation against an
Anthropic simulator through the wire (raw httpx2, what the simulator sent), the SDK and our generated client (strict
validation on), and returns every disagreement: a response one of them rejects, a status they see differently, a
field whose value differs from what was on the wire, a page the SDK's pager walks differently.

The SDK does not validate the lines of the results file (its JSONL decoder constructs them unchecked), so every line
on the wire is also validated with `anthropic._models.validate_type`, which is what the SDK's strict mode applies to
every other response.

Values are compared as JSON, date-times as instants, and error bodies without `request_id` (each answer has its own);
whether each client saw the request id of its own answer is checked separately.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anthropic
import httpx2
from anthropic._models import validate_type
from anthropic.types.messages import DeletedMessageBatch, MessageBatch, MessageBatchIndividualResponse
from anthropic.types.shared import ErrorResponse as SdkErrorResponse
from anyjob.testing._anthropic import AnthropicSimulator
from anyjob_anthropic_batches import AuthenticatedClient
from anyjob_anthropic_batches.api.message_batches import (
    cancel_message_batch,
    create_message_batch,
    delete_message_batch,
    get_message_batch,
    get_message_batch_results,
    list_message_batches,
)
from anyjob_anthropic_batches.models import CreateMessageBatchRequest
from anyjob_anthropic_batches.types import Response

from tests.oracle.oracle import Rejected, Seen, View, differences, normalise

BATCHES = "/v1/messages/batches"
UNKNOWN = "msgbatch_01NoSuchBatch0000000000000"
# What the SDK's strict mode validates each success body as, by our operationId (the list is checked item by item).
SDK_MODELS: dict[str, Any] = {
    "create_message_batch": MessageBatch,
    "get_message_batch": MessageBatch,
    "cancel_message_batch": MessageBatch,
    "delete_message_batch": DeletedMessageBatch,
    "get_message_batch_results": MessageBatchIndividualResponse,
}


def sdk_validates(operation_id: str, value: Any) -> str | None:
    """Why the SDK's strict validation rejects `value` as the success body (one line, for results) of `operation_id`;
    None when it accepts it."""
    try:
        if operation_id == "list_message_batches":
            assert isinstance(value, dict) and isinstance(value.get("has_more"), bool)
            for cursor in ("first_id", "last_id"):
                assert value.get(cursor) is None or isinstance(value[cursor], str), cursor
            for item in value["data"]:
                validate_type(type_=MessageBatch, value=item)
        else:
            validate_type(type_=SDK_MODELS[operation_id], value=value)
    except Exception as exc:  # noqa: BLE001 - pydantic's ValidationError, or the assertions above
        return f"{type(exc).__name__}: {str(exc)[:400]}"
    return None


def _without_request_id(view: Seen) -> Seen:
    if view.status >= 400 and isinstance(view.body, dict):
        return Seen(view.status, {k: v for k, v in view.body.items() if k != "request_id"})
    return view


def requests_for(tag: str, count: int = 3) -> list[dict[str, Any]]:
    return [{"custom_id": f"{tag}-{i}", "params": {
        "model": "claude-haiku-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": f"{tag} prompt {i}"}]}}
        for i in range(count)]


@dataclass
class AnthropicOracle:
    sim: AnthropicSimulator
    problems: list[str] = field(default_factory=list)
    compared: int = 0  # views compared with the wire

    def __post_init__(self) -> None:
        environment = self.sim.environment  # what Anthropic's SDK reads: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL
        self.wire = httpx2.Client(base_url=environment["ANTHROPIC_BASE_URL"], headers={
            "x-api-key": environment["ANTHROPIC_API_KEY"], "anthropic-version": "2023-06-01"})
        self.sdk = anthropic.Anthropic(base_url=environment["ANTHROPIC_BASE_URL"],
                                       api_key=environment["ANTHROPIC_API_KEY"],
                                       _strict_response_validation=True, max_retries=0)
        self.ours = AuthenticatedClient(base_url=environment["ANTHROPIC_BASE_URL"],
                                        token=environment["ANTHROPIC_API_KEY"], prefix="",
                                        auth_header_name="x-api-key", strict_response_validation=True)

    def close(self) -> None:
        self.wire.close()
        self.sdk.close()
        self.ours.get_httpx_client().close()

    # --- one view per client ----------------------------------------------------------------------------------------

    def raw(self, method: str, path: str, **kwargs: Any) -> Seen:
        response = self.wire.request(method, path, **kwargs)
        if response.headers.get("content-type", "").startswith("application/x-jsonl"):
            return Seen(response.status_code, [json.loads(line) for line in response.text.splitlines() if line])
        return Seen(response.status_code, response.json())

    def via_sdk(self, what: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> View:
        try:
            result = call(*args, **kwargs)
        except anthropic.APIResponseValidationError as exc:
            cause = f" ({exc.__cause__})" if exc.__cause__ is not None else ""
            return Rejected(f"anthropic (strict) rejected the response: {exc}{cause}"[:700])
        except anthropic.APIStatusError as exc:
            body = exc.body
            if not isinstance(body, dict) or exc.request_id != body.get("request_id"):
                self.problems.append(f"{what}: the SDK's request_id {exc.request_id!r} is not its body's {body!r}")
            return Seen(exc.status_code, body)
        except Exception as exc:  # noqa: BLE001 - anything else is the SDK refusing what it got
            return Rejected(f"anthropic failed: {type(exc).__name__}: {str(exc)[:300]}")
        if isinstance(result, list):
            return Seen(200, [item.to_dict(mode="json") for item in result])
        return Seen(200, result.to_dict(mode="json"))

    def via_ours(self, what: str, response: Response[Any]) -> View:
        if response.problem is not None:
            return Rejected(f"anyjob_anthropic_batches (strict) rejected the response: {response.problem}")
        parsed = response.parsed
        body = [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()
        if response.status_code >= 400 and body.get("request_id") != response.headers.get("request-id"):
            self.problems.append(f"{what}: our client's error request_id is not the request-id header")
        return Seen(response.status_code, body)

    def compare(self, what: str, wire: Seen, views: dict[str, View], operation_id: str | None = None) -> None:
        if operation_id is not None and 200 <= wire.status < 300:  # the SDK's strict validation of the wire itself
            for i, value in enumerate(wire.body if isinstance(wire.body, list) else [wire.body]):
                why = sdk_validates(operation_id, value)
                if why is not None:
                    self.problems.append(f"{what}: the SDK's models reject the wire's body (line {i}): {why}")
        wire = _without_request_id(wire)
        for name, view in views.items():
            self.compared += 1
            if isinstance(view, Rejected):
                self.problems.append(f"{what}: {view.why}")
                continue
            view = _without_request_id(view)
            if view.status != wire.status:
                self.problems.append(f"{what}: {name} saw status {view.status}, the wire {wire.status}")
                continue
            self.problems += [f"{what}: {name} {d}" for d in differences(normalise(wire.body), normalise(view.body))]

    # --- read-only operations: the clock stands still, so every client sees the same state ---------------------------

    def read_everything(self) -> None:
        batches = self.sdk.messages.batches
        wire_ids: list[str] = []
        query: dict[str, Any] = {"limit": 4}
        while True:  # page by page, forwards
            wire = self.raw("GET", BATCHES, params=query)
            after = {k: v for k, v in query.items() if k != "limit"}
            self.compare(f"list_message_batches {after or 'first page'}", wire, {
                "anthropic": self.via_sdk("list", batches.list, limit=4, **after),
                "ours": self.via_ours("list", list_message_batches.sync_detailed(client=self.ours, limit=4, **after)),
            }, "list_message_batches")
            wire_ids += [b["id"] for b in wire.body["data"]]
            if not wire.body["has_more"]:
                break
            query = {"limit": 4, "after_id": wire.body["last_id"]}
        self.check_auto_paging(wire_ids)
        for batch_id in [*wire_ids, UNKNOWN]:
            what = f"get_message_batch {batch_id}"
            self.compare(what, self.raw("GET", f"{BATCHES}/{batch_id}"), {
                "anthropic": self.via_sdk(what, batches.retrieve, batch_id),
                "ours": self.via_ours(what, get_message_batch.sync_detailed(batch_id, client=self.ours)),
            }, "get_message_batch")
            self.check_results(batch_id)

    def check_auto_paging(self, wire_ids: list[str]) -> None:
        """The SDK's auto-pager walks every batch forwards (after_id = last_id) and backwards (before_id = first_id)."""
        self.compared += 2
        try:
            forwards = [batch.id for batch in self.sdk.messages.batches.list(limit=3)]
        except Exception as exc:  # noqa: BLE001
            self.problems.append(f"auto-paging forwards: {type(exc).__name__}: {exc}")
            forwards = []
        if forwards != wire_ids:
            self.problems.append(f"auto-paging forwards: the SDK walked {forwards}, the wire lists {wire_ids}")
        if len(wire_ids) < 2:
            return
        # Backwards from the oldest: pages of the 3 batches just before the cursor, each newest first.
        expected: list[str] = []
        rest = wire_ids[:-1]
        while rest:
            expected += rest[-3:]
            rest = rest[:-3]
        try:
            backwards = [batch.id for batch in self.sdk.messages.batches.list(limit=3, before_id=wire_ids[-1])]
        except Exception as exc:  # noqa: BLE001
            self.problems.append(f"auto-paging backwards: {type(exc).__name__}: {exc}")
            backwards = []
        if backwards != expected:
            self.problems.append(f"auto-paging backwards: the SDK walked {backwards}, expected {expected}")

    def check_results(self, batch_id: str) -> None:
        what = f"get_message_batch_results {batch_id}"
        wire = self.raw("GET", f"{BATCHES}/{batch_id}/results")
        ours = self.via_ours(what, get_message_batch_results.sync_detailed(batch_id, client=self.ours))
        sdk = self.via_sdk(what, lambda: list(self.sdk.messages.batches.results(batch_id)))
        views: dict[str, View] = {"anthropic": sdk, "ours": ours}
        if wire.status != 200 and isinstance(sdk, Rejected) and "No `results_url`" in sdk.why:
            del views["anthropic"]  # expected: the SDK refuses to fetch results before the batch has a results_url
        self.compare(what, wire, views, "get_message_batch_results")

    # --- operations that change state: each client acts on its own batch, then the wire reads it back ---------------

    def change_things(self) -> dict[str, str]:
        """Create, cancel and delete through every client; returns {client: the id of the batch it created}."""
        batches = self.sdk.messages.batches
        created: dict[str, str] = {}
        for name, call in {
            "anthropic": lambda: self.via_sdk("create", batches.create, requests=requests_for("sdk")),
            "ours": lambda: self.via_ours("create", create_message_batch.sync_detailed(
                client=self.ours, body=CreateMessageBatchRequest.from_dict({"requests": requests_for("ours")}))),
            "wire": lambda: self.raw("POST", BATCHES, json={"requests": requests_for("wire")}),
        }.items():
            view = call()
            if isinstance(view, Seen) and view.status == 200:
                created[name] = view.body["id"]
                self.compare(f"create_message_batch by {name}", self.raw("GET", f"{BATCHES}/{view.body['id']}"),
                             {name: view}, "create_message_batch")
            else:
                self.compare(f"create_message_batch by {name}", Seen(200, None), {name: view})
        statuses = {i: self.raw("GET", f"{BATCHES}/{i}").body["processing_status"] for i in self.sim.job_ids}
        ended = [i for i, status in statuses.items() if status == "ended" and i not in created.values()]
        running = [created[name] for name in ("anthropic", "ours", "wire") if name in created]
        if len(ended) < 4 or len(running) < 3:
            self.problems.append(f"not enough batches to change: ended {ended}, created {created}")
            return created
        # Delete of a batch that has not ended: 409 (our choice), for every client.
        target = running[0]
        self.compare(f"delete_message_batch {target} (in progress)", self.raw("DELETE", f"{BATCHES}/{target}"), {
            "anthropic": self.via_sdk("delete", batches.delete, target),
            "ours": self.via_ours("delete", delete_message_batch.sync_detailed(target, client=self.ours)),
        })
        # Cancel: each client cancels one created batch; the wire reads it back. Then again (canceling: unchanged).
        for name, batch_id in zip(("anthropic", "ours", "wire"), running, strict=True):
            view = {"anthropic": lambda b=batch_id: self.via_sdk("cancel", batches.cancel, b),
                    "ours": lambda b=batch_id: self.via_ours("cancel", cancel_message_batch.sync_detailed(
                        b, client=self.ours)),
                    "wire": lambda b=batch_id: self.raw("POST", f"{BATCHES}/{b}/cancel")}[name]()
            self.compare(f"cancel_message_batch {batch_id} by {name}", self.raw("GET", f"{BATCHES}/{batch_id}"),
                         {name: view}, "cancel_message_batch")
        again = running[0]
        self.compare(f"cancel_message_batch {again} (canceling)", self.raw("GET", f"{BATCHES}/{again}"), {
            "anthropic": self.via_sdk("cancel", batches.cancel, again),
            "ours": self.via_ours("cancel", cancel_message_batch.sync_detailed(again, client=self.ours)),
        }, "cancel_message_batch")
        # Cancel of an ended batch: 409 (our choice); the SDK raises ConflictError.
        done = ended[0]
        self.expect_error_class(f"cancel_message_batch {done} (ended)", anthropic.ConflictError, batches.cancel, done)
        self.compare(f"cancel_message_batch {done} (ended)", self.raw("POST", f"{BATCHES}/{done}/cancel"), {
            "anthropic": self.via_sdk("cancel", batches.cancel, done),
            "ours": self.via_ours("cancel", cancel_message_batch.sync_detailed(done, client=self.ours)),
        })
        # Delete: each client deletes one ended batch; afterwards the wire gets 404.
        for name, batch_id in zip(("anthropic", "ours", "wire"), ended[1:4], strict=True):
            view = {"anthropic": lambda b=batch_id: self.via_sdk("delete", batches.delete, b),
                    "ours": lambda b=batch_id: self.via_ours("delete", delete_message_batch.sync_detailed(
                        b, client=self.ours)),
                    "wire": lambda b=batch_id: self.raw("DELETE", f"{BATCHES}/{b}")}[name]()
            self.compare(f"delete_message_batch {batch_id} by {name}",
                         Seen(200, {"id": batch_id, "type": "message_batch_deleted"}), {name: view},
                         "delete_message_batch")
            gone = self.raw("GET", f"{BATCHES}/{batch_id}")
            if gone.status != 404:
                self.problems.append(f"delete_message_batch {batch_id} by {name}: the wire still sees it")
        self.expect_error_class(f"get_message_batch {ended[1]} (deleted)", anthropic.NotFoundError, batches.retrieve,
                                ended[1])
        return created

    def expect_error_class(self, what: str, error: type[Exception], call: Callable[..., Any], *args: Any) -> None:
        self.compared += 1
        try:
            call(*args)
        except error:
            return
        except Exception as exc:  # noqa: BLE001
            self.problems.append(f"{what}: the SDK raised {type(exc).__name__}, expected {error.__name__}")
            return
        self.problems.append(f"{what}: the SDK raised nothing, expected {error.__name__}")


def observe(sim: AnthropicSimulator, *, later: float = 3600.0) -> AnthropicOracle:
    """Every Message Batches operation through every client, now and `later` seconds on (when the batches created
    meanwhile have ended); the oracle's `problems` lists the disagreements."""
    oracle = AnthropicOracle(sim)
    try:
        oracle.read_everything()
        oracle.change_things()
        sim.clock.advance(later)
        oracle.read_everything()
    finally:
        oracle.close()
    return oracle


def validate_spec_examples(spec: dict[str, Any]) -> tuple[int, list[str]]:
    """(how many examples, why the SDK's models reject some) for every response example of the spec: success bodies
    (and results lines) against the SDK's models, error bodies against its ErrorResponse."""
    from tests.spec_tools import media_examples, operations, resolve

    checked, problems = 0, []
    for _, _, op in operations(spec):
        for status, response in op["responses"].items():
            for media_type, media in (resolve(spec, response).get("content") or {}).items():
                for name, value in media_examples(spec, media):
                    checked += 1
                    if str(status).startswith("2"):
                        why = sdk_validates(op["operationId"], value)
                    else:
                        try:
                            validate_type(type_=SdkErrorResponse, value=value)
                            why = None
                        except Exception as exc:  # noqa: BLE001
                            why = f"{type(exc).__name__}: {str(exc)[:300]}"
                    if why is not None:
                        problems.append(f"{op['operationId']} {status} {media_type} [{name}]: {why}")
    return checked, problems
