"""The regeneration pipeline: specs/*.yaml -> clients/*, driven by codegen.toml.

`python -m scripts.codegen generate [client ...]` regenerates clients in place; `... drift [client ...]` regenerates
into a temporary folder and fails when the committed clients differ. Both expect the pinned generator and ruff to be
installed, which `nox -s generate` / `nox -s drift` take care of.
"""
