# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field

from .errors import ClientError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint, whatever the server sent.

    ``status_code`` is the status as an ``int`` (any code, 499 and 520 included); ``content`` the raw body and
    ``headers`` the response headers. ``parsed`` is set only when the body parses as the spec documents it for that
    status; otherwise it is None and ``problem`` says why (an ``errors.ClientError``, which ``sync``/``asyncio``
    raise). ``parsed`` is also None, with no problem, for a documented response without a body (e.g. 204).
    """

    status_code: int
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T | None
    problem: ClientError | None = None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
