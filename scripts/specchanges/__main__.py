"""Command line: `python -m scripts.specchanges {breaking,upstream,release} ...` (see --help of each)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

from scripts.release import lockstep

from . import history, stainless
from . import report as breaking_report
from . import upstream as upstream_report
from .accepted import AcceptedFileError
from .apichange import ApiError
from .openapi import SpecError
from .repo import (
    REPO_ROOT,
    BreakingReport,
    RepoError,
    apply_release,
    check_breaking,
    check_upstream,
    load_bundled,
    plan_release,
)
from .semver import VersionError

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2

EXIT_CODES = """\
exit codes:
  0  breaking: every client's version in codegen.toml covers its spec changes
     upstream: no blocking difference that the accepted-differences file does not cover
     release:  done (or nothing to release)
     history:  every pair classified without an exception
  1  breaking: a client needs a bigger version bump than codegen.toml has (or its version went down)
     upstream: at least one unaccepted blocking difference (with --strict: any unaccepted difference)
     history:  an exception while classifying a pair
  2  error: bad arguments, unknown git ref or vendor, unreadable spec or upstream, malformed codegen.toml or
     accepted file
"""


def _write_summary(paths: list[Path] | Path | None, markdown: str) -> None:
    """Append the Markdown report to each path (GitHub's $GITHUB_STEP_SUMMARY is appended to by each step)."""
    for path in [paths] if isinstance(paths, Path) else paths or []:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(markdown.rstrip("\n") + "\n\n")


def _breaking(args: argparse.Namespace) -> int:
    report = check_breaking(args.repo, args.base, args.accepted)
    renderers: dict[str, Callable[[BreakingReport], str]] = {
        "text": breaking_report.render_text,
        "json": breaking_report.render_json,
        "markdown": breaking_report.render_markdown,
    }
    print(renderers[args.format](report))
    _write_summary(args.summary, breaking_report.render_markdown(report))
    if any(s.error for s in report.specs):
        return EXIT_ERROR
    return EXIT_OK if report.ok else EXIT_FAIL


def _upstream(args: argparse.Namespace) -> int:
    if args.bundle:
        document, files = load_bundled(args.source)
        args.bundle.write_text(yaml.safe_dump(document.root, sort_keys=False, allow_unicode=True), encoding="utf-8")
        print(f"bundled {len(files)} file(s) of {args.source} into {args.bundle}", file=sys.stderr)
    if stainless.has_record(args.repo, args.vendor):  # known only through its SDK's .stats.yml (stainless.py)
        report = stainless.check(args.vendor, args.source, args.repo, args.accepted, update=args.update_record)
    elif args.update_record:
        raise RepoError(f"--update-record: {args.vendor} has no specs/<spec>{stainless.RECORD_SUFFIX} record")
    else:
        report = check_upstream(args.vendor, args.source, args.repo, args.accepted)
    if args.report:
        args.report.write_text(upstream_report.render_json(report) + "\n", encoding="utf-8")
    if args.issue_body:
        previous = args.previous_issue.read_text(encoding="utf-8") if args.previous_issue else ""
        body = upstream_report.issue_body(report, previous)
        if body is not None:
            args.issue_body.write_text(body, encoding="utf-8")
            print(f"new unaccepted difference(s): issue body written to {args.issue_body}", file=sys.stderr)
        else:
            args.issue_body.unlink(missing_ok=True)
    if args.format == "json":
        print(upstream_report.render_json(report))
    elif args.format == "markdown":
        print(upstream_report.render_markdown(report))
    else:
        print(upstream_report.render_text(report, verbose=args.verbose))
    _write_summary(args.summary, upstream_report.render_markdown(report))
    return report.exit_code(strict=args.strict)


def _release(args: argparse.Namespace) -> int:
    releases = plan_release(args.repo, args.base, args.accepted)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "client": r.client,
                        "spec": r.spec,
                        "base_version": r.base_version,
                        "current_version": r.current_version,
                        "new_version": r.new_version,
                        "required_bump": str(r.required),
                        "changelog": r.changelog,
                        "entry": r.entry,
                    }
                    for r in releases
                ],
                indent=2,
            )
        )
    else:
        if not releases:
            print("No client's spec changed since the base: nothing to release.")
        for r in releases:
            verb = "would set" if args.dry_run else "set"
            print(f"{r.client}: {r.base_version} -> {r.new_version} ({r.required} bump needed); {verb} codegen.toml")
            print(f"  {r.changelog}:")
            print("    " + r.entry.rstrip("\n").replace("\n", "\n    "))
    if not args.dry_run:
        apply_release(args.repo, releases)
    lockstep.follow(args.repo, releases, args.base, dry_run=args.dry_run, quiet=args.format != "text")  # the facade
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    git_dir = args.git_dir or history.default_git_dir()
    if git_dir is None:
        print(
            f"error: no git directory given, ${history.GIT_DIR_VARIABLE} unset and no known clone here; pass the "
            "directory of a clone (e.g. of github.com/openai/openai-openapi)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    commits = history.versions(git_dir, args.path, since=args.since, until=args.until)
    if args.limit:
        commits = commits[-args.limit :]

    def show(pair: history.PairResult) -> None:
        if args.format == "text" and (args.verbose or pair.error):
            levels = pair.levels()
            summary = ", ".join(f"{levels[k]} {k}" for k in ("ERR", "WARN", "INFO") if levels[k]) or "no change"
            print(f"{pair.old}..{pair.new}  {pair.seconds:6.3f} s  {summary}")
            for change in pair.changes if args.verbose > 1 else ():
                print(f"    {change}")
            if pair.error:
                print("    EXCEPTION:\n      " + pair.error.rstrip().replace("\n", "\n      "))

    run = history.run_history(git_dir, args.path, commits, on_pair=show)
    if args.format == "json":
        print(json.dumps(run.to_dict(details=args.verbose > 1), indent=2))
    else:
        slowest = max(run.pairs, key=lambda p: p.seconds, default=None)
        print(
            f"{run.path} in {run.git_dir}: {len(commits)} version(s), {len(run.pairs)} pair(s) classified in "
            f"{run.classify_seconds:.1f} s (reading the versions: {run.load_seconds:.1f} s), "
            f"{len(run.unreadable)} unreadable version(s), exceptions: {len(run.exceptions)}"
        )
        if slowest is not None:
            print(f"slowest pair: {slowest.old}..{slowest.new} {slowest.seconds:.3f} s")
        for commit, why in run.unreadable:
            print(f"  unreadable {commit}: {why}")
    return EXIT_FAIL if run.exceptions else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.specchanges",
        description="Breaking-change classification of specs/ (oasdiff check ids and levels), client version "
        "checks and changelogs, and drift against a vendor's published spec.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--repo", type=Path, default=REPO_ROOT, help="repository root (default: this repository)")
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    breaking = add(
        "breaking",
        "Compare every spec with its version at the base, classify the changes (ERR, WARN, INFO) and check that each "
        "client's version in codegen.toml was bumped enough.",
    )
    breaking.add_argument("--base", help="git ref to compare with (default: the merge-base of HEAD with main)")
    breaking.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="output format")
    breaking.add_argument(
        "--summary",
        type=Path,
        action="append",
        help="also append the Markdown report to this file ($GITHUB_STEP_SUMMARY); may be given more than once",
    )
    breaking.add_argument(
        "--accepted", type=Path, help="accepted-changes file (default: specs/accepted-breaking-changes.yaml)"
    )
    breaking.set_defaults(run=_breaking)

    upstream = add(
        "upstream",
        "Compare our spec of VENDOR with the vendor's published spec (a file or an http(s) URL), for the operations "
        "we cover. For a vendor with a specs/<spec>.upstream.yaml record (anthropic), SOURCE is its SDK's .stats.yml: "
        "a new spec hash is drift, and the spec it names is compared when it can be fetched.",
    )
    upstream.add_argument("vendor", help="client name from codegen.toml, e.g. digitalocean")
    upstream.add_argument("source", help="the vendor's OpenAPI document: a file path or an http(s) URL")
    upstream.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="output format")
    upstream.add_argument(
        "--summary", type=Path, help="also append the Markdown report to this file ($GITHUB_STEP_SUMMARY)"
    )
    upstream.add_argument(
        "--accepted", type=Path, help="accepted-differences file (default: specs/<spec>.upstream-accepted.yaml)"
    )
    upstream.add_argument("--strict", action="store_true", help="fail on any unaccepted difference, blocking or not")
    upstream.add_argument("--bundle", type=Path, help="also write the upstream spec, all its files bundled, to FILE")
    upstream.add_argument("--report", type=Path, help="also write the JSON report (with fingerprints) to FILE")
    upstream.add_argument(
        "--issue-body",
        type=Path,
        help="write the drift issue's body to FILE when an unaccepted difference appeared that --previous-issue has "
        "not reported yet (FILE is removed otherwise)",
    )
    upstream.add_argument("--previous-issue", type=Path, help="the drift issue's current body (its fingerprints)")
    upstream.add_argument("--verbose", action="store_true", help="list accepted differences one by one")
    upstream.add_argument(
        "--update-record",
        action="store_true",
        help="for a vendor known through its Stainless SDK's .stats.yml (SOURCE; e.g. anthropic): also rewrite "
        "specs/<spec>.upstream.yaml with the spec URL and hash SOURCE names now",
    )
    upstream.set_defaults(run=_upstream)

    release = add(
        "release",
        "Set each changed client's version in codegen.toml from the classification of its spec changes since the "
        "base, and write a CHANGELOG.md entry for it (run `python -m scripts.codegen generate` afterwards).",
    )
    release.add_argument("--base", help="git ref of the last release (default: the merge-base of HEAD with main)")
    release.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    release.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    release.add_argument(
        "--accepted", type=Path, help="accepted-changes file (default: specs/accepted-breaking-changes.yaml)"
    )
    release.set_defaults(run=_release)

    hist = add(
        "history",
        "Classify every pair of consecutive versions of a spec in a local git clone (the classifier's regression "
        "run on a real vendor's history); fails on any exception.",
    )
    hist.add_argument(
        "git_dir",
        nargs="?",
        type=Path,
        help=f"the clone (default: ${history.GIT_DIR_VARIABLE}, else a known clone of openai/openai-openapi)",
    )
    hist.add_argument("--path", default="openapi.yaml", help="the spec's path in the repository")
    hist.add_argument("--since", help="start after this revision")
    hist.add_argument("--until", help="end at this revision (default: HEAD)")
    hist.add_argument("--limit", type=int, help="only the last N versions")
    hist.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    hist.add_argument("-v", "--verbose", action="count", default=0, help="one line per pair; twice: every change too")
    hist.set_defaults(run=_history)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except (RepoError, SpecError, AcceptedFileError, VersionError, ApiError, history.HistoryError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
