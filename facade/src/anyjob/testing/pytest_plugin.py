"""pytest fixtures for the vendor simulators, registered by installing ``anyjob[testing]``.

Each fixture gives a fresh, running simulator with a `ManualClock`, stopped after the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import DigitalOceanSimulator, DispersedSimulator, VeryfrontSimulator


@pytest.fixture
def veryfront_simulator() -> Iterator[VeryfrontSimulator]:
    with VeryfrontSimulator() as sim:
        yield sim


@pytest.fixture
def dispersed_simulator() -> Iterator[DispersedSimulator]:
    with DispersedSimulator() as sim:
        yield sim


@pytest.fixture
def digitalocean_simulator() -> Iterator[DigitalOceanSimulator]:
    with DigitalOceanSimulator() as sim:
        yield sim
