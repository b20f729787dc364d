"""DigitalOcean's own SDKs as an independent oracle for our DigitalOcean spec, simulator, generated client and anyjob.

`gradient` (Stainless, run with `_strict_response_validation=True`) and `pydo` (AutoRest) were written by DigitalOcean
from its own API definition, not by this project. `observe(sim)` drives every indexing-job operation both SDKs have
against a DigitalOcean simulator — through the wire (raw httpx2, what the simulator sent), gradient, pydo, our generated
client (strict validation on) and, where it has the operation, anyjob — and returns every disagreement: a response one
of them rejects, a status they see differently, or a field whose value differs from what was on the wire.

Values are compared as JSON, except that date-times compare as instants ("...Z" and "...+00:00" are the same time) and
`request_id` in error bodies is left out (the simulator draws a new one per error, and each client asks separately).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyjob
import gradient
import httpx2
import pydo
from anyjob.testing import DigitalOceanSimulator
from azure.core.exceptions import HttpResponseError
from digitalocean_genai_client import AuthenticatedClient
from digitalocean_genai_client.api.indexing_jobs import (
    cancel_indexing_job,
    create_indexing_job,
    get_indexing_job,
    get_indexing_job_details_signed_url,
    list_indexing_job_data_sources,
    list_indexing_jobs,
    list_knowledge_base_indexing_jobs,
)
from digitalocean_genai_client.models import CancelIndexingJobRequest, CreateIndexingJobRequest
from digitalocean_genai_client.types import Response

_DATETIME = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d")
UNKNOWN_JOB = "00000000-0000-4000-8000-000000000000"


@dataclass(frozen=True)
class Seen:
    status: int
    body: Any


@dataclass(frozen=True)
class Rejected:
    why: str


View = Seen | Rejected


def normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    return value


def differences(expected: Any, actual: Any, path: str = "$") -> list[str]:
    """Where `actual` differs from `expected` (both JSON-like), as `path: expected ... got ...` lines."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in sorted(expected.keys() | actual.keys()):
            if key not in actual:
                found.append(f"{path}.{key}: missing (wire has {expected[key]!r})")
            elif key not in expected:
                found.append(f"{path}.{key}: not on the wire, got {actual[key]!r}")
            else:
                found += differences(expected[key], actual[key], f"{path}.{key}")
        return found
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        pairs = enumerate(zip(expected, actual, strict=True))
        return [d for i, (e, a) in pairs for d in differences(e, a, f"{path}[{i}]")]
    if type(expected) is not type(actual) or expected != actual:
        return [f"{path}: wire has {expected!r} ({type(expected).__name__}), got {actual!r} ({type(actual).__name__})"]
    return []


def _without_request_id(view: Seen) -> Seen:
    if view.status >= 400 and isinstance(view.body, dict):
        return Seen(view.status, {k: v for k, v in view.body.items() if k != "request_id"})
    return view


# --- one view per client ----------------------------------------------------------------------------------------------


def via_gradient(call: Callable[..., Any], *args: Any, **kwargs: Any) -> View:
    try:
        return Seen(200, call(*args, **kwargs).to_dict(mode="json"))
    except gradient.APIResponseValidationError as exc:
        cause = f" ({exc.__cause__})" if exc.__cause__ is not None else ""
        return Rejected(f"gradient (strict) rejected the response: {exc}{cause}"[:600])
    except gradient.APIStatusError as exc:
        return Seen(exc.status_code, exc.body)
    except Exception as exc:  # noqa: BLE001 - anything else is the SDK refusing what it got
        return Rejected(f"gradient failed: {type(exc).__name__}: {str(exc)[:300]}")


def via_pydo(call: Callable[[Callable[..., Any]], Any]) -> View:
    def keep_status(pipeline_response: Any, deserialized: Any, headers: Any) -> Seen:
        return Seen(pipeline_response.http_response.status_code, deserialized)

    try:
        result = call(keep_status)
    except HttpResponseError as exc:
        try:
            body = exc.response.json() if exc.response is not None else None
        except ValueError:
            return Rejected(f"pydo got a non-JSON error body: {exc}")
        return Seen(exc.status_code or 0, body)
    except Exception as exc:  # noqa: BLE001 - anything else is the SDK refusing what it got
        return Rejected(f"pydo failed: {type(exc).__name__}: {str(exc)[:300]}")
    assert isinstance(result, Seen)
    return result


