"""The facade README's 2 a.m. script runs as written against every registered vendor's simulator, and passes mypy
--strict."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from anyjob import VENDORS, JobState, parse_ref
from anyjob._vendors import plugins

from .conftest import Sims

README = Path(__file__).parents[2] / "facade" / "README.md"


def script() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The 2 a.m. cleanup script"):]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found, "the README has no 2 a.m. script"
    return found.group(1)


def test_the_script_cancels_every_running_job_at_every_vendor(sims: Sims, tmp_path: Path) -> None:
    path = tmp_path / "cleanup.py"
    path.write_text(script(), encoding="utf-8")
    read = {name for plugin in plugins() for setting in plugin.settings for name in setting.env}
    env = {k: v for k, v in os.environ.items() if k not in read}  # nothing of the machine's own configuration
    for sim in sims.all():
        env.update(sim.environment)  # what `python -m anyjob.testing serve` prints
    running = {str(ref) for vendor in sims.vendors for ref in sims.refs(vendor)
               if sims.expected_state(ref) is JobState.RUNNING}
    assert {parse_ref(ref).vendor for ref in running} == set(VENDORS), "every vendor's seeded jobs include running ones"
    done = subprocess.run([sys.executable, str(path)], env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert {line.split()[0] for line in lines} == running, done.stdout
    for line in lines:
        ref, state = line.split()[:2]
        assert state in (JobState.CANCELLING, JobState.CANCELLED), line
        assert state == sims.expected_state(parse_ref(ref)), line  # as the vendor answered the cancel


def test_the_script_passes_mypy_strict(tmp_path: Path) -> None:
    path = tmp_path / "cleanup.py"
    path.write_text(script(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
