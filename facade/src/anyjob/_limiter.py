"""Pacing requests to a vendor's rate budget, learnt from its answers. No I/O: callers pass the time in.

One `RateLimiter` per vendor is shared by every call of one `Jobs` / `AsyncJobs` (and by the threads of a sync
`cancel_many`). It paces by three things the vendor said:

- **The budget its headers describe** (the plugin's `RateHeaders` dialect: what remains, when it resets). A request
  is admitted while the budget, less the requests still in flight, is not spent; once it is, every caller waits
  until the reset, then one request goes alone to learn the new budget before the rest follow. Answers are read in
  the order they arrive, not the order the vendor decided them (threads, a busy event loop): an answer never raises
  what remains of the same window, so a late answer cannot undo a fresher one.
- **A refusal that says when to come back** (429 with Retry-After): nothing is sent until then. Refusals of requests
  that were already on their way when the first one arrived are that same refusal, not news.
- **A window the headers do not describe**: a 429 while the headers still show budget left (DigitalOcean enforces 250
  requests a minute, its headers describe the hourly 5000), or from a vendor that sends no such headers, reveals a
  shorter window. Its size and length follow from what this limiter sent: the requests the vendor accepted since the
  last such refusal (or since the limiter's first request) all still count, and the oldest of them leaves the window
  when the refusal says to come back. From then on the limiter keeps its own sliding window of that size and length,
  so that a request is sent only when one of its own has left the vendor's window: one refusal teaches it, and later
  windows are not refused again (a new refusal teaches it again, from what was sent since). A refusal after fewer
  than ten accepted requests teaches nothing (a passing 429 is no budget), and a window that has refused nothing for
  ten of its lengths (at least ten minutes) is forgotten, so a mistaken lesson cannot throttle a client for good.

Vendors that send no such headers and never refuse are never held. `RateLimiter` is thread-safe.
"""

from __future__ import annotations

import collections
import threading

# Waiting for the one request that learns the budget after a reset, or for answers that may give places back: how
# often the others look again.
_PROBE_POLL = 0.02
# Two answers whose resets differ by less than this describe the same window (resets come in whole seconds).
_SAME_WINDOW = 1.0
# How much longer than learnt the limiter keeps a request in its own copy of a hidden window: the vendor's clock and
# ours tick apart, and a Retry-After is rounded.
_WINDOW_MARGIN = 0.05
_MIN_WAIT = 0.001
# Learning a hidden window needs this many accepted requests before the refusal: fewer says more about a passing 429
# (a proxy's) than about a budget, and a window learnt from them would throttle the client for good.
_MIN_LESSON = 10
# A learnt window with no refusal for this many of its lengths (and at least _FORGET_AFTER seconds) is forgotten: a
# vendor whose limits were raised, or a refusal that was not about a window, does not cap a client forever.
_FORGET_WINDOWS, _FORGET_AFTER = 10, 600.0
# The most accepted requests remembered for learning a hidden window (a minute's at 100 requests a second).
_REMEMBERED = 6000


class Ticket:
    """One admitted request, until `settle`: its place in the order of admissions, when it was admitted, in which
    period of learning, and whether it went alone to learn the budget after a reset (`probe`)."""

    __slots__ = ("at", "period", "probe", "seq")

    def __init__(self, seq: int, at: float, period: int, probe: bool) -> None:
        self.seq, self.at, self.period, self.probe = seq, at, period, probe


