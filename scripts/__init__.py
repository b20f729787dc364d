"""Maintainer tooling for the anyjob monorepo; run it through nox (see noxfile.py), not directly."""
