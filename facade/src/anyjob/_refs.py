"""Job references: which vendor, which job, validated before anything is sent."""

from __future__ import annotations

import re
from typing import Literal, get_args

import attrs

from ._errors import InvalidJobRef

Vendor = Literal["veryfront", "dispersed", "digitalocean"]
VENDORS: tuple[Vendor, ...] = get_args(Vendor)

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_PROJECT = re.compile(r"[a-zA-Z0-9_-]{1,128}")


def check_vendor(vendor: str) -> Vendor:
    if vendor not in VENDORS:
        raise InvalidJobRef(None, "vendor", f"is not one of {', '.join(VENDORS)}", vendor)
    return vendor  # type: ignore[return-value,unused-ignore]


def check_uuid(vendor: str, field: str, value: str) -> str:
    if not _UUID.fullmatch(value):
        raise InvalidJobRef(vendor, field, "must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a", value)
    return value.lower()


def check_project(value: str) -> str:
    if not _PROJECT.fullmatch(value):
        raise InvalidJobRef("veryfront", "project_reference", "must be 1-128 characters of a-z A-Z 0-9 _ -", value)
    return value


@attrs.frozen
class JobRef:
    """One job at one vendor. Its string form is what `parse_ref` reads:

    ``veryfront:<project_reference>/<job_id>``, ``dispersed:<uuid>``, ``digitalocean:<uuid>``.
    Construction validates every field and raises `InvalidJobRef` (a ValueError) naming the vendor, field and rule.
    """

    vendor: Vendor = attrs.field()
    job_id: str = attrs.field()
    project: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        check_vendor(self.vendor)
        object.__setattr__(self, "job_id", check_uuid(self.vendor, "job id", self.job_id))
        if self.vendor == "veryfront":
            if self.project is None:
                raise InvalidJobRef("veryfront", "project_reference", "is required (veryfront:<project>/<job_id>)", "")
            check_project(self.project)
        elif self.project is not None:
            raise InvalidJobRef(self.vendor, "project", "is only used by veryfront", self.project)

    def __str__(self) -> str:
        if self.vendor == "veryfront":
            return f"veryfront:{self.project}/{self.job_id}"
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
    vendor = check_vendor(vendor.strip().lower())
    if vendor == "veryfront":
        project, slash, job_id = rest.partition("/")
        if not slash:
            raise InvalidJobRef("veryfront", "reference", "must be veryfront:<project_reference>/<job_id>", ref)
        return JobRef("veryfront", job_id, project=project)
    return JobRef(vendor, rest)
