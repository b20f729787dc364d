"""The simulator core with a toy vendor: clock, job lifecycle, fault plan, and each fault's effect on the wire."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from anyjob.testing import Fault, FaultKind, FaultPlan, ManualClock, Phase, RealClock
from anyjob.testing._jobs import SimJob
from anyjob.testing._vendor import ApiError, Operation, Reply, SimRequest, VendorSimulator


class ToySimulator(VendorSimulator):
    vendor = "toy"
    unknown_status = "NEW_STATUS"
    status_fields = frozenset({"status"})
    nullable_fields = frozenset({"finished_at"})

    def __init__(self, **kwargs: Any) -> None:
        self.cancels_applied: list[str] = []
        super().__init__(**kwargs)

    def operations(self) -> list[Operation]:
        return [
            Operation("GET", "/jobs/{job_id}", "get_job", self.get_job),
            Operation("POST", "/jobs/{job_id}/cancel", "cancel_job", self.cancel_job),
        ]

    def get_job(self, request: SimRequest) -> Reply:
        return Reply(
            200,
            {
                "id": request.path_params["job_id"],
                "status": "RUNNING",
                "finished_at": "2026-01-01",
                "runs": [{"status": "RUNNING"}],
            },
        )

    def cancel_job(self, request: SimRequest) -> Reply:
        self.cancels_applied.append(request.path_params["job_id"])
        return Reply(200, {"id": request.path_params["job_id"], "status": "CANCELLED"})

    def authenticate(self, request: SimRequest) -> None:
        if request.headers.get("authorization") != "Bearer toy":
            raise ApiError(401, "bad token", code="unauthorized")

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        return {"error": {"code": code or str(status), "message": message}}

    def seed_jobs(self, count: int) -> None:
        pass

    @property
    def credentials(self) -> dict[str, str]:
        return {"TOY_TOKEN": "toy"}


@pytest.fixture
def toy() -> Iterator[tuple[ToySimulator, httpx2.Client]]:
    with ToySimulator() as sim, httpx2.Client(base_url=sim.base_url, headers={"Authorization": "Bearer toy"}) as client:
        yield sim, client


def test_manual_clock_moves_only_forward_when_told() -> None:
    clock = ManualClock(start=100.0)
    assert clock.now() == 100.0
    assert clock.advance(2.5) == 102.5 == clock.now()
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_real_clock_runs_at_its_speed() -> None:
    clock = RealClock(speed=1000)
    start = clock.now()
    time.sleep(0.01)
    assert clock.now() - start >= 10  # 10 ms at 1000x is at least 10 simulated seconds


def test_job_lifecycle_follows_the_clock_and_cancel_freezes_it() -> None:
    job = SimJob("j", created_at=0.0, queued_for=5, runs_for=10, outcome=Phase.FAILED, cancel_takes=2)
    assert [job.phase(t) for t in (0, 4.9, 5, 14.9, 15)] == [
        Phase.QUEUED,
        Phase.QUEUED,
        Phase.RUNNING,
        Phase.RUNNING,
        Phase.FAILED,
    ]
    assert job.started_at(4) is None and job.started_at(6) == 5
    assert job.progress(10) == 0.5
    assert job.request_cancel(10) is True
    assert job.phase(11) is Phase.CANCELLING and job.phase(12) is Phase.CANCELLED
    assert job.request_cancel(13) is False, "a second cancel changes nothing"
    assert job.progress(100) == 0.5 and job.finished_at(12) == 12
    finished = SimJob("k", created_at=0.0, queued_for=1, runs_for=1)
    assert finished.request_cancel(5) is False and finished.phase(5) is Phase.SUCCEEDED


def test_fault_rules_count_down_and_match_path_parameters() -> None:
    plan = FaultPlan()
    plan.add(Fault.http_status(503), route="cancel_job", times=2, job_id="a")
    assert plan.pick("cancel_job", {"job_id": "b"}) == []
    assert plan.pick("get_job", {"job_id": "a"}) == []
    assert [f.status for f in plan.pick("cancel_job", {"job_id": "a"})] == [503]
    assert [f.status for f in plan.pick("cancel_job", {"job_id": "a"})] == [503]
    assert plan.pick("cancel_job", {"job_id": "a"}) == []


def test_probabilistic_faults_are_the_same_for_the_same_seed() -> None:
    def picks(seed: int) -> list[bool]:
        plan = FaultPlan(seed)
        plan.add(Fault.latency(0.0), probability=0.3)
        return [bool(plan.pick("get_job", {})) for _ in range(200)]

    assert picks(7) == picks(7)
    assert picks(7) != picks(8)
    assert 30 < sum(picks(7)) < 90


def test_fault_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        Fault.http_status(200)
    with pytest.raises(ValueError):
        FaultPlan().add(Fault.drop_connection(), times=0)
    with pytest.raises(ValueError):
        FaultPlan().add(Fault.drop_connection(), probability=0)


def test_status_fault_answers_in_the_vendor_format_before_the_vendor_code_runs(toy: Any) -> None:
    sim, client = toy
    sim.faults.add(Fault.http_status(429, retry_after=7), route="cancel_job", times=1)
    response = client.post("/jobs/a/cancel")
    assert response.status_code == 429 and response.headers["retry-after"] == "7"
    assert response.json()["error"]["message"].startswith("simulated 429")
    assert sim.cancels_applied == []
    assert client.post("/jobs/a/cancel").status_code == 200
    assert sim.cancels_applied == ["a"]
    assert sim.count("cancel_job", job_id="a") == 2 and sim.count("get_job") == 0


def test_dropped_connection_happens_after_the_vendor_code_ran(toy: Any) -> None:
    sim, client = toy
    sim.faults.add(Fault.drop_connection(), route="cancel_job", times=1)
    with pytest.raises(httpx2.RemoteProtocolError):
        client.post("/jobs/a/cancel")
    assert sim.cancels_applied == ["a"], "the cancel took effect although its answer was lost"
    assert [r.status for r in sim.requests] == [None]
    assert client.get("/jobs/a").status_code == 200, "the server keeps serving after a drop"


def test_truncated_json_is_a_200_with_a_broken_body(toy: Any) -> None:
    sim, client = toy
    sim.faults.add(Fault.truncated_json(), times=1)
    response = client.get("/jobs/a")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()


@pytest.mark.parametrize("status", [200, 502])
def test_html_error_page(toy: Any, status: int) -> None:
    sim, client = toy
    sim.faults.add(Fault.html_page(status), route="cancel_job", times=1)
    response = client.post("/jobs/a/cancel")
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html") and "<html>" in response.text
    assert sim.cancels_applied == (["a"] if status == 200 else []), "a proxy's 502 never reached the vendor"


def test_body_faults_change_every_object(toy: Any) -> None:
    sim, client = toy
    sim.faults.add(Fault.unknown_enum(), times=1)
    body = client.get("/jobs/a").json()
    assert body["status"] == "NEW_STATUS" and body["runs"][0]["status"] == "NEW_STATUS"
    sim.faults.add(Fault.extra_fields(), times=1)
    body = client.get("/jobs/a").json()
    assert "anyjob_simulator_extra" in body and "anyjob_simulator_extra" in body["runs"][0]
    sim.faults.add(Fault.nulls(), times=1)
    assert client.get("/jobs/a").json()["finished_at"] is None
    assert client.get("/jobs/a").json() == {
        "id": "a",
        "status": "RUNNING",
        "finished_at": "2026-01-01",
        "runs": [{"status": "RUNNING"}],
    }


def test_latency_fault_delays_the_answer(toy: Any) -> None:
    sim, client = toy
    sim.faults.add(Fault.latency(0.2), times=1)
    start = time.monotonic()
    assert client.get("/jobs/a").status_code == 200
    assert time.monotonic() - start >= 0.2
    assert sim.requests[0].faults == (FaultKind.LATENCY,)


def test_authentication_is_enforced(toy: Any) -> None:
    sim, _ = toy
    response = httpx2.get(f"{sim.base_url}/jobs/a")
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


def test_app_is_not_served_until_started() -> None:
    sim = ToySimulator()
    with pytest.raises(RuntimeError, match="not running"):
        _ = sim.base_url
