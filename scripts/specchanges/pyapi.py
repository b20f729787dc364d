"""The public Python API of a generated client, at the base and at the head, compared with griffe.

A spec-level checker sees the wire; this module sees what the generator made of it. `api_changes(old, new)` loads both
versions of a package with griffe (static analysis, nothing imported) and lists every change that can break code using
it: a removed or renamed module, class, function, enum member or attribute; a removed, renamed or newly required
keyword parameter; a changed default. griffe's `find_breaking_changes` does most of the work; this module adds what
griffe leaves out for generated code:

- the constructor of an attrs model (`@_attrs_define`): its keyword arguments are the annotated class attributes, so a
  field that lost its default became a required argument, and a changed default is a changed argument default;
- renames: a removed enum member whose value lives on under another name, and a parameter removed where a required one
  with another name appeared at the same position, are reported as one rename;
- the four functions of an operation module (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) changing in the
  same way are one change.

Each `ApiChange` names what user code writes (`IndexingJobPhase.BATCH_JOB_PHASE_ERROR`,
`cancel_indexing_job.sync(uuid=...)`) and says what to do. `package_at(root, commit, directory)` extracts a client's
package from a git commit so that the base can be loaded without checking it out.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe

from .apichange import ApiChange, ApiError, norm

# --- loading --------------------------------------------------------------------------------------------------------


def load_package(search_path: Path, package: str) -> griffe.Module | None:
    """The package `package` found in `search_path` (a client's directory), or None when it is not there."""
    if not (search_path / package / "__init__.py").is_file():
        return None
    try:
        module = griffe.load(package, search_paths=[search_path], allow_inspection=False, resolve_aliases=True)
    except Exception as exc:  # griffe raises several kinds (ImportError, LoadingError, syntax errors)
        raise ApiError(f"cannot load the Python package {package} from {search_path}: {exc}") from exc
    if not isinstance(module, griffe.Module):
        raise ApiError(f"{package} in {search_path} is not a package")
    return module


@contextmanager
def package_at(root: Path, commit: str, directory: str) -> Iterator[Path | None]:
    """`directory` (a client's folder, repository-relative) as it is in `commit`, extracted into a temporary folder;
    None when the commit does not have it."""
    try:
        done = subprocess.run(
            ["git", "archive", "--format=tar", commit, "--", directory], cwd=root, capture_output=True, check=False
        )
    except OSError as exc:
        raise ApiError(f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        stderr = done.stderr.decode(errors="replace")
        if "did not match any files" in stderr or "pathspec" in stderr:
            yield None
            return
        raise ApiError(f"git archive {commit[:12]} {directory}: {stderr.strip()}")
    with tempfile.TemporaryDirectory(prefix="specchanges-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
            archive.extractall(tmp, filter="data")
        yield Path(tmp) / directory


# --- naming ---------------------------------------------------------------------------------------------------------


def _relative(path: str) -> str:
    return path.split(".", 1)[1] if "." in path else ""


def user_name(relative: str) -> str:
    """How user code spells an object: models are imported from `<package>.models` (`IndexingJobPhase.X`), operation
    modules from `<package>.api.<tag>` (`cancel_indexing_job.sync`)."""
    parts = relative.split(".") if relative else []
    if len(parts) == 2 and parts[0] == "models":
        return parts[1]  # the re-export in models/__init__.py
    if len(parts) >= 3 and parts[0] == "models":
        return ".".join(parts[2:])
    if len(parts) >= 3 and parts[0] == "api":
        return ".".join(parts[2:])
    return relative or "(package)"


def _object_kind(obj: griffe.Object | griffe.Alias) -> str:
    if obj.is_module:
        return "module"
    if obj.is_class:
        return "class"
    if obj.is_function:
        return "function"
    parent = obj.parent
    if isinstance(parent, griffe.Class) and _is_enum(parent):
        return "enum-member"
    return "attribute"


def _is_enum(cls: griffe.Class) -> bool:
    return any(str(base).rsplit(".", 1)[-1] in ("Enum", "StrEnum", "IntEnum") for base in cls.bases)


def _is_attrs(cls: griffe.Class) -> bool:
    return any(str(d.value).rsplit(".", 1)[-1] in ("_attrs_define", "define", "frozen") for d in cls.decorators)


def _kind(param: griffe.Parameter | None) -> str:
    return param.kind.value if param is not None and param.kind is not None else "?"


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


# --- griffe's breakages ---------------------------------------------------------------------------------------------


def _removed(obj: griffe.Object | griffe.Alias) -> ApiChange:
    rel = _relative(obj.path)
    kind = _object_kind(obj)
    name = user_name(rel)
    if kind == "enum-member":
        value = _text(getattr(obj, "value", None))
        advice = (
            f"Compare with the raw string instead: the enum keeps values it does not list, so "
            f"`x.value == {value}` still works."
            if value
            else "Stop using it."
        )
        return ApiChange("removed", rel, name, kind, f"`{name}` was removed.", advice, old=value)
    if kind == "attribute" and isinstance(obj.parent, griffe.Class) and _is_attrs(obj.parent):
        return ApiChange(
            "removed",
            rel,
            name,
            kind,
            f"`{name}` was removed, and with it the keyword argument `{obj.name}=` of "
            f"`{user_name(_relative(obj.parent.path))}(...)`.",
            f"Stop reading or passing `{obj.name}`; an unlisted field still arrives in `additional_properties`.",
        )
    if kind == "module" and rel.startswith("api."):
        return ApiChange(
            "removed",
            rel,
            name,
            kind,
            f"The operation module `{name}` (and its `sync`/`asyncio` functions) was removed.",
            "Stop calling it.",
        )
    noun = {"module": "module", "class": "class", "function": "function"}.get(kind, "attribute")
    return ApiChange("removed", rel, name, kind, f"The {noun} `{name}` was removed.", "Stop using it.")


# Hooks every object inherits (or attrs calls when present): a class losing its own breaks no caller. The generated
# models define them to warn about deprecated properties (scripts/codegen/postprocess.py), and drop them with the
# last deprecated property.
_INHERITED_HOOKS = frozenset({"__attrs_post_init__", "__getattribute__", "__setattr__"})


def _from_breakage(b: griffe.Breakage) -> ApiChange | None:
    if isinstance(b, griffe.ObjectRemovedBreakage):
        if b.obj.name in _INHERITED_HOOKS and b.obj.parent is not None and b.obj.parent.is_class:
            return None
        return _removed(b.obj)
    rel = _relative(b.obj.path)
    name = user_name(rel)
    if isinstance(b, griffe.ObjectChangedKindBreakage):
        return ApiChange(
            "kind-changed",
            rel,
            name,
            "object",
            f"`{name}` changed from a {b.old_value.value} to a {b.new_value.value}.",
            "Review how you use it.",
            old=b.old_value.value,
            new=b.new_value.value,
        )
    if isinstance(b, griffe.ClassRemovedBaseBreakage):
        return ApiChange(
            "base-removed", rel, name, "class", f"`{name}` lost a base class.", "Review your isinstance() tests."
        )
    if isinstance(b, griffe.ReturnChangedTypeBreakage):
        return ApiChange(
            "return-changed",
            rel,
            name,
            "function",
            f"`{name}(...)` returns another type.",
            "Review what you do with its result.",
            old=_text(b.old_value),
            new=_text(b.new_value),
        )
    param_old = b.old_value if isinstance(b.old_value, griffe.Parameter) else None
    param_new = b.new_value if isinstance(b.new_value, griffe.Parameter) else None
    either = param_old or param_new
    param = either.name if either is not None else None
    call = f"{name}({param}=...)"
    if isinstance(b, griffe.ParameterRemovedBreakage):
        return ApiChange(
            "parameter-removed",
            rel,
            name,
            "function",
            f"`{call}`: the argument `{param}` was removed.",
            f"Stop passing `{param}`.",
            parameter=param,
        )
    if isinstance(b, griffe.ParameterAddedRequiredBreakage):
        return ApiChange(
            "parameter-added-required",
            rel,
            name,
            "function",
            f"`{call}`: new required argument `{param}`.",
            f"Pass `{param}`.",
            parameter=param,
        )
    if isinstance(b, griffe.ParameterChangedRequiredBreakage):
        return ApiChange(
            "parameter-became-required",
            rel,
            name,
            "function",
            f"`{call}`: the argument `{param}` is now required.",
            f"Always pass `{param}`.",
            parameter=param,
        )
    if isinstance(b, griffe.ParameterChangedDefaultBreakage):
        old, new = _text(param_old.default if param_old else None), _text(param_new.default if param_new else None)
        return ApiChange(
            "parameter-default-changed",
            rel,
            name,
            "function",
            f"`{call}`: the default of `{param}` changed from `{old}` to `{new}`.",
            f"Pass `{param}={old}` explicitly to keep the old behaviour.",
            parameter=param,
            old=old,
            new=new,
        )
    if isinstance(b, griffe.ParameterMovedBreakage):
        return ApiChange(
            "parameter-moved",
            rel,
            name,
            "function",
            f"`{call}`: the argument `{param}` moved ({b.details}).",
            f"Pass `{param}` by keyword.",
            parameter=param,
        )
    if isinstance(b, griffe.ParameterChangedKindBreakage):
        return ApiChange(
            "parameter-kind-changed",
            rel,
            name,
            "function",
            f"`{call}`: `{param}` changed from {_kind(param_old)} to {_kind(param_new)}.",
            f"Pass `{param}` as the new signature requires.",
            parameter=param,
        )
    return None  # griffe does not emit attribute type/value breakages today


# --- what griffe leaves out: attrs constructors and enum members ------------------------------------------------------


def _init_fields(cls: griffe.Class) -> dict[str, str | None]:
    """The keyword arguments of an attrs class's generated `__init__`: annotated class attributes, with their default
    (None: required), leaving out `_attrs_field(init=False, ...)`."""
    fields: dict[str, str | None] = {}
    for name, member in cls.members.items():
        if not isinstance(member, griffe.Attribute) or member.annotation is None or name.startswith("_"):
            continue
        value = _text(member.value)
        if value is not None and "init=False" in value.replace(" ", ""):
            continue
        fields[name] = value
    return fields


def _classes(module: griffe.Module) -> Iterator[griffe.Class]:
    for member in module.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Module):
            yield from _classes(member)
        elif isinstance(member, griffe.Class):
            yield member


def _extra_changes(old: griffe.Module, new: griffe.Module) -> Iterator[ApiChange]:
    for cls in _classes(old):
        rel = _relative(cls.path)
        try:
            other = new[rel]
        except KeyError:
            continue
        if not isinstance(other, griffe.Class):
            continue
        cls_name = user_name(rel)
        if _is_attrs(cls) and _is_attrs(other):
            old_fields, new_fields = _init_fields(cls), _init_fields(other)
            for name, default in old_fields.items():
                if name not in new_fields:
                    continue  # griffe reports the removed attribute
                current = new_fields[name]
                call = f"{cls_name}({name}=...)"
                if default is not None and current is None:
                    yield ApiChange(
                        "parameter-became-required",
                        f"{rel}.__init__",
                        cls_name,
                        "constructor",
                        f"`{call}`: the argument `{name}` is now required.",
                        f"Always pass `{name}`.",
                        parameter=name,
                    )
                elif default is not None and current is not None and default != current:
                    yield ApiChange(
                        "parameter-default-changed",
                        f"{rel}.__init__",
                        cls_name,
                        "constructor",
                        f"`{call}`: the default of `{name}` changed from `{default}` to `{current}`.",
                        f"Pass `{name}={default}` explicitly to keep the old value.",
                        parameter=name,
                        old=default,
                        new=current,
                    )
            for name, default in new_fields.items():
                if name not in old_fields and default is None:
                    yield ApiChange(
                        "parameter-added-required",
                        f"{rel}.__init__",
                        cls_name,
                        "constructor",
                        f"`{cls_name}({name}=...)`: new required argument `{name}`.",
                        f"Pass `{name}`.",
                        parameter=name,
                    )


def _enum_values(cls: griffe.Class) -> dict[str, str]:
    """value -> member name of an enum class."""
    return {
        _text(m.value) or "": name
        for name, m in cls.members.items()
        if isinstance(m, griffe.Attribute) and not name.startswith("_") and m.value is not None
    }


# --- the comparison -------------------------------------------------------------------------------------------------


_OPERATION_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def api_changes(old: griffe.Module, new: griffe.Module) -> list[ApiChange]:
    """Every change to the public API from `old` to `new` that can break user code, each once."""
    raw: list[ApiChange] = []
    seen: set[tuple[str, str, str | None]] = set()
    for breakage in griffe.find_breaking_changes(old, new):
        change = _from_breakage(breakage)
        if change is not None and (change.kind, change.path, change.parameter) not in seen:
            seen.add((change.kind, change.path, change.parameter))
            raw.append(change)
    raw.extend(_extra_changes(old, new))
    # a removed model is a removed class (its re-export in models/__init__.py) and a removed module: report the class
    classes = {norm(c.path.rsplit(".", 1)[-1]) for c in raw if c.kind == "removed" and c.object_kind == "class"}
    raw = [
        c
        for c in raw
        if not (
            c.kind == "removed"
            and c.object_kind == "module"
            and c.path.startswith("models.")
            and norm(c.path.rsplit(".", 1)[-1]) in classes
        )
    ]
    return _group_operations(_pair_renames(raw, old, new))


def _pair_renames(changes: list[ApiChange], old: griffe.Module, new: griffe.Module) -> list[ApiChange]:
    result: list[ApiChange] = []
    added_required = {(c.path, c.parameter): c for c in changes if c.kind == "parameter-added-required"}
    consumed: set[tuple[str, str | None]] = set()
    for change in changes:
        if change.kind == "removed" and change.object_kind == "enum-member" and change.old is not None:
            cls_path = change.path.rsplit(".", 1)[0]
            try:
                new_cls = new[cls_path]
            except KeyError:
                new_cls = None
            renamed_to = _enum_values(new_cls).get(change.old) if isinstance(new_cls, griffe.Class) else None
            if renamed_to:
                cls_name = user_name(cls_path)
                result.append(
                    ApiChange(
                        "renamed",
                        change.path,
                        change.name,
                        "enum-member",
                        f"`{change.name}` was renamed to `{cls_name}.{renamed_to}` (same value {change.old}).",
                        f"Use `{cls_name}.{renamed_to}`.",
                        old=change.name,
                        new=f"{cls_name}.{renamed_to}",
                    )
                )
                continue
        if change.kind == "parameter-removed":
            try:
                old_fn, new_fn = old[change.path], new[change.path]
            except KeyError:
                old_fn = new_fn = None
            if isinstance(old_fn, griffe.Function) and isinstance(new_fn, griffe.Function):
                names = [p.name for p in old_fn.parameters]
                position = names.index(change.parameter) if change.parameter in names else -1
                if position >= 0 and not old_fn.parameters[position].required:
                    position = -1  # an optional argument replaced by a required one is not a rename
                new_names = [p.name for p in new_fn.parameters]
                candidate = new_names[position] if 0 <= position < len(new_names) else None
                if candidate and (change.path, candidate) in added_required:
                    consumed.add((change.path, candidate))
                    call = f"{change.name}({candidate}=...)"
                    result.append(
                        ApiChange(
                            "parameter-renamed",
                            change.path,
                            change.name,
                            "function",
                            f"`{call}`: the argument `{change.parameter}` is now called `{candidate}`, "
                            "at the same position.",
                            f"Callers passing `{change.parameter}=` by keyword must write `{candidate}=`.",
                            parameter=change.parameter,
                            old=change.parameter,
                            new=candidate,
                        )
                    )
                    continue
        result.append(change)
    return [c for c in result if not (c.kind == "parameter-added-required" and (c.path, c.parameter) in consumed)]


def _group_operations(changes: list[ApiChange]) -> list[ApiChange]:
    """The same change to `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed` of one operation module, once."""
    groups: dict[tuple[str, str, str | None, str | None, str | None], list[ApiChange]] = {}
    order: list[tuple[str, str, str | None, str | None, str | None]] = []
    result: list[ApiChange] = []
    for change in changes:
        module, _, func = change.path.rpartition(".")
        if change.object_kind == "function" and module.startswith("api.") and func in _OPERATION_FUNCTIONS:
            key = (module, change.kind, change.parameter, change.old, change.new)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(change)
        else:
            result.append(change)
    for key in order:
        members = groups[key]
        first = next((c for c in members if c.path.endswith(".sync")), members[0])
        functions = tuple(
            sorted((c.path.rsplit(".", 1)[1] for c in members), key=lambda f: _OPERATION_FUNCTIONS.index(f))
        )
        others = [f for f in functions if f != first.path.rsplit(".", 1)[1]]
        text = first.text
        if others:
            text = text.rstrip(".") + f" (also in {', '.join(f'`{f}`' for f in others)})."
        result.append(
            ApiChange(
                first.kind,
                first.path,
                first.name,
                "function",
                text,
                first.advice,
                first.parameter,
                first.old,
                first.new,
                functions,
            )
        )
    return result


@dataclass
class PackageApi:
    """The result of comparing one client's package: its changes, or why it was not compared."""

    package: str
    changes: list[ApiChange] = field(default_factory=list)
    compared: bool = True
    note: str = ""


def compare_package(old_dir: Path | None, new_dir: Path | None, package: str) -> PackageApi:
    """Compare the package in two client directories (None: the directory does not exist on that side)."""
    old = load_package(old_dir, package) if old_dir is not None else None
    new = load_package(new_dir, package) if new_dir is not None else None
    if old is None:
        return PackageApi(package, compared=False, note="no Python package at the base: nothing to compare")
    if new is None:
        return PackageApi(
            package, [ApiChange("removed", "", package, "module", f"The package `{package}` was removed.", "")]
        )
    return PackageApi(package, api_changes(old, new))
