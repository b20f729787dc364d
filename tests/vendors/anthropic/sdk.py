"""Anthropic's own SDK (`anthropic`) for `nox -s bench` (the protocol is benchmarks/sdk.py), set up as tests/oracle
drives it (`max_retries=0`), with its default (lenient) response validation. One kind of job: message batches. Imported
only when a contender is made, so a missing SDK is "not installed"."""

from __future__ import annotations

from benchmarks.sdk import SdkContender, SdkSetup


def anthropic_contender(setup: SdkSetup) -> SdkContender:
    import anthropic

    env = setup.environment
    client = anthropic.Anthropic(base_url=env["ANTHROPIC_BASE_URL"], api_key=env["ANTHROPIC_API_KEY"], max_retries=0)
    batches = client.messages.batches
    # A cursor page: the SDK reads the first page when `list` is called and the next one only when iterated past it.
    return SdkContender(batches.retrieve, batches.cancel, lambda: batches.list(limit=setup.page_size), client.close,
                        note="Stainless: its own httpx client, pydantic models; max_retries=0")


CONTENDERS = {"anthropic": anthropic_contender}
IMPORTS = {"anthropic": "anthropic"}
