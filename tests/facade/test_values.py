"""anyjob's value objects (`anyjob._value.Value`): frozen, compared by value, picklable, credentials out of reprs; and
`import anyjob` loads neither attrs nor any generated client (the import budget of issue 15)."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import pytest
from anyjob import CancelFailed, Cancelled, Config, Job, JobRef, JobState, Progress, RetryPolicy, TransportError
from anyjob._config import endpoint
from anyjob._value import FrozenInstanceError, Value, replace
from anyjob._vendors import plugins
from anyjob._vendors._base import Call
from anyjob._wire import Redactor


def _refs() -> list[JobRef]:
    """One valid ref per registered vendor, from its plugin's own example."""
    from anyjob import parse_ref

    return [parse_ref(plugin.ref_example) for plugin in plugins()]


def _values() -> list[Value]:
    ref = _refs()[0]
    job = Job(ref, JobState.RUNNING, "running", progress=Progress(1, 3), error=None, model={"built": True})
    return [ref, job, Progress(2, 5), Cancelled(ref, job), CancelFailed(ref, TransportError("v", "lost"), sent=False),
            RetryPolicy(attempts=2), Call("GET", "/jobs", {"limit": 1})]


@pytest.mark.parametrize("value", _values(), ids=lambda v: type(v).__name__)
def test_a_value_is_frozen_equal_to_its_copies_and_survives_pickling(value: Value) -> None:
    name = type(value)._fields[0]
    with pytest.raises(FrozenInstanceError, match="frozen"):
        setattr(value, name, None)
    with pytest.raises(AttributeError):
        delattr(value, name)
    again = replace(value)
    assert again == value and again is not value
    if not isinstance(value, CancelFailed):  # its error, an exception, compares by identity
        assert copy.deepcopy(value) == value
    if not isinstance(value, Call | CancelFailed):  # a Call holds a dict
        assert pickle.loads(pickle.dumps(value)) == value
        assert hash(again) == hash(value)
        assert value in {again}


def test_replace_checks_the_new_value_as_init_does() -> None:
    policy = RetryPolicy()
    assert policy.replace(attempts=1) == RetryPolicy(attempts=1) != policy
    with pytest.raises(ValueError, match="attempts"):
        policy.replace(attempts=0)
    with pytest.raises(TypeError, match="no field"):
        policy.replace(tries=2)
    with pytest.raises(TypeError, match="Progress.done must be an int"):
        Progress("1", 2)  # type: ignore[arg-type]


def test_equality_is_by_value_and_type_and_leaves_out_the_model() -> None:
    ref = _refs()[0]
    built = Job(ref, JobState.FAILED, "failed", error="boom", model=object())
    assert built == Job(ref, JobState.FAILED, "failed", error="boom", model=None)
    assert built != Job(ref, JobState.FAILED, "failed", error="other")
    assert Progress(1, 2) != (1, 2) and Progress(1, 2) == Progress(1, 2)
    assert "model" not in repr(built) and "error='boom'" in repr(built)


def test_values_match_positionally() -> None:
    ref = _refs()[0]
    job = Job(ref, JobState.CANCELLED, "cancelled")
    match Cancelled(ref, job):
        case Cancelled(matched, Job(state=JobState.CANCELLED)):
            assert matched == ref
        case _:
            pytest.fail("Cancelled(ref, job) did not match")


def test_credentials_are_out_of_every_repr() -> None:
    secret = "sk-never-shown-0123456789"
    assert secret not in repr(Redactor((secret,)))
    for plugin in plugins():
        settings = {f"{plugin.name}_{s.name}": secret if s.secret else "shown" for s in plugin.settings if s.required}
        config = Config(**settings)
        assert secret not in repr(config)
        assert secret not in repr(endpoint(config, plugin.name))


def test_import_anyjob_loads_no_attrs_and_no_generated_client() -> None:
    clients = sorted({plugin.client for plugin in plugins() if plugin.client})
    code = ("import sys, anyjob\n"
            f"clients = {clients!r}\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'attr', 'attrs', *clients})\n"
            "print(loaded)\n")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/")
    assert shown.stdout.strip() == "[]", shown.stdout
