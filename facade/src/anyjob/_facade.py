"""What `Jobs` and `AsyncJobs` share besides the engine: construction from the environment, repr, vendors."""

from __future__ import annotations

import builtins
from typing import Any, Self

from ._config import Config
from ._engine import Engine


class Facade:
    _engine: Engine

    def __init__(self, config: Config | None = None, **kwargs: Any) -> None:
        raise NotImplementedError  # Jobs and AsyncJobs construct themselves

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """Settings from the environment (see `Config.from_env`); keyword arguments as for the class."""
        return cls(Config.from_env(), **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendors={self._engine.config.vendors})"

    @property
    def config(self) -> Config:
        return self._engine.config

    @property
    def vendors(self) -> builtins.list[str]:
        """The vendors this instance has credentials for."""
        return self._engine.config.vendors
