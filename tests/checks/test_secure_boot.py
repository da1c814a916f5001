"""DEV-004 Secure Boot: mokutil, the UEFI variable, Confirm-SecureBootUEFI and the registry reach
the verdict a person would; legacy BIOS, containers and Macs are honest unknowns (or not run)."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import secure_boot as sb
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from tests.support import fixture_text, machine, ok, run_check

CHECK = sb.SecureBootCheck()


def linux(name: str) -> str:
    return fixture_text("secure_boot", "linux", name)


def windows(name: str) -> str:
    return fixture_text("secure_boot", "windows", name)


UEFI = {sb.FIRMWARE_DIR: ["acpi", "dmi", "efi", "memmap"]}
BIOS = {sb.FIRMWARE_DIR: ["acpi", "dmi", "memmap"]}


@pytest.mark.parametrize(
    ("name", "status", "summary"),
    [
        ("mokutil-enabled.txt", Status.PASS, "Secure Boot is on"),
        ("mokutil-enabled-colour.txt", Status.PASS, "Secure Boot is on"),
        ("mokutil-disabled.txt", Status.FAIL, "Secure Boot is off"),
        (
            "mokutil-setup-mode.txt",
            Status.FAIL,
            "Secure Boot is not enforced: the firmware is in setup mode",
        ),
        (
            "mokutil-shim-validation-off.txt",
            Status.WARN,
            "Secure Boot is on, but the Linux boot loader does not check signatures",
        ),
    ],
)
def test_mokutil_answers(name, status, summary):
    seams = machine("ubuntu", commands={sb.MOKUTIL_SB_STATE: ok(linux(name))}, dirs=UEFI)
    finding = run_check(CHECK, seams)
    assert finding.status is status
    assert finding.summary == summary
    if status.is_problem:
        assert finding.severity is Severity.MEDIUM
        assert finding.fix is not None and finding.fix.steps_for(OSFamily.LINUX)


@pytest.mark.parametrize(
    "answer",
    [
        ok("", 255, fixture_text("secure_boot", "linux", "mokutil-no-efi.stderr")),
        ok(fixture_text("secure_boot", "linux", "mokutil-not-supported.txt")),
    ],
    ids=["no-efi", "not-supported"],
)
def test_legacy_bios_is_unknown_with_its_reason(answer):
    seams = machine("debian", commands={sb.MOKUTIL_SB_STATE: answer})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "legacy BIOS" in finding.reason
    assert {f.label: f.value for f in finding.facts}["Secure Boot"] == (
        "not available (legacy BIOS start)"
    )


def test_uefi_without_readable_variables_is_not_called_legacy_bios():
    """mokutil says "EFI variables are not supported" when efivarfs is missing, also on a
    computer that UEFI started (/sys/firmware/efi exists)."""
    no_efi = fixture_text("secure_boot", "linux", "mokutil-no-efi.stderr")
    seams = machine("debian", commands={sb.MOKUTIL_SB_STATE: ok("", 255, no_efi)}, dirs=UEFI)
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "legacy BIOS" not in finding.reason
    assert "firmware variables cannot be read" in finding.reason


def test_uefi_firmware_without_secure_boot_is_unknown_with_that_reason():
    seams = machine(
        "debian", commands={sb.MOKUTIL_SB_STATE: ok(linux("mokutil-not-supported.txt"))}, dirs=UEFI
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "has no Secure Boot" in finding.reason


def test_without_mokutil_and_without_efi_firmware_is_legacy_bios():
    finding = run_check(CHECK, machine("arch", dirs=BIOS))
    assert finding.status is Status.UNKNOWN
    assert "legacy BIOS" in finding.reason


def test_an_unreadable_firmware_folder_is_no_proof_of_legacy_bios():
    """/sys not mounted (or an old snapshot without it) says nothing about the firmware."""
    finding = run_check(CHECK, machine("arch"))
    assert finding.status is Status.UNKNOWN
    assert "legacy BIOS" not in finding.reason
    assert "/sys/firmware could not be read" in finding.reason


@pytest.mark.parametrize(
    ("variable", "status"),
    [("efivar-SecureBoot-on", Status.PASS), ("efivar-SecureBoot-off", Status.FAIL)],
)
def test_without_mokutil_the_efi_variable_answers(variable, status):
    seams = machine("arch", dirs=UEFI, files={sb.SECURE_BOOT_VAR: linux(variable)})
    finding = run_check(CHECK, seams)
    assert finding.status is status
    assert finding.evidence["source"] == "EFI variable"


def test_the_efi_variable_in_setup_mode_is_not_enforced():
    seams = machine(
        "arch",
        dirs=UEFI,
        files={
            sb.SECURE_BOOT_VAR: linux("efivar-SecureBoot-on"),
            sb.SETUP_MODE_VAR: "\x07\x00\x00\x00\x01",
        },
    )
    assert run_check(CHECK, seams).evidence["secure_boot"] == "setup_mode"


@pytest.mark.parametrize(
    "variable",
    [FileOutcome.DENIED, FileOutcome.MISSING, "", "\x06\x00\x00\x00\x02", "garbage"],
    ids=["denied", "missing", "empty", "value-2", "garbage"],
)
def test_unreadable_or_odd_efi_variable_is_unknown(variable):
    seams = machine(
        "fedora",
        commands={sb.MOKUTIL_SB_STATE: ok("Zugriff verweigert", 1)},
        dirs=UEFI,
        files={sb.SECURE_BOOT_VAR: variable},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "Secure Boot variable" in finding.reason


def test_a_container_is_unknown():
    seams = machine(
        "debian",
        commands={sb.MOKUTIL_SB_STATE: ok(linux("mokutil-disabled.txt"))},
        mtimes={"/.dockerenv": 0.0},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "container" in finding.reason


def test_a_composefs_root_is_this_computer_not_a_container():
    # Fedora's atomic desktops mount / from composefs, listed as an overlay like a
    # container's root; the check said "this looks like a container" there.
    seams = machine(
        "fedora",
        commands={sb.MOKUTIL_SB_STATE: ok(linux("mokutil-enabled.txt"))},
        files={"/proc/self/mounts": linux("proc-mounts-fedora-atomic-composefs.txt")},
        dirs=UEFI,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    # A container's overlay root still counts as one.
    docker = "overlay / overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/A 0 0\n"
    seams = machine(
        "debian",
        commands={sb.MOKUTIL_SB_STATE: ok(linux("mokutil-enabled.txt"))},
        files={"/proc/self/mounts": docker},
        dirs=UEFI,
    )
    assert "container" in run_check(CHECK, seams).reason


def test_windows_subsystem_for_linux_is_not_legacy_bios():
    # WSL 2's kernel starts without UEFI (no /sys/firmware/efi): the Windows computer's
    # Secure Boot is what counts, and it cannot be seen from inside.
    seams = machine(
        "ubuntu",
        files={"/proc/sys/kernel/osrelease": "5.15.167.4-microsoft-standard-WSL2\n"},
        dirs=BIOS,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "legacy BIOS" not in finding.reason
    assert "inside Windows (WSL)" in finding.reason
    assert "container" not in finding.reason


# ----- Windows ------------------------------------------------------------------------------


def win(probe: object, reg: object = CommandOutcome.NOT_FOUND):
    return machine("windows", commands={sb.WINDOWS_PROBE: probe, sb.REG_SECURE_BOOT: reg})


@pytest.mark.parametrize(
    ("probe", "status"), [("confirm-on.json", Status.PASS), ("confirm-off.json", Status.FAIL)]
)
def test_windows_confirm_secure_boot_uefi_answers_when_elevated(probe, status):
    finding = run_check(CHECK, win(ok(windows(probe))))
    assert finding.status is status
    assert finding.evidence["source"] == "Confirm-SecureBootUEFI"
    if status is Status.FAIL:
        assert finding.fix is sb.FIX_SECURE_BOOT
        assert finding.fix.steps_for(OSFamily.WINDOWS)[0].link == "ms-settings:recovery"


@pytest.mark.parametrize(
    ("reg", "status"),
    [("reg-query-on.txt", Status.PASS), ("reg-query-off.txt", Status.FAIL)],
)
def test_windows_access_denied_falls_back_to_the_registry(reg, status):
    finding = run_check(CHECK, win(ok(windows("confirm-denied.json")), ok(windows(reg))))
    assert finding.status is status
    assert finding.evidence["source"] == "registry"
    assert {f.label: f.value for f in finding.facts}["Read from"] == (
        "the state Windows recorded at start-up"
    )


def test_windows_registry_value_missing_on_uefi_is_unknown():
    missing = fixture_text("secure_boot", "windows", "reg-query-missing-de.stderr")
    finding = run_check(CHECK, win(ok(windows("confirm-denied.json")), ok("", 1, missing)))
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "Windows keeps no Secure Boot state on this computer."


@pytest.mark.parametrize(
    "answer",
    ["", "\r\n", "    UEFISecureBootEnabled    REG_SZ    1\r\n", "HKEY_LOCAL_MACHINE\\SYS"],
)
def test_windows_registry_answer_not_understood_is_not_no_state(answer):
    # reg exits 0 only when it found the value: an empty, cut-short or odd answer is not
    # "Windows keeps no Secure Boot state" (nor the legacy BIOS that usually explains it).
    for probe in (ok(windows("confirm-denied.json")), CommandOutcome.NOT_FOUND):
        finding = run_check(CHECK, win(probe, ok(answer)))
        assert finding.status is Status.UNKNOWN
        assert "output was not understood" in finding.reason
        assert "keeps no Secure Boot state" not in finding.reason


def test_windows_legacy_bios_is_unknown_not_off():
    finding = run_check(CHECK, win(ok(windows("confirm-legacy.json"))))
    assert finding.status is Status.UNKNOWN
    assert "legacy BIOS" in finding.reason


@pytest.mark.parametrize(
    "probe", [CommandOutcome.NOT_FOUND, CommandOutcome.TIMEOUT, ok(""), ok("garbage"), ok("", 1)]
)
def test_windows_without_powershell_reads_the_registry(probe):
    assert run_check(CHECK, win(probe, ok(windows("reg-query-on.txt")))).status is Status.PASS


def test_windows_nothing_answers_is_unknown():
    finding = run_check(CHECK, win(CommandOutcome.TIMEOUT, CommandOutcome.TIMEOUT))
    assert finding.status is Status.UNKNOWN
    assert "'reg' did not answer in time" in finding.reason


def test_shim_words_on_windows_are_no_answer():
    state = sb.SecureBootState(sb.SecureBoot.SHIM_NOT_VALIDATING, "registry")
    assert sb.evaluate(state, OSFamily.WINDOWS).status is Status.UNKNOWN


# ----- macOS --------------------------------------------------------------------------------


def test_macos_is_not_run_and_says_why():
    finding = run_check(CHECK, machine("macos"))
    assert finding.status is Status.SKIPPED
    assert "Startup Security Utility" in finding.reason
    assert finding.reason.startswith("Apps cannot read a Mac's startup security policy;")
    assert finding.reason.endswith(".")


# ----- parsers ------------------------------------------------------------------------------


def test_efi_boolean_layout():
    assert sb.parse_efi_boolean(linux("efivar-SecureBoot-on")) is True
    assert sb.parse_efi_boolean(linux("efivar-SecureBoot-off")) is False
    assert sb.parse_efi_boolean("\x06\x00\x00\x00") is None
    assert sb.parse_efi_boolean("\x06\x00\x00\x00\x01\x00") is None


def test_reg_query_parser():
    assert sb.parse_reg_query(windows("reg-query-on.txt")) is True
    assert sb.parse_reg_query(windows("reg-query-off.txt")) is False
    assert sb.parse_reg_query("") is None


@given(st.text())
def test_parsers_never_crash(text):
    sb.parse_mokutil(text)
    sb.parse_efi_boolean(text)
    sb.parse_reg_query(text)
    with contextlib.suppress(ParseError):
        sb.parse_windows_probe(text)


@given(
    st.dictionaries(
        st.sampled_from(["SecureBoot", "Error", "Firmware"]),
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    )
)
def test_windows_probe_parser_takes_only_booleans(value):
    state, error, firmware = sb.parse_windows_probe(json.dumps(value))
    assert state is None or isinstance(state, bool)
    assert isinstance(error, str) and isinstance(firmware, str)


@pytest.mark.parametrize(
    "seams",
    [
        machine("ubuntu", commands={sb.MOKUTIL_SB_STATE: ok(linux(name))}, dirs=UEFI)
        for name in (
            "mokutil-enabled.txt",
            "mokutil-disabled.txt",
            "mokutil-setup-mode.txt",
            "mokutil-shim-validation-off.txt",
            "mokutil-not-supported.txt",
        )
    ]
    + [
        machine("arch"),
        win(ok(windows("confirm-denied.json")), ok(windows("reg-query-on.txt"))),
        win(ok(windows("confirm-denied.json")), ok("", 1)),
        win(CommandOutcome.TIMEOUT, CommandOutcome.TIMEOUT),
        machine("macos"),
    ],
    ids=lambda s: s.platform.os.value,
)
def test_every_word_a_person_reads_goes_through_the_translator(seams):
    from tests.engine.test_words_translated import untranslated

    finding = run_check(CHECK, seams)
    for text in (finding.summary, finding.detail, finding.reason):
        assert untranslated(text, "/sys/firmware", "reg") == "", text
    for fact in finding.facts:
        assert untranslated(fact.label) == "", fact
        assert untranslated(fact.value) == "", fact
