"""`python -m anyjob ...`: the same as the `anyjob` command."""

from .cli import main

raise SystemExit(main())
