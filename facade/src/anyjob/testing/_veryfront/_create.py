"""create_job's body checked against the spec's CreateJobRequest, with zod-style 422 messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._vendor import ApiError
from ._model import JSON, KNOWLEDGE_INGEST, RUNTIME_TARGET_KINDS, canonical_uuid, is_number


def _invalid(message: str) -> ApiError:
    return ApiError(422, message, code="validation_error")


def validate_create(body: Any) -> JSON:
    """The CreateJobRequest's fields, checked; 422 `{"detail": "<field>: <problem>"}` on the first problem."""
    if not isinstance(body, dict):
        raise _invalid(f"body: Expected object, received {_json_type(body)}")
    for name in ("name", "target"):
        if name not in body:
            raise _invalid(f"{name}: Required")
        if not isinstance(body[name], str):
            raise _invalid(f"{name}: Expected string, received {_json_type(body[name])}")
        if not body[name].strip():
            raise _invalid(f"{name}: String must contain at least 1 character(s)")
    checks: dict[str, tuple[Callable[[Any], bool], str]] = {
        "config": (lambda v: isinstance(v, dict), "Expected object"),
        "batch_id": (lambda v: canonical_uuid(v) is not None, "Invalid uuid"),
        "timeout_seconds": (lambda v: is_number(v) and v > 0, "Expected a number greater than 0"),
        "backoff_limit": (lambda v: is_number(v) and v >= 0, "Expected a number greater than or equal to 0"),
        "runtime_target_kind": (lambda v: v in RUNTIME_TARGET_KINDS,
                                f"Expected one of {', '.join(RUNTIME_TARGET_KINDS)}"),
        "runtime_target_environment_id": (lambda v: canonical_uuid(v) is not None, "Invalid uuid"),
        "runtime_target_branch_id": (lambda v: isinstance(v, str) and bool(v), "Expected a non-empty string"),
    }
    for name, (valid, problem) in checks.items():
        if name in body and not valid(body[name]):
            raise _invalid(f"{name}: {problem}")
    runtime = body.get("runtime_target_kind")
    if runtime == "environment" and "runtime_target_environment_id" not in body:
        raise _invalid("runtime_target_environment_id: Required when runtime_target_kind is environment")
    if runtime == "preview_branch" and "runtime_target_branch_id" not in body:
        raise _invalid("runtime_target_branch_id: Required when runtime_target_kind is preview_branch")
    if body["target"] == KNOWLEDGE_INGEST:
        _validate_knowledge_config(body.get("config", {}))
    return body


def _validate_knowledge_config(config: JSON) -> None:
    given = [key for key in ("upload_ids", "paths", "path_prefix") if key in config]
    if len(given) != 1:
        raise _invalid("config: Expected exactly one of upload_ids, paths or path_prefix")
    value = config[given[0]]
    if given[0] == "path_prefix":
        if not isinstance(value, str):
            raise _invalid("config.path_prefix: Expected string")
        return
    if not isinstance(value, list) or not value:
        raise _invalid(f"config.{given[0]}: Expected a non-empty array")
    for n, item in enumerate(value):
        if given[0] == "upload_ids" and canonical_uuid(item) is None:
            raise _invalid(f"config.upload_ids.{n}: Invalid uuid")
        if given[0] == "paths" and not (isinstance(item, str) and item):
            raise _invalid(f"config.paths.{n}: Expected a non-empty string")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if is_number(value):
        return "number"
    names: dict[type, str] = {str: "string", list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)
