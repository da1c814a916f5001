"""UPD-003: a restart is waiting to finish installing updates, or the machine has run for weeks.

Many updates (kernels, system libraries, Windows cumulative updates) only take effect after a
restart; until then the machine runs the old, vulnerable code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from hygiene_app.checks._common import ParseError, days, parse_ps_json, powershell
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Finding,
    FixGuide,
    FixStep,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.probes import FileOutcome

#: After this long without a restart, updates that need one are probably waiting.
LONG_UPTIME_DAYS = 14

META = CheckMeta(
    id="UPD-003",
    title=N_("Restart to finish updates"),
    category=Category.UPDATES,
    platforms=ALL_OSES,
    weight=4,
    severity=Severity.MEDIUM,
    leaves_machine=N_("Nothing: reads the restart flags and the time since start-up."),
    timeout=15.0,
)


class RebootFlag(enum.StrEnum):
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"
    #: The platform keeps no such flag (macOS): only uptime can tell.
    NOT_TRACKED = "not_tracked"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class RebootState:
    flag: RebootFlag
    #: Packages or components asking for the restart, when the system names them.
    because_of: tuple[str, ...] = ()
    reason: str = ""


# ----- parsers (pure) -----------------------------------------------------------------------


def parse_reboot_required_pkgs(text: str) -> tuple[str, ...]:
    """/var/run/reboot-required.pkgs: one package a line, repeated when several updates ask."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        name = line.strip()
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


def parse_needs_restarting(returncode: int | None, output: str) -> RebootState:
    """`dnf needs-restarting -r`: exit 1 means a restart is needed, 0 means not. Anything else
    (an old plugin without `-r`, an error) cannot be read as either."""
    because = tuple(
        line.strip()[2:].strip() for line in output.splitlines() if line.strip().startswith("* ")
    )
    if returncode == 1 and "reboot" in output.lower():
        return RebootState(RebootFlag.REQUIRED, because)
    if returncode == 0:
        return RebootState(RebootFlag.NOT_REQUIRED)
    first = output.strip().splitlines()[:1]
    return RebootState(
        RebootFlag.UNKNOWN,
        reason="dnf needs-restarting gave no answer" + (f": {first[0][:120]}" if first else ""),
    )


def parse_windows_reboot(text: str) -> RebootState:
    """The JSON our PowerShell probe prints: which pending-restart registry keys exist."""
    items = parse_ps_json(text)
    if len(items) != 1:
        raise ParseError("expected one object")
    item = items[0]
    reasons = []
    if item.get("WindowsUpdate") is True:
        reasons.append("Windows Update")
    if item.get("ComponentServicing") is True:
        reasons.append("Component Based Servicing")
    known = {"WindowsUpdate", "ComponentServicing"} & set(item)
    if not known:
        raise ParseError("no restart flags in the output")
    return RebootState(RebootFlag.REQUIRED if reasons else RebootFlag.NOT_REQUIRED, tuple(reasons))


def running_kernel_missing(release: str, installed: tuple[str, ...]) -> bool:
    """Arch removes the running kernel's modules when it upgrades the kernel: a restart is
    then needed (and until then new USB devices, filesystems, ... may not load)."""
    return bool(release) and bool(installed) and release not in installed


# ----- probes (one per OS) ------------------------------------------------------------------

WINDOWS_PROBE = powershell(
    "[pscustomobject]@{"
    "WindowsUpdate=(Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
    "WindowsUpdate\\Auto Update\\RebootRequired');"
    "ComponentServicing=(Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
    "Component Based Servicing\\RebootPending')"
    "} | ConvertTo-Json -Compress"
)


def _linux_reboot_state(ctx: ProbeContext) -> RebootState:
    platform = ctx.platform
    if platform.is_distribution("debian", "ubuntu"):
        flag = ctx.files.read_text("/var/run/reboot-required")
        if flag.ok:
            pkgs = ctx.files.read_text("/var/run/reboot-required.pkgs")
            return RebootState(
                RebootFlag.REQUIRED, parse_reboot_required_pkgs(pkgs.text) if pkgs.ok else ()
            )
        if flag.outcome is FileOutcome.MISSING:
            return RebootState(RebootFlag.NOT_REQUIRED)
        return RebootState(RebootFlag.UNKNOWN, reason="cannot read /var/run/reboot-required")
    if platform.is_distribution("fedora", "rhel", "centos"):
        result = ctx.run(("dnf", "needs-restarting", "-r"), timeout=12)
        if not result.ran:
            return RebootState(RebootFlag.UNKNOWN, reason=result.why_not())
        return parse_needs_restarting(result.returncode, result.output)
    if platform.is_distribution("arch"):
        uname = ctx.run(("uname", "-r"), timeout=3)
        modules = ctx.files.list_dir("/usr/lib/modules")
        if not uname.ran or modules is None:
            return RebootState(RebootFlag.UNKNOWN, reason="cannot compare the running kernel")
        release = uname.stdout.strip()
        if running_kernel_missing(release, modules):
            return RebootState(RebootFlag.REQUIRED, (f"kernel {release}",))
        return RebootState(RebootFlag.NOT_REQUIRED)
    return RebootState(RebootFlag.NOT_TRACKED)


