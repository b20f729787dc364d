"""Query parameters and opaque cursors: a bad one is a 400 `{"detail": ...}`, as the vendor answers."""

from __future__ import annotations

import base64
import binascii
import json

from .._vendor import ApiError, SimRequest
from ._model import INTEGER, JSON, canonical_uuid


def encode_cursor(state: JSON) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> JSON:
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):  # also UnicodeDecodeError and JSONDecodeError
        raise ApiError(400, f"Invalid cursor: {cursor!r}", code="bad_request") from None
    if not isinstance(state, dict):
        raise ApiError(400, f"Invalid cursor: {cursor!r}", code="bad_request")
    return state


def int_param(request: SimRequest, name: str, bounds: tuple[int, int, int]) -> int:
    default, low, high = bounds
    raw = request.param(name)
    if raw is None:
        return default
    if not INTEGER.fullmatch(raw) or not low <= int(raw) <= high:
        raise ApiError(400, f"Invalid query parameter {name}: expected an integer from {low} to {high}",
                       code="bad_request")
    return int(raw)


def choice_param(request: SimRequest, name: str, choices: tuple[str, ...]) -> str | None:
    raw = request.param(name)
    if raw is not None and raw not in choices:
        raise ApiError(400, f"Invalid query parameter {name}: expected one of {', '.join(choices)}",
                       code="bad_request")
    return raw


def uuid_param(request: SimRequest, name: str) -> str | None:
    raw = request.param(name)
    if raw is None:
        return None
    value = canonical_uuid(raw)
    if value is None:
        raise ApiError(400, f"Invalid query parameter {name}: expected a UUID", code="bad_request")
    return value
