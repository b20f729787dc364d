"""What a knowledge ingest will do with each of its sources, planned when the job is created."""

from __future__ import annotations

import random
import re

from ._model import IGNORED_DIRECTORIES, JSON, KNOWLEDGE_PATH, PREFIX_FILES, SUPPORTED_EXTENSIONS, WORK_DIR


def plan_sources(config: JSON, *, failing: bool, rng: random.Random) -> list[JSON]:
    """What a knowledge ingest will do with each source: `{"outcome": ingested|skipped|failed, "entry": {...}}`."""
    if "upload_ids" in config:
        return [_plan_source(str(upload), upload=True, failing=failing, rng=rng) for upload in config["upload_ids"]]
    if "paths" in config:
        return [_plan_source(str(path), upload=False, failing=failing, rng=rng) for path in config["paths"]]
    prefix = str(config.get("path_prefix", ""))
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    return [_plan_source(prefix + name, upload=False, failing=failing, rng=rng) for name in PREFIX_FILES]


def _plan_source(source: str, *, upload: bool, failing: bool, rng: random.Random) -> JSON:
    parts = [part for part in source.split("/") if part]
    name = parts[-1] if parts else source
    extension = name.rsplit(".", 1)[-1].lower() if "." in name.lstrip(".") else ""
    local = f"{WORK_DIR}/uploads/{source}" if upload else f"{WORK_DIR}/{source.lstrip('/')}"
    if not upload and any(part.startswith(".") for part in parts):
        return _skipped(source, "hidden_path", "Hidden files are not ingested")
    if not upload and any(part in IGNORED_DIRECTORIES for part in parts[:-1]):
        return _skipped(source, "ignored_directory", "Files in ignored directories are not ingested")
    if not upload and extension not in SUPPORTED_EXTENSIONS:
        return _skipped(source, "unsupported_file_type", f"Unsupported file type: {extension or name}")
    if failing:
        return _failed(source, local, "upload_error", f"Failed to upload {name}: connection reset")
    if not upload and name.lower().startswith("scan"):
        return _failed(source, local, "parser_error", f"Failed to parse {name}: no extractable text")
    stem = f"upload-{source[:8]}" if upload else name.rsplit(".", 1)[0] if extension else name
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "document"
    output = f"{KNOWLEDGE_PATH}/{slug}.md"
    stats: JSON = {"characters": rng.randint(2_000, 90_000)}
    if extension == "pdf":
        stats["pages"] = rng.randint(2, 60)
    warnings = ["Embedded image without alt text was dropped"] if rng.random() < 0.25 else []
    return {"outcome": "ingested", "entry": {
        "source": source, "localSourcePath": local, "outputPath": output, "remotePath": output, "slug": slug,
        "sourceType": "upload" if upload else extension, "summary": f"Knowledge extracted from {name}.",
        "stats": stats, "warnings": warnings,
    }}


def _skipped(source: str, reason: str, message: str) -> JSON:
    return {"outcome": "skipped", "entry": {"source": source, "localSourcePath": None, "reason": reason,
                                            "message": message}}


def _failed(source: str, local: str, reason: str, message: str) -> JSON:
    return {"outcome": "failed", "entry": {"source": source, "localSourcePath": local, "reason": reason,
                                           "message": message}}
