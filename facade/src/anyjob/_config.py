"""Credentials and endpoints per vendor, from arguments or the environment."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._errors import ConfigurationError, VendorUnavailable
from ._refs import Vendor


def _hidden(value: str | None) -> str:
    return "None" if value is None else "'<hidden>'"


def _secret() -> Any:
    return attrs.field(default=None, repr=_hidden, kw_only=True)


def _plain() -> Any:
    return attrs.field(default=None, kw_only=True)


@attrs.frozen
class Config:
    """Which vendors anyjob may use, and how. A vendor without credentials is simply unavailable.

    URLs default to the vendors' production APIs; point them at `anyjob.testing` simulators in tests.
    `veryfront_project` is the project that `list("veryfront")` uses when no project is given.
    """

    veryfront_token: str | None = _secret()
    veryfront_url: str | None = _plain()
    veryfront_project: str | None = _plain()
    digitalocean_token: str | None = _secret()
    digitalocean_url: str | None = _plain()
    dispersed_public_key: str | None = _plain()
    dispersed_secret_key: str | None = _secret()
    dispersed_url: str | None = _plain()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: str | None) -> Config:
        """Read VERYFRONT_API_TOKEN, VERYFRONT_API_URL, VERYFRONT_PROJECT_SLUG (or _ID), DIGITALOCEAN_ACCESS_TOKEN,
        DIGITALOCEAN_API_URL, DISPERSED_PUBLIC_KEY, DISPERSED_SECRET_KEY, DISPERSED_API_URL; `overrides` win."""
        env = os.environ if environ is None else environ
        values = {
            "veryfront_token": env.get("VERYFRONT_API_TOKEN"),
            "veryfront_url": env.get("VERYFRONT_API_URL"),
            "veryfront_project": env.get("VERYFRONT_PROJECT_SLUG") or env.get("VERYFRONT_PROJECT_ID"),
            "digitalocean_token": env.get("DIGITALOCEAN_ACCESS_TOKEN"),
            "digitalocean_url": env.get("DIGITALOCEAN_API_URL"),
            "dispersed_public_key": env.get("DISPERSED_PUBLIC_KEY"),
            "dispersed_secret_key": env.get("DISPERSED_SECRET_KEY"),
            "dispersed_url": env.get("DISPERSED_API_URL"),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**{k: v or None for k, v in values.items()})

    @property
    def vendors(self) -> list[Vendor]:
        """The vendors that have credentials."""
        configured: list[Vendor] = []
        if self.veryfront_token:
            configured.append("veryfront")
        if self.dispersed_public_key and self.dispersed_secret_key:
            configured.append("dispersed")
        if self.digitalocean_token:
            configured.append("digitalocean")
        return configured

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.veryfront_token, self.digitalocean_token, self.dispersed_secret_key) if s)


@attrs.frozen
class Endpoint:
    """How to reach one vendor: base URL and the authentication to add to each request."""

    base_url: str
    headers: Mapping[str, str] = attrs.field(repr=False, factory=dict)
    auth: httpx.Auth | None = attrs.field(repr=False, default=None)


_ENV_HINT = {
    "veryfront": "set VERYFRONT_API_TOKEN or pass veryfront_token=",
    "dispersed": "set DISPERSED_PUBLIC_KEY and DISPERSED_SECRET_KEY or pass dispersed_public_key= and "
    "dispersed_secret_key=",
    "digitalocean": "set DIGITALOCEAN_ACCESS_TOKEN or pass digitalocean_token=",
}


def endpoint(config: Config, vendor: Vendor, default_url: str) -> Endpoint:
    """The endpoint of `vendor`, or VendorUnavailable when it has no credentials."""
    if vendor not in config.vendors:
        raise VendorUnavailable(vendor, _ENV_HINT[vendor])
    if vendor == "veryfront":
        url, headers, auth = config.veryfront_url, {"Authorization": f"Bearer {config.veryfront_token}"}, None
    elif vendor == "digitalocean":
        url, headers, auth = config.digitalocean_url, {"Authorization": f"Bearer {config.digitalocean_token}"}, None
    else:
        from dispersed_client.signing import DispersedAuth

        assert config.dispersed_public_key and config.dispersed_secret_key
        url, headers = config.dispersed_url, {}
        auth = DispersedAuth(config.dispersed_public_key, config.dispersed_secret_key)
    base_url = (url or default_url).rstrip("/")
    _refuse_plain_http(vendor, base_url)
    return Endpoint(base_url, headers, auth)


def _refuse_plain_http(vendor: str, base_url: str) -> None:
    """Credentials travel over https, except to this machine (the simulators)."""
    url = httpx.URL(base_url)
    if url.scheme == "https":
        return
    if url.scheme != "http":
        raise ConfigurationError(f"{vendor} URL {base_url!r} must start with https:// (or http:// for loopback)")
    host = url.host
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise ConfigurationError(
            f"refusing to send {vendor} credentials over plain http to {host}; use https (plain http is only "
            "allowed to loopback addresses)"
        )