def via_ours(response: Response[Any]) -> View:
    if response.problem is not None:
        return Rejected(f"digitalocean_genai_client (strict) rejected the response: {response.problem}")
    return Seen(response.status_code, response.parsed.to_dict() if response.parsed is not None else None)


def anyjob_differences(where: str, job: anyjob.Job, wire_job: dict[str, Any]) -> list[str]:
    """anyjob's normalised fields against the wire's job object."""
    found = [f"{where} anyjob model {d}" for d in differences(normalise(wire_job), normalise(job.model.to_dict()))]
    expected = {
        "id": wire_job.get("uuid"),
        "raw_status": wire_job.get("phase") or wire_job.get("status") or "",
        "created_at": normalise(wire_job.get("created_at")),
        "started_at": normalise(wire_job.get("started_at")),
        "finished_at": normalise(wire_job.get("finished_at")),
        "progress": (wire_job.get("completed_datasources", 0), wire_job["total_datasources"])
        if wire_job.get("total_datasources") else None,
    }
    actual = {
        "id": job.id,
        "raw_status": job.raw_status,
        "created_at": job.created_at,
        "started_at": job.started_at,
        "finished_at": job.finished_at,
        "progress": (job.progress.done, job.progress.total) if job.progress else None,
    }
    return found + [f"{where} anyjob {d}" for d in differences(expected, actual)]


# --- driving every operation ------------------------------------------------------------------------------------------


