"""Fixes applied to the generator's raw output, before ruff formats it.

Each fix is a `Patch`: a literal or regex replacement with the number of times it must apply per file. When a
generator upgrade changes the text a patch expects, generation fails loudly instead of silently shipping the unfixed
code; update the patch (or drop it, if the generator fixed the problem) in the same commit as the version pin.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class PatchError(Exception):
    """A patch did not apply the number of times it expects: the generator's output changed shape."""


@dataclass(frozen=True)
class Patch:
    why: str
    glob: str  # relative to the package directory
    pattern: str
    replacement: str
    regex: bool = False
    count: int | None = None  # exact replacements per matched file; None = any number, including none

    def apply(self, text: str, where: str) -> str:
        if self.regex:
            new, n = re.subn(self.pattern, self.replacement, text)
        else:
            n = text.count(self.pattern)
            new = text.replace(self.pattern, self.replacement)
        if self.count is not None and n != self.count:
            raise PatchError(f"{where}: patch '{self.why}' expected {self.count} match(es), found {n}")
        return new


PATCHES: tuple[Patch, ...] = (
    Patch(
        # quote() leaves "." alone, and httpx2 removes "." and ".." segments from the path, so a job id of ".." would
        # send the request to the parent resource. "%2E" is the same character to the server but not a dot segment.
        why="percent-encode dots in path parameters so an id of '..' cannot change the request path",
        glob="api/**/*.py",
        pattern=r'quote\(str\((?P<name>\w+)\), safe=""\)',
        replacement=r'quote(str(\g<name>), safe="").replace(".", "%2E")',
        regex=True,
    ),
)


_BRACKETED_PARAM = re.compile(r'params\["(?P<outer>\w+)\[(?P<inner>\w+)\]"\] = (?:json_)?(?P<name>\w+)')


def rename_bracketed_query_parameters(text: str, where: str) -> str:
    """Give query parameters such as ``filter[status]`` the Python name ``filter_status``.

    The generator drops the brackets and joins the words (``filterstatus``), which reads badly. The wire name is
    untouched: only the Python identifier (and its ``json_`` twin) changes, everywhere in the module.
    """
    renames = {}
    for match in _BRACKETED_PARAM.finditer(text):
        outer, inner, name = match.group("outer", "inner", "name")
        if name != outer + inner:
            raise PatchError(
                f"{where}: expected the generator to name {outer}[{inner}] '{outer + inner}', got '{name}'"
            )
        renames[name] = f"{outer}_{inner}"
    for old, new in renames.items():
        text = re.sub(rf"(?<![A-Za-z0-9]){old}\b", new, text)
    return text


_WIRE_NAME = re.compile(r"[A-Za-z0-9_.-]+")


def deep_object_query_parameters(text: str, where: str, parameters: Mapping[str, str]) -> str:
    """Send each `style: deepObject` query parameter (`parameters`: Python name -> wire name) as `name[key]=value`.

    The generator ignores the style and merges an object parameter's keys into the query string as they are
    (`key=value`, the `form` style), so a filter such as OpenAI's `metadata[k]=v` would reach the server as `k=v`.
    """
    for python_name, wire_name in parameters.items():
        if _WIRE_NAME.fullmatch(wire_name) is None:
            raise PatchError(f"{where}: cannot write the deepObject parameter name {wire_name!r} into an f-string")
        old = f"params.update(json_{python_name})"
        if text.count(old) != 1:
            raise PatchError(f"{where}: expected one `{old}` for the deepObject parameter {wire_name!r}, "
                             f"found {text.count(old)}")
        text = text.replace(
            old, f'params.update({{f"{wire_name}[{{key}}]": value for key, value in json_{python_name}.items()}})'
        )
    return text


