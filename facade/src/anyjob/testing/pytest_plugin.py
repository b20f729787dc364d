"""pytest fixtures for the vendor simulators, registered by installing ``anyjob[testing]``.

One fixture per registered vendor that names a simulator, ``<vendor>_simulator``: a fresh, running simulator with a
`ManualClock`, stopped after the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from . import VendorSimulator, _registered


def _fixture(cls: type[VendorSimulator]) -> Callable[[], Iterator[VendorSimulator]]:
    def simulator() -> Iterator[VendorSimulator]:
        with cls() as sim:
            yield sim

    simulator.__doc__ = f"A running {cls.__name__} on a ManualClock, stopped after the test."
    return simulator


for _vendor, _cls in _registered().items():
    globals()[f"{_vendor}_simulator"] = pytest.fixture(_fixture(_cls), name=f"{_vendor}_simulator")
