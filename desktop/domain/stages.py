"""Onboarding stages for e-ID (VNeID) and the electronic health record.

A stage moves forward (skipping is fine: one visit can take a resident from nothing
to level 2). Moving back is only allowed as an explicit correction, which the history
records as such.
"""

from desktop.domain.errors import Problem

EID_STAGES = ("not_started", "app_installed", "level1", "level2_submitted", "level2_activated")
HEALTH_STAGES = ("not_started", "app_installed", "registered", "linked")
TRACKS = {"eid": EID_STAGES, "health": HEALTH_STAGES}
STAGE_FIELDS = {"eid": "eid_stage", "health": "health_stage"}


def stage_rank(track: str, stage: str) -> int:
    """Position of `stage` in its track (0 = not started)."""
    return TRACKS[track].index(stage)


def check_transition(track: str, current: str, target: str, correction: bool = False
                     ) -> list[Problem]:
    """Problems with moving a resident from `current` to `target` on `track`."""
    stages = TRACKS[track]
    field = STAGE_FIELDS[track]
    if target not in stages:
        return [Problem(field, "choice_invalid", {"value": target, "choices": ", ".join(stages)})]
    if target == current:
        return []
    if stages.index(target) < stages.index(current) and not correction:
        return [Problem(field, "stage_backwards", {"current": current, "target": target})]
    return []
