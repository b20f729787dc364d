"""What a vendor plugin is, and the small helpers every plugin uses.

A vendor is one module in `anyjob._vendors` (or anywhere, for a vendor registered with `anyjob.register_vendor`)
holding one `VendorPlugin` subclass. The class says everything anyjob needs to know about the vendor: its name,
settings and environment variables, how credentials become an `httpx2.Auth`, what its job ids look like and whether
jobs live in a scope (Veryfront's project), its status table, and how to build its requests and read its answers.
The rest of anyjob reads only this. Plugins do no I/O, so the sync and async drivers share them.

Plugins build requests from the spec's path templates (`_paths.path`; tests/facade/test_requests_match_spec.py
checks each against the generated client's endpoint) and name their generated models as "module:Class": `import
anyjob`, `Jobs.from_env()` and get, list and cancel load no vendor's generated client; reading `Job.model` loads its
vendor's models (and a plugin whose credentials live in its client package, Dispersed's signer, loads that).
"""

from __future__ import annotations

import contextvars
import datetime
import re
from collections.abc import Callable, Generator, Mapping
from typing import Any, ClassVar

import httpx2

from .._errors import DecodeError
from .._model import Deferred, Job, JobState
from .._value import Value, replace
from ._ratelimits import DraftHeaders, RateHeaders

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID_RULE = "must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a"


class Setting(Value):
    """One configuration value of a vendor: `Config(<vendor>_<name>=...)`, or the first of `env` that is set.
    `required`: the vendor is available only when every required setting is given."""

    __slots__ = ("name", "env", "secret", "required", "help")
    name: str
    env: tuple[str, ...]
    secret: bool
    required: bool
    help: str

    def __init__(self, name: str, env: tuple[str, ...], secret: bool = False, required: bool = False,
                 help: str = "") -> None:
        for field, value in (("name", name), ("env", env), ("secret", secret), ("required", required),
                             ("help", help)):
            object.__setattr__(self, field, value)


class Scope(Value):
    """Where a vendor's jobs live when ids are unique only inside something (Veryfront's project).

    A ref then reads ``<vendor>:<scope>/<job id>``; `list` needs a scope, from its argument or from `setting` (the
    Setting that gives it a default). `name` is what refs and errors call it (e.g. "project_reference"); `rule` what
    a value must be, completing "<name> ...".
    """

    __slots__ = ("name", "pattern", "rule", "setting")
    name: str
    pattern: re.Pattern[str]
    rule: str
    setting: str | None

    def __init__(self, name: str, pattern: re.Pattern[str], rule: str, setting: str | None = None) -> None:
        for field, value in (("name", name), ("pattern", pattern), ("rule", rule), ("setting", setting)):
            object.__setattr__(self, field, value)


class Call(Value):
    """One HTTP request, relative to the vendor's base URL."""

    __slots__ = ("method", "url", "params", "json", "headers")
    method: str
    url: str
    params: Mapping[str, Any] | None
    json: Any
    headers: Mapping[str, str] | None

    def __init__(self, method: str, url: str, params: Mapping[str, Any] | None = None, json: Any = None,
                 headers: Mapping[str, str] | None = None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "method", method)
        setattr_(self, "url", url)
        setattr_(self, "params", params)
        setattr_(self, "json", json)
        setattr_(self, "headers", headers)

    def with_params(self, **changes: Any) -> Call:
        return replace(self, params={**(self.params or {}), **changes})


class ErrorInfo(Value):
    """What a vendor's error body says: its message, and its error code and request id where it gives them."""

    __slots__ = ("message", "code", "request_id")
    message: str
    code: str | None
    request_id: str | None

    def __init__(self, message: str, code: str | None = None, request_id: str | None = None) -> None:
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "request_id", request_id)


