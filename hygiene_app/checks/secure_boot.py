"""DEV-004: Secure Boot is on.

Secure Boot makes the firmware start only boot loaders and kernels signed by a key it trusts.
Without it, malware that gets administrator rights once can hide in the boot chain (a
"bootkit"), start before the system and its protections, and survive a reinstall of the system.
It matters less than disk encryption or a screen lock, so a failure is of medium severity.

Secure Boot exists only on UEFI firmware: a computer started in legacy BIOS mode cannot have it,
and the check says so as unknown with the reason rather than "off". macOS does not let apps read
the startup security policy of Apple silicon and T2 Macs, so there the check is not run.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    not_understood,
    parse_ps_json,
    powershell,
    with_sentences,
)
from hygiene_app.checks._inside import where_inside
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_
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
from hygiene_app.engine.probes import CommandOutcome

META = CheckMeta(
    id="DEV-004",
    title=N_("Secure Boot on"),
    category=Category.DEVICE,
    platforms=ALL_OSES,
    weight=4,
    severity=Severity.MEDIUM,
    leaves_machine=N_("Nothing: asks the firmware whether Secure Boot is on."),
    timeout=15.0,
)

# ----- what the check reads, per OS -----------------------------------------------------------

#: Linux: shim's tool; readable by every user.
MOKUTIL_SB_STATE = ("mokutil", "--sb-state")
#: Linux: holds `efi` only when the kernel was started by UEFI firmware.
FIRMWARE_DIR = "/sys/firmware"
EFI_GLOBAL = "8be4df61-93ca-11d2-aa0d-00e098032b8c"
#: Linux: the UEFI variables themselves: 4 attribute bytes, then 1 byte (1 = on).
SECURE_BOOT_VAR = f"/sys/firmware/efi/efivars/SecureBoot-{EFI_GLOBAL}"
SETUP_MODE_VAR = f"/sys/firmware/efi/efivars/SetupMode-{EFI_GLOBAL}"

#: Windows: Confirm-SecureBootUEFI needs administrator rights; its error id says why it did
#: not answer (UnauthorizedAccessException without rights, PlatformNotSupportedException on
#: legacy BIOS). `firmware_type` is Windows' own "UEFI" or "Legacy". One JSON object.
WINDOWS_PROBE = powershell(
    "$s=$null;$e='';"
    "try{$s=[bool](Confirm-SecureBootUEFI)}catch{$e=[string]$_.FullyQualifiedErrorId};"
    "[pscustomobject]@{SecureBoot=$s;Error=$e;Firmware=$env:firmware_type}"
    "|ConvertTo-Json -Compress"
)
#: Windows: the state Windows records at start-up, readable by every user.
REG_SECURE_BOOT = (
    "reg",
    "query",
    r"HKLM\SYSTEM\CurrentControlSet\Control\SecureBoot\State",
    "/v",
    "UEFISecureBootEnabled",
)

_TOOL = 3.0
_POWERSHELL = 10.0

# ----- facts --------------------------------------------------------------------------------


class SecureBoot(enum.StrEnum):
    ON = "on"
    OFF = "off"
    #: The firmware has no platform key: it starts anything, Secure Boot is not enforced.
    SETUP_MODE = "setup_mode"
    #: On in the firmware, but shim was told not to check what it starts (mokutil
    #: --disable-validation).
    SHIM_NOT_VALIDATING = "shim_not_validating"
    #: Started in legacy BIOS mode (or the firmware has no Secure Boot at all).
    NOT_SUPPORTED = "not_supported"


@dataclass(frozen=True, slots=True)
class SecureBootState:
    state: SecureBoot
    #: What answered: "mokutil", "EFI variable", "Confirm-SecureBootUEFI", "registry".
    source: str


# ----- parsers (pure) -----------------------------------------------------------------------


#: Some mokutil builds colour their answer.
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def parse_mokutil(text: str) -> SecureBoot | None:
    """`mokutil --sb-state` (mokutil's own wording, printed in English whatever the locale):
    "SecureBoot enabled" (with "SecureBoot validation is disabled in shim" when shim checks
    nothing), "SecureBoot disabled" (with "Platform is in Setup Mode"), "This system doesn't
    support Secure Boot", "EFI variables are not supported on this system"."""
    low = _ANSI.sub("", text).lower()
    if "efi variables are not supported" in low or "doesn't support secure boot" in low:
        return SecureBoot.NOT_SUPPORTED
    if "setup mode" in low:
        return SecureBoot.SETUP_MODE
    if re.search(r"^\s*secureboot enabled\s*$", low, re.MULTILINE):
        if "validation is disabled" in low:
            return SecureBoot.SHIM_NOT_VALIDATING
        return SecureBoot.ON
    if re.search(r"^\s*secureboot disabled\s*$", low, re.MULTILINE):
        return SecureBoot.OFF
    return None


def parse_efi_boolean(text: str) -> bool | None:
    """A one-byte UEFI variable as efivarfs shows it: 4 attribute bytes (little-endian, e.g.
    06 00 00 00), then the value. None unless it is exactly that and the value is 0 or 1."""
    if len(text) != 5 or any(ord(c) > 0x7F for c in text[:4]):
        return None
    return {"\x00": False, "\x01": True}.get(text[4])


def parse_windows_probe(text: str) -> tuple[bool | None, str, str]:
    """Our PowerShell probe: (Confirm-SecureBootUEFI's answer, its error id, firmware type).
    Raises ParseError when the output is not that object."""
    items = parse_ps_json(text)
    if len(items) != 1:
        raise ParseError("expected one object")
    item = items[0]
    state = item.get("SecureBoot")
    error = item.get("Error")
    firmware = item.get("Firmware")
    return (
        state if isinstance(state, bool) else None,
        error[:200] if isinstance(error, str) else "",
        firmware.strip() if isinstance(firmware, str) else "",
    )


_REG_DWORD = re.compile(r"^\s*UEFISecureBootEnabled\s+REG_DWORD\s+0x([0-9a-fA-F]+)\s*$", re.M)


def parse_reg_query(text: str) -> bool | None:
    """`reg query ...\\SecureBoot\\State /v UEFISecureBootEnabled`: the value's line
    ("    UEFISecureBootEnabled    REG_DWORD    0x1"); the type and name are not translated.
    None when the value is missing (the error line is)."""
    m = _REG_DWORD.search(text)
    if not m:
        return None
    return int(m.group(1)[:8], 16) != 0


# ----- probes -------------------------------------------------------------------------------


_INSIDE = {
    "container": N_(
        "this looks like a container: Secure Boot belongs to the computer it runs on, "
        "which cannot be seen from inside"
    ),
    "wsl": N_(
        "this is Linux inside Windows (WSL): Secure Boot belongs to the Windows computer, "
        "which cannot be seen from inside"
    ),
}


def linux_secure_boot(ctx: ProbeContext) -> SecureBootState | str:
    inside = where_inside(ctx)
    if inside:
        # WSL's kernel is started by Windows without UEFI: "legacy BIOS" would be wrong there.
        return _INSIDE[inside]
    result = ctx.run(MOKUTIL_SB_STATE, timeout=_TOOL)
    said = parse_mokutil(result.output) if result.ran else None
    if said is not None and said is not SecureBoot.NOT_SUPPORTED:
        return SecureBootState(said, "mokutil")
    firmware = ctx.files.list_dir(FIRMWARE_DIR)
    if firmware is None:
        if said is SecureBoot.NOT_SUPPORTED:
            return SecureBootState(said, "mokutil")
        return N_("the firmware's information under /sys/firmware could not be read")
    if "efi" not in firmware:
        # The kernel creates /sys/firmware/efi exactly when UEFI firmware started it.
        return SecureBootState(SecureBoot.NOT_SUPPORTED, "/sys/firmware")
    if said is SecureBoot.NOT_SUPPORTED and "doesn't support" in result.output.lower():
        return SecureBootState(said, "mokutil")  # UEFI firmware without Secure Boot
    variable = ctx.files.read_text(SECURE_BOOT_VAR)
    on = parse_efi_boolean(variable.text) if variable.ok else None
    if on is True:
        setup = ctx.files.read_text(SETUP_MODE_VAR)
        if setup.ok and parse_efi_boolean(setup.text) is True:
            return SecureBootState(SecureBoot.SETUP_MODE, "EFI variable")
        return SecureBootState(SecureBoot.ON, "EFI variable")
    if on is False:
        return SecureBootState(SecureBoot.OFF, "EFI variable")
    if said is SecureBoot.NOT_SUPPORTED:
        # mokutil found no EFI variables, yet UEFI firmware started this kernel: efivarfs is
        # not mounted or the firmware's runtime services are off (efi=noruntime).
        return N_(
            "this computer was started by UEFI firmware, but its firmware variables cannot be read"
        )
    if result.outcome is CommandOutcome.NOT_FOUND:
        return N_("mokutil is not installed and the Secure Boot variable could not be read")
    return N_("neither mokutil nor the Secure Boot variable gave a clear answer")


def windows_secure_boot(ctx: ProbeContext) -> SecureBootState | str:
    result = ctx.run(WINDOWS_PROBE, timeout=_POWERSHELL)
    firmware = ""
    if result.ran and result.returncode == 0:
        try:
            state, error, firmware = parse_windows_probe(result.stdout)
        except ParseError:
            state, error = None, ""
        if state is not None:
            return SecureBootState(
                SecureBoot.ON if state else SecureBoot.OFF, "Confirm-SecureBootUEFI"
            )
        if "platformnotsupported" in error.lower() or firmware.lower() == "legacy":
            return SecureBootState(SecureBoot.NOT_SUPPORTED, "Confirm-SecureBootUEFI")
    # No administrator rights (or no PowerShell answer): what Windows recorded at start-up.
    reg = ctx.run(REG_SECURE_BOOT, timeout=_TOOL)
    if reg.ran and reg.returncode == 0:
        on = parse_reg_query(reg.stdout)
        if on is not None:
            return SecureBootState(SecureBoot.ON if on else SecureBoot.OFF, "registry")
        # Exit 0 is reg's "found": an answer we cannot read (empty, cut short, another value
        # type) is not Windows keeping no state.
        return not_understood("reg", "UEFISecureBootEnabled")
    if reg.ran and firmware.lower() == "uefi":
        return N_("Windows keeps no Secure Boot state on this computer")
    if reg.ran:
        return N_(
            "Windows keeps no Secure Boot state, which happens when it was started in legacy "
            "BIOS mode"
        )
    return reg.why_not()


# ----- fix guides ---------------------------------------------------------------------------

_WHY = N_(
    "Secure Boot lets the computer start only a system signed by a key it trusts. Without it, "
    "malware can hide in the start-up chain, load before the system and its protections, and "
    "survive even a reinstall."
)
_AGAIN = FixStep(N_("Run this check again."))

FIX_SECURE_BOOT = FixGuide(
    title=N_("Switch on Secure Boot"),
    why=_WHY,
    steps={
        OSFamily.LINUX: (
            FixStep(
                N_(
                    "Restart into the firmware settings: type this in a terminal, or press the "
                    "key the start screen shows (often F2, F10, F12 or Del) while it starts."
                ),
                command="systemctl reboot --firmware-setup",
                headline=True,
            ),
            FixStep(
                N_(
                    "Find 'Secure Boot' (under Boot, Security or Authentication), set it to "
                    "Enabled, then save and exit."
                )
            ),
            FixStep(
                N_(
                    "Drivers you installed yourself from outside your distribution (NVIDIA's "
                    "own installer, VirtualBox) must be signed, or they stop loading: your "
                    "distribution's documentation on 'MOK' enrolment shows how."
                )
            ),
            _AGAIN,
        ),
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Open Settings > System > Recovery, choose 'Restart now' next to Advanced "
                    "startup, then Troubleshoot > Advanced options > UEFI Firmware Settings."
                ),
                link="ms-settings:recovery",
                headline=True,
            ),
            FixStep(
                N_(
                    "Find 'Secure Boot' (under Boot or Security), set it to Enabled, then save "
                    "and exit."
                )
            ),
            FixStep(
                N_(
                    "Windows Security > Device security then shows 'Secure boot is on'. If the "
                    "firmware refuses, the disk may use the old MBR layout: ask someone "
                    "experienced before converting it."
                ),
                link="windowsdefender://devicesecurity/",
            ),
            _AGAIN,
        ),
    },
    verify_check=META.id,
)

