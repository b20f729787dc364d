"""Job references: the string form round-trips for every vendor; a broken one raises InvalidJobRef naming vendor, field
and rule, and nothing reaches any vendor."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Iterator

import pytest
from anyjob import VENDORS, AsyncJobs, Config, InvalidJobRef, JobRef, Jobs, parse_ref
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.facade.conftest import FAST_RETRY, Sims, config_for, running_sims

UUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
PROJECT = re.compile(r"[a-zA-Z0-9_-]{1,128}")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

projects = st.from_regex(PROJECT, fullmatch=True)
uuids = st.uuids().map(str)
refs = st.one_of(
    st.builds(lambda project, job_id: JobRef("veryfront", job_id, project=project), projects, uuids),
    st.builds(lambda vendor, job_id: JobRef(vendor, job_id), st.sampled_from(["dispersed", "digitalocean"]), uuids),
)


# -- round trip --------------------------------------------------------------------------------------------------------


@given(refs)
def test_string_form_round_trips(ref: JobRef) -> None:
    text = str(ref)
    assert parse_ref(text) == ref
    assert str(parse_ref(text)) == text
    assert parse_ref(ref) is ref


@given(st.sampled_from(VENDORS), projects, st.uuids())
def test_upper_case_uuids_are_read_and_written_lower_case(vendor: str, project: str, value: uuid.UUID) -> None:
    prefix = f"veryfront:{project}/" if vendor == "veryfront" else f"{vendor}:"
    ref = parse_ref(prefix + str(value).upper())
    assert ref.vendor == vendor
    assert ref.job_id == str(value)
    assert str(ref) == prefix + str(value)


@pytest.mark.parametrize(
    ("text", "vendor", "job_id", "project"),
    [
        (f"veryfront:demo-project/{UUID}", "veryfront", UUID, "demo-project"),
        (f"veryfront:{'p' * 128}/{UUID}", "veryfront", UUID, "p" * 128),  # the longest project reference
        (f"veryfront:a_B-9/{UUID}", "veryfront", UUID, "a_B-9"),
        (f"dispersed:{UUID}", "dispersed", UUID, None),
        (f"digitalocean:{UUID}", "digitalocean", UUID, None),
    ],
)
def test_each_vendors_form(text: str, vendor: str, job_id: str, project: str | None) -> None:
    ref = parse_ref(text)
    assert (ref.vendor, ref.job_id, ref.project) == (vendor, job_id, project)
    assert str(ref) == text


# -- what breaks a reference -------------------------------------------------------------------------------------------

INVALID: list[tuple[str, str | None, str, str]] = [
    # (reference, vendor the error names, field, words of the rule)
    (f"aws:{UUID}", None, "vendor", "is not one of veryfront, dispersed, digitalocean"),
    (f":{UUID}", None, "vendor", "is not one of"),
    (UUID, None, "reference", "must start with a vendor"),
    ("", None, "reference", "must start with a vendor"),
    (f"veryfront:{UUID}", "veryfront", "reference", "must be veryfront:<project_reference>/<job_id>"),
    (f"veryfront:/{UUID}", "veryfront", "project_reference", "must be 1-128 characters"),
    (f"veryfront:{'p' * 129}/{UUID}", "veryfront", "project_reference", "must be 1-128 characters"),
    (f"veryfront:my project/{UUID}", "veryfront", "project_reference", "a-z A-Z 0-9 _ -"),
    (f"veryfront:demo.project/{UUID}", "veryfront", "project_reference", "a-z A-Z 0-9 _ -"),
    (f"veryfront:démo/{UUID}", "veryfront", "project_reference", "a-z A-Z 0-9 _ -"),
    ("veryfront:demo-project/", "veryfront", "job id", "must be a UUID"),
    ("veryfront:demo-project/42", "veryfront", "job id", "must be a UUID"),
    (f"veryfront:demo-project/{UUID}/cancel", "veryfront", "job id", "must be a UUID"),
    ("dispersed:", "dispersed", "job id", "must be a UUID"),
    ("dispersed:not-a-uuid", "dispersed", "job id", "must be a UUID"),
    (f"dispersed:{UUID}0", "dispersed", "job id", "must be a UUID"),
    (f"dispersed:{UUID.replace('-', '')}", "dispersed", "job id", "must be a UUID"),
    (f"dispersed:demo-project/{UUID}", "dispersed", "job id", "must be a UUID"),
    (f"digitalocean:{UUID[:-1]}g", "digitalocean", "job id", "must be a UUID"),
    (f"digitalocean: {UUID}", "digitalocean", "job id", "must be a UUID"),
    (f"digitalocean:{UUID}\n", "digitalocean", "job id", "must be a UUID"),
    (f"digitalocean:../{UUID}", "digitalocean", "job id", "must be a UUID"),
]
INVALID_IDS = [repr(text)[:40] for text, *_ in INVALID]


@pytest.mark.parametrize(("text", "vendor", "field", "rule"), INVALID, ids=INVALID_IDS)
def test_invalid_reference_names_vendor_field_and_rule(text: str, vendor: str | None, field: str, rule: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        parse_ref(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.vendor, error.field) == (vendor, field)
    assert rule in error.rule
    message = str(error)
    assert field in message and rule in message
    if vendor is not None:
        assert vendor in message


@pytest.mark.parametrize(
    ("build", "vendor", "field", "rule"),
    [
        (lambda: JobRef("dispersed", UUID, project="demo"), "dispersed", "project", "is only used by veryfront"),
        (lambda: JobRef("digitalocean", UUID, project="demo"), "digitalocean", "project", "is only used by veryfront"),
        (lambda: JobRef("veryfront", UUID), "veryfront", "project_reference", "is required"),
        (lambda: JobRef("veryfront", UUID, project=""), "veryfront", "project_reference", "1-128"),
        (lambda: JobRef("gitlab", UUID), None, "vendor", "is not one of"),  # type: ignore[arg-type]
        (lambda: JobRef("dispersed", "42"), "dispersed", "job id", "must be a UUID"),
        (lambda: parse_ref(42), None, "reference", "must be a string"),  # type: ignore[arg-type]
        (lambda: parse_ref(None), None, "reference", "must be a string"),  # type: ignore[arg-type]
    ],
    ids=["dispersed-project", "digitalocean-project", "veryfront-no-project", "veryfront-empty-project",
         "unknown-vendor", "short-id", "not-a-string", "none"],
)
def test_invalid_construction(build: object, vendor: str | None, field: str, rule: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        build()  # type: ignore[operator]
    assert (caught.value.vendor, caught.value.field) == (vendor, field)
    assert rule in caught.value.rule and rule in str(caught.value)


def test_a_long_value_is_shortened_in_the_message() -> None:
    with pytest.raises(InvalidJobRef) as caught:
        parse_ref("dispersed:" + "x" * 500)
    assert caught.value.value == "x" * 500  # kept whole on the error
    assert len(str(caught.value)) < 200


# -- nothing is sent ---------------------------------------------------------------------------------------------------


def test_invalid_references_send_nothing(sims: Sims, jobs: Jobs) -> None:
    for text, *_ in INVALID:
        for call in (jobs.get, jobs.cancel, lambda ref: jobs.wait(ref, timeout=1)):
            with pytest.raises(InvalidJobRef):
                call(text)
    outcomes = jobs.cancel_many([text for text, *_ in INVALID])
    assert all(isinstance(outcome.error, InvalidJobRef) for outcome in outcomes)
    assert [outcome.ref for outcome in outcomes] == [text for text, *_ in INVALID]
    assert sims.total_requests() == 0


@pytest.mark.parametrize(
    ("vendor", "project", "field"),
    [("aws", None, "vendor"), ("", None, "vendor"), ("veryfront", "my project", "project_reference"),
     ("veryfront", "p" * 129, "project_reference"), ("veryfront", "a/b", "project_reference")],
)
def test_invalid_list_arguments_send_nothing(sims: Sims, jobs: Jobs, vendor: str, project: str | None,
                                             field: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        next(iter(jobs.list(vendor, project=project)))
    assert caught.value.field == field
    assert sims.total_requests() == 0


def test_listing_veryfront_without_any_project_sends_nothing(sims: Sims) -> None:
    config = config_for(sims)
    with Jobs(Config(veryfront_token=config.veryfront_token, veryfront_url=config.veryfront_url)) as jobs:
        with pytest.raises(InvalidJobRef) as caught:
            list(jobs.list("veryfront"))
    assert (caught.value.vendor, caught.value.field) == ("veryfront", "project_reference")
    assert "project=" in str(caught.value)
    assert sims.total_requests() == 0


def test_invalid_references_send_nothing_async(sims: Sims) -> None:
    async def main() -> None:
        async with AsyncJobs(config_for(sims), retry=FAST_RETRY) as jobs:
            for text, *_ in INVALID:
                with pytest.raises(InvalidJobRef):
                    await jobs.get(text)
                with pytest.raises(InvalidJobRef):
                    await jobs.cancel(text, reason="no")
                with pytest.raises(InvalidJobRef):
                    await jobs.wait(text, timeout=1)
            outcomes = await jobs.cancel_many([text for text, *_ in INVALID])
            assert all(isinstance(outcome.error, InvalidJobRef) for outcome in outcomes)
            with pytest.raises(InvalidJobRef):
                [job async for job in jobs.list("aws")]

    asyncio.run(main())
    assert sims.total_requests() == 0


# -- arbitrary junk (hypothesis) ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_sims() -> Iterator[Sims]:
    with running_sims(jobs=1) as started:
        yield started


@pytest.fixture(scope="module")
def shared_jobs(shared_sims: Sims) -> Iterator[Jobs]:
    with Jobs(config_for(shared_sims), retry=FAST_RETRY) as client:
        yield client


def _near_misses() -> st.SearchStrategy[str]:
    """Strings shaped like references with one part broken."""
    junk = st.text(max_size=150)
    not_uuid = junk.filter(lambda s: not UUID_RE.fullmatch(s))
    not_project = st.text(max_size=150).filter(lambda s: "/" not in s and not PROJECT.fullmatch(s))
    return st.one_of(
        st.builds(lambda v, rest: f"{v}:{rest}", st.sampled_from(["dispersed", "digitalocean"]), not_uuid),
        st.builds(lambda p, rest: f"veryfront:{p}/{rest}", projects, not_uuid),
        st.builds(lambda p, u: f"veryfront:{p}/{u}", not_project, uuids),
        st.builds(lambda v, u: f"{v}:{u}", junk.filter(lambda s: s.strip().lower() not in VENDORS), uuids),
        junk,
    )


@given(st.one_of(st.text(), _near_misses()))
def test_junk_is_rejected_or_round_trips(text: str) -> None:
    try:
        ref = parse_ref(text)
    except InvalidJobRef as error:
        assert error.field in {"vendor", "reference", "project_reference", "job id"}
        return
    assert parse_ref(str(ref)) == ref


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(text=_near_misses())
def test_junk_sends_nothing(shared_sims: Sims, shared_jobs: Jobs, text: str) -> None:
    try:
        parse_ref(text)
    except InvalidJobRef:
        pass
    else:
        assume(False)  # a valid reference by chance: not junk
    with pytest.raises(InvalidJobRef):
        shared_jobs.get(text)
    with pytest.raises(InvalidJobRef):
        shared_jobs.cancel(text, reason="junk")
    assert shared_sims.total_requests() == 0
