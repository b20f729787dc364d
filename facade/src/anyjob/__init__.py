"""anyjob: one typed interface for long-running jobs at cloud vendors.

The cross-vendor client lands with a later release; today the package ships `anyjob.testing`, the vendor simulators.
"""

__version__ = "0.1.0"
