"""Credentials and endpoints per vendor, from arguments or the environment, as the vendor registry describes them."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx2

from ._errors import ConfigurationError, VendorUnavailable
from ._value import Value
from ._vendors import plugin_for, plugins
from ._vendors._base import VendorPlugin


def _known_settings() -> dict[str, tuple[VendorPlugin, str]]:
    return {f"{p.name}_{s.name}": (p, s.name) for p in plugins() for s in p.settings}


class Config(Value):
    """Which vendors anyjob may use, and how. A vendor without credentials is simply unavailable.

    Settings are keyword arguments named ``<vendor>_<setting>``: ``veryfront_token``, ``veryfront_url``,
    ``veryfront_project``, ``digitalocean_token``, ``digitalocean_url``, ``dispersed_public_key``,
    ``dispersed_secret_key``, ``dispersed_url`` (and those of any vendor added with `register_vendor`); each is also
    readable as an attribute. URLs default to the vendors' production APIs; point them at `anyjob.testing`
    simulators in tests. Secrets never appear in the repr.
    """

    __slots__ = ("values",)
    values: Mapping[str, str]

    def __init__(self, **settings: str | None) -> None:
        known = _known_settings()
        unknown = sorted(set(settings) - set(known))
        if unknown:
            raise ConfigurationError(f"unknown setting {', '.join(unknown)}; anyjob knows {', '.join(known)}")
        object.__setattr__(self, "values", {k: v for k, v in settings.items() if v})

    __hash__ = None  # type: ignore[assignment]  # its values are a dict

    def __getattr__(self, name: str) -> str | None:
        if name in _known_settings():
            return self.values.get(name)
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    def __repr__(self) -> str:
        known = _known_settings()
        shown = ", ".join(
            f"{key}='<hidden>'" if _is_secret(known, key) else f"{key}={value!r}" for key, value in self.values.items()
        )
        return f"Config({shown})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: str | None) -> Config:
        """Every registered vendor's settings from their environment variables (`anyjob --help` lists them);
        `overrides` win."""
        env = os.environ if environ is None else environ
        values: dict[str, str | None] = {}
        for plugin in plugins():
            for setting in plugin.settings:
                values[f"{plugin.name}_{setting.name}"] = next((env[n] for n in setting.env if env.get(n)), None)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **settings: str | None) -> Config:
        """A copy with `settings` changed (None removes one)."""
        return Config(**{**self.values, **settings})

    __replace__ = replace

    def settings_of(self, vendor: str) -> dict[str, str]:
        """One vendor's settings, by their short names (``token``, ``url``, ...)."""
        prefix = f"{vendor}_"
        return {k[len(prefix):]: v for k, v in self.values.items() if k.startswith(prefix)}

    @property
    def vendors(self) -> list[str]:
        """The vendors that have every required setting, in the registry's order."""
        return [p.name for p in plugins() if all(f"{p.name}_{s.name}" in self.values for s in p.settings if s.required)]

    def secrets(self) -> tuple[str, ...]:
        known = _known_settings()
        return tuple(v for k, v in self.values.items() if _is_secret(known, k))


def _is_secret(known: dict[str, tuple[VendorPlugin, str]], key: str) -> bool:
    plugin, name = known.get(key, (None, ""))
    setting = plugin.setting(name) if plugin else None
    return setting is None or setting.secret  # a setting of a vendor no longer registered: hide it


class Endpoint(Value):
    """How to reach one vendor: its plugin, base URL and the authentication to add to each request; and what the
    engine says of it on every call, worked out once here rather than per call: `host` (host[:port], for messages),
    `server_address`, `server_port` and `shown_url` (the base URL without any user:password, for traces and logs)."""

    __slots__ = ("plugin", "base_url", "auth", "loopback_http", "host", "server_address", "server_port", "shown_url")
    _hidden = ("auth",)
    plugin: VendorPlugin
    base_url: str
    auth: httpx2.Auth
    loopback_http: bool
    host: str
    server_address: str
    server_port: int
    shown_url: str

    def __init__(self, plugin: VendorPlugin, base_url: str, auth: httpx2.Auth, loopback_http: bool = False,
                 host: str = "", server_address: str = "", server_port: int = 0, shown_url: str = "") -> None:
        for name, value in (("plugin", plugin), ("base_url", base_url), ("auth", auth),
                            ("loopback_http", loopback_http), ("host", host), ("server_address", server_address),
                            ("server_port", server_port), ("shown_url", shown_url)):
            object.__setattr__(self, name, value)


def endpoint(config: Config, vendor: str) -> Endpoint:
    """The endpoint of `vendor`, or VendorUnavailable when it has no credentials."""
    plugin = plugin_for(vendor)
    if vendor not in config.vendors:
        raise VendorUnavailable(vendor, plugin.how_to_configure())
    settings = config.settings_of(vendor)
    base_url = (settings.get("url") or plugin.default_url).rstrip("/")
    url = _parse(vendor, base_url)
    loopback = _check_scheme(vendor, base_url, url)
    port = url.port or (443 if url.scheme == "https" else 80)
    shown = str(url.copy_with(username=None, password=None)).rstrip("/")
    return Endpoint(plugin, base_url, plugin.auth(settings), loopback, url.netloc.decode("ascii", "replace"),
                    url.host, port, shown)


def _parse(vendor: str, base_url: str) -> httpx2.URL:
    try:
        return httpx2.URL(base_url)
    except httpx2.InvalidURL as exc:
        raise ConfigurationError(f"{vendor} URL {base_url!r} is not a URL: {exc}") from None


def _check_scheme(vendor: str, base_url: str, url: httpx2.URL) -> bool:
    """Credentials travel over https, except to this machine (the simulators); True for plain http to loopback."""
    if url.scheme == "https":
        return False
    if url.scheme != "http":
        raise ConfigurationError(f"{vendor} URL {base_url!r} must start with https:// (or http:// for loopback)")
    if not is_loopback(url.host):
        raise ConfigurationError(
            f"refusing to send {vendor} credentials over plain http to {url.host}; use https (plain http is only "
            "allowed to loopback addresses)"
        )
    return True


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # only here: a base URL is checked once per vendor and client

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
