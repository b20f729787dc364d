# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
import ssl
from typing import Any, Self

import httpx2
from attrs import define, evolve, field

DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=10.0)
"""Used when no ``timeout`` is given: 10 s to connect, 60 s for each read, write and pool wait."""


@define
class Client:
    """A client for the API; pass authentication, if any, through ``headers`` or ``httpx_args={"auth": ...}``.

    Keyword arguments, all optional but ``base_url``:

        ``base_url``: every request goes to a path relative to it.

        ``timeout``: an ``httpx2.Timeout``; default ``DEFAULT_TIMEOUT`` (connect 10 s, read/write/pool 60 s). ``None``
        waits forever. Exceeding it raises ``httpx2.TimeoutException``.

        ``strict_response_validation``: check every 2xx body against the operation's response schema from the spec
        (types, formats, required fields, nullability; enum values the spec does not list are allowed) before parsing
        it, and raise ``errors.ResponseValidationError`` naming the JSON path on a mismatch. Default False: parsing is
        lenient and a wrong type the models need not convert passes through.

        ``raise_on_unexpected_status``: raise ``errors.UnexpectedStatus`` (from ``*_detailed`` too) when the server
        answers with a status the spec documents neither by code nor as ``default``. Default False: ``*_detailed``
        returns the response with ``parsed`` None and ``sync``/``asyncio`` return None.

        ``headers``, ``cookies``: sent with every request (kept out of the ``repr``).

        ``verify_ssl``: True, False or an ``ssl.SSLContext``; ``follow_redirects``: default False.

        ``httpx_args``: more keyword arguments for the ``httpx2.Client`` / ``httpx2.AsyncClient`` constructors.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    strict_response_validation: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx2.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx2.Client | None = field(default=None, init=False)
    _async_client: httpx2.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one, with additional headers."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one, with additional cookies."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx2.Timeout) -> Self:
        """A new client like this one, with another timeout."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def secrets(self) -> list[str]:
        """Values that must never appear in an error message: header and cookie values
        (those of 8 characters or more: shorter ones are no secrets, and hiding them would garble every message)."""
        values = [*self._headers.values(), *self._cookies.values()]
        return [*(v for v in values if len(v) >= 8)]

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Use this ``httpx2.Client``; it replaces every other setting (cookies, headers, timeout)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx2.Client:
        """The underlying ``httpx2.Client``, created on first use."""
        if self._client is None:
            self._client = httpx2.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Enter the underlying ``httpx2.Client`` (once only, as httpx requires)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit (close) the underlying ``httpx2.Client``."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        """Use this ``httpx2.AsyncClient``; it replaces every other setting (cookies, headers, timeout)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The underlying ``httpx2.AsyncClient``, created on first use."""
        if self._async_client is None:
            self._async_client = httpx2.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the underlying ``httpx2.AsyncClient`` (once only, as httpx requires)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit (close) the underlying ``httpx2.AsyncClient``."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A client for endpoints that need a bearer token (sent as ``<prefix> <token>`` in ``auth_header_name``).

    Keyword arguments, all optional but ``base_url`` and ``token``:

        ``base_url``: every request goes to a path relative to it.

        ``timeout``: an ``httpx2.Timeout``; default ``DEFAULT_TIMEOUT`` (connect 10 s, read/write/pool 60 s). ``None``
        waits forever. Exceeding it raises ``httpx2.TimeoutException``.

        ``strict_response_validation``: check every 2xx body against the operation's response schema from the spec
        (types, formats, required fields, nullability; enum values the spec does not list are allowed) before parsing
        it, and raise ``errors.ResponseValidationError`` naming the JSON path on a mismatch. Default False: parsing is
        lenient and a wrong type the models need not convert passes through.

        ``raise_on_unexpected_status``: raise ``errors.UnexpectedStatus`` (from ``*_detailed`` too) when the server
        answers with a status the spec documents neither by code nor as ``default``. Default False: ``*_detailed``
        returns the response with ``parsed`` None and ``sync``/``asyncio`` return None.

        ``headers``, ``cookies``: sent with every request (kept out of the ``repr``).

        ``verify_ssl``: True, False or an ``ssl.SSLContext``; ``follow_redirects``: default False.

        ``httpx_args``: more keyword arguments for the ``httpx2.Client`` / ``httpx2.AsyncClient`` constructors.

    Attributes:
        token: The token to use for authentication (never in the ``repr``)
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    strict_response_validation: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx2.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx2.Client | None = field(default=None, init=False)
    _async_client: httpx2.AsyncClient | None = field(default=None, init=False)

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one, with additional headers."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one, with additional cookies."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx2.Timeout) -> Self:
        """A new client like this one, with another timeout."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def secrets(self) -> list[str]:
        """Values that must never appear in an error message: the token, header and cookie values
        (those of 8 characters or more: shorter ones are no secrets, and hiding them would garble every message)."""
        values = [*self._headers.values(), *self._cookies.values()]
        return [self.token, *(v for v in values if len(v) >= 8)]

    def _httpx_kwargs(self) -> dict[str, Any]:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Use this ``httpx2.Client``; it replaces every other setting (cookies, headers, timeout)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx2.Client:
        """The underlying ``httpx2.Client``, created on first use."""
        if self._client is None:
            self._client = httpx2.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Enter the underlying ``httpx2.Client`` (once only, as httpx requires)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit (close) the underlying ``httpx2.Client``."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        """Use this ``httpx2.AsyncClient``; it replaces every other setting (cookies, headers, timeout)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The underlying ``httpx2.AsyncClient``, created on first use."""
        if self._async_client is None:
            self._async_client = httpx2.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the underlying ``httpx2.AsyncClient`` (once only, as httpx requires)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit (close) the underlying ``httpx2.AsyncClient``."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