class RateLimiter:
    def __init__(self) -> None:
        self.remaining: int | None = None  # what the described budget still allows, less requests admitted since
        self.reset_at: float | None = None  # when the described budget frees up (monotonic)
        self._lowest: int | None = None  # the least `remaining` any answer in this window showed
        self._uncounted: set[int] = set()  # requests in flight when `remaining` was estimated, taken off it
        self.blocked_until = 0.0  # after a refusal: nothing before this
        self._flying: set[int] = set()  # the admission numbers of requests not yet settled
        self._seq = 0
        self.probing = False
        self.refused = 0  # 429s seen, for figures
        # A hidden window, once learnt: at most `window_limit` requests per `window` seconds.
        self.window_limit: int | None = None
        self.window: float | None = None
        self._sent: collections.deque[float] = collections.deque()  # admissions inside the hidden window
        # What learning a hidden window needs: when the vendor accepted requests admitted since `_period` began.
        self._accepted: collections.deque[float] = collections.deque(maxlen=_REMEMBERED)
        self._period = 0  # bumped by every refusal that teaches something; older tickets' refusals are not news
        self._refused_at = 0.0  # the last refusal that taught something
        self._lock = threading.Lock()

    @property
    def in_flight(self) -> int:
        return len(self._flying)

    def __repr__(self) -> str:
        hidden = f", window {self.window_limit}/{self.window:.1f}s" if self.window else ""
        return (f"RateLimiter(remaining={self.remaining}, in_flight={self.in_flight}, refused={self.refused}"
                f"{hidden})")

    def acquire(self, now: float) -> tuple[float, Ticket | None]:
        """(0.0, a ticket) when a request may go now: pass the ticket to `settle` once it is answered or failed.
        Otherwise (how long to wait before asking again, None)."""
        with self._lock:
            if now < self.blocked_until:
                return self.blocked_until - now, None
            sent = self._sent
            if self.window is not None and now - self._refused_at > max(_FORGET_WINDOWS * self.window, _FORGET_AFTER):
                self.window = self.window_limit = None
                sent.clear()
            if self.window is not None:
                edge = now - self.window  # a request admitted at or before this has left the window
                while sent and sent[0] <= edge:
                    sent.popleft()
                if self.window_limit is not None and len(sent) >= self.window_limit:
                    # At least a millisecond: a wait that rounding shrank to nothing would only spin.
                    return max(sent[0] - edge, _MIN_WAIT), None
            remaining, probe = self.remaining, False
            if remaining is not None:
                if remaining <= 0:
                    if not self._uncounted.isdisjoint(self._flying):
                        return _PROBE_POLL, None  # answers still out may give places back: look again shortly
                    if self.reset_at is not None and now < self.reset_at:
                        return self.reset_at - now, None
                    if self.probing:
                        return _PROBE_POLL, None
                    self.probing = probe = True  # the budget should have freed up: one request finds out how much
                self.remaining = remaining - 1
            self._seq += 1
            self._flying.add(self._seq)
            if self.window is not None:
                sent.append(now)
            return 0.0, Ticket(self._seq, now, self._period, probe)

    def settle(self, ticket: Ticket | None, now: float, remaining: int | None = None, reset_in: float | None = None,
               retry_after: float | None = None, refused: bool = False, answered: bool = True) -> None:
        """The request of `ticket` ended: with an answer (`answered`) and what it said of the budget (None: it said
        nothing), or without one (a transport error, the deadline, an interruption), which says nothing at all."""
        with self._lock:
            flying = self._flying
            if ticket is not None:
                flying.discard(ticket.seq)
            elif flying:
                flying.discard(max(flying))
            self.probing = False
            if not answered:
                return
            if refused:
                self._refusal(ticket, now, remaining, reset_in, retry_after)
                return
            if ticket is not None:
                self._accepted_one(ticket)
            if remaining is None:
                if reset_in is None:  # a vendor that says nothing of its budget is not held
                    self.remaining = self.reset_at = self._lowest = None
                return
            reset_at = now + reset_in if reset_in is not None else None
            known = self.reset_at
            probe = ticket is not None and ticket.probe
            seq = ticket.seq if ticket is not None else 0
            if (not probe and self.remaining is not None and self._lowest is not None and known is not None
                    and reset_at is not None and reset_at < known + _SAME_WINDOW):
                # The same window. An answer showing less left than any before it was decided last: it is the news.
                # One showing more was decided earlier and read late (threads, a busy loop): if its request was one
                # of those assumed uncounted when the estimate was made, the vendor had in fact counted it, so it
                # gives its place back; otherwise it says nothing new.
                if remaining < self._lowest:
                    self._estimate(remaining)
                elif seq in self._uncounted:
                    self._uncounted.discard(seq)
                    self.remaining += 1
                self.reset_at = max(known, reset_at)
            else:  # a new window, the first answer, or a probe (which went alone after the reset)
                self._estimate(remaining)
                self.reset_at = reset_at

    def _estimate(self, remaining: int) -> None:
        """What is left, from the freshest answer: what it showed, less the requests still in flight (assumed
        uncounted by it until their own answers say otherwise)."""
        self._lowest = remaining
        self._uncounted = set(self._flying)
        self.remaining = remaining - len(self._uncounted)

    def _accepted_one(self, ticket: Ticket) -> None:
        if ticket.period == self._period:
            self._accepted.append(ticket.at)
        elif ticket.period == self._period - 1 and self.window is not None and self.window_limit is not None:
            # Sent before the refusal that taught the hidden window, accepted after it: the vendor counted it in
            # that window too, so the window holds one more than was known.
            self.window_limit += 1
            self._sent.append(ticket.at)
            self._sent = collections.deque(sorted(self._sent))

    def _refusal(self, ticket: Ticket | None, now: float, remaining: int | None, reset_in: float | None,
                 retry_after: float | None) -> None:
        self.refused += 1
        wait = retry_after if retry_after is not None else reset_in
        if wait is None:  # a refusal that says nothing of when is the engine's to back off from
            return
        news = ticket is None or ticket.period == self._period
        self.blocked_until = max(self.blocked_until, now + wait)
        if not news:
            return  # sent before an earlier refusal was known: that refusal already taught what this one says
        self._period += 1
        self._refused_at = now
        if remaining is not None and remaining <= 0:
            # The described budget is spent: wait for its reset; nothing hidden to learn.
            self.remaining, self.reset_at = 0, max(self.reset_at or 0.0, now + wait)
            self._accepted.clear()
            return
        self._learn(now + wait)

    def _learn(self, reopens: float) -> None:
        """A hidden window refused a request though the described budget had room: every request it accepted since
        the last lesson still counts, and the oldest leaves the window at `reopens`."""
        accepted = self._accepted
        if len(accepted) >= _MIN_LESSON:
            oldest = accepted[0]
            self.window_limit = len(accepted)
            self.window = max(reopens - oldest, 0.0) + _WINDOW_MARGIN
            # The requests it counts, as our own copy of its window.
            self._sent = collections.deque(accepted)
        accepted.clear()
