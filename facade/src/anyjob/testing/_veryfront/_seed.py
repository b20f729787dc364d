"""The seeded project and its jobs, deterministic for the simulator's seed."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from .._jobs import Phase, SimJob
from ._model import JSON, SEED_PHASES, TEMPLATES
from ._render import job_fields

if TYPE_CHECKING:
    from ._simulator import VeryfrontSimulator


def seed_project_jobs(sim: VeryfrontSimulator, count: int) -> None:
    """`count` jobs of `sim.project` in a spread of phases, oldest first (the project and its ids exist already)."""
    rng = sim.random
    now = sim.clock.now()
    for i in range(count):
        phase = SEED_PHASES[i % len(SEED_PHASES)]
        template = TEMPLATES[i % len(TEMPLATES)]
        age = (count - i) * 900 - rng.uniform(0, 300)  # oldest first, the newest at least 600 s ago
        created = round(now - age, 3)
        queued_for = rng.uniform(2, 30)
        cancel_at: float | None = None
        if phase is Phase.QUEUED:
            queued_for = age + rng.uniform(30, 300)
            runs_for = rng.uniform(60, 300)
        elif phase is Phase.RUNNING:
            runs_for = (age - queued_for) * rng.uniform(1.2, 3.0)
        elif phase is Phase.CANCELLED:
            cancel_after = rng.uniform(5, age - queued_for - 5)
            runs_for = cancel_after + rng.uniform(60, 600)
            cancel_at = created + queued_for + cancel_after
        else:
            runs_for = rng.uniform(30, min(900, age - queued_for - 1))
        outcome = Phase.FAILED if phase is Phase.FAILED else Phase.SUCCEEDED
        if template.uploads:
            config: JSON = {"upload_ids": [sim.new_uuid() for _ in range(template.uploads)]}
        else:
            config = copy.deepcopy(template.config)
        payload: JSON = {}
        if i >= count // 3:  # newer payloads
            payload["canonical_run_id"] = sim.new_uuid()
        payload.update(
            project_id=sim.project.id,
            environment_id=sim.environment_id if template.runtime == "environment" else None,
            branch_id="feature-pricing-page" if template.runtime == "preview_branch" else None,
            cron_job_id=sim.cron_job_id if template.cron else None,
            batch_id=sim.batch_id if template.batched else None,
            name=template.name,
            target=template.target,
            config=config,
            context_id=sim.new_uuid() if rng.random() < 0.5 else None,
            timeout_seconds=template.timeout_seconds,
            backoff_limit=template.backoff_limit,
            created_by=None if template.cron else sim.user_id,
        )
        if "canonical_run_id" not in payload:
            del payload["branch_id"]  # older payloads lack it
        if template.result_kind == "value":
            result: Any = {"pages_checked": rng.randint(50, 400), "broken_links": rng.randint(0, 9)}
        elif template.result_kind == "artifacts":
            result = ["sitemap.xml", "sitemap-index.xml"][: rng.randint(1, 2)]
        else:
            result = None
        job = SimJob(id=sim.new_uuid(), created_at=created, queued_for=queued_for, runs_for=runs_for,
                     outcome=outcome, cancel_requested_at=cancel_at)
        job.fields.update(job_fields(payload, template.result_kind, result, failing=outcome is Phase.FAILED,
                                       work_seconds=runs_for, rng=rng))
        sim.jobs.add(job)
