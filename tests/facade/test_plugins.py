"""Vendors are plugins: a toy vendor registered at run time works through refs, Config, Jobs, AsyncJobs and
cancel_many without any facade file knowing its name."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import tokenize
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import anyjob
import httpx2
import pytest
from anyjob import (
    AsyncJobs,
    BearerAuth,
    Call,
    Cancelled,
    Config,
    InvalidJobRef,
    Job,
    JobRef,
    Jobs,
    JobState,
    Setting,
    VendorPlugin,
    parse_ref,
)
from anyjob._vendors._base import first_text

from tests.hostile import RawRequest, answer, hostile_server

TOKEN = "toy_S3cr3t_f00d"


class Toy(VendorPlugin):
    name: ClassVar[str] = "toy"
    default_url: ClassVar[str] = "https://api.toy.example"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("token", ("TOY_TOKEN",), secret=True, required=True),
        Setting("url", ("TOY_URL",)),
    )
    states: ClassVar[Mapping[str, JobState]] = {"on": JobState.RUNNING, "stopping": JobState.CANCELLING,
                                                "off": JobState.CANCELLED}
    ref_example: ClassVar[str] = "toy:42"

    def job_id(self, value: str) -> str:
        if not value.isdigit():
            raise ValueError("must be digits")
        return value

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        return BearerAuth(settings["token"])

    def get(self, job_id: str, scope: str | None) -> Call:
        return Call("GET", f"/jobs/{job_id}")

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        return Call("POST", f"/jobs/{job_id}/stop")

    def first_page(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        return Call("GET", "/jobs", params={"page": 1})

    def next_page(self, call: Call, body: Any) -> Call | None:
        return call.with_params(page=body["next"]) if body.get("next") else None

    def job(self, ref: Any, body: Any) -> Job:
        return Job(ref=ref, state=self.state_of(body["status"]), raw_status=body["status"])

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        return [self.job(JobRef(self.name, item["id"]), item) for item in body["items"]]

    def error(self, body: Any) -> anyjob.ErrorInfo:
        return anyjob.ErrorInfo(first_text(body, "why") or "?")


@pytest.fixture
def toy() -> Iterator[Any]:
    status = {str(n): "on" for n in range(1, 6)}
    lock = threading.Lock()

    def respond(request: RawRequest, conn: socket.socket) -> None:
        if request.headers.get("authorization") != f"Bearer {TOKEN}":
            answer(conn, 401, {"why": "who are you"})
            return
        with lock:
            if match := re.fullmatch(r"/jobs/(\d+)/stop", request.path):
                status[match[1]] = "off"
                answer(conn, 200, {"id": match[1], "status": "off"})
            elif match := re.fullmatch(r"/jobs/(\d+)", request.path):
                answer(conn, 200, {"id": match[1], "status": status[match[1]]}) if match[1] in status else \
                    answer(conn, 404, {"why": "no such job"})
            else:
                page = int(request.target.split("page=")[1])
                ids = sorted(status)[(page - 1) * 2: page * 2]
                answer(conn, 200, {"items": [{"id": i, "status": status[i]} for i in ids],
                                   "next": page + 1 if page * 2 < len(status) else None})

    anyjob.register_vendor(Toy())
    try:
        with hostile_server(respond) as server:
            yield server
    finally:
        anyjob.unregister_vendor("toy")


def test_a_registered_vendor_works_everywhere(toy: Any) -> None:
    assert "toy" in anyjob.vendor_names() and "toy" in anyjob.VENDORS
    assert parse_ref("toy:3") == JobRef("toy", "3")
    with pytest.raises(InvalidJobRef, match="must be digits"):
        parse_ref("toy:abc")
    config = Config(toy_token=TOKEN, toy_url=toy.base_url)
    assert config.vendors == ["toy"] and TOKEN not in repr(config)
    assert Config.from_env({"TOY_TOKEN": TOKEN}).toy_token == TOKEN
    with Jobs(config) as jobs:
        assert jobs.get("toy:1").state is JobState.RUNNING
        assert jobs.cancel("toy:2").state is JobState.CANCELLED
        listed = {job.id: job.state for job in jobs.list("toy")}
        assert listed == {"1": JobState.RUNNING, "2": JobState.CANCELLED, "3": JobState.RUNNING,
                          "4": JobState.RUNNING, "5": JobState.RUNNING}
        outcomes = jobs.cancel_many(["toy:3", "toy:4", "toy:nope"])
    assert [type(o) for o in outcomes][:2] == [Cancelled, Cancelled]
    assert isinstance(outcomes[2].error, InvalidJobRef)

    async def run() -> Job:
        async with AsyncJobs(config) as jobs:
            return await jobs.get("toy:5")

    assert asyncio.run(run()).state is JobState.RUNNING


def test_an_unregistered_vendor_is_an_invalid_ref() -> None:
    with pytest.raises(InvalidJobRef, match="is not one of veryfront, dispersed, digitalocean"):
        parse_ref("toy:1")


def test_no_facade_module_outside_the_vendors_branches_on_a_vendor() -> None:
    """The engine, drivers, config, refs and command line read the registry; only each vendor's own module (and its
    simulator) may use its name in code: as an identifier (`config.veryfront_project`) or as a bare string
    (`vendor == "veryfront"`). Examples and prose in help texts may name vendors."""
    package = Path(anyjob.__file__).parent
    names = ("veryfront", "dispersed", "digitalocean")
    offenders: dict[str, list[str]] = {}
    for path in sorted(package.glob("*.py")):
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                text = token.string.lower()
                bare = token.type == tokenize.STRING and text.strip("\"'") in names
                named = token.type == tokenize.NAME and any(name in text for name in names)
                if bare or named:
                    offenders.setdefault(path.name, []).append(f"{token.start[0]}: {token.string}")
    assert offenders == {}, json.dumps(offenders)
