"""DigitalOcean's own SDKs for `nox -s bench` (the protocol is benchmarks/sdk.py): `gradient` (Stainless) and `pydo`
(AutoRest), driven as tests/oracle/oracle.py drives them, with their default (lenient) response handling. One kind of
job: indexing jobs. The SDKs are imported only when a contender is made, so a missing one is "not installed"."""

from __future__ import annotations

from benchmarks.sdk import SdkContender, SdkSetup

TOKEN, URL = "DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_API_URL"


def gradient_contender(setup: SdkSetup) -> SdkContender:
    from gradient import Gradient

    env = setup.environment
    client = Gradient(access_token=env[TOKEN], base_url=env[URL], max_retries=0)
    jobs = client.knowledge_bases.indexing_jobs
    return SdkContender(
        get=jobs.retrieve,
        cancel=lambda job_id: jobs.update_cancel(job_id, body_uuid=job_id),  # the body anyjob sends: {"uuid": id}
        list_page=lambda: jobs.list(page=1, per_page=setup.page_size),
        close=client.close,
        note="Stainless: its own httpx client, pydantic models; max_retries=0",
    )


def pydo_contender(setup: SdkSetup) -> SdkContender:
    import pydo

    env = setup.environment
    client = pydo.Client(token=env[TOKEN], endpoint=env[URL])
    genai = client.genai
    # azure-core refuses a bearer token over plain http unless each call opts out.
    return SdkContender(
        get=lambda job_id: genai.get_indexing_job(job_id, enforce_https=False),
        cancel=lambda job_id: genai.cancel_indexing_job(job_id, {"uuid": job_id}, enforce_https=False),
        list_page=lambda: genai.list_indexing_jobs(page=1, per_page=setup.page_size, enforce_https=False),
        close=client.close,
        note="azure-core pipeline over requests, JSON as dicts; enforce_https=False per call (azure-core refuses "
        "bearer tokens over plain http)",
    )


CONTENDERS = {"gradient": gradient_contender, "pydo": pydo_contender}
IMPORTS = {"gradient": "gradient", "pydo": "pydo"}
