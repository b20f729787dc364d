"""Checks of a package's built distributions before they go to an index: exactly one sdist and one wheel of the
expected name and version, and the metadata and files a user of the index relies on.

Standard library only (the release workflow runs it next to `twine check --strict`, which checks the README renders).
"""

from __future__ import annotations

import email.parser
import email.policy
import re
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

from .packages import Package, client_projects, normalize
from .versions import Range, VersionError


def _metadata(text: str) -> Message:
    return email.parser.Parser(policy=email.policy.compat32).parsestr(text)


def wheel_metadata(path: Path) -> tuple[Message, list[str]]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        meta = [n for n in names if re.fullmatch(r"[^/]+\.dist-info/METADATA", n)]
        if len(meta) != 1:
            raise ValueError(f"{path.name}: {len(meta)} METADATA files")
        return _metadata(archive.read(meta[0]).decode("utf-8")), names


def sdist_metadata(path: Path) -> tuple[Message, list[str]]:
    with tarfile.open(path, "r:gz") as archive:
        names = archive.getnames()
        top = names[0].split("/")[0]
        member = archive.extractfile(f"{top}/PKG-INFO")
        if member is None:
            raise ValueError(f"{path.name}: no PKG-INFO")
        return _metadata(member.read().decode("utf-8")), [n.split("/", 1)[1] for n in names if "/" in n]


def check_metadata(meta: Message, package: Package, where: str) -> list[str]:
    problems = []

    def want(ok: bool, message: str) -> None:
        if not ok:
            problems.append(f"{where}: {message}")

    want(meta.get("Name") == package.project, f"Name is {meta.get('Name')!r}, not {package.project!r}")
    want(meta.get("Version") == package.version, f"Version is {meta.get('Version')!r}, not {package.version!r}")
    want(bool(meta.get("Requires-Python")), "no Requires-Python")
    want(meta.get("License-Expression") == "MIT", f"License-Expression is {meta.get('License-Expression')!r}")
    want("LICENSE" in (meta.get_all("License-File") or []), "no License-File LICENSE")
    want(meta.get("Description-Content-Type") == "text/markdown", "the description is not Markdown")
    urls = {u.split(",", 1)[0].strip(): u.split(",", 1)[-1].strip() for u in meta.get_all("Project-URL") or []}
    # The repository has no public home yet: metadata must name no address this project does not own.
    want(not urls, f"Project-URL names addresses this project does not own: {sorted(urls)}")
    classifiers = meta.get_all("Classifier") or []
    for classifier in ("Typing :: Typed", "Programming Language :: Python :: 3 :: Only"):
        want(classifier in classifiers, f"no classifier {classifier!r}")
    description = meta.get_payload() or ""
    want(isinstance(description, str) and f"pip install {package.project}" in description,
         f"the README does not give the install line `pip install {package.project}`")
    want(isinstance(description, str) and "## Versions" in description, "the README has no '## Versions' section")
    if package.is_facade:
        clients = client_projects()
        for requirement in meta.get_all("Requires-Dist") or []:
            match = re.match(r"^([A-Za-z0-9._-]+)\s*([^;]*)", requirement)
            if match is None or normalize(match[1]) not in clients:
                continue
            try:
                Range.parse(match[2])
            except VersionError:
                problems.append(f"{where}: {requirement!r} is not bounded below the client's next breaking release")
    return problems


def check(dist: Path, package: Package) -> list[str]:
    """Problems with the distributions of `package` in the directory `dist` (empty: fine)."""
    files = sorted(p.name for p in dist.iterdir() if p.is_file() and not p.name.startswith("."))  # uv: .gitignore
    sdist = f"{package.dist_name}-{package.version}.tar.gz"
    wheel = f"{package.dist_name}-{package.version}-py3-none-any.whl"
    if files != sorted([sdist, wheel]):
        return [f"{dist}: expected exactly {sdist} and {wheel}, found {files or 'nothing'}"]
    problems = []
    wheel_meta, wheel_names = wheel_metadata(dist / wheel)
    problems += check_metadata(wheel_meta, package, wheel)
    sdist_meta, sdist_names = sdist_metadata(dist / sdist)
    problems += check_metadata(sdist_meta, package, sdist)
    if not any(name.endswith("/py.typed") for name in wheel_names):
        problems.append(f"{wheel}: no py.typed")
    if any("/tests/" in f"/{name}" or name.endswith(".pyc") for name in wheel_names):
        problems.append(f"{wheel}: contains tests or bytecode")
    for name in ("README.md", "CHANGELOG.md", "LICENSE", "pyproject.toml"):
        if name not in sdist_names:
            problems.append(f"{sdist}: no {name}")
    stray = [
        n for n in sdist_names
        if n.endswith(".pyc") or "/dist/" in f"/{n}" or (n.startswith(".") and n != ".gitignore")  # hatchling adds it
    ]
    if stray:
        problems.append(f"{sdist}: stray files {stray[:5]}")
    return problems
