"""OpenAI's own SDK (`openai`) for `nox -s bench` (the protocol is benchmarks/sdk.py), set up as tests/oracle drives
it (`base_url` with /v1, `max_retries=0`), with its default (lenient) response validation. Two kinds of job: ids say
which (`batch_...`, `ftjob-...`), and `list_page` lists the kind the benchmark measures. Imported only when a
contender is made, so a missing SDK is "not installed"."""

from __future__ import annotations

from benchmarks.sdk import SdkContender, SdkSetup


def openai_contender(setup: SdkSetup) -> SdkContender:
    import openai

    env = setup.environment
    client = openai.OpenAI(base_url=env["OPENAI_BASE_URL"], api_key=env["OPENAI_API_KEY"], max_retries=0)
    batches, fine_tuning = client.batches, client.fine_tuning.jobs

    def get(job_id: str) -> object:
        return fine_tuning.retrieve(job_id) if job_id.startswith("ftjob-") else batches.retrieve(job_id)

    def cancel(job_id: str) -> object:
        return fine_tuning.cancel(job_id) if job_id.startswith("ftjob-") else batches.cancel(job_id)

    # A cursor page: the SDK reads the first page when `list` is called and the next one only when iterated past it.
    lister = fine_tuning.list if setup.kind == "fine_tuning" else batches.list
    return SdkContender(get, cancel, lambda: lister(limit=setup.page_size), client.close,
                        note="Stainless: its own httpx client, pydantic models; max_retries=0")


CONTENDERS = {"openai": openai_contender}
IMPORTS = {"openai": "openai"}
