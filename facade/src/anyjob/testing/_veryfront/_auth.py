"""Veryfront's credentials check and error body."""

from __future__ import annotations

import hmac
from typing import Any

from .._vendor import ApiError, SimRequest


def unauthorized(message: str) -> ApiError:
    return ApiError(401, message, code="unauthorized", headers={"WWW-Authenticate": 'Bearer realm="veryfront"'})


def _same(given: str, expected: str | None) -> bool:
    return expected is not None and hmac.compare_digest(given.encode(), expected.encode())


def check_credentials(request: SimRequest, *, token: str, api_key: str | None) -> None:
    """`Authorization: Bearer <token or API key>` and/or `X-API-Key: <API key>`; when both are sent, both must hold."""
    authorization = request.headers.get("authorization")
    sent_key = request.headers.get("x-api-key")
    if authorization is None and sent_key is None:
        raise unauthorized("Missing authentication: send Authorization: Bearer <token> or X-API-Key")
    if authorization is not None:
        scheme, _, credential = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not credential.strip():
            raise unauthorized("Invalid authorization header: expected Bearer <token>")
        if not (_same(credential.strip(), token) or _same(credential.strip(), api_key)):
            raise unauthorized("Invalid or expired token")
    if sent_key is not None and not _same(sent_key.strip(), api_key):
        raise unauthorized("Invalid API key")


def error_body(message: str) -> Any:
    """`{"detail": message}` for every status: the vendor SDK reads `detail` first."""
    return {"detail": message}
