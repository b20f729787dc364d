"""What `nox -s bench` asks of a vendor's own SDKs, and where it finds them.

An SDK is vendor-specific code, so it lives with the vendor: `tests/vendors/<vendor>/sdk.py`, for each registered
vendor that publishes SDKs, exports

- `CONTENDERS`: `{label: make}`, one per SDK; `make(setup)` builds the SDK's client against the simulator described by
  `setup` and returns an `SdkContender` (raising ImportError when the SDK is not installed);
- `IMPORTS`: `{label: module}`, what to import-time for each SDK (`import <module>` in a fresh interpreter).

The benchmark imports `tests.vendors.<vendor>.sdk` for every registered vendor (`sdk_modules()`); a vendor without
one has no SDK to compare with. Nothing here names a vendor.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class SdkSetup:
    """The simulator an SDK is measured against, and what the benchmark measures there."""

    environment: Mapping[str, str]  # the simulator's `environment`: what anyjob and the vendor's SDK read
    page_size: int  # jobs per list page: `list_page` asks for this many
    kind: str | None  # the kind of job the benchmark gets, cancels and lists (None: the vendor has one kind)


@dataclass
class SdkContender:
    """One SDK's client, ready to call. Each call does what anyjob's does: read one job, cancel one job (each id is
    handed out once, and names an active job of `setup.kind`), read the first page of `setup.kind`'s jobs (one
    request, `setup.page_size` jobs)."""

    get: Callable[[str], object]  # job id -> whatever the SDK returns
    cancel: Callable[[str], object]
    list_page: Callable[[], object]
    close: Callable[[], None]
    note: str = ""  # how the client is set up, as printed under the table


SdkFactory = Callable[[SdkSetup], SdkContender]


def sdk_module(vendor: str) -> ModuleType | None:
    """`tests.vendors.<vendor>.sdk`, or None when the vendor has none."""
    name = f"tests.vendors.{vendor}.sdk"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):  # the module itself (or its package) is missing
            return None
        raise  # the module exists but imports something that does not: a real error


def contenders_of(vendor: str) -> dict[str, SdkFactory]:
    module = sdk_module(vendor)
    found: Mapping[str, SdkFactory] = getattr(module, "CONTENDERS", {}) if module is not None else {}
    return dict(found)


def imports_of(vendor: str) -> dict[str, str]:
    module = sdk_module(vendor)
    found: Mapping[str, str] = getattr(module, "IMPORTS", {}) if module is not None else {}
    return dict(found)
