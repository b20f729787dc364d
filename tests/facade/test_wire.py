"""`_wire.Headers`, the response headers the engine and the rate-limit dialects read, against httpx2's own `Headers`:
same lookups by any case, a name sent twice joined the same way."""

from __future__ import annotations

import httpx2
from anyjob._wire import Headers
from hypothesis import given
from hypothesis import strategies as st

_NAMES = st.sampled_from(["content-length", "Content-Length", "RateLimit-Remaining", "ratelimit-reset", "X-Request-ID",
                          "retry-after", "Retry-After", "set-cookie"])
# ASCII: past it, httpx2 guesses an encoding (UTF-8 first) where anyjob reads Latin-1, as HTTP defines header bytes.
_VALUES = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12).map(str.strip)


@given(st.lists(st.tuples(_NAMES, _VALUES), max_size=10))
def test_headers_read_as_httpx2_reads_them(pairs: list[tuple[str, str]]) -> None:
    raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in pairs]
    ours, theirs = Headers.of(raw), httpx2.Headers(raw)
    for name, _ in pairs:
        for spelling in (name, name.lower(), name.upper()):
            assert ours.get(spelling) == theirs.get(spelling)
            assert spelling in ours
            assert ours[spelling] == theirs[spelling]
    assert ours.get("absent") is None and "absent" not in ours
    assert Headers.of(iter(raw)) == ours  # any iterable of pairs, not only a list
