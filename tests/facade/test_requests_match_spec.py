"""Each plugin builds its requests itself, from the spec's path templates, so that a call imports no generated client;
here every request a plugin builds is compared with what its generated client's endpoint (`_get_kwargs`) builds for
the same inputs, as `Call`'s fields: the method (upper-cased), the path with its parameters percent-encoded as the
client encodes them, the query parameters in the client's order (those it leaves out left out, None when there are
none), the JSON body and the headers.

Which generated endpoint answers to which plugin operation, and how the plugin's inputs become its arguments, is each
vendor's own knowledge: `tests/vendors/<vendor>/endpoints.py`, found for every registered vendor through the
registry, exports

- `IDS`: valid job ids (as a ref carries them; the plugin's `job_id` normalises them first, as refs do);
- `SCOPES`: valid scopes, for a vendor whose jobs live in one (empty otherwise);
- `PAGE_SIZES`: page sizes to try besides None and 1: the largest the plugin asks for, and one more;
- `get(job_id, scope)`, `cancel(job_id, scope, reason)`: the generated `_get_kwargs` of that request;
- `first_pages(scope, states, page_size, kind)`: the `_get_kwargs` of each first page, in the plugin's order;
- `next_pages(scope, states, page_size, kind)`: for each first page, an answer that has a next page and the
  `_get_kwargs` of that next page (its query parameters are compared in any order: the plugin adds the cursor last).
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import pytest
from anyjob import JobState, parse_ref
from anyjob._vendors import plugins
from anyjob._vendors._base import Call, VendorPlugin

PLUGINS = {plugin.name: plugin for plugin in plugins()}
REASONS = (None, "", "no longer needed: 50% done, «ünïcode» & / ? #")
# Values no ref allows, appended to a valid id or scope: the plugin must still encode them as the client does (`/`,
# dots, spaces, `?`, `#`, `%` and non-ASCII all percent-encoded).
ODD_SUFFIXES = ("/../admin", ".", "..", " a?b#c%d", "/é")


def _table(name: str) -> ModuleType:
    module = f"tests.vendors.{name}.endpoints"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            pytest.fail(f"{name} has no tests/vendors/{name}/endpoints.py saying which generated endpoint builds "
                        "each of its requests (see this module's docstring)")
        raise


def _generated(kwargs: Mapping[str, Any], *, any_order: bool = False) -> tuple[Any, ...]:
    """A generated endpoint's `_get_kwargs` as the fields of a `Call`: what `Call.from_generated` made of it."""
    params = {key: value for key, value in (kwargs.get("params") or {}).items() if value is not None}
    return _fields(Call(kwargs["method"].upper(), kwargs["url"], params or None, kwargs.get("json"),
                        kwargs.get("headers")), any_order=any_order)


def _fields(call: Call, *, any_order: bool = False) -> tuple[Any, ...]:
    """Everything a request is made of, with types and order (repr): "100" is not 100, nor {} None."""
    params = None if call.params is None else list(call.params.items())
    if params is not None and any_order:
        params.sort()
    return call.method, call.url, repr(params), repr(call.json), repr(call.headers)


def _ids(plugin: VendorPlugin, table: ModuleType) -> list[str]:
    example = parse_ref(plugin.ref_example).job_id
    return list(dict.fromkeys([example, *(plugin.job_id(job_id) for job_id in table.IDS)]))


def _scopes(plugin: VendorPlugin, table: ModuleType) -> list[str | None]:
    if plugin.scope is None:
        return [None]
    example = parse_ref(plugin.ref_example).project
    return list(dict.fromkeys([example, *table.SCOPES]))


def _state_filters() -> Iterator[frozenset[JobState] | None]:
    yield None
    yield frozenset()
    for size in (1, 2):
        yield from map(frozenset, itertools.combinations(JobState, size))
    yield frozenset(JobState)
    yield frozenset(JobState) - {JobState.UNKNOWN}


