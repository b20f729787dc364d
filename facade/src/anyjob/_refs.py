"""Job references: which vendor, which job (and where, for vendors with a scope), validated before anything is sent."""

from __future__ import annotations

from ._errors import InvalidJobRef
from ._value import Value
from ._vendors import plugin_for, plugins, vendor_names

#: A vendor's name, as registered ("veryfront", "dispersed", "digitalocean", or one added with `register_vendor`).
Vendor = str


def _scoped() -> str:
    return ", ".join(p.name for p in plugins() if p.scope is not None)


def check_scope(vendor: str, value: str) -> str:
    """`value` as the scope (Veryfront's project) of one of `vendor`'s jobs, or InvalidJobRef naming the rule."""
    scope = plugin_for(vendor).scope
    if scope is None:
        raise InvalidJobRef(vendor, "project", f"is only used by {_scoped()}", value)
    if not scope.pattern.fullmatch(value):
        raise InvalidJobRef(vendor, scope.name, scope.rule, value)
    return value


class JobRef(Value):
    """One job at one vendor. Its string form is what `parse_ref` reads:

    ``<vendor>:<job id>``, or ``<vendor>:<scope>/<job id>`` for a vendor whose jobs live in a scope
    (``veryfront:<project_reference>/<job_id>``). Construction validates every field and raises `InvalidJobRef`
    (a ValueError) naming the vendor, field and rule.
    """

    __slots__ = ("vendor", "job_id", "project")
    vendor: Vendor
    job_id: str
    project: str | None

    def __init__(self, vendor: Vendor, job_id: str, *, project: str | None = None) -> None:
        plugin = plugin_for(vendor)
        try:
            job_id = plugin.job_id(job_id)
        except (ValueError, TypeError) as exc:
            raise InvalidJobRef(vendor, "job id", str(exc), str(job_id)) from None
        if plugin.scope is not None:
            if project is None:
                raise InvalidJobRef(vendor, plugin.scope.name, f"is required ({vendor}:<{plugin.scope.name}>/<job_id>)",
                                    "")
            check_scope(vendor, project)
        elif project is not None:
            raise InvalidJobRef(vendor, "project", f"is only used by {_scoped()}", project)
        object.__setattr__(self, "vendor", vendor)
        object.__setattr__(self, "job_id", job_id)
        object.__setattr__(self, "project", project)

    def __str__(self) -> str:
        if self.project is not None:
            return f"{self.vendor}:{self.project}/{self.job_id}"
        return f"{self.vendor}:{self.job_id}"


def parse_ref(ref: str | JobRef) -> JobRef:
    """A `JobRef` from its string form (a JobRef is returned as it is)."""
    if isinstance(ref, JobRef):
        return ref
    if not isinstance(ref, str):
        raise InvalidJobRef(None, "reference", "must be a string such as 'dispersed:<uuid>'", repr(ref))
    vendor, sep, rest = ref.partition(":")
    if not sep:
        raise InvalidJobRef(None, "reference", "must start with a vendor, e.g. 'digitalocean:<uuid>'", ref)
    vendor = vendor.strip().lower()
    scope = plugin_for(vendor).scope
    if scope is not None:
        project, slash, job_id = rest.partition("/")
        if not slash:
            raise InvalidJobRef(vendor, "reference", f"must be {vendor}:<{scope.name}>/<job_id>", ref)
        return JobRef(vendor, job_id, project=project)
    return JobRef(vendor, rest)


def __getattr__(name: str) -> object:
    # VENDORS was a constant before vendors became plugins; it now reads the registry.
    if name == "VENDORS":
        return vendor_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
