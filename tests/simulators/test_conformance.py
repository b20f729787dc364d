"""schemathesis against each simulator with our own spec: status codes, content types and response bodies conform.

The simulators are written from the vendors' docs, the specs by hand: this keeps the two from drifting apart.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
import requests
import schemathesis
from anyjob.testing import SIMULATORS, VendorSimulator
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import CODEGEN
from tests.spec_tools import load_spec

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SPEC_OF = {"veryfront": "veryfront", "dispersed": "dispersed", "digitalocean": "digitalocean"}


class _DispersedSigning(requests.auth.AuthBase):
    """Signs a `requests` request the way Dispersed documents it (independently of dispersed_client)."""

    def __init__(self, public_key: str, secret_key: str) -> None:
        self.public_key, self.secret_key = public_key, secret_key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        url = urlsplit(request.url or "")
        # the vendor's example code, per shared/reference/dispersed.md: urlencode of the sorted pairs (space -> "+")
        query = urlencode(sorted(parse_qsl(url.query, keep_blank_values=True)))
        body = request.body or b""
        body = body.encode() if isinstance(body, str) else body
        timestamp, nonce = str(int(time.time() * 1000)), secrets.token_hex(16)
        message = "|".join([self.public_key, timestamp, nonce, (request.method or "").upper(), url.path, query,
                            hashlib.sha256(body).hexdigest()])
        request.headers.update({
            "X-API-Key": self.public_key, "X-Time": timestamp, "X-Nonce": nonce,
            "X-Signature": hmac.new(self.secret_key.encode(), message.encode(), hashlib.sha256).hexdigest(),
        })
        return request


def authenticated_session(vendor: str, sim: VendorSimulator) -> requests.Session:
    session = requests.Session()
    credentials = sim.credentials
    if vendor == "dispersed":
        session.auth = _DispersedSigning(credentials["DISPERSED_PUBLIC_KEY"], credentials["DISPERSED_SECRET_KEY"])
    else:
        token = next(iter(credentials.values()))
        session.headers["Authorization"] = f"Bearer {token}"
    return session


def _operations() -> Iterator[Any]:
    for vendor in SIMULATORS:
        schema = schemathesis.openapi.from_dict(load_spec(CODEGEN.clients[SPEC_OF[vendor]].spec))
        for result in schema.get_all_operations():
            operation = result.ok()
            yield pytest.param(vendor, operation, id=f"{vendor}-{operation.definition.raw.get('operationId')}")


@pytest.mark.parametrize(("vendor", "operation"), list(_operations()))
def test_simulator_conforms_to_the_spec(vendor: str, operation: Any) -> None:
    # Generous rate limits: conformance traffic is not what the rate-limit tests are about.
    options: dict[str, Any] = {"hourly_limit": None, "minute_limit": None} if vendor == "digitalocean" else {}
    with SIMULATORS[vendor](**options) as sim, authenticated_session(vendor, sim) as session:

        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            response = case.call(base_url=sim.base_url, session=session)
            case.validate_response(response, checks=CHECKS)

        check()
        assert sim.count() > 0


def _real_path_parameters(vendor: str, sim: Any, draw: Any) -> dict[str, str]:
    """Path parameters that name things the simulator has, so the success responses get checked too."""
    job = draw(sim.job_ids)
    if vendor == "veryfront":
        return {"project_reference": draw([sim.project.slug, sim.project.id]), "job_id": job, "batch_id": sim.batch_id}
    if vendor == "dispersed":
        return {"uuid": draw(sim.job_ids + sim.run_ids)}
    return {"uuid": job, "indexing_job_uuid": job, "knowledge_base_uuid": draw(sorted(sim.knowledge_bases))}


@pytest.mark.parametrize(("vendor", "operation"), list(_operations()))
def test_simulator_conforms_with_real_ids(vendor: str, operation: Any) -> None:
    import random

    options: dict[str, Any] = {"hourly_limit": None, "minute_limit": None} if vendor == "digitalocean" else {}
    chooser = random.Random(0)
    with SIMULATORS[vendor](jobs=12, **options) as sim, authenticated_session(vendor, sim) as session:
        statuses = []

        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            if case.path_parameters:
                real = _real_path_parameters(vendor, sim, chooser.choice)
                case.path_parameters = {name: real[name] for name in case.path_parameters}
            if vendor == "digitalocean" and isinstance(case.body, dict) and "uuid" not in case.body:
                # Starting a job needs a knowledge base that exists (and sources of it: [] means all of them).
                case.body.update(knowledge_base_uuid=chooser.choice(sorted(sim.knowledge_bases)), data_source_uuids=[])
            sim.clock.advance(7)  # move jobs along, so responses show many states
            response = case.call(base_url=sim.base_url, session=session)
            statuses.append(response.status_code)
            case.validate_response(response, checks=CHECKS)

        check()
        assert any(200 <= s < 300 for s in statuses), f"no success response among {sorted(set(statuses))}"
