"""Releasing the packages of this repository: each one on its own, by tag, with the facade in lockstep.

- `packages`: every package here (the generated clients from codegen.toml, then the `anyjob` facade), with the
  version its pyproject.toml gives it.
- `versions`: the version ranges the facade uses for the clients (`>=0.1.0,<0.2`: up to the next breaking release).
- `lockstep`: when a client gets a version outside the facade's range for it, raise that range, the facade's own
  version and write its changelog entry (called by `python -m scripts.specchanges release`, i.e.
  `nox -s generate -- --bump`).
- `plan`: which packages changed since their last `<project>-v<version>` tag, and the tags to push
  (`nox -s release-plan`).
- `tags`: the package a release tag names, checked against the version inside (the release workflow).
- `distcheck`: the metadata and contents of a package's built sdist and wheel (the release workflow, `nox -s index`).
- `index_check`: build everything, serve it from a real package index on loopback, install `anyjob[testing]` by
  name from there and run the demo; prove the bounds (`nox -s index`).

Command line: `python -m scripts.release {plan,tag,check-dist} ...` (see --help).
"""
