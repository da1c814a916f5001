"""The machine-readable report (docs/report-format.md), and the verdict scripts key on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from hygiene_app import __version__
from hygiene_app.engine.assessment import Assessment, assess
from hygiene_app.engine.catalog import Formats
from hygiene_app.engine.i18n import Translate, render
from hygiene_app.engine.model import CheckResult, FixGuide, OSFamily, Severity, Status
from hygiene_app.engine.runner import Checkup, is_turned_off

REPORT_SCHEMA = "hygiene-report"
#: 2 added `facts` to every check (the evidence in words a person reads).
REPORT_SCHEMA_VERSION = 2


def problems_at_or_above(checkup: Checkup, threshold: Severity) -> tuple[CheckResult, ...]:
    """Failing or warning results whose severity reaches `threshold` (what `--fail-on` counts)."""
    return tuple(
        r for r in checkup.results if r.status.is_problem and r.finding.severity >= threshold
    )


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _iso_until(ts: float) -> str:
    """An expiry as `_iso`; one too far off for a calendar is the last second it can say."""
    try:
        return _iso(ts)
    except (OverflowError, OSError, ValueError):
        return "9999-12-31T23:59:59Z"


def fix_to_json(fix: FixGuide, os_family: OSFamily) -> dict[str, Any]:
    auto = fix.auto_fix.get(os_family)
    return {
        "title": fix.title,
        "why": fix.why,
        "verify_check": fix.verify_check,
        "steps": [
            {"text": s.text, "command": s.command, "link": s.link} for s in fix.steps_for(os_family)
        ],
        "auto_fix": None
        if auto is None
        else {
            "description": auto.description,
            "argv": list(auto.argv),
            "needs_admin": auto.needs_admin,
        },
    }


def result_to_json(result: CheckResult, os_family: OSFamily) -> dict[str, Any]:
    """One check's entry; a check the organisation turned off also carries `turned_off: true`
    (its status is `skipped`), so a script can tell it from one that was merely not run."""
    meta, finding = result.meta, result.finding
    entry: dict[str, Any] = {
        "id": meta.id,
        "title": meta.title,
        "category": meta.category.value,
        "status": finding.status.value,
        "severity": finding.severity.label,
        "summary": finding.summary,
        "detail": finding.detail,
        "reason": finding.reason,
        "facts": [{"label": f.label, "value": f.value} for f in finding.facts],
        "evidence": dict(finding.evidence),
        "fix": None if finding.fix is None else fix_to_json(finding.fix, os_family),
        "duration": round(result.duration, 3),
        "leaves_machine": meta.leaves_machine,
        "needs_admin": meta.needs_admin,
        "needs_network": meta.needs_network,
    }
    if is_turned_off(result):
        entry["turned_off"] = True
    return entry


def score_to_json(assessment: Assessment) -> dict[str, Any]:
    """The score section: the machine's score, what each fix would gain (whole points, as the
    window and the terminal show them), the fix to do first and why, and the findings the user
    set aside, which are listed but cost what they cost."""
    score = assessment.score
    first = assessment.first
    return {
        "value": score.value,
        "earned": round(score.earned, 2),
        "possible": round(score.possible, 2),
        "items": [
            {
                "check_id": i.check_id,
                "status": i.status.value,
                "points": i.points,
                "earned": i.earned,
                "cost": i.gain,
            }
            for i in score.items
        ],
        "excluded": [
            {"check_id": e.check_id, "status": e.status.value, "reason": e.reason}
            for e in score.excluded
        ],
        "do_this_first": None
        if first is None
        else {
            "check_id": first.result.meta.id,
            "gain": first.gain,
            "effort": first.effort,
            "why": first.why,
        },
        "set_aside": [
            {
                "check_id": s.result.meta.id,
                "status": s.result.status.value,
                "kind": s.kind,
                "reason": s.reason,
                "until": _iso_until(s.until),
                "cost": s.cost,
            }
            for s in assessment.set_asides
        ],
    }


def build_report(
    checkup: Checkup,
    assessment: Assessment | None = None,
    organisation: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The report of `checkup`, scored by `assessment` (the caller's, with the user's
    set-asides; by default one without any). `organisation` is the optional block about the
    organisation's policy (`report_organisation.organisation_json`); absent without a policy."""
    platform = checkup.platform
    if assessment is None:
        assessment = assess(checkup.results, platform.os)
    counts = Counter(r.status.value for r in checkup.results)
    report: dict[str, Any] = {
        "schema": REPORT_SCHEMA,
        "schema_version": REPORT_SCHEMA_VERSION,
        "app_version": __version__,
        "generated_at": _iso(checkup.started_at),
        "duration": round(checkup.duration, 3),
        "replayed": checkup.replayed,
        "offline": checkup.offline,
        "cancelled": checkup.cancelled,
        "platform": {
            "os": platform.os.value,
            "os_version": platform.os_version,
            "distribution": platform.distribution_name,
            "arch": platform.arch,
            "hostname": platform.hostname,
        },
        "score": score_to_json(assessment),
        "summary": {s.value: counts.get(s.value, 0) for s in Status},
        "checks": [result_to_json(r, platform.os) for r in checkup.results],
    }
    if organisation is not None:
        report["organisation"] = dict(organisation)
    return report


def text_block(checkup: Checkup, language: str, translate: Translate) -> dict[str, Any]:
    """The optional localized `text` block: each check's words in `language` for people
    (title, summary, reason, facts, fix title and steps); the rest of the report stays in ids
    and English for scripts."""
    os_family = checkup.platform.os

    formats = Formats(language)

    def t(text: str) -> str:
        return render(text, translate, formats.decimal, formats.date)

    checks = []
    for result in checkup.results:
        finding, fix = result.finding, result.finding.fix
        checks.append(
            {
                "id": result.meta.id,
                "title": t(result.meta.title),
                "summary": t(finding.summary),
                "reason": t(finding.reason),
                "facts": [{"label": t(f.label), "value": t(f.value)} for f in finding.facts],
                "fix": None
                if fix is None
                else {
                    "title": t(fix.title),
                    "why": t(fix.why),
                    "steps": [t(step.text) for step in fix.steps_for(os_family)],
                },
            }
        )
    return {"language": language, "checks": checks}
