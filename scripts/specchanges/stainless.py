"""Upstream drift for a vendor that publishes no OpenAPI file, only an SDK generated from one by Stainless.

A Stainless-generated SDK repository carries `.stats.yml`, which names the spec the SDK was last generated from:
`openapi_spec_url` (a Stainless storage URL) and `openapi_spec_hash`. We record the URL and hash we last read in
`specs/<spec>.upstream.yaml` (committed, beside the spec). `check` reads the SDK repository's current `.stats.yml` (a
URL or a file) and reports:

- a hash other than the recorded one as a blocking difference (`upstream-spec-changed`, with the new URL): the vendor
  changed its API description; review it, then `--update-record`;
- when the spec URL answers, every difference between that spec and ours, through the ordinary upstream comparison
  (`check_upstream`, with `specs/<spec>.upstream-accepted.yaml`);
- when it does not answer, that it could not be read (`upstream-spec-unreachable`, not blocking): the hash comparison
  still stands.

`python -m scripts.specchanges upstream <vendor> <.stats.yml URL or file>` takes this route for every vendor with a
record file (see `__main__._upstream`); everything after that (formats, the drift issue) is the upstream command's.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from .openapi import SpecError, parse_text, read_text
from .repo import REPO_ROOT, RepoError, check_upstream, find_client
from .upstream import Difference, UpstreamReport

RECORD_SUFFIX = ".upstream.yaml"
STATS_OPERATION = "*"  # a difference about the whole upstream spec, not one of its operations

_RECORD_TEMPLATE = """\
# What we last read of the OpenAPI spec {title}'s SDK is generated from (by Stainless). The vendor publishes no spec
# we can reach; the SDK repository's .stats.yml names it (openapi_spec_url, openapi_spec_hash).
#
#   nox -s upstream -- {vendor} <.stats.yml URL or file>
#
# reports a hash other than the one below as drift (with the new URL) and, when the spec URL answers, compares that
# spec with ours (scripts/specchanges/stainless.py). After reviewing a change:
#
#   nox -s upstream -- {vendor} <.stats.yml URL or file> --update-record
#
# rewrites this file. Identifiers only: nothing of the vendor's spec is copied here.
stats: {stats}
openapi_spec_url: {url}
openapi_spec_hash: {hash}
read_on: '{read_on}'
note: {note}
"""


@dataclass(frozen=True)
class Stats:
    """What a `.stats.yml` (or our record of one) says about the spec an SDK was generated from."""

    url: str
    hash: str


@dataclass(frozen=True)
class Record:
    stats: str  # where the SDK's .stats.yml was read from
    spec: Stats
    read_on: str
    note: str


def record_path(root: Path, vendor: str) -> Path:
    """`specs/<spec>.upstream.yaml` for the client `vendor` of codegen.toml."""
    spec = Path(find_client(root, vendor).spec)
    return root / spec.with_name(spec.stem + RECORD_SUFFIX)


def has_record(root: Path, vendor: str) -> bool:
    """Whether `vendor`'s upstream is known only through a Stainless `.stats.yml` (it has a record file)."""
    try:
        return record_path(root, vendor).is_file()
    except RepoError:
        return False  # an unknown vendor: the ordinary upstream command reports it


def parse_stats(text: str, where: str) -> Stats:
    data = parse_text(text, where)
    if not isinstance(data, dict):
        raise SpecError(f"{where}: expected a YAML mapping with openapi_spec_url and openapi_spec_hash")
    values = []
    for key in ("openapi_spec_url", "openapi_spec_hash"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise SpecError(f"{where}: no {key}")
        values.append(value.strip())
    return Stats(*values)


def read_record(path: Path) -> Record:
    text = read_text(str(path))
    data = parse_text(text, str(path))
    spec = parse_stats(text, str(path))
    return Record(str(data.get("stats") or ""), spec, str(data.get("read_on") or ""), str(data.get("note") or ""))


def write_record(path: Path, vendor: str, record: Record) -> None:
    def scalar(value: str) -> str:
        return "'" + value.replace("'", "''") + "'" if value else "''"

    text = _RECORD_TEMPLATE.format(
        vendor=vendor, title=vendor.capitalize(), stats=scalar(record.stats), url=scalar(record.spec.url),
        hash=scalar(record.spec.hash), read_on=record.read_on, note=scalar(record.note),
    )
    path.write_text(text, encoding="utf-8")


def check(vendor: str, source: str, root: Path = REPO_ROOT, accepted_path: Path | None = None, *,
          update: bool = False, today: datetime.date | None = None) -> UpstreamReport:
    """Compare `vendor`'s `.stats.yml` at `source` with our record, and the spec it names with ours (when it can be
    read). With `update`, rewrite the record with what `source` says now."""
    path = record_path(root, vendor)
    record = read_record(path)
    stats = parse_stats(read_text(source), source)
    client = find_client(root, vendor)
    differences: list[Difference] = []
    if stats.hash != record.spec.hash:
        differences.append(Difference(
            "upstream-spec-changed", STATS_OPERATION, "openapi_spec_hash", record.spec.hash, stats.hash,
            f"the SDK is now generated from another spec: hash {stats.hash} (we last read {record.spec.hash} on "
            f"{record.read_on or 'an unrecorded day'}), at {stats.url}; review it, then --update-record",
            blocking=True,
        ))
    files, uncovered, unused = [source], [], []
    try:
        compared = check_upstream(vendor, stats.url, root, accepted_path)
    except SpecError as exc:
        differences.append(Difference(
            "upstream-spec-unreachable", STATS_OPERATION, stats.url, "", "",
            f"cannot read the spec the SDK names ({exc}); only its hash was compared", blocking=False,
        ))
    else:
        differences += compared.differences
        files += compared.files
        uncovered, unused = compared.uncovered, compared.unused_accepted
    if update:
        day = (today or datetime.datetime.now(datetime.UTC).date()).isoformat()
        note = f"updated with --update-record from {source}" if stats != record.spec else record.note
        write_record(path, vendor, Record(source if "://" in source else record.stats, stats, day, note))
    return UpstreamReport(vendor=client.name, spec=client.spec, source=source, differences=differences,
                          uncovered=uncovered, unused_accepted=unused, files=files)
