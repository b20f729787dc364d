"""The base of anyjob's value objects: frozen, slotted, compared by value, in the attrs style, without a class factory.

A value class lists its fields in `__slots__`, in order, and writes its own typed `__init__` (which sets them with
`object.__setattr__` and checks them); `Value` gives it equality and hashing by its fields, a repr, immutability,
pickling and `__replace__` (`copy.replace` from Python 3.13 on; `replace` here before that).

Why not attrs or dataclasses, whose style this is: `import anyjob` is measured against `import httpx2` (issue 15:
at most 1.15x, about 13 ms on a 2-core CI machine). Importing attrs alone costs 11 ms there, and making a frozen
class costs about 0.7 ms with attrs and 0.9 ms with dataclasses, for some twenty classes; this base costs nothing to
import and about 20 us a class. The generated clients still use attrs, loaded when a caller first reads `Job.model`.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar, Self, TypeVar, dataclass_transform


class FrozenInstanceError(AttributeError):
    """An attempt to change a field of a value object."""


@dataclass_transform(frozen_default=True)  # type checkers then refuse assignments to fields, as they did with attrs
class Value:
    """Frozen, slotted, compared by value. Field names come from `__slots__`; a field stored under a leading
    underscore (`_model`) is given to `__init__` and shown without it (`model=`)."""

    __slots__ = ()

    #: fields left out of the repr (credentials, models built on demand)
    _hidden: ClassVar[tuple[str, ...]] = ()
    #: fields left out of equality and hashing
    _uncompared: ClassVar[tuple[str, ...]] = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _key: ClassVar[Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._fields = tuple(name for klass in reversed(cls.__mro__) for name in klass.__dict__.get("__slots__", ()))
        compared = [name for name in cls._fields if name not in cls._uncompared]
        # attrgetter of one name gives the value itself, of several a tuple: either is a fine key.
        cls._key = staticmethod(attrgetter(*compared)) if compared else staticmethod(lambda _: ())
        cls.__match_args__ = tuple(name.lstrip("_") for name in cls._fields)  # type: ignore[attr-defined,misc]

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"{type(self).__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"{type(self).__name__} is frozen: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self._key(self) == self._key(other))

    def __hash__(self) -> int:
        return hash((self.__class__.__qualname__, self._key(self)))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name.lstrip('_')}={getattr(self, name)!r}" for name in self._fields
                          if name not in self._hidden)
        return f"{type(self).__name__}({shown})"

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)

    def __replace__(self, **changes: Any) -> Self:
        values = {name.lstrip("_"): getattr(self, name) for name in self._fields}
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        return type(self)(**{**values, **changes})


_V = TypeVar("_V", bound=Value)


def replace(value: _V, **changes: Any) -> _V:
    """A copy of `value` with `changes` (field names as `__init__` takes them), checked by its `__init__`."""
    return value.__replace__(**changes)
