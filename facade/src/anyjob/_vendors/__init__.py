"""The vendor registry: the one list of vendors that refs, `Config`, the command line and `anyjob.testing` read.

Each built-in vendor is one module in this package whose `PLUGIN` is its `VendorPlugin`: adding a module is adding
a vendor. `register_vendor` adds one at run time, from anywhere.
Built-in vendors come in the order of their plugins' `order`, then by name.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from .._errors import InvalidJobRef
from ._base import VendorPlugin

_REGISTRY: dict[str, VendorPlugin] = {}
_BUILT_IN: list[str] = []
_IMPORTED: set[str] = set()  # the packages `import_object` has imported from
# Threads meet here on first use: the sync driver's pool, or a program's own threads sharing the registry.
_FIRST_USE = threading.Lock()


def _load_built_ins() -> None:
    if _BUILT_IN:
        return
    with _FIRST_USE:
        if _BUILT_IN:  # another thread loaded them while this one waited
            return
        import pkgutil  # once, on first use: not every program that imports anyjob reads the registry

        found = sorted((importlib.import_module(f"{__name__}.{info.name}").PLUGIN
                        for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")),
                       key=lambda p: (p.order, p.name))
        for plugin in found:
            _REGISTRY.setdefault(plugin.name, plugin)
        # Filled last, in one step: a thread that sees it non-empty sees every built-in vendor registered.
        _BUILT_IN.extend([plugin.name for plugin in found])


def import_object(path: str) -> Any:
    """The object a "module:Name" string names: how a plugin names its simulator, the generated enums of its status
    tables and the generated models of its jobs, so that naming one imports nothing.

    A call imports no generated client: reading `Job.model` does, here. The first import from a client package (a
    plugin's `client`) takes `_FIRST_USE`, once per package (then a set lookup): a `models` package that imports every
    model, whose models import one another through it, is a circle of imports, and two threads importing it at once
    can trip CPython's deadlock detection between module locks (`_DeadlockError`, then ImportErrors for half-imported
    modules). Our generated `models` import each model when first used (no circle); the lock stays for a registered
    vendor's client that still imports its models eagerly.
    """
    module, _, name = path.partition(":")
    package = module.partition(".")[0]
    if package not in _IMPORTED and any(plugin.client == package for plugin in plugins()):
        with _FIRST_USE:
            found = getattr(importlib.import_module(module), name)
        _IMPORTED.add(package)
        return found
    _IMPORTED.add(package)
    return getattr(importlib.import_module(module), name)


def register_vendor(plugin: VendorPlugin, *, replace: bool = False) -> None:
    """Make `plugin` usable in refs, `Config`, `Jobs` and `AsyncJobs` from now on.

    A name that is taken raises ValueError unless `replace` is set (tests replace a vendor with a variant).
    """
    _load_built_ins()
    name = plugin.name
    if not name.isidentifier() or name != name.lower():
        raise ValueError(f"a vendor name must be a lowercase identifier, not {name!r}")
    if name in _REGISTRY and not replace:
        raise ValueError(f"a vendor named {name!r} is already registered")
    _REGISTRY[name] = plugin


def unregister_vendor(name: str) -> None:
    """Forget a vendor registered with `register_vendor` (built-in vendors cannot be removed)."""
    if name in _BUILT_IN:
        raise ValueError(f"{name} is built in")
    _REGISTRY.pop(name, None)


def vendor_names() -> tuple[str, ...]:
    """Every registered vendor's name, built-in ones first."""
    _load_built_ins()
    return tuple(_REGISTRY)


def plugin_for(name: str) -> VendorPlugin:
    """The plugin of vendor `name`; InvalidJobRef naming the registered vendors for any other name."""
    _load_built_ins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise InvalidJobRef(None, "vendor", f"is not one of {', '.join(_REGISTRY)}", str(name)) from None


def plugins() -> tuple[VendorPlugin, ...]:
    _load_built_ins()
    return tuple(_REGISTRY.values())
