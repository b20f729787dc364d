"""Job references: the string form round-trips for every registered vendor; a broken one raises InvalidJobRef naming
vendor, field and rule, and nothing reaches any vendor.

The forms and rules come from each plugin (its id rule `job_id`, its `scope`, its `ref_example`) and the ids from its
simulator; nothing here names a vendor. A vendor's own rules (UUIDs, a project reference's characters) are tested
with their literal values in tests/vendors/<vendor>/test_jobs.py.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator

import pytest
from anyjob import VENDORS, AsyncJobs, InvalidJobRef, JobRef, Jobs, Vendor, parse_ref
from anyjob._vendors import plugin_for, plugins
from anyjob.testing import simulator
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.facade.conftest import FAST_RETRY, Sims, config_for, running_sims
from tests.facade.test_jobs import folds_case

# -- each vendor's forms, from its plugin and simulator ---------------------------------------------------------------


def example(vendor: Vendor) -> JobRef:
    """The reference the vendor's plugin gives as its example."""
    return parse_ref(plugin_for(vendor).ref_example)


def prefix(ref: JobRef) -> str:
    """What comes before the job id in `ref`'s string form: ``<vendor>:``, or ``<vendor>:<scope>/``."""
    return str(ref).removesuffix(ref.job_id)


def valid_id(vendor: Vendor, value: str) -> bool:
    try:
        plugin_for(vendor).job_id(value)
    except ValueError:
        return False
    return True


def id_rule(vendor: Vendor, value: str) -> str:
    """The rule the vendor's plugin says `value` breaks as a job id."""
    try:
        plugin_for(vendor).job_id(value)
    except ValueError as exc:
        return str(exc)
    raise AssertionError(f"{vendor} takes {value!r} as a job id")


def scoped() -> str:
    """The vendors whose jobs live in a scope, as errors list them."""
    return ", ".join(p.name for p in plugins() if p.scope is not None)


def job_ids(vendor: Vendor) -> st.SearchStrategy[str]:
    """Job ids of the vendor's form: those its simulator makes, for any seed."""
    return st.integers(min_value=0, max_value=2**32 - 1).flatmap(
        lambda seed: st.sampled_from(simulator(vendor, jobs=3, seed=seed).job_ids))


def scopes(vendor: Vendor) -> st.SearchStrategy[str | None]:
    """Scopes (projects) the vendor's rule accepts; None for a vendor without scopes."""
    scope = plugin_for(vendor).scope
    return st.none() if scope is None else st.from_regex(scope.pattern, fullmatch=True)


refs = st.sampled_from(VENDORS).flatmap(
    lambda vendor: st.builds(functools.partial(JobRef, vendor), job_ids(vendor), project=scopes(vendor)))


# -- round trip --------------------------------------------------------------------------------------------------------


@given(refs)
def test_string_form_round_trips(ref: JobRef) -> None:
    text = str(ref)
    assert parse_ref(text) == ref
    assert str(parse_ref(text)) == text
    assert parse_ref(ref) is ref


@given(refs)
def test_upper_case_ids_are_read_as_the_vendor_reads_them(ref: JobRef) -> None:
    shouted = prefix(ref) + ref.job_id.upper()
    if folds_case(ref.vendor, ref.job_id):  # e.g. UUIDs: read and written lower case
        assert parse_ref(shouted) == ref
        assert str(parse_ref(shouted)) == str(ref)
        return
    try:  # a case-sensitive id: upper-cased, it is another id, or none
        other = parse_ref(shouted)
    except InvalidJobRef as error:
        assert (error.vendor, error.field) == (ref.vendor, "job id")
        return
    assert other != ref and other.job_id != ref.job_id


def test_each_vendors_form(vendor: Vendor) -> None:
    plugin = plugin_for(vendor)
    sim = simulator(vendor, jobs=5)
    texts = [plugin.ref_example, *(sim.ref(job_id) for job_id in [*sim.job_ids, sim.unknown_job_id()])]
    for text in texts:
        ref = parse_ref(text)
        rest = text.removeprefix(f"{vendor}:")
        project, job_id = rest.split("/", 1) if plugin.scope is not None else (None, rest)
        assert (ref.vendor, ref.job_id, ref.project) == (vendor, job_id, project)
        assert str(ref) == text


# -- what breaks a reference -------------------------------------------------------------------------------------------


def _invalid() -> list[tuple[str, str | None, str, str]]:
    """(reference, vendor the error names, field, words of the rule), from every registered vendor's rules."""
    names = VENDORS
    some_id = example(names[0]).job_id
    cases: list[tuple[str, str | None, str, str]] = [
        (f"aws:{some_id}", None, "vendor", f"is not one of {', '.join(names)}"),
        (f":{some_id}", None, "vendor", "is not one of"),
        (some_id, None, "reference", "must start with a vendor"),
        ("", None, "reference", "must start with a vendor"),
    ]
    for vendor in names:
        ref, scope = example(vendor), plugin_for(vendor).scope
        job_id = ref.job_id
        for bad in ("", f"{job_id}/cancel", f" {job_id}", f"{job_id}\n", f"../{job_id}", f"{job_id}!"):
            cases.append((prefix(ref) + bad, vendor, "job id", id_rule(vendor, bad)))
        if scope is None:  # a scope where there is none reads as part of the id
            scoped_id = f"demo-project/{job_id}"
            cases.append((f"{vendor}:{scoped_id}", vendor, "job id", id_rule(vendor, scoped_id)))
            continue
        cases.append((f"{vendor}:{job_id}", vendor, "reference", f"must be {vendor}:<{scope.name}>/<job_id>"))
        for bad in ("", "my project", "demo.project", "démo", "p" * 1000):
            if not scope.pattern.fullmatch(bad):
                cases.append((f"{vendor}:{bad}/{job_id}", vendor, scope.name, scope.rule))
    return cases


