from __future__ import annotations

import pytest

from scripts.codegen import config as codegen_config
from scripts.codegen.config import ClientConfig

CODEGEN = codegen_config.load()
CLIENTS: list[ClientConfig] = list(CODEGEN.clients.values())


@pytest.fixture(params=CLIENTS, ids=[c.name for c in CLIENTS])
def client_config(request: pytest.FixtureRequest) -> ClientConfig:
    return request.param
