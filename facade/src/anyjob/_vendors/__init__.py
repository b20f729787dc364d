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
_CLIENTS_IMPORTED: set[str] = set()
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
    tables and the generated models of its jobs, so that naming one imports nothing."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def import_client(plugin: VendorPlugin) -> None:
    """Import the generated client package `plugin.client`, once per process, before the plugin's first call.

    Plugins import their client lazily, so a program that uses one vendor does not load five. A `models` package that
    imports every model, whose models import one another through it, is a circle of imports: two threads importing
    it for the first time at once can trip CPython's deadlock detection between module locks (`_DeadlockError`, then
    ImportErrors for the half-imported modules), which is what `cancel_many`'s first calls did. Our generated clients'
    `models` packages now import each model when first used (no circle, and this import costs next to nothing); the
    lock stays for a registered vendor whose client still imports its models eagerly.
    """
    package = plugin.client
    if package is None or package in _CLIENTS_IMPORTED:
        return
    with _FIRST_USE:
        if package not in _CLIENTS_IMPORTED:
            importlib.import_module(f"{package}.models")
            _CLIENTS_IMPORTED.add(package)


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