def _windows_reboot_state(ctx: ProbeContext) -> RebootState:
    result = ctx.run(WINDOWS_PROBE, timeout=12)
    if not result.ran or result.returncode != 0:
        return RebootState(RebootFlag.UNKNOWN, reason=result.why_not())
    try:
        return parse_windows_reboot(result.stdout)
    except ParseError as exc:
        return RebootState(RebootFlag.UNKNOWN, reason=f"unexpected PowerShell output ({exc})")


# ----- the check ----------------------------------------------------------------------------

FIX_RESTART = FixGuide(
    title=N_("Restart your computer"),
    why=N_(
        "Updates that were installed are not protecting you yet: the old code keeps running "
        "until the computer restarts. Restarting takes a few minutes and finishes the job."
    ),
    steps={
        OSFamily.LINUX: (
            FixStep(N_("Save your work and close your apps.")),
            FixStep(
                N_("Open the system menu (top-right corner) and choose Restart, or type:"),
                command="systemctl reboot",
            ),
            FixStep(N_("When you are back, run this check again.")),
        ),
        OSFamily.WINDOWS: (
            FixStep(N_("Save your work and close your apps.")),
            FixStep(
                N_(
                    "Open Start, select the power button, then choose Restart (or 'Update and "
                    "restart'). Do not use 'Shut down': with Fast Startup it does not restart "
                    "Windows."
                ),
            ),
            FixStep(N_("When you are back, run this check again.")),
        ),
        OSFamily.MACOS: (
            FixStep(N_("Save your work and close your apps.")),
            FixStep(N_("Open the Apple menu and choose Restart.")),
            FixStep(N_("When you are back, run this check again.")),
        ),
    },
    verify_check=META.id,
)


class RestartPendingCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.LINUX:
            state = _linux_reboot_state(ctx)
        elif os_family is OSFamily.WINDOWS:
            state = _windows_reboot_state(ctx)
        else:
            state = RebootState(RebootFlag.NOT_TRACKED)
        boot = ctx.system.boot_time()
        uptime_days = days(ctx.now() - boot) if boot is not None else None
        return evaluate(state, uptime_days)


def evaluate(state: RebootState, uptime_days: float | None) -> Finding:
    evidence = {
        "restart_flag": state.flag.value,
        "requested_by": list(state.because_of),
        "uptime_days": None if uptime_days is None else round(uptime_days, 1),
    }
    if state.flag is RebootFlag.REQUIRED:
        names = ", ".join(state.because_of[:5])
        return Finding(
            Status.FAIL,
            N_("A restart is needed to finish installing updates"),
            Severity.MEDIUM,
            detail=(f"Requested by: {names}." if names else ""),
            evidence=evidence,
            fix=FIX_RESTART,
        )
    if uptime_days is not None and uptime_days >= LONG_UPTIME_DAYS:
        return Finding(
            Status.WARN,
            N_("Not restarted for {days} days").format(days=int(uptime_days)),
            Severity.LOW,
            detail=N_(
                "Some updates only take effect after a restart. Restarting every week or two "
                "keeps them from piling up."
            ),
            evidence=evidence,
            fix=FIX_RESTART,
        )
    if state.flag is RebootFlag.UNKNOWN:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether a restart is pending"),
            reason=state.reason,
            evidence=evidence,
        )
    if uptime_days is None and state.flag is RebootFlag.NOT_TRACKED:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell when the computer last restarted"),
            reason=N_("the start-up time is not available"),
            evidence=evidence,
        )
    if uptime_days is None:
        summary = N_("No restart pending")
    elif uptime_days < 1:
        summary = N_("No restart pending (restarted today)")
    else:
        summary = N_("No restart pending (restarted {days} days ago)").format(
            days=round(uptime_days)
        )
    return Finding(
        Status.PASS,
        summary,
        evidence=evidence,
    )
