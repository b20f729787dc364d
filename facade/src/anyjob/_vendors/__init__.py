"""One adapter per vendor: where each vendor's quirks live. Adapters do no I/O (see `_base.Adapter`)."""