#: Linux: Secure Boot is on, but shim was told not to check what it starts.
FIX_SHIM_VALIDATION = FixGuide(
    title=N_("Let shim check what it starts again"),
    why=_WHY,
    steps={
        OSFamily.LINUX: (
            FixStep(
                N_(
                    "Turn validation back on (you choose a one-time password, type your own "
                    "password when asked):"
                ),
                command="sudo mokutil --enable-validation",
                headline=True,
            ),
            FixStep(
                N_(
                    "Restart; a blue 'MOK management' screen appears: choose 'Change Secure "
                    "Boot state' and type the characters of the one-time password it asks for."
                )
            ),
            _AGAIN,
        ),
    },
    verify_check=META.id,
)

# ----- verdicts -----------------------------------------------------------------------------

_COULD_NOT = N_("Could not tell whether Secure Boot is on")


def evaluate(state: SecureBootState | str, os_family: OSFamily) -> Finding:
    if isinstance(state, str):
        return Finding.unknown(state, _COULD_NOT)
    evidence: dict[str, JsonValue] = {"secure_boot": state.state.value, "source": state.source}
    match state.state:
        case SecureBoot.ON:
            return Finding(Status.PASS, N_("Secure Boot is on"), evidence=evidence)
        case SecureBoot.OFF:
            return Finding(
                Status.FAIL,
                N_("Secure Boot is off"),
                Severity.MEDIUM,
                detail=N_(
                    "The computer starts any system, signed or not, so malware could hide in "
                    "the start-up chain."
                ),
                evidence=evidence,
                fix=FIX_SECURE_BOOT,
            )
        case SecureBoot.SETUP_MODE:
            return Finding(
                Status.FAIL,
                N_("Secure Boot is not enforced: the firmware is in setup mode"),
                Severity.MEDIUM,
                detail=N_(
                    "The firmware has no platform key, so it starts anything. Restoring the "
                    "factory keys in the firmware settings switches Secure Boot on again."
                ),
                evidence=evidence,
                fix=FIX_SECURE_BOOT,
            )
        case SecureBoot.SHIM_NOT_VALIDATING:
            if os_family is not OSFamily.LINUX:
                return Finding.unknown(N_("the answer does not fit this system"), _COULD_NOT)
            return Finding(
                Status.WARN,
                N_("Secure Boot is on, but the Linux boot loader does not check signatures"),
                Severity.MEDIUM,
                detail=N_(
                    "Validation was switched off in shim (often to load a driver that is not "
                    "signed), so any kernel starts."
                ),
                evidence=evidence,
                fix=FIX_SHIM_VALIDATION,
            )
    return Finding(
        Status.UNKNOWN,
        _COULD_NOT,
        reason=N_(
            "this computer was started in legacy BIOS mode (or its firmware has no Secure "
            "Boot), where Secure Boot does not exist"
        ),
        evidence=evidence,
    )