@dataclass
class Oracle:
    sim: DigitalOceanSimulator
    problems: list[str] = field(default_factory=list)
    compared: int = 0  # views compared with the wire

    def __post_init__(self) -> None:
        sim = self.sim
        self.wire = httpx2.Client(base_url=sim.base_url, headers={"Authorization": f"Bearer {sim.token}"})
        self.gradient = gradient.Gradient(
            access_token=sim.token, base_url=sim.base_url, _strict_response_validation=True, max_retries=0
        )
        self.pydo = pydo.Client(token=sim.token, endpoint=sim.base_url).genai
        self.ours = AuthenticatedClient(base_url=sim.base_url, token=sim.token, strict_response_validation=True)
        self.anyjob = anyjob.Jobs(anyjob.Config(digitalocean_token=sim.token, digitalocean_url=sim.base_url))

    def close(self) -> None:
        self.wire.close()
        self.gradient.close()
        self.anyjob.close()
        self.ours.get_httpx_client().close()

    def raw(self, method: str, path: str, **kwargs: Any) -> Seen:
        response = self.wire.request(method, path, **kwargs)
        return Seen(response.status_code, response.json())

    def compare(self, what: str, wire: Seen, views: dict[str, View]) -> None:
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

    def pd(self, method: str, *args: Any, **kwargs: Any) -> View:
        return via_pydo(lambda cls: getattr(self.pydo, method)(*args, cls=cls, enforce_https=False, **kwargs))

    # Read-only operations: the simulator's clock stands still, so every client sees the same state.

    def read_everything(self) -> None:
        jobs = self.gradient.knowledge_bases.indexing_jobs
        for page in (1, 2, 3):
            self.compare(f"list_indexing_jobs page {page}", self.raw("GET", "/v2/gen-ai/indexing_jobs",
                                                                     params={"page": page, "per_page": 6}), {
                "gradient": via_gradient(jobs.list, page=page, per_page=6),
                "pydo": self.pd("list_indexing_jobs", page=page, per_page=6),
                "ours": via_ours(list_indexing_jobs.sync_detailed(client=self.ours, page=page, per_page=6)),
            })
        for job_id in [*self.sim.job_ids, UNKNOWN_JOB]:
            wire = self.raw("GET", f"/v2/gen-ai/indexing_jobs/{job_id}")
            self.compare(f"get_indexing_job {job_id}", wire, {
                "gradient": via_gradient(jobs.retrieve, job_id),
                "pydo": self.pd("get_indexing_job", job_id),
                "ours": via_ours(get_indexing_job.sync_detailed(job_id, client=self.ours)),
            })
            self.check_anyjob_get(job_id, wire)
            self.compare(f"list_indexing_job_data_sources {job_id}",
                         self.raw("GET", f"/v2/gen-ai/indexing_jobs/{job_id}/data_sources"), {
                "gradient": via_gradient(jobs.retrieve_data_sources, job_id),
                "pydo": self.pd("list_indexing_job_data_sources", job_id),
                "ours": via_ours(list_indexing_job_data_sources.sync_detailed(job_id, client=self.ours)),
            })
            self.compare(f"get_indexing_job_details_signed_url {job_id}",
                         self.raw("GET", f"/v2/gen-ai/indexing_jobs/{job_id}/details_signed_url"), {
                "gradient": via_gradient(jobs.retrieve_signed_url, job_id),
                "pydo": self.pd("get_indexing_job_details_signed_url", job_id),
                "ours": via_ours(get_indexing_job_details_signed_url.sync_detailed(job_id, client=self.ours)),
            })
        for kb in [*self.sim.knowledge_bases, UNKNOWN_JOB]:
            self.compare(f"list_knowledge_base_indexing_jobs {kb}",
                         self.raw("GET", f"/v2/gen-ai/knowledge_bases/{kb}/indexing_jobs"), {
                "gradient": via_gradient(self.gradient.knowledge_bases.list_indexing_jobs, kb),
                "pydo": self.pd("list_indexing_jobs_by_knowledge_base", kb),
                "ours": via_ours(list_knowledge_base_indexing_jobs.sync_detailed(kb, client=self.ours)),
            })
        self.check_anyjob_list()

    def check_anyjob_get(self, job_id: str, wire: Seen) -> None:
        self.compared += 1
        try:
            job = self.anyjob.get(f"digitalocean:{job_id}")
        except anyjob.ApiError as exc:
            if exc.status != wire.status:
                self.problems.append(f"get_indexing_job {job_id}: anyjob raised {exc!r}, the wire said {wire.status}")
            return
        except anyjob.AnyjobError as exc:
            self.problems.append(f"get_indexing_job {job_id}: anyjob raised {exc!r}")
            return
        if wire.status != 200:
            self.problems.append(f"get_indexing_job {job_id}: anyjob returned a job, the wire said {wire.status}")
            return
        self.problems += anyjob_differences(f"get_indexing_job {job_id}:", job, wire.body["job"])

    def check_anyjob_list(self) -> None:
        self.compared += 1
        wire = self.raw("GET", "/v2/gen-ai/indexing_jobs", params={"page": 1, "per_page": 200}).body["jobs"]
        try:
            listed = {job.id: job for job in self.anyjob.list("digitalocean")}
        except anyjob.AnyjobError as exc:
            self.problems.append(f"list_indexing_jobs: anyjob raised {exc!r}")
            return
        if set(listed) != {j["uuid"] for j in wire}:
            self.problems.append(f"list_indexing_jobs: anyjob listed {sorted(listed)}, the wire {len(wire)} jobs")
            return
        for wire_job in wire:
            self.problems += anyjob_differences(f"list_indexing_jobs {wire_job['uuid']}:", listed[wire_job["uuid"]],
                                                wire_job)

    # Operations that change state: each client acts on its own job, then the wire reads that job back.

    def change_things(self) -> None:
        jobs = self.gradient.knowledge_bases.indexing_jobs
        phases = {j: self.raw("GET", f"/v2/gen-ai/indexing_jobs/{j}").body["job"].get("phase")
                  for j in self.sim.job_ids}
        cancellable = [j for j, p in phases.items() if p in ("BATCH_JOB_PHASE_PENDING", "BATCH_JOB_PHASE_RUNNING")]
        finished = [j for j, p in phases.items() if p == "BATCH_JOB_PHASE_SUCCEEDED"]
        kb = next(iter(self.sim.knowledge_bases))
        while len(cancellable) < 5:  # later in the simulator's day, most seeded jobs have finished: add pending ones
            created = self.raw("POST", "/v2/gen-ai/indexing_jobs", json={"knowledge_base_uuid": kb})
            cancellable.append(created.body["job"]["uuid"])
        if not finished:
            self.problems.append(f"the simulator seeded no succeeded job: {phases}")
            return
        for_gradient, for_pydo, for_ours, for_anyjob, for_wire = cancellable[:5]
        done = finished[0]
        self.compare(f"cancel_indexing_job {done} (finished)",
                     self.raw("PUT", f"/v2/gen-ai/indexing_jobs/{done}/cancel", json={"uuid": done}), {
            "gradient": via_gradient(jobs.update_cancel, done, body_uuid=done),
            "pydo": self.pd("cancel_indexing_job", done, {"uuid": done}),
            "ours": via_ours(cancel_indexing_job.sync_detailed(done, client=self.ours,
                                                               body=CancelIndexingJobRequest(uuid=done))),
        })
        views = {
            for_gradient: ("gradient", via_gradient(jobs.update_cancel, for_gradient, body_uuid=for_gradient)),
            for_pydo: ("pydo", self.pd("cancel_indexing_job", for_pydo, {"uuid": for_pydo})),
            for_ours: ("ours", via_ours(cancel_indexing_job.sync_detailed(
                for_ours, client=self.ours, body=CancelIndexingJobRequest(uuid=for_ours)))),
            for_wire: ("wire", self.raw("PUT", f"/v2/gen-ai/indexing_jobs/{for_wire}/cancel", json={"uuid": for_wire})),
        }
        for job_id, (name, view) in views.items():
            self.compare(f"cancel_indexing_job {job_id}", self.raw("GET", f"/v2/gen-ai/indexing_jobs/{job_id}"),
                         {name: view})
        self.compared += 1
        try:
            cancelled = self.anyjob.cancel(f"digitalocean:{for_anyjob}")
        except anyjob.AnyjobError as exc:
            self.problems.append(f"cancel_indexing_job {for_anyjob}: anyjob raised {exc!r}")
        else:
            after = self.raw("GET", f"/v2/gen-ai/indexing_jobs/{for_anyjob}").body["job"]
            self.problems += anyjob_differences(f"cancel_indexing_job {for_anyjob}:", cancelled, after)

        created = {
            "gradient": via_gradient(jobs.create, knowledge_base_uuid=kb),
            "pydo": self.pd("create_indexing_job", {"knowledge_base_uuid": kb}),
            "ours": via_ours(create_indexing_job.sync_detailed(
                client=self.ours, body=CreateIndexingJobRequest(knowledge_base_uuid=kb))),
            "wire": self.raw("POST", "/v2/gen-ai/indexing_jobs", json={"knowledge_base_uuid": kb}),
        }
        for name, view in created.items():
            if isinstance(view, Seen) and view.status == 200 and isinstance(view.body, dict) and "job" in view.body:
                job_id = view.body["job"]["uuid"]
                self.compare(f"create_indexing_job {job_id}", self.raw("GET", f"/v2/gen-ai/indexing_jobs/{job_id}"),
                             {name: view})
            else:
                self.compare("create_indexing_job", Seen(200, None), {name: view})
        self.compare(f"create_indexing_job for an unknown knowledge base {UNKNOWN_JOB}",
                     self.raw("POST", "/v2/gen-ai/indexing_jobs", json={"knowledge_base_uuid": UNKNOWN_JOB}), {
            "gradient": via_gradient(jobs.create, knowledge_base_uuid=UNKNOWN_JOB),
            "pydo": self.pd("create_indexing_job", {"knowledge_base_uuid": UNKNOWN_JOB}),
            "ours": via_ours(create_indexing_job.sync_detailed(
                client=self.ours, body=CreateIndexingJobRequest(knowledge_base_uuid=UNKNOWN_JOB))),
        })


def observe(sim: DigitalOceanSimulator) -> Oracle:
    """Every indexing-job operation through every client; the Oracle's `problems` lists the disagreements."""
    oracle = Oracle(sim)
    try:
        oracle.read_everything()
        oracle.change_things()
    finally:
        oracle.close()
    return oracle