def apply_patches(
    package_dir: Path, patches: tuple[Patch, ...] = PATCHES, deep_objects: Mapping[str, Mapping[str, str]] | None = None
) -> None:
    """Apply every patch, the query-parameter renaming and the deepObject query parameters (`deep_objects`:
    operation module name -> {Python name: wire name}, from schemas.deep_object_parameters) to the package in place."""
    deep_objects = dict(deep_objects or {})
    for path in sorted(package_dir.glob("api/**/*.py")):
        text = path.read_text(encoding="utf-8")
        where = str(path.relative_to(package_dir))
        text = rename_bracketed_query_parameters(text, where)
        if path.stem in deep_objects:
            text = deep_object_query_parameters(text, where, deep_objects.pop(path.stem))
        path.write_text(text, encoding="utf-8")
    if deep_objects:
        raise PatchError(f"no endpoint module for the deepObject parameters of {', '.join(sorted(deep_objects))}")
    for patch in patches:
        matched = sorted(package_dir.glob(patch.glob))
        if not matched:
            raise PatchError(f"patch '{patch.why}': no file matches {patch.glob} under {package_dir}")
        for path in matched:
            text = path.read_text(encoding="utf-8")
            path.write_text(patch.apply(text, str(path.relative_to(package_dir))), encoding="utf-8")


_COMMENT_STYLES = {
    ".py": "# {}\n",
    ".toml": "# {}\n",
    ".gitignore": "# {}\n",
    ".typed": "# {}\n",
    ".md": "<!-- {} -->\n",
}


def add_generated_header(project_dir: Path, header: str, keep: tuple[str, ...] = ()) -> None:
    """Make the first line of every generated text file say that it is generated, and from what."""
    for path in sorted(p for p in project_dir.rglob("*") if p.is_file()):
        if path.relative_to(project_dir).as_posix() in keep:
            continue
        style = _COMMENT_STYLES.get(path.suffix or path.name)
        if style is None:
            continue
        text = path.read_text(encoding="utf-8")
        path.write_text(style.format(header) + text, encoding="utf-8")


# --- deprecated properties --------------------------------------------------------------------------------------------
#
# The generator drops `deprecated` on schema properties. Deprecated operations and parameters warn when used (the
# endpoint template); so does a deprecated property of a model: reading it (`job.tokens`) or passing it to the
# constructor in user code raises a DeprecationWarning, with the sunset date when the spec gives one (`x-sunset`).
# The model's own to_dict/from_dict and attrs' generated methods (__init__, __repr__, __eq__) do not warn: a response
# that still carries the property parses silently. Each model is patched at anchors that must match exactly once.

_METHODS_ANCHOR = "    def to_dict(self) -> dict[str, Any]:\n"
_IMPORT_ANCHOR = "from attrs import define as _attrs_define\n"

_HELPERS = '''# anyjob: deprecated properties (scripts/codegen/postprocess.py)
_DEPRECATED_PROPERTIES = {{
{entries}}}


def _called_from_user_code(depth: int) -> bool:
    """Whether the frame `depth` levels above the caller is user code: not this module (from_dict, to_dict), not a
    method attrs generated (__init__, __repr__, __eq__) and not attrs itself (copy, pickle, asdict, evolve)."""
    frame = sys._getframe(depth + 1)
    module = str(frame.f_globals.get("__name__", ""))
    return not (
        module == __name__
        or module.partition(".")[0] in ("attr", "attrs")
        or frame.f_code.co_filename.startswith("<attrs generated")
    )


'''

_CLASS_METHODS = '''    def __attrs_post_init__(self) -> None:
        if _called_from_user_code(2):  # the caller of __init__: user code, not from_dict
            for name, message in _DEPRECATED_PROPERTIES.items():
                if object.__getattribute__(self, name) is not UNSET:
                    warnings.warn(message, DeprecationWarning, stacklevel=3)

    def __getattribute__(self, name: str) -> Any:
        if name in _DEPRECATED_PROPERTIES and _called_from_user_code(1):
            warnings.warn(_DEPRECATED_PROPERTIES[name], DeprecationWarning, stacklevel=2)
        return object.__getattribute__(self, name)

'''


