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
