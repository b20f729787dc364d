"""Command line: `python -m scripts.release {plan,tag,check-dist,bump}`.

    plan [--strict]                       which packages changed since their last tag; the tags to push
                                          (--strict: exit 1 when a changed package has no new version)
    sync-clients [--check]                the facade requires every client of codegen.toml (nox -s generate runs it)
    bump --level L --change TEXT [client ...]
                                          release clients for a reason outside their specs (templates, HTTP
                                          stack): versions, changelogs, and the facade in lockstep
    tag TAG [--github-output FILE]        the package TAG releases; exit 1 when the version inside differs
    check-dist DIR --tag TAG              the sdist and wheel in DIR are that package's, with complete metadata
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import distcheck, plan, tags
from .packages import REPO_ROOT, PackageError
from .versions import VersionError


def _plan(args: argparse.Namespace) -> int:
    plans = plan.plan(args.repo)
    print(plan.render(plans))
    if any(p.status == "behind" for p in plans):
        return 1
    return 1 if args.strict and any(p.status == "needs a version" for p in plans) else 0


def _tag(args: argparse.Namespace) -> int:
    package = tags.resolve(args.tag, args.repo)
    print(f"{args.tag}: {package.project} {package.version} from {package.directory}/")
    if args.github_output:
        with args.github_output.open("a", encoding="utf-8") as out:
            out.write(f"project={package.project}\nversion={package.version}\ndirectory={package.directory}\n")
    return 0


def _check_dist(args: argparse.Namespace) -> int:
    package = tags.resolve(args.tag, args.repo)
    problems = distcheck.check(args.dist, package)
    for problem in problems:
        print(f"error: {problem}")
    if not problems:
        print(f"{package.project} {package.version}: sdist and wheel have the expected names, metadata and files")
    return 1 if problems else 0


def _sync_clients(args: argparse.Namespace) -> int:
    from .requirements import sync_clients

    changes = sync_clients(args.repo, dry_run=args.check)
    for change in changes:
        print(change)
    if args.check and changes:
        print("error: facade/pyproject.toml does not require every client of codegen.toml; run nox -s generate",
              file=sys.stderr)
        return 1
    return 0


def _bump(args: argparse.Namespace) -> int:
    # Imported here: plan, tag and check-dist run in the release workflow with the standard library only, and
    # bumping needs the spec-change tooling (PyYAML).
    from scripts.specchanges.repo import RepoError

    from . import bump

    try:
        bump.run(args.repo, args.clients, args.level, args.change, args.base, args.dry_run)
    except RepoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.release", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=REPO_ROOT, help="repository root (default: this one)")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("plan", help="packages changed since their last tag, and the tags to push")
    p.add_argument("--strict", action="store_true", help="exit 1 when a changed package has no new version")
    p.set_defaults(run=_plan)
    t = commands.add_parser("tag", help="the package a release tag names (exit 1: wrong version or package)")
    t.add_argument("tag")
    t.add_argument("--github-output", type=Path, help="append project=, version=, directory= to this file")
    t.set_defaults(run=_tag)
    c = commands.add_parser("check-dist", help="check the built sdist and wheel of the package a tag names")
    c.add_argument("dist", type=Path)
    c.add_argument("--tag", required=True)
    c.set_defaults(run=_check_dist)
    sc = commands.add_parser("sync-clients", help="make the facade require every client of codegen.toml")
    sc.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of step")
    sc.set_defaults(run=_sync_clients)
    b = commands.add_parser("bump", help="release clients for a reason outside their specs (scripts/release/bump.py)")
    b.add_argument("clients", nargs="*", help="client names from codegen.toml (default: all)")
    b.add_argument("--level", choices=("breaking", "minor", "patch"), required=True)
    b.add_argument("--change", action="append", default=[], required=True,
                   help="one changelog bullet: what changed for users and what to do (repeatable)")
    b.add_argument("--base", help="git ref of the last release (default: the merge-base of HEAD with main)")
    b.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    b.set_defaults(run=_bump)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (tags.TagError, PackageError, plan.GitError, VersionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1 if isinstance(exc, tags.TagError) else 2


if __name__ == "__main__":
    sys.exit(main())