_WORDS = {
    SecureBoot.ON.value: N_("switched on"),
    SecureBoot.OFF.value: N_("switched off"),
    SecureBoot.SETUP_MODE.value: N_("not enforced (setup mode)"),
    SecureBoot.SHIM_NOT_VALIDATING.value: N_("on, but the boot loader checks nothing"),
    SecureBoot.NOT_SUPPORTED.value: N_("not available (legacy BIOS start)"),
}
_SOURCES = {
    "mokutil": N_("mokutil"),
    "EFI variable": N_("the firmware's variable"),
    "/sys/firmware": N_("the firmware interface"),
    "Confirm-SecureBootUEFI": N_("Windows (Confirm-SecureBootUEFI)"),
    "registry": N_("the state Windows recorded at start-up"),
}


def facts(finding: Finding) -> tuple[Fact, ...]:
    ev = finding.evidence
    found = []
    state = _facts.text(ev, "secure_boot")
    if state:
        found.append(Fact(N_("Secure Boot"), _WORDS.get(state, N_("not known"))))
    source = _facts.text(ev, "source")
    if source:
        found.append(Fact(N_("Read from"), _SOURCES.get(source, N_("the system"))))
    return tuple(found)


_MACOS_REASON = N_(
    "apps cannot read a Mac's startup security policy; Macs with Apple silicon or a T2 chip "
    "start with Full Security unless someone lowered it in Startup Security Utility"
)


class SecureBootCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.MACOS:
            return with_sentences(
                Finding(Status.SKIPPED, N_("Not checked on a Mac"), reason=_MACOS_REASON)
            )
        if os_family is OSFamily.WINDOWS:
            finding = evaluate(windows_secure_boot(ctx), os_family)
        else:
            finding = evaluate(linux_secure_boot(ctx), os_family)
        return with_sentences(_facts.with_facts(finding, facts))