class BearerAuth(httpx2.Auth):
    """`Authorization: Bearer <token>`, with the token out of every repr (and so out of logged tracebacks' locals)."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


class VendorPlugin:
    """One vendor. Subclass it, fill in the class attributes and methods, and register an instance.

    `job_id` checks and normalises an id (raise `ValueError` with the rule it broke); `states` maps the vendor's raw
    statuses to `JobState` (an unlisted status is UNKNOWN, never an error).

    `kinds` names the kinds of job a vendor lists separately (OpenAI's batches and fine-tuning jobs): `list` walks
    every kind's pages in turn, or one kind's (`kind=`); `first_pages` gives the first page of each. `rate_limits` is
    the dialect of the vendor's rate-limit headers; `request_id_header` the header that names a request in its
    answers. `status_enums` names the generated enum ("module:Class") behind each status table the plugin reads, so
    that the shared tests can check each table maps exactly the values its enum lists, both ways. `client` is the
    import name of the vendor's generated client package, if it has one: the plugin builds its requests without it
    (from the spec's path templates), and its models, named "module:Class", are imported from it only when
    `Job.model` is read, the first time under the registry's lock (see `_vendors.import_object`).
    """

    name: ClassVar[str]
    default_url: ClassVar[str]
    settings: ClassVar[tuple[Setting, ...]]
    scope: ClassVar[Scope | None] = None
    states: ClassVar[Mapping[str, JobState]]
    ref_example: ClassVar[str]
    simulator: ClassVar[str | None] = None  # "module:Class" of its anyjob.testing simulator
    order: ClassVar[int] = 100  # where it comes in listings (help, `Config.vendors`), then by name
    kinds: ClassVar[tuple[str, ...]] = ()
    rate_limits: ClassVar[RateHeaders] = DraftHeaders()
    request_id_header: ClassVar[str] = "x-request-id"
    status_enums: ClassVar[Mapping[str, Mapping[str, JobState]]] = {}
    client: ClassVar[str | None] = None

    def job_id(self, value: str) -> str:
        if not UUID.fullmatch(value):
            raise ValueError(UUID_RULE)
        return value.lower()

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        raise NotImplementedError

    def get(self, job_id: str, scope: str | None) -> Call:
        raise NotImplementedError

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        raise NotImplementedError

    def first_page(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        raise NotImplementedError

    def first_pages(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None,
                    kind: str | None) -> list[Call]:
        """The first page of each kind to list (`kind`: only that one, already checked against `kinds`). A vendor
        with one kind of job implements `first_page` instead."""
        return [self.first_page(scope, states, page_size)]

    def next_page(self, call: Call, body: Any) -> Call | None:
        raise NotImplementedError

    def job(self, ref: Any, body: Any) -> Job:
        """The job in a get or cancel answer; `ref` is the `JobRef` asked about. Read the fields a `Job` is made of
        with the helpers below (`json_object`, `text`, `integer`, `timestamp`, ...) and give `model=deferred(...)`:
        the generated model is built only if the caller reads `Job.model`."""
        raise NotImplementedError

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        """The jobs in one page of a list."""
        raise NotImplementedError

    def error(self, body: Any) -> ErrorInfo:
        return ErrorInfo(first_text(body, "message", "detail", "error") or "no error message in the response")

    def state_of(self, raw: str | None) -> JobState:
        return state_of(self.states, raw)

    def setting(self, name: str) -> Setting | None:
        return next((s for s in self.settings if s.name == name), None)

    def how_to_configure(self) -> str:
        needed = [s for s in self.settings if s.required]
        env = " and ".join(s.env[0] for s in needed)
        kwargs = " and ".join(f"{self.name}_{s.name}=" for s in needed)
        return f"set {env} or pass {kwargs}"

    def __repr__(self) -> str:
        return f"<vendor {self.name}>"


def state_of(table: Mapping[str, JobState], raw: str | None) -> JobState:
    """The normalised state of a vendor status; a status no table lists is UNKNOWN, never an error."""
    return table.get(raw, JobState.UNKNOWN) if raw is not None else JobState.UNKNOWN


# -- reading answers --------------------------------------------------------------------------------------------------
#
# A plugin reads what a `Job` needs straight from the decoded JSON, with these helpers, and defers the generated model
# (`deferred`): a field of the wrong type, or one the spec requires that is missing, raises TypeError, ValueError or
# KeyError naming it, which the engine reports as a DecodeError ("does not match the spec") with credentials hidden.
# The fields a `Job` is made of are checked when the answer is read; the rest of the body when `Job.model` is read.

#: The engine's redactor while a plugin reads an answer (set by `Engine.read`), for the models the plugin defers.
READING: contextvars.ContextVar[Callable[[str], str] | None] = contextvars.ContextVar("anyjob_reading",
                                                                                      default=None)


def deferred(ref: Any, model: str, data: Mapping[str, Any], what: str) -> Deferred:
    """`from_dict(data)` of the generated model `model` ("module:Class", imported then), built when `Job.model` is
    first read (`what` names the object in its error)."""
    return Deferred(ref, model, data, what, READING.get())


def json_object(vendor: str, body: Any, what: str) -> dict[str, Any]:
    """`body` when it is a JSON object; a DecodeError saying what was expected otherwise."""
    if not isinstance(body, dict):
        raise DecodeError(vendor, 200, f"expected a JSON object for {what}", repr(body)[:400])
    return body


def member(data: Mapping[str, Any], key: str) -> dict[str, Any] | None:
    """The JSON object at `key` (None when absent or null); TypeError for anything else."""
    value = data.get(key)
    if value is None or isinstance(value, dict):
        return value
    raise TypeError(f"{key} must be an object, not {type(value).__name__}")


def items(data: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    """The JSON objects of the array at `key` (empty when absent or null); TypeError for anything else."""
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    raise TypeError(f"{key} must be an array of objects")


def required(data: Mapping[str, Any], key: str) -> Any:
    """The value at `key`, which the spec requires (KeyError when absent; null is the caller's to judge, as some
    required fields are nullable)."""
    return data[key]


def text(data: Mapping[str, Any], key: str, *, needed: bool = False) -> str | None:
    """The string at `key` (None when null or absent; KeyError when absent and `needed`); TypeError for anything
    else."""
    value = required(data, key) if needed else data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{key} must be a string, not {type(value).__name__}")


def integer(data: Mapping[str, Any], key: str) -> int | None:
    """The integer at `key` (None when absent or null); TypeError for anything else (a boolean too)."""
    value = data.get(key)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError(f"{key} must be an integer, not {type(value).__name__}")


def count(data: Mapping[str, Any], key: str) -> int:
    """The integer at `key`, which the spec requires and does not allow to be null (a count): TypeError when it is
    absent, null or anything but an integer."""
    value = integer(data, key)
    if value is None:
        raise TypeError(f"{key} must be an integer, not {'null' if key in data else 'absent'}")
    return value


def timestamp(data: Mapping[str, Any], key: str, *, needed: bool = False) -> datetime.datetime | None:
    """The RFC 3339 / ISO 8601 time at `key`, timezone-aware (no offset means UTC; a plain date its midnight UTC), or
    None when null or absent (KeyError when absent and `needed`); ValueError for a string that is not a time,
    TypeError for anything else."""
    value = text(data, key, needed=needed)
    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{key} is not an ISO 8601 time: {value[:40]!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def first_text(body: Any, *keys: str) -> str | None:
    """The first non-empty string among `keys` of a JSON object."""
    if isinstance(body, dict):
        for key in keys:
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    return None
