"""The vendor registry: the one list of vendors that refs, `Config`, the command line and `anyjob.testing` read.

Each built-in vendor is one module in this package (`veryfront`, `dispersed`, `digitalocean`) whose `PLUGIN` is
its `VendorPlugin`: adding a module is adding a vendor. `register_vendor` adds one at run time, from anywhere.
Built-in vendors come in the order of their plugins' `order`, then by name.
"""

from __future__ import annotations

import importlib

from .._errors import InvalidJobRef
from ._base import VendorPlugin

_REGISTRY: dict[str, VendorPlugin] = {}
_BUILT_IN: list[str] = []


def _load_built_ins() -> None:
    if _BUILT_IN:
        return
    import pkgutil  # once, on first use: not every program that imports anyjob reads the registry

    found = [importlib.import_module(f"{__name__}.{info.name}").PLUGIN
             for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")]
    for plugin in sorted(found, key=lambda p: (p.order, p.name)):
        _BUILT_IN.append(plugin.name)
        _REGISTRY.setdefault(plugin.name, plugin)


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