def _listings(plugin: VendorPlugin, table: ModuleType) -> Iterator[tuple[Any, ...]]:
    """Every (scope, states, page_size, kind) a list may ask for."""
    sizes = (None, 1, *table.PAGE_SIZES)
    kinds = (None, *plugin.kinds)
    yield from itertools.product(_scopes(plugin, table), _state_filters(), sizes, kinds)


@pytest.fixture(params=sorted(PLUGINS))
def vendor(request: pytest.FixtureRequest) -> tuple[VendorPlugin, ModuleType]:
    return PLUGINS[request.param], _table(request.param)


def test_every_vendor_is_checked() -> None:
    assert PLUGINS, "no vendors registered: the checks below would pass vacuously"


def test_get_and_cancel_are_the_generated_requests(vendor: tuple[VendorPlugin, ModuleType]) -> None:
    plugin, table = vendor
    assert len(table.IDS) >= 2 and (plugin.scope is None or table.SCOPES), "too few ids or scopes to compare"
    compared = 0
    for job_id, scope in itertools.product(_ids(plugin, table), _scopes(plugin, table)):
        where = f"{plugin.name} {scope}/{job_id}"
        assert _fields(plugin.get(job_id, scope)) == _generated(table.get(job_id, scope)), f"get {where}"
        for reason in REASONS:
            assert _fields(plugin.cancel(job_id, scope, reason)) == _generated(table.cancel(job_id, scope, reason)), \
                f"cancel {where} ({reason!r})"
        compared += 1
    assert compared >= 3


def test_path_parameters_are_encoded_as_the_generated_client_encodes_them(
        vendor: tuple[VendorPlugin, ModuleType]) -> None:
    plugin, table = vendor
    job_id, scope = _ids(plugin, table)[0], _scopes(plugin, table)[0]
    odd = [(job_id + suffix, scope) for suffix in ODD_SUFFIXES]
    if scope is not None:
        odd += [(job_id, scope + suffix) for suffix in ODD_SUFFIXES]
        list_scopes = [scope + suffix for suffix in ODD_SUFFIXES]
    else:
        list_scopes = []
    for job_id, scope in odd:
        assert _fields(plugin.get(job_id, scope)) == _generated(table.get(job_id, scope)), (job_id, scope)
        assert _fields(plugin.cancel(job_id, scope, None)) == _generated(table.cancel(job_id, scope, None))
    for scope in list_scopes:
        built = [_fields(call) for call in plugin.first_pages(scope, None, None, None)]
        assert built == [_generated(kwargs) for kwargs in table.first_pages(scope, None, None, None)], scope


def test_first_pages_are_the_generated_requests(vendor: tuple[VendorPlugin, ModuleType]) -> None:
    plugin, table = vendor
    compared = 0
    for scope, states, page_size, kind in _listings(plugin, table):
        built = [_fields(call) for call in plugin.first_pages(scope, states, page_size, kind)]
        expected = [_generated(kwargs) for kwargs in table.first_pages(scope, states, page_size, kind)]
        assert built == expected, f"{plugin.name} first pages of {scope=} {states=} {page_size=} {kind=}"
        compared += len(built)
    assert compared


def test_next_pages_are_the_generated_requests(vendor: tuple[VendorPlugin, ModuleType]) -> None:
    plugin, table = vendor
    for scope, states, page_size, kind in _listings(plugin, table):
        firsts = plugin.first_pages(scope, states, page_size, kind)
        follows = table.next_pages(scope, states, page_size, kind)
        assert len(follows) == len(firsts), "one answer with a next page per first page"
        for call, (body, kwargs) in zip(firsts, follows, strict=True):
            following = plugin.next_page(call, body)
            assert following is not None, f"{plugin.name} found no next page after {call} in {body}"
            assert _fields(following, any_order=True) == _generated(kwargs, any_order=True), \
                f"{plugin.name} next page of {scope=} {states=} {page_size=} {kind=}"
