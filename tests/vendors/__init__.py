"""Each vendor's own tests, one package per vendor; the shared suites (tests/facade, tests/simulators) run for
every vendor."""