def property_deprecations(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """{component schema name: {property wire name: x-sunset or ""}} for every deprecated property of a component
    schema (its own `properties`, and those of its `allOf` members, which the generator merges into its model).

    A deprecated property inside an inline object (which the generator turns into a model of its own) is refused: the
    patch would not know that model's name; give the object a component schema."""
    schemas = (spec.get("components") or {}).get("schemas") or {}

    def resolve(node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
            node, seen = schemas.get(node["$ref"].rsplit("/", 1)[-1]), seen + 1
        return node

    def collect(schema: Any, found: dict[str, str], depth: int) -> None:
        schema = resolve(schema)
        if not isinstance(schema, dict) or depth > 16:
            return
        for wire, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("deprecated") is True:
                found[str(wire)] = str(prop.get("x-sunset") or "")
        for member in schema.get("allOf") or ():
            collect(member, found, depth + 1)

    def nested(schema: Any, where: str, depth: int) -> None:
        if not isinstance(schema, dict) or depth > 16 or "$ref" in schema:
            return
        for wire, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict) or "$ref" in prop:
                continue
            for inner in [prop, prop.get("items"), *(prop.get("anyOf") or ()), *(prop.get("oneOf") or ())]:
                if isinstance(inner, dict) and "$ref" not in inner:
                    for name, sub in (inner.get("properties") or {}).items():
                        if isinstance(sub, dict) and sub.get("deprecated") is True:
                            raise PatchError(
                                f"{where}.{wire}.{name} is deprecated inside an inline object: make the object a "
                                "component schema so that its model can warn"
                            )
                    nested(inner, f"{where}.{wire}", depth + 1)

    result = {}
    for name, schema in schemas.items():
        nested(schema, str(name), 0)
        found: dict[str, str] = {}
        collect(schema, found, 0)
        if found:
            result[str(name)] = found
    return result


def _message(class_name: str, python_name: str, sunset: str) -> str:
    until = f" and will be removed on {sunset} (its sunset date)" if sunset else ""
    return f"{class_name}.{python_name} is deprecated{until}"


def warn_deprecated_properties(package_dir: Path, deprecations: dict[str, dict[str, str]]) -> int:
    """Make every deprecated property warn (see above); the number of properties patched, which is every one the
    spec declares, or PatchError."""
    from openapi_python_client.strings import ClassName  # the generator's own naming (installed where we generate)

    classes: dict[str, Path] = {}
    for path in sorted((package_dir / "models").glob("*.py")):
        for match in re.finditer(r"^class (\w+)[:(]", path.read_text(encoding="utf-8"), re.M):
            classes.setdefault(match.group(1), path)
    patched = 0
    for schema, properties in sorted(deprecations.items()):
        class_name = str(ClassName(schema, ""))
        path = classes.get(class_name)
        if path is None:
            raise PatchError(f"deprecated properties of {schema}: no model class {class_name} under {package_dir}")
        where = str(path.relative_to(package_dir))
        text = path.read_text(encoding="utf-8")
        entries = ""
        start = text.find(_METHODS_ANCHOR)
        end = text.find("\n    def ", start + len(_METHODS_ANCHOR))
        to_dict = text[start : end if end != -1 else len(text)] if start != -1 else ""
        for wire, sunset in sorted(properties.items()):
            # to_dict writes each property under its wire name from a variable named after the attribute
            wire_key = re.escape(f'"{wire}"')
            pattern = rf"(?:field_dict\[{wire_key}\] = |^\s+{wire_key}: )([A-Za-z_]\w*)\b"
            names = sorted(set(re.findall(pattern, to_dict, re.M)))
            if len(names) != 1:
                raise PatchError(f"{where}: expected one attribute written to {wire!r} in to_dict, found {names}")
            entries += f"    {names[0]!r}: {_message(class_name, names[0], sunset)!r},\n"
            patched += 1
        for anchor, replacement in (
            (_IMPORT_ANCHOR, "import sys\nimport warnings\n\n" + _IMPORT_ANCHOR),
            (
                f"@_attrs_define\nclass {class_name}:",
                _HELPERS.format(entries=entries) + f"@_attrs_define\nclass {class_name}:",
            ),
            (_METHODS_ANCHOR, _CLASS_METHODS + _METHODS_ANCHOR),
        ):
            if text.count(anchor) != 1:
                found = text.count(anchor)
                raise PatchError(f"{where}: deprecated properties: expected one {anchor.strip()!r}, found {found}")
            text = text.replace(anchor, replacement)
        path.write_text(text, encoding="utf-8")
    return patched
