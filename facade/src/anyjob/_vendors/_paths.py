"""Request paths from a vendor's path templates, encoded exactly as the generated clients encode them.

Plugins build their requests themselves, without importing their generated client (a call imports no generated code
until `Job.model` is read); `tests/facade/test_requests_match_spec.py` checks each request against the generated
endpoint's `_get_kwargs` for the same inputs.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# What `quote` leaves as it is, less the dot: a value made only of these (every valid job id) is its own encoding.
_PLAIN = re.compile(r"[A-Za-z0-9_~-]*")


def path(template: str, **params: str) -> str:
    """`template` (the spec's path, e.g. "/v1/jobs/{uuid}") with each parameter percent-encoded as the generated
    clients do it: no character is safe, `/` included, and a dot is `%2E` too, so that no value (`..`) can change the
    path."""
    return template.format_map({key: _encoded(value) for key, value in params.items()})


def _encoded(value: object) -> str:
    text = str(value)
    return text if _PLAIN.fullmatch(text) else quote(text, safe="").replace(".", "%2E")
