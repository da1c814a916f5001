"""UPD-003: a restart is waiting to finish installing updates, or the machine has run for weeks.

Many updates (kernels, system libraries, Windows cumulative updates) only take effect after a
restart; until then the machine runs the old, vulnerable code.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    days,
    load_json,
    not_understood,
    parse_ps_json,
    powershell,
    with_sentences,
)
from hygiene_app.checks._ostree import OSTREE_BOOTED as OSTREE_BOOTED
from hygiene_app.checks._ostree import is_ostree, ostree_booted
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, fmt_plural, joined
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.options import DEFAULT_MAX_UPTIME_DAYS
from hygiene_app.engine.probes import FileOutcome
from hygiene_app.engine.snapshot import Snapshot

#: After this long without a restart, updates that need one are probably waiting.
LONG_UPTIME_DAYS = DEFAULT_MAX_UPTIME_DAYS

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
        reason=fmt(N_("dnf needs-restarting gave no answer: {said}"), said=first[0][:120])
        if first
        else N_("dnf needs-restarting gave no answer"),
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


def parse_rpm_ostree_status(text: str) -> RebootState:
    """`rpm-ostree status --json`: the deployment listed first is the one the next start
    boots; when it is not the running (booted) one, an update (or a rollback) waits for a
    restart. Fedora Silverblue, Kinoite, CoreOS and their kin update this way, not through
    kernels beside each other."""
    doc = load_json(text.lstrip("\ufeff"))
    deployments = doc.get("deployments") if isinstance(doc, dict) else None
    if not isinstance(deployments, list) or not deployments:
        raise ParseError("no deployments")
    if not all(isinstance(d, dict) for d in deployments):
        raise ParseError("a deployment that is not an object")
    if not any(d.get("booted") is True for d in deployments):
        raise ParseError("no booted deployment")
    first = deployments[0]
    if first.get("booted") is True:
        return RebootState(RebootFlag.NOT_REQUIRED)
    version = first.get("version")
    return RebootState(
        RebootFlag.REQUIRED, (version.strip()[:60],) if isinstance(version, str) else ()
    )


def minimise_rpm_ostree_status(text: str) -> str:
    """`rpm-ostree status --json` cut down to what `parse_rpm_ostree_status` reads: whether
    each deployment is the booted (and staged) one, and the first one's version. The rest
    lists every package the person layered (`requested-packages`), local RPM file names and
    the image they follow (`container-image-reference`, which can name a person): no business
    in a support snapshot. Output that is not JSON is dropped ("" is not understood either)."""
    try:
        doc = load_json(text.lstrip("\ufeff"))
    except ParseError:
        return ""
    deployments = doc.get("deployments") if isinstance(doc, dict) else None
    if not isinstance(deployments, list):
        return "{}"
    kept: list[JsonValue] = []
    for index, deployment in enumerate(deployments):
        if not isinstance(deployment, dict):
            kept.append(None)  # still "a deployment that is not an object"
            continue
        small: dict[str, JsonValue] = {"booted": deployment.get("booted") is True}
        if isinstance(deployment.get("staged"), bool):
            small["staged"] = deployment["staged"]
        version = deployment.get("version")
        if index == 0 and isinstance(version, str):
            small["version"] = version.strip()[:60]
        kept.append(small)
    return json.dumps({"deployments": kept})


def minimise_ostree_status(snap: Snapshot) -> Snapshot:
    """`snap` with rpm-ostree's answer cut as above (for
    `checks.recording.minimise_recording`)."""
    result = snap.commands.get(RPM_OSTREE_STATUS)
    if result is None or not result.stdout:
        return snap
    stdout = minimise_rpm_ostree_status(result.stdout)
    return replace(
        snap, commands={**snap.commands, RPM_OSTREE_STATUS: replace(result, stdout=stdout)}
    )


def _version_key(release: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", release))


#: The board tag Raspberry Pi OS ends its kernel releases with ("5.10.103-v7l+",
#: "6.6.51+rpt-rpi-v8"): it installs one kernel per board side by side, so "v8" is a different
#: kernel from "v7", never a newer one.
_BOARD_TAG = re.compile(r"-v\d+[a-z]*\+?$")


def _flavour(release: str) -> str:
    """What a kernel release is besides its numbers: "-amd64", "-arch", "-rt-amd64", and a
    Raspberry Pi board tag with its digits ("-v7", "-v8")."""
    board = _BOARD_TAG.search(release)
    tail = board.group(0) if board else ""
    return re.sub(r"\d+", "#", release[: len(release) - len(tail)]) + tail


def compare_kernels(running: str, installed: Sequence[str]) -> RebootState:
    """Is a restart needed to run the newest installed kernel?

    Arch removes the running kernel's modules when it upgrades (so the running release is no
    longer listed); Debian, Fedora and others keep it and install the new one beside it.
    """
    if not running or not installed:
        return RebootState(RebootFlag.UNKNOWN, reason=N_("the installed kernels are not known"))
    if running not in installed:
        return RebootState(
            RebootFlag.REQUIRED, (fmt(N_("kernel {release} was replaced"), release=running),)
        )
    same_kind = [k for k in installed if _flavour(k) == _flavour(running)]
    newest = max(same_kind, key=_version_key)
    if _version_key(newest) > _version_key(running):
        return RebootState(RebootFlag.REQUIRED, (fmt(N_("kernel {release}"), release=newest),))
    return RebootState(RebootFlag.NOT_REQUIRED)


# ----- probes (one per OS) ------------------------------------------------------------------

REBOOT_REQUIRED = "/var/run/reboot-required"
REBOOT_REQUIRED_PKGS = "/var/run/reboot-required.pkgs"
#: Debian packages that create REBOOT_REQUIRED; without one of them its absence means nothing.
REBOOT_FLAG_WRITERS = (
    "/usr/share/update-notifier/notify-reboot-required",
    "/usr/bin/unattended-upgrade",
)
NEEDS_RESTARTING = ("dnf", "needs-restarting", "-r")
UNAME_RELEASE = ("uname", "-r")
MODULES_DIR = "/usr/lib/modules"
RPM_OSTREE_STATUS = ("rpm-ostree", "status", "--json")

WINDOWS_PROBE = powershell(
    "[pscustomobject]@{"
    "WindowsUpdate=(Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
    "WindowsUpdate\\Auto Update\\RebootRequired');"
    "ComponentServicing=(Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
    "Component Based Servicing\\RebootPending')"
    "} | ConvertTo-Json -Compress"
)


def _kernel_state(ctx: ProbeContext) -> RebootState:
    uname = ctx.run(UNAME_RELEASE, timeout=2)
    if not uname.ran or uname.returncode != 0 or not uname.stdout.strip():
        return RebootState(RebootFlag.UNKNOWN, reason=N_("the running kernel cannot be read"))
    modules = ctx.files.list_dir(MODULES_DIR)
    if not modules:
        return RebootState(
            RebootFlag.UNKNOWN,
            reason=N_("the installed kernels in /usr/lib/modules cannot be listed"),
        )
    return compare_kernels(uname.stdout.strip(), modules)


def _debian_reboot_state(ctx: ProbeContext) -> RebootState:
    """Debian's packages ask for a restart through /var/run/reboot-required, but only when a
    package that writes it (update-notifier-common, unattended-upgrades) is installed; a
    missing file proves nothing without one. The kernel comparison covers the rest."""
    flag = ctx.files.read_text(REBOOT_REQUIRED)
    if flag.ok:
        pkgs = ctx.files.read_text(REBOOT_REQUIRED_PKGS)
        return RebootState(
            RebootFlag.REQUIRED, parse_reboot_required_pkgs(pkgs.text) if pkgs.ok else ()
        )
    if flag.outcome is not FileOutcome.MISSING:
        return RebootState(RebootFlag.UNKNOWN, reason=N_("/var/run/reboot-required cannot be read"))
    kernel = _kernel_state(ctx)
    if kernel.flag is not RebootFlag.UNKNOWN:
        return kernel
    if any(ctx.files.mtime(path) is not None for path in REBOOT_FLAG_WRITERS):
        return RebootState(RebootFlag.NOT_REQUIRED)
    return RebootState(
        RebootFlag.UNKNOWN,
        reason=fmt(
            N_(
                "nothing on this system records pending restarts (update-notifier-common and "
                "unattended-upgrades are not installed) and {why}"
            ),
            why=kernel.reason,
        ),
    )


def _ostree_reboot_state(ctx: ProbeContext) -> RebootState:
    """An image-based system: its packages and kernels change only in the next image, so the
    flag files, dnf and the kernels beside each other say nothing; rpm-ostree does."""
    result = ctx.run(RPM_OSTREE_STATUS, timeout=8)
    if not result.ran or result.returncode != 0:
        return RebootState(RebootFlag.UNKNOWN, reason=result.why_not())
    try:
        return parse_rpm_ostree_status(result.stdout)
    except ParseError as exc:
        return RebootState(RebootFlag.UNKNOWN, reason=not_understood("rpm-ostree", exc))


def _linux_reboot_state(ctx: ProbeContext) -> RebootState:
    platform = ctx.platform
    if is_ostree(ctx):
        return _ostree_reboot_state(ctx)
    if ostree_booted(ctx):
        # Endless OS and other OSTree systems without rpm-ostree: the next image's kernel is
        # not beside the running one, so comparing kernels would always say "no restart".
        name = platform.distribution_name or platform.distribution_id or "OSTree"
        return RebootState(
            RebootFlag.UNKNOWN,
            reason=fmt(
                N_(
                    "{name} installs updates as a whole new system image; whether one is "
                    "waiting for a restart cannot be checked on it yet"
                ),
                name=name,
            ),
        )
    if platform.is_distribution("debian", "ubuntu"):
        return _debian_reboot_state(ctx)
    if platform.is_distribution("fedora", "rhel", "centos"):
        result = ctx.run(NEEDS_RESTARTING, timeout=8)
        if result.ran:
            state = parse_needs_restarting(result.returncode, result.output)
            if state.flag is not RebootFlag.UNKNOWN:
                return state
        else:
            state = RebootState(RebootFlag.UNKNOWN, reason=result.why_not())
        kernel = _kernel_state(ctx)
        return kernel if kernel.flag is not RebootFlag.UNKNOWN else state
    # Arch and every other distribution: the kernel is what certainly needs a restart.
    return _kernel_state(ctx)


def _windows_reboot_state(ctx: ProbeContext) -> RebootState:
    result = ctx.run(WINDOWS_PROBE, timeout=12)
    if not result.ran or result.returncode != 0:
        return RebootState(RebootFlag.UNKNOWN, reason=result.why_not())
    try:
        return parse_windows_reboot(result.stdout)
    except ParseError as exc:
        return RebootState(RebootFlag.UNKNOWN, reason=not_understood("PowerShell", exc))


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
                N_(
                    "Choose Restart from your desktop's power menu (top-right on GNOME, in the "
                    "application menu on KDE and Cinnamon), or type:"
                ),
                command="systemctl reboot",
                headline=True,
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
                headline=True,
            ),
            FixStep(N_("When you are back, run this check again.")),
        ),
        OSFamily.MACOS: (
            FixStep(N_("Save your work and close your apps.")),
            FixStep(N_("Open the Apple menu and choose Restart."), headline=True),
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
        finding = evaluate(state, uptime_days, max_uptime_days=ctx.options.max_uptime_days)
        return with_sentences(_facts.with_facts(finding, facts))


def facts(finding: Finding) -> tuple[Fact, ...]:
    """Whether the system asks for a restart, who asked, and when it last started."""
    ev = finding.evidence
    flag = _facts.text(ev, "restart_flag")
    found: list[Fact] = []
    if flag == RebootFlag.REQUIRED:
        found.append(Fact(N_("Restart needed"), _facts.yes_no(True)))
    elif flag == RebootFlag.NOT_REQUIRED:
        found.append(Fact(N_("Restart needed"), _facts.yes_no(False)))
    found.append(Fact(N_("Asked for by"), _facts.listed(_facts.texts(ev, "requested_by"), 3)))
    uptime = _facts.number(ev, "uptime_days")
    if uptime is not None and uptime >= 0:
        found.append(Fact(N_("Last restarted"), _facts.days_ago(uptime)))
    return tuple(found)


def evaluate(
    state: RebootState, uptime_days: float | None, *, max_uptime_days: int = LONG_UPTIME_DAYS
) -> Finding:
    """The verdict; `max_uptime_days` is the organisation's limit (options), else 14 days."""
    evidence = {
        "restart_flag": state.flag.value,
        "requested_by": list(state.because_of),
        "uptime_days": None if uptime_days is None else round(uptime_days, 1),
    }
    if state.flag is RebootFlag.REQUIRED:
        names = list(dict.fromkeys(state.because_of))[:5]  # a package asks once
        return Finding(
            Status.FAIL,
            N_("A restart is needed to finish installing updates"),
            Severity.MEDIUM,
            detail=(
                fmt(N_("Requested by: {names}."), names=joined(*names, sep=", ")) if names else ""
            ),
            evidence=evidence,
            fix=FIX_RESTART,
        )
    if uptime_days is not None and uptime_days >= max(1, max_uptime_days):
        return Finding(
            Status.WARN,
            fmt_plural(
                "Not restarted for {days} day",
                "Not restarted for {days} days",
                int(uptime_days),
                days=int(uptime_days),
            ),
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
        summary = fmt_plural(
            "No restart pending (restarted {days} day ago)",
            "No restart pending (restarted {days} days ago)",
            int(uptime_days),
            days=int(uptime_days),
        )
    return Finding(
        Status.PASS,
        summary,
        evidence=evidence,
    )
