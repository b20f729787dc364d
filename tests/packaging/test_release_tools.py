"""The release plan (nox -s release-plan), release tag resolution and the distribution checks of release.yml."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from scripts.release import distcheck, plan, tags
from scripts.release.__main__ import main
from scripts.release.packages import Package, by_project
from scripts.release.versions import bump_breaking, parse
from tests.specchanges.helpers import git

from .helpers import make_packaging_repo

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = by_project(ROOT)  # versions as the repository has them: these tests must survive a real release


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_packaging_repo(tmp_path)


def statuses(repo: Path) -> dict[str, str]:
    return {p.package.project: p.status for p in plan.plan(repo)}


def test_release_plan_from_never_released_to_ready(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert set(statuses(repo).values()) == {"never released"}
    assert main(["--repo", str(repo), "plan"]) == 0
    out = capsys.readouterr().out
    order = [line.split()[3] for line in out.splitlines() if line.startswith("  git tag -a ")]
    assert order == [
        PACKAGES["veryfront-client"].tag,
        PACKAGES["dispersed-client"].tag,
        PACKAGES["digitalocean-genai-client"].tag,
        PACKAGES["anyjob"].tag,  # last: its requirements must be on the index first
    ]

    for tag in order:
        git(repo, "tag", tag)
    assert set(statuses(repo).values()) == {"unchanged"}
    assert main(["--repo", str(repo), "plan"]) == 0
    assert "Nothing to release" in capsys.readouterr().out

    readme = repo / "clients/veryfront-client/README.md"
    readme.write_text(readme.read_text() + "\nMore.\n")
    assert statuses(repo)["veryfront-client"] == "needs a version"
    assert main(["--repo", str(repo), "plan"]) == 0
    assert main(["--repo", str(repo), "plan", "--strict"]) == 1
    assert "clients/veryfront-client/README.md" in capsys.readouterr().out

    version = PACKAGES["veryfront-client"].version
    major, minor, patch = parse(version)
    patched = f"{major}.{minor}.{patch + 1}"
    pyproject = repo / "clients/veryfront-client/pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace(f'version = "{version}"', f'version = "{patched}"'))
    result = {p.package.project: p for p in plan.plan(repo)}
    assert result["veryfront-client"].status == "ready"
    assert result["veryfront-client"].tag_to_push == f"veryfront-client-v{patched}"
    assert [p.tag_to_push for p in result.values() if p.tag_to_push] == [f"veryfront-client-v{patched}"]
    assert main(["--repo", str(repo), "plan", "--strict"]) == 0


def test_a_version_below_its_last_tag_fails_the_plan(repo: Path) -> None:
    git(repo, "tag", f"anyjob-v{bump_breaking(PACKAGES['anyjob'].version)}")
    assert statuses(repo)["anyjob"] == "behind"
    assert main(["--repo", str(repo), "plan"]) == 1


def test_a_tag_names_one_package_at_the_version_inside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = tags.resolve(PACKAGES["digitalocean-genai-client"].tag, ROOT)
    assert (package.directory, package.project) == ("clients/digitalocean-genai-client", "digitalocean-genai-client")
    assert tags.resolve(PACKAGES["anyjob"].tag, ROOT).is_facade
    output = tmp_path / "github_output"
    vf = PACKAGES["veryfront-client"]
    assert main(["tag", vf.tag, "--github-output", str(output)]) == 0
    assert output.read_text() == f"project=veryfront-client\nversion={vf.version}\ndirectory=clients/veryfront-client\n"
    for bad, why in (
        (f"veryfront-client-v{bump_breaking(vf.version)}", f"pyproject.toml has version {vf.version}"),
        ("facade-v0.1.0", "names 'facade', which is none of"),
        ("anyjob-0.1.0", "is not <project>-v"),
        ("anyjob-v0.1", "is not <project>-v"),
    ):
        with pytest.raises(tags.TagError, match=why):
            tags.resolve(bad, ROOT)
        assert main(["tag", bad]) == 1
    assert "error: tag" in capsys.readouterr().err


# --- distcheck, on distributions made here (the real builds are checked by nox -s index) ------------------------------

GOOD_METADATA = """\
Metadata-Version: 2.4
Name: veryfront-client
Version: 0.1.0
Summary: A client.
License-Expression: MIT
License-File: LICENSE
Classifier: Programming Language :: Python :: 3 :: Only
Classifier: Typing :: Typed
Requires-Python: >=3.11
Requires-Dist: httpx2<3,>=2.17
Description-Content-Type: text/markdown

