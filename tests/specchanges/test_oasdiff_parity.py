"""Parity with oasdiff's own checker tests (the cases in oasdiff_cases/, see oasdiff_parity.py): at least 98% agree,
and every case that does not is a deviation we chose, with its reason in docs/spec-changes.md."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.specchanges.helpers import ROOT
from tests.specchanges.oasdiff_parity import TARGET, Result, evaluate, load_cases, oasdiff_git, run, uncovered

DOC = ROOT / "docs" / "spec-changes.md"


@pytest.fixture(scope="module")
def results() -> list[Result]:
    return evaluate()


def test_parity_with_oasdiff_meets_the_target(results: list[Result]) -> None:
    agree = sum(r.agrees for r in results)
    assert len(results) >= 250
    assert agree / len(results) >= TARGET, f"{agree} of {len(results)} cases agree"


def test_every_disagreement_is_a_deviation_we_chose_and_documented(results: list[Result]) -> None:
    doc = DOC.read_text(encoding="utf-8")
    for result in results:
        case = result.case
        if case.deviation:
            assert not result.agrees, f"{case.name} agrees now: remove its deviation mark (and its row in the doc)"
            assert case.test in doc, f"{case.name} is a deviation but docs/spec-changes.md does not list it"
        else:
            detail = "\n".join(result.everything)
            assert result.agrees, f"{case.name}: oasdiff {sorted(case.expect)}, ours {sorted(result.ours)}\n{detail}"


def test_a_case_with_the_wrong_verdict_is_caught() -> None:
    """The comparison can fail: the same documents with another expected id disagree."""
    case = next(c for c in load_cases() if c.expect)
    wrong = dataclasses.replace(case, expect=case.expect | {"sunset-deleted"})
    assert run(case).agrees
    assert not run(wrong).agrees


def test_every_test_of_a_covered_oasdiff_file_is_a_case_or_listed_as_not_one() -> None:
    git_dir = oasdiff_git()
    if git_dir is None or not Path(git_dir).exists():
        pytest.skip("no local clone of oasdiff ($OASDIFF_GIT)")
    assert uncovered(git_dir) == {}