INVALID = _invalid()
INVALID_IDS = [repr(text)[:60] for text, *_ in INVALID]


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


def _constructions() -> list[tuple[str, Callable[[], object], str | None, str, str]]:
    """(id, a construction that must fail, vendor, field, words of the rule)."""
    cases: list[tuple[str, Callable[[], object], str | None, str, str]] = []
    for vendor in VENDORS:
        ref, scope = example(vendor), plugin_for(vendor).scope
        if scope is None:
            cases.append((f"{vendor}-project", functools.partial(JobRef, vendor, ref.job_id, project="demo"),
                          vendor, "project", f"is only used by {scoped()}"))
        else:
            cases.append((f"{vendor}-no-{scope.name}", functools.partial(JobRef, vendor, ref.job_id),
                          vendor, scope.name, "is required"))
            cases.append((f"{vendor}-empty-{scope.name}", functools.partial(JobRef, vendor, ref.job_id, project=""),
                          vendor, scope.name, scope.rule))
        cases.append((f"{vendor}-bad-id", functools.partial(JobRef, vendor, "42!", project=ref.project),
                      vendor, "job id", id_rule(vendor, "42!")))
    some_id = example(VENDORS[0]).job_id
    return [*cases,
            ("unknown-vendor", functools.partial(JobRef, "gitlab", some_id), None, "vendor", "is not one of"),
            ("not-a-string", functools.partial(parse_ref, 42), None, "reference",  # type: ignore[arg-type]
             "must be a string"),
            ("none", functools.partial(parse_ref, None), None, "reference", "must be a string")]  # type: ignore[arg-type]


CONSTRUCTIONS = _constructions()


@pytest.mark.parametrize(("build", "vendor", "field", "rule"), [case[1:] for case in CONSTRUCTIONS],
                         ids=[case[0] for case in CONSTRUCTIONS])
def test_invalid_construction(build: Callable[[], object], vendor: str | None, field: str, rule: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        build()
    assert (caught.value.vendor, caught.value.field) == (vendor, field)
    assert rule in caught.value.rule and rule in str(caught.value)


def test_a_long_value_is_shortened_in_the_message() -> None:
    for vendor in VENDORS:
        with pytest.raises(InvalidJobRef) as caught:
            parse_ref(prefix(example(vendor)) + "x" * 500)
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


def _list_arguments() -> list[tuple[str, str | None, str | None, str]]:
    """(vendor, project, kind, the field the error names) that `list` must refuse before sending anything."""
    cases: list[tuple[str, str | None, str | None, str]] = [("aws", None, None, "vendor"), ("", None, None, "vendor")]
    for vendor in VENDORS:
        scope = plugin_for(vendor).scope
        if scope is None:
            cases.append((vendor, "demo", None, "project"))
        else:
            bad_scopes = [bad for bad in ("my project", "a/b") if not scope.pattern.fullmatch(bad)]
            cases += [(vendor, bad, None, scope.name) for bad in bad_scopes]
        cases.append((vendor, None, "no-such-kind", "kind"))
    return cases


# (`target`, not `vendor`: every simulator must run, to show that none of them hears anything.)
@pytest.mark.parametrize(("target", "project", "kind", "field"), _list_arguments())
def test_invalid_list_arguments_send_nothing(sims: Sims, jobs: Jobs, target: str, project: str | None,
                                             kind: str | None, field: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        next(iter(jobs.list(target, project=project, kind=kind)))
    assert caught.value.field == field
    assert sims.total_requests() == 0


SCOPED_BY_SETTING = [p.name for p in plugins() if p.scope is not None and p.scope.setting is not None]


@pytest.mark.parametrize("vendor", SCOPED_BY_SETTING)
def test_listing_without_any_scope_sends_nothing(sims: Sims, vendor: Vendor) -> None:
    scope = plugin_for(vendor).scope
    assert scope is not None and scope.setting is not None
    config = config_for(sims).replace(**{f"{vendor}_{scope.setting}": None})
    with Jobs(config) as jobs:
        with pytest.raises(InvalidJobRef) as caught:
            list(jobs.list(vendor))
    assert (caught.value.vendor, caught.value.field) == (vendor, scope.name)
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
    shapes: list[st.SearchStrategy[str]] = []
    for vendor in VENDORS:
        scope = plugin_for(vendor).scope
        not_an_id = junk.filter(functools.partial(lambda v, s: not valid_id(v, s), vendor))
        if scope is None:
            shapes.append(st.builds(f"{vendor}:{{}}".format, not_an_id))
            continue
        not_a_scope = junk.filter(functools.partial(lambda pattern, s: "/" not in s and not pattern.fullmatch(s),
                                                    scope.pattern))
        shapes.append(st.builds(f"{vendor}:{{}}/{{}}".format, scopes(vendor), not_an_id))
        shapes.append(st.builds(f"{vendor}:{{}}/{{}}".format, not_a_scope, job_ids(vendor)))
    any_id = st.sampled_from(VENDORS).flatmap(job_ids)
    no_vendor = junk.filter(lambda s: s.strip().lower() not in VENDORS)
    return st.one_of(*shapes, st.builds("{}:{}".format, no_vendor, any_id), junk)


@given(st.one_of(st.text(), _near_misses()))
def test_junk_is_rejected_or_round_trips(text: str) -> None:
    try:
        ref = parse_ref(text)
    except InvalidJobRef as error:
        scope_names = {p.scope.name for p in plugins() if p.scope is not None}
        assert error.field in {"vendor", "reference", "job id", *scope_names}
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