# veryfront-client

```console
pip install veryfront-client
```

## Versions

Semantic.
"""


def make_dists(dist: Path, metadata: str, *, wheel_files: tuple[str, ...] = ("veryfront_client/py.typed",)) -> None:
    dist.mkdir()
    with zipfile.ZipFile(dist / "veryfront_client-0.1.0-py3-none-any.whl", "w") as wheel:
        wheel.writestr("veryfront_client/__init__.py", "")
        for name in wheel_files:
            wheel.writestr(name, "")
        wheel.writestr("veryfront_client-0.1.0.dist-info/METADATA", metadata)
    with tarfile.open(dist / "veryfront_client-0.1.0.tar.gz", "w:gz") as sdist:
        for name, text in (("PKG-INFO", metadata), ("README.md", "#"), ("CHANGELOG.md", "#"), ("LICENSE", "MIT"),
                           ("pyproject.toml", "")):
            data = text.encode()
            info = tarfile.TarInfo(f"veryfront_client-0.1.0/{name}")
            info.size = len(data)
            sdist.addfile(info, io.BytesIO(data))


CLIENT = Package("veryfront-client", "clients/veryfront-client", "0.1.0")


def test_distcheck_passes_complete_distributions(tmp_path: Path) -> None:
    make_dists(tmp_path / "dist", GOOD_METADATA)
    assert distcheck.check(tmp_path / "dist", CLIENT) == []


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (("License-Expression: MIT\n", ""), "License-Expression is None"),
        (("Requires-Python: >=3.11\n", ""), "no Requires-Python"),
        (("Summary: A client.\n", "Summary: A client.\nProject-URL: Homepage, https://github.com/someone/anyjob\n"),
         "Project-URL names addresses this project does not own"),
        (("Classifier: Typing :: Typed\n", ""), "no classifier 'Typing :: Typed'"),
        (("pip install veryfront-client", "pip install ./clients/veryfront-client"), "does not give the install line"),
        (("## Versions", "## Other"), "no '## Versions' section"),
        (("Version: 0.1.0", "Version: 0.1.1"), "Version is '0.1.1', not '0.1.0'"),
    ],
)
def test_distcheck_names_what_is_missing(tmp_path: Path, edit: tuple[str, str], problem: str) -> None:
    assert edit[0] in GOOD_METADATA
    make_dists(tmp_path / "dist", GOOD_METADATA.replace(*edit))
    problems = distcheck.check(tmp_path / "dist", CLIENT)
    assert problems and all(problem in p for p in problems), problems


def test_distcheck_wants_exactly_the_two_files_and_py_typed(tmp_path: Path) -> None:
    make_dists(tmp_path / "dist", GOOD_METADATA, wheel_files=())
    assert distcheck.check(tmp_path / "dist", CLIENT) == ["veryfront_client-0.1.0-py3-none-any.whl: no py.typed"]
    (tmp_path / "dist" / "veryfront_client-0.0.9.tar.gz").write_bytes(b"")
    assert "expected exactly" in distcheck.check(tmp_path / "dist", CLIENT)[0]


def test_distcheck_refuses_an_unbounded_client_requirement_of_the_facade(tmp_path: Path) -> None:
    facade = by_project(ROOT)["anyjob"]
    metadata = (
        GOOD_METADATA.replace("veryfront-client", "anyjob").replace("veryfront_client", "anyjob")
        .replace("Requires-Dist: httpx2<3,>=2.17", "Requires-Dist: veryfront-client>=0.1")
        .replace("Version: 0.1.0", f"Version: {facade.version}")
    )
    problems = distcheck.check_metadata(distcheck._metadata(metadata), facade, "anyjob.whl")
    assert problems == ["anyjob.whl: 'veryfront-client>=0.1' is not bounded below the client's next breaking release"]
