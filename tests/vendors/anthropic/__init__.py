"""anthropic's own tests: what only this vendor does (the shared suites cover the rest from its contract facts)."""
