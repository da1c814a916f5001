import contextlib
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import auto_updates as au
from hygiene_app.checks import updates_pending as up
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome
from tests.support import _PLATFORMS, NOW, MeteredCommands, fixture_text, machine, ok, run_check

CHECK = up.UpdatesPendingCheck()
DAY = 86400.0
LISTS = up.APT_LISTS_DIR
INRELEASE = "deb.debian.org_debian_dists_bookworm_InRelease"
SEC_INRELEASE = "security.debian.org_debian-security_dists_bookworm-security_InRelease"


def fx(name: str) -> str:
    return fixture_text("updates", name)


def apt_machine(stdout: str, *, age_days: float | None = 1.0, os: str = "debian", **extra):
    dirs = {LISTS: [INRELEASE, SEC_INRELEASE, "lock", "partial"]}
    mtimes = {}
    if age_days is not None:
        mtimes = {f"{LISTS}/{INRELEASE}": NOW - age_days * DAY, f"{LISTS}/{SEC_INRELEASE}": None}
    mtimes.update(extra.pop("mtimes", {}))
    commands = {up.APT_LIST: ok(stdout, 0, fx("apt-debian12-local.stderr"))}
    commands.update(extra.pop("commands", {}))
    return machine(os, commands=commands, dirs=dirs, mtimes=mtimes, **extra)


# ----- Debian / Ubuntu ----------------------------------------------------------------------


def test_ubuntu_security_suites_fail_high_with_names_and_counts():
    finding = run_check(CHECK, apt_machine(fx("apt-ubuntu2204-kolide.txt"), os="ubuntu"))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    assert finding.evidence["total"] == 5
    # accountsservice, perl-modules-5.34 (duplicated suites) and vim (epoch) are security.
    assert finding.evidence["security_packages"] == ["accountsservice", "perl-modules-5.34", "vim"]
    assert finding.evidence["list_age_days"] == 1.0
    assert finding.fix is up.FIX_APT and finding.fix.verify_check == "UPD-001"
    commands = [s.command for s in finding.fix.steps_for(OSFamily.LINUX) if s.command]
    assert "sudo apt update && sudo apt upgrade" in commands


def test_debian_oldstable_security_rows_count_as_security():
    finding = run_check(CHECK, apt_machine(fx("apt-debian12-security-local.txt")))
    assert finding.status is Status.FAIL
    assert finding.evidence["security"] == 2
    assert finding.evidence["sources"] == {"apt": {"count": 4, "security": 2}}


def test_many_security_updates_are_critical():
    rows = "".join(
        f"pkg{i}/bookworm-security 1.{i} amd64 [upgradable from: 1.0]\n" for i in range(12)
    )
    finding = run_check(CHECK, apt_machine("Listing...\n" + rows))
    assert finding.severity is Severity.CRITICAL
    assert len(finding.evidence["packages"]) == 12


def test_local_debian_non_security_updates_warn_and_cap_the_name_list():
    finding = run_check(CHECK, apt_machine(fx("apt-debian12-local.txt")))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert finding.evidence["total"] == 106
    assert finding.evidence["security"] == 0
    assert len(finding.evidence["packages"]) == up.MAX_NAMES


def test_week_old_list_with_nothing_waiting_warns_that_it_is_stale():
    finding = run_check(CHECK, apt_machine("Listing...\n", age_days=140.6))
    assert finding.status is Status.WARN
    assert "140 days old" in finding.summary
    assert finding.evidence["list_age_days"] == 140.6
    assert finding.fix is not None


def test_stale_list_is_mentioned_next_to_pending_updates():
    finding = run_check(CHECK, apt_machine(fx("apt-debian12-local.txt"), age_days=30))
    assert finding.status is Status.WARN
    assert "30 days old" in finding.summary


def test_update_success_stamp_counts_as_fresh():
    seams = machine(
        "debian",
        commands={up.APT_LIST: ok("Listing...\n")},
        dirs={LISTS: [INRELEASE]},
        mtimes={f"{LISTS}/{INRELEASE}": NOW - 30 * DAY, up.APT_UPDATE_STAMP: NOW - 3600},
    )
    assert run_check(CHECK, seams).status is Status.PASS


def test_nothing_waiting_on_fresh_list_passes():
    finding = run_check(CHECK, apt_machine("Listing...\n"))
    assert finding.status is Status.PASS
    assert finding.evidence["total"] == 0


def test_nothing_waiting_but_unknown_list_age_is_unknown_not_pass():
    finding = run_check(CHECK, apt_machine("Listing...\n", age_days=None))
    assert finding.status is Status.UNKNOWN
    assert "refreshed" in finding.reason


def test_apt_missing_or_failing_is_unknown():
    missing = machine("debian", commands={up.APT_LIST: CommandOutcome.NOT_FOUND})
    assert run_check(CHECK, missing).status is Status.UNKNOWN
    locked = machine("debian", commands={up.APT_LIST: ok("", 100, "E: Could not open lock file\n")})
    finding = run_check(CHECK, locked)
    assert finding.status is Status.UNKNOWN
    assert "exit code 100" in finding.reason


def test_apt_garbage_is_unknown():
    finding = run_check(CHECK, apt_machine("Auflistung… Fertig\nirgendwas\n"))
    assert finding.status is Status.UNKNOWN


def test_flatpak_and_snap_updates_are_added_with_their_steps():
    seams = apt_machine(
        "Listing...\n",
        commands={
            up.FLATPAK_LIST: ok(fx("flatpak-remote-ls-kolide-deb.txt")),
            up.SNAP_LIST: ok(fx("snap-refresh-list-kolide.txt")),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.severity is Severity.LOW
    assert finding.evidence["sources"]["flatpak"] == {"count": 3, "security": 0}
    assert finding.evidence["sources"]["snap"] == {"count": 1, "security": 0}
    assert "com.discordapp.Discord" in finding.evidence["packages"]
    commands = [s.command for s in finding.fix.steps_for(OSFamily.LINUX)]
    assert "flatpak update" in commands and "sudo snap refresh" in commands
    assert "sudo apt update && sudo apt upgrade" in commands


def test_snap_up_to_date_on_stderr_counts_nothing():
    seams = apt_machine(
        "Listing...\n",
        commands={up.SNAP_LIST: ok("", 0, fx("snap-up-to-date-nodesource832.stderr"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["sources"]["snap"]["count"] == 0


def test_broken_snapd_is_noted_but_does_not_hide_a_pass_of_apt():
    err = "error: cannot communicate with server: connection refused\n"
    seams = apt_machine("Listing...\n", commands={up.SNAP_LIST: ok("", 1, err)})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert "snap" in finding.evidence["not_checked"]


def test_offline_mode_skips_app_stores():
    seams = apt_machine(
        "Listing...\n",
        commands={up.FLATPAK_LIST: ok(fx("flatpak-remote-ls-kolide-deb.txt"))},
        mtimes={up.FLATPAK_BIN: NOW - 100 * DAY, up.SNAP_BIN: NOW - 100 * DAY},
    )
    finding = run_check(CHECK, seams, offline=True)
    assert finding.status is Status.PASS
    assert set(finding.evidence["not_checked"]) == {"flatpak", "snap"}


def test_offline_mode_leaves_out_app_stores_that_are_not_installed():
    only_flatpak = apt_machine(
        "Listing...\n",
        mtimes={up.FLATPAK_BIN: NOW - 100 * DAY},
    )
    finding = run_check(CHECK, only_flatpak, offline=True)
    assert set(finding.evidence["not_checked"]) == {"flatpak"}
    fedora = machine("fedora", commands={up.DNF_CHECK_OFFLINE: ok("", 0)})
    assert run_check(CHECK, fedora, offline=True).evidence["not_checked"] == {}


@pytest.mark.parametrize(
    "stdout",
    [
        "snapd is in a weird state now\n",
        "Name    Version\n!!!\n",
        "core22  20240111  1122  77MB  canonical**  base\n",  # no header
    ],
)
def test_snap_output_that_is_not_a_list_is_not_an_update(stdout):
    seams = apt_machine("Listing...\n", commands={up.SNAP_LIST: ok(stdout)})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS  # apt's answer stands
    assert finding.evidence["total"] == 0
    assert "snap output" in finding.evidence["not_checked"]["snap"]


def test_snap_warning_lines_are_skipped():
    warning = "WARNING: snapd is in a weird state now\n"
    seams = apt_machine("Listing...\n", commands={up.SNAP_LIST: ok(warning)})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["sources"]["snap"]["count"] == 0
    listed = apt_machine(
        "Listing...\n", commands={up.SNAP_LIST: ok(warning + fx("snap-refresh-list-kolide.txt"))}
    )
    assert run_check(CHECK, listed).evidence["packages"] == ["core22"]


def test_flatpak_garbage_is_not_checked_rather_than_no_updates():
    seams = apt_machine("Listing...\n", commands={up.FLATPAK_LIST: ok("error: kaputt\n")})
    finding = run_check(CHECK, seams)
    assert "flatpak" in finding.evidence["not_checked"]
    assert "flatpak" not in finding.evidence["sources"]


def test_flatpak_parser_skips_a_header_and_rejects_other_rows():
    header = "Application ID\tVersion\tOrigin\n"
    assert [
        u.name for u in up.parse_flatpak_updates(header + "org.gimp.GIMP\t2.10\tflathub\n")
    ] == ["org.gimp.GIMP"]
    assert up.parse_flatpak_updates("") == ()
    # Older flatpak pads its columns with spaces, sometimes only one.
    assert [u.name for u in up.parse_flatpak_updates("org.gimp.GIMP 2.10 flathub\n")] == [
        "org.gimp.GIMP"
    ]
    with pytest.raises(ParseError):
        up.parse_flatpak_updates("org.gimp.GIMP\t2.10\tflathub\nnot a ref\n")


def test_ubuntu_mentions_phased_updates_next_to_ordinary_updates():
    finding = run_check(CHECK, apt_machine(fx("apt-debian12-local.txt"), os="ubuntu"))
    assert finding.status is Status.WARN
    assert "phased" in finding.detail
    debian = run_check(CHECK, apt_machine(fx("apt-debian12-local.txt")))
    assert "phased" not in debian.detail


# ----- Fedora / Arch ------------------------------------------------------------------------


def test_fedora_updates_with_security_advisories_fail():
    seams = machine(
        "fedora",
        commands={
            up.DNF_CHECK: ok(fx("dnf-check-update-kolide.txt"), 100),
            up.DNF_SECURITY: ok(
                "  FEDORA-2023-1 Important/Sec. openssl-1:1.0.2k-26.el7_9.x86_64\n"
            ),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["packages"] == ["apr-util", "bind-libs", "brave-browser", "openssl"]
    assert finding.evidence["security_packages"] == ["openssl"]
    assert finding.fix is up.FIX_DNF


def test_arch_updates_without_security_information_warn():
    seams = machine("arch", commands={up.CHECKUPDATES: ok(fx("checkupdates-particleos.txt"))})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert "does not say which updates fix security" in finding.detail


@pytest.mark.parametrize(
    "security",
    [CommandOutcome.TIMEOUT, ok("", 1, "Error: Cache-only enabled but no cache for 'fedora'")],
)
def test_fedora_security_labels_that_could_not_be_read_are_said_so(security):
    seams = machine(
        "fedora",
        commands={
            up.DNF_CHECK: ok(fx("dnf-check-update-kolide.txt"), 100),
            up.DNF_SECURITY: security,
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.fix is up.FIX_DNF and finding.fix.verify_check == "UPD-001"
    # Fedora does label security updates: we could not read the labels.
    assert "does not say" not in finding.detail
    assert "Security labels could not be read: 'dnf'" in finding.detail
    reason = finding.evidence["not_checked"]["dnf_security"]
    assert reason.startswith("security labels could not be read: 'dnf'")
    assert finding.evidence["sources"]["dnf"]["count"] == 4


def test_fedora_exit_codes():
    none = machine("fedora", commands={up.DNF_CHECK: ok("", 0)})
    assert run_check(CHECK, none).status is Status.PASS
    err = machine(
        "fedora", commands={up.DNF_CHECK: ok("", 1, "Error: Failed to download metadata")}
    )
    finding = run_check(CHECK, err)
    assert finding.status is Status.UNKNOWN
    assert "Failed to download metadata" in finding.reason
    empty100 = machine("fedora", commands={up.DNF_CHECK: ok("", 100)})
    assert run_check(CHECK, empty100).status is Status.UNKNOWN


def test_fedora_offline_uses_the_cache_but_cannot_vouch_for_none():
    seams = machine("fedora", commands={up.DNF_CHECK_OFFLINE: ok("", 0)})
    # The cache's age is unknown: "nothing waiting" from it proves nothing.
    assert run_check(CHECK, seams, offline=True).status is Status.UNKNOWN
    found = machine(
        "fedora", commands={up.DNF_CHECK_OFFLINE: ok(fx("dnf-check-update-kolide.txt"), 100)}
    )
    assert run_check(CHECK, found, offline=True).status is Status.WARN


def test_arch_checkupdates_exit_codes():
    updates = machine("arch", commands={up.CHECKUPDATES: ok(fx("checkupdates-particleos.txt"), 0)})
    finding = run_check(CHECK, updates)
    assert finding.status is Status.WARN
    assert finding.evidence["packages"] == ["bash", "libcups", "mesa", "python"]
    assert finding.fix is up.FIX_PACMAN
    none = machine("arch", commands={up.CHECKUPDATES: ok("", 2)})
    assert run_check(CHECK, none).status is Status.PASS
    err = machine("arch", commands={up.CHECKUPDATES: ok("", 1, "==> ERROR: Cannot fetch updates")})
    assert run_check(CHECK, err).status is Status.UNKNOWN
    missing = machine("arch")  # pacman-contrib not installed
    assert "not installed" in run_check(CHECK, missing).reason


def test_unsupported_distribution_is_unknown_unless_apps_need_updates():
    from dataclasses import replace

    from tests.support import _PLATFORMS

    suse = replace(
        _PLATFORMS["fedora"],
        distribution_id="opensuse-tumbleweed",
        distribution_like=("opensuse", "suse"),
        distribution_name="openSUSE",
    )
    finding = run_check(CHECK, machine(platform=suse))
    assert finding.status is Status.UNKNOWN
    assert "openSUSE" in finding.reason
    apps = machine(
        platform=suse, commands={up.FLATPAK_LIST: ok(fx("flatpak-remote-ls-kolide-rhel.txt"))}
    )
    finding = run_check(CHECK, apps)
    assert finding.status is Status.WARN
    assert finding.evidence["packages"] == ["io.appflowy.AppFlowy"]
    assert "other" in finding.evidence["not_checked"]


# ----- Windows ------------------------------------------------------------------------------


def test_windows_security_update_fails():
    seams = machine("windows", commands={up.WINDOWS_PROBE: ok(fx("windows-wu-search.json"))})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["total"] == 3
    assert finding.evidence["security"] == 1
    steps = finding.fix.steps_for(OSFamily.WINDOWS)
    assert steps[0].link == "ms-settings:windowsupdate"


def test_windows_no_updates_with_bom_passes():
    seams = machine("windows", commands={up.WINDOWS_PROBE: ok(fx("windows-wu-search-none.json"))})
    assert run_check(CHECK, seams).status is Status.PASS


def test_windows_ps51_wrapped_array_and_msrc_severity():
    seams = machine(
        "windows", commands={up.WINDOWS_PROBE: ok(fx("windows-wu-search-ps51-wrapped.json"))}
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL  # MsrcSeverity "Important" marks it as security
    assert finding.evidence["security"] == 1


def test_windows_hresult_timeout_and_empty_output_are_unknown():
    err = machine(
        "windows", commands={up.WINDOWS_PROBE: ok("", 1, fx("windows-wu-hresult.stderr"))}
    )
    finding = run_check(CHECK, err)
    assert finding.status is Status.UNKNOWN
    assert "0x8024402C" in finding.reason
    slow = machine("windows", commands={up.WINDOWS_PROBE: CommandOutcome.TIMEOUT})
    assert "in time" in run_check(CHECK, slow).reason
    empty = machine("windows", commands={up.WINDOWS_PROBE: ok("")})
    assert run_check(CHECK, empty).status is Status.UNKNOWN
    failed = machine("windows", commands={up.WINDOWS_PROBE: ok('{"ResultCode":4,"Updates":[]}')})
    assert run_check(CHECK, failed).status is Status.UNKNOWN


def test_windows_search_with_errors_finding_nothing_is_not_a_pass():
    # ResultCode 3 (orcSucceededWithErrors): part of the search failed, e.g. one of two
    # update services could not be reached; "nothing found" then proves nothing.
    partial = machine("windows", commands={up.WINDOWS_PROBE: ok('{"ResultCode":3,"Updates":[]}')})
    finding = run_check(CHECK, partial)
    assert finding.status is Status.UNKNOWN
    assert "completed with errors" in finding.reason
    # What it did find is still waiting.
    found = '{"ResultCode":3,"Updates":[{"Title":"KB5034441","MsrcSeverity":"Important"}]}'
    partial = machine("windows", commands={up.WINDOWS_PROBE: ok(found)})
    assert run_check(CHECK, partial).status is Status.FAIL


def test_windows_offline_searches_without_the_network():
    seams = machine(
        "windows", commands={up.WINDOWS_PROBE_OFFLINE: ok(fx("windows-wu-search.json"))}
    )
    assert run_check(CHECK, seams, offline=True).status is Status.FAIL
    none = machine(
        "windows", commands={up.WINDOWS_PROBE_OFFLINE: ok(fx("windows-wu-search-none.json"))}
    )
    assert run_check(CHECK, none, offline=True).status is Status.UNKNOWN
    assert "$q.Online=$false" in up.WINDOWS_PROBE_OFFLINE[-1]


# ----- macOS --------------------------------------------------------------------------------

PREFS = fx("macos-softwareupdate-prefs.xml")  # LastSuccessfulDate 2026-10-30, 2 days before NOW


def mac(output: str, rc: int = 0, stderr: str = "", prefs: str | None = PREFS, version="13.3"):
    from dataclasses import replace

    from tests.support import _PLATFORMS

    commands = {up.MACOS_PROBE: ok(output, rc, stderr)}
    if prefs is not None:
        commands[au.MACOS_PREFS_PROBE] = ok(prefs)
    return machine(platform=replace(_PLATFORMS["macos"], os_version=version), commands=commands)


def test_macos_beta_and_developer_tools_are_not_security():
    finding = run_check(CHECK, mac(fx("softwareupdate-kolide.txt")))
    assert finding.status is Status.WARN
    assert finding.evidence["packages"] == [
        "Command Line Tools for Xcode",
        "macOS Ventura 13.4 Beta",
    ]
    assert finding.evidence["list_age_days"] == 1.7


def test_macos_point_update_and_old_format_safari_are_security():
    text = (
        "Software Update found the following new or updated software:\n"
        "* Label: macOS Sequoia 15.2-24C101\n"
        "\tTitle: macOS Sequoia 15.2, Version: 15.2, Size: 3120456KiB, Recommended: YES, "
        "Action: restart, \n"
    )
    assert run_check(CHECK, mac(text, version="15.1")).status is Status.FAIL
    # Offered as an upgrade to a new major version: not counted as a security update.
    assert run_check(CHECK, mac(text, version="14.7")).status is Status.WARN
    finding = run_check(CHECK, mac(fx("softwareupdate-mojave-jss15.txt"), version="10.14.6"))
    assert finding.status is Status.FAIL
    assert finding.evidence["security_packages"] == ["Safari"]


def test_macos_26_point_update_is_security_when_python_sees_16():
    # An older-SDK Python reads macOS 26.0 as "16.0": the 26.1 point update is still within
    # the running major version, so it carries security fixes.
    text = (
        "Software Update found the following new or updated software:\n"
        "* Label: macOS Tahoe 26.1-25B78\n"
        "\tTitle: macOS Tahoe 26.1, Version: 26.1, Size: 7340032KiB, Recommended: YES, "
        "Action: restart, \n"
    )
    assert run_check(CHECK, mac(text, version="16.0")).status is Status.FAIL


def test_macos_no_new_software_on_stderr_with_exit_1_passes():
    finding = run_check(CHECK, mac("", 1, fx("softwareupdate-none-kolide.txt")))
    assert finding.status is Status.PASS
    stale = run_check(CHECK, mac("", 1, fx("softwareupdate-none-kolide.txt"), prefs=None))
    assert stale.status is Status.UNKNOWN  # cannot tell how old the cached list is


def test_macos_scan_error_is_unknown():
    finding = run_check(CHECK, mac(fx("softwareupdate-error-kolide.txt"), 1))
    assert finding.status is Status.UNKNOWN
    assert "error" in finding.reason


# ----- parsers ------------------------------------------------------------------------------


def test_apt_parser_dedupes_and_handles_epochs():
    updates = up.parse_apt_upgradable(fx("apt-ubuntu2204-kolide.txt"))
    assert [u.name for u in updates] == [
        "accountsservice",
        "apt-utils",
        "libldap-common",
        "perl-modules-5.34",
        "vim",
    ]
    assert up.parse_apt_upgradable("Listing... Done\n") == ()
    with pytest.raises(ParseError):
        up.parse_apt_upgradable("")


def test_dnf_parser_joins_wrapped_rows_and_stops_at_obsoletes():
    text = (
        "\nverylongpackagename-with-many-parts.x86_64\n"
        "                                 1.2-3.fc40          updates\n"
        "kernel.x86_64  6.11.4-301.fc41  updates\n"
        "Obsoleting Packages\n"
        "grub2-tools.x86_64  1:2.06-1.fc40  updates\n"
    )
    assert [u.name for u in up.parse_dnf_check_update(text)] == [
        "verylongpackagename-with-many-parts",
        "kernel",
    ]


def test_dnf_security_parser_all_formats():
    assert up.parse_dnf_security(fx("yum-updateinfo-security-p10k.txt")) == {
        "389-ds-base",
        "389-ds-base-libs",
    }
    assert up.parse_dnf_security(fx("dnf-list-sec-bodhi2099.txt")) == {"TurboGears"}
    assert up.parse_dnf_security(fx("dnf5-updateinfo-list-dnf1893.txt")) == {"flac"}


def test_softwareupdate_parser_rejects_garbage():
    with pytest.raises(ParseError):
        up.parse_softwareupdate("Logiciel introuvable\n")
    assert up.parse_softwareupdate(fx("softwareupdate-none-kolide.txt")) == ()


@given(st.text())
def test_apt_parser_total(text):
    try:
        updates = up.parse_apt_upgradable(text)
    except ParseError:
        return
    assert all(u.name and "/" not in u.name for u in updates)


@given(st.text())
def test_line_parsers_never_crash(text):
    for parse in (
        up.parse_dnf_check_update,
        up.parse_checkupdates,
        up.parse_flatpak_updates,
        up.parse_snap_refresh_list,
    ):
        with contextlib.suppress(ParseError):
            assert all(u.name.strip() for u in parse(text))
    assert all(isinstance(n, str) and n for n in up.parse_dnf_security(text))


@given(st.text(), st.text(max_size=8))
def test_softwareupdate_parser_total(text, version):
    with contextlib.suppress(ParseError):
        up.parse_softwareupdate(text, version)


@pytest.mark.parametrize(
    "text", ["[" * 100000, "1" * 5000, '{"ResultCode": 2, "Updates": ' + "9" * 5000 + "}"]
)
def test_windows_json_too_deep_or_too_long_is_a_parse_error(text):
    with pytest.raises(ParseError):
        up.parse_windows_updates(text)
    finding = run_check(CHECK, machine("windows", commands={up.WINDOWS_PROBE: ok(text)}))
    assert finding.status is Status.UNKNOWN


@given(st.text())
def test_windows_parser_total(text):
    with contextlib.suppress(ParseError):
        up.parse_windows_updates(text)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_windows_parser_total_on_any_json(value):
    import json

    doc = {"ResultCode": 2, "Updates": value}
    with contextlib.suppress(ParseError):
        up.parse_windows_updates(json.dumps(doc))


# ----- time budget --------------------------------------------------------------------------


def asked_for(seams, offline: bool = False) -> float:
    metered = MeteredCommands(seams.commands)
    CHECK.run(ProbeContext(replace(seams, commands=metered), offline=offline))
    return metered.total


def test_every_path_fits_in_the_deadline_with_room_to_spare():
    # ctx.run cuts each probe to what is left of META.timeout: probes that ask for more in
    # total starve the last ones (Flatpak, Snap), which then fail with a vague reason.
    assert up.META.timeout <= 45  # the whole checkup waits for the slowest check
    slack = 3.0
    apps = {
        up.FLATPAK_LIST: ok(fx("flatpak-remote-ls-kolide-deb.txt")),
        up.SNAP_LIST: ok(fx("snap-refresh-list-kolide.txt")),
    }
    dnf = {
        up.DNF_CHECK: ok(fx("dnf-check-update-kolide.txt"), 100),
        up.DNF_SECURITY: ok(fx("dnf-list-sec-bodhi2099.txt")),
    }
    pacman = {up.CHECKUPDATES: ok(fx("checkupdates-particleos.txt"))}
    paths = {
        "apt": apt_machine(fx("apt-debian12-local.txt"), commands=apps),
        "dnf": machine("fedora", commands={**dnf, **apps}),
        "pacman": machine("arch", commands={**pacman, **apps}),
        "windows": machine(
            "windows", commands={up.WINDOWS_PROBE: ok(fx("windows-wu-search.json"))}
        ),
        "macos": mac(fx("softwareupdate-kolide.txt")),
    }
    for name, seams in paths.items():
        assert asked_for(seams) <= up.META.timeout - slack, name


# ----- each Linux's own update tool in the guide --------------------------------------------


def _linux_first_step(finding):
    step = finding.fix.steps_for(OSFamily.LINUX)[0]
    return step.text, step.command


def _like_ubuntu(distribution_id: str, like: tuple[str, ...], name: str):
    return replace(
        _PLATFORMS["ubuntu"],
        distribution_id=distribution_id,
        distribution_like=like,
        distribution_name=name,
    )


@pytest.mark.parametrize(
    ("platform_id", "like", "screen", "command"),
    [
        ("ubuntu", ("debian",), "Software Updater", "sudo apt update && sudo apt upgrade"),
        ("zorin", ("ubuntu",), "Software Updater", "sudo apt update && sudo apt upgrade"),
        ("debian", (), "'Software' (GNOME)", "sudo apt update && sudo apt upgrade"),
        (
            "linuxmint",
            ("ubuntu", "debian"),
            "Update Manager",
            "sudo apt update && sudo apt upgrade",
        ),
        ("pop", ("ubuntu", "debian"), "Pop!_Shop", "sudo apt update && sudo apt full-upgrade"),
        ("elementary", ("ubuntu",), "System Settings", "sudo apt update && sudo apt upgrade"),
        ("neon", ("ubuntu", "debian"), "Discover", "sudo apt update && sudo apt full-upgrade"),
    ],
)
def test_apt_guide_names_the_update_tool_this_distribution_has(platform_id, like, screen, command):
    platform = _like_ubuntu(platform_id, like, platform_id)
    seams = apt_machine(fx("apt-ubuntu2204-kolide.txt"), platform=platform)
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    text, argv = _linux_first_step(finding)
    assert screen in text
    assert argv == command
    if platform_id not in ("ubuntu", "zorin"):
        assert "Software Updater" not in text  # Ubuntu's own tool, not on this system


def test_fedora_atomic_desktop_guide_uses_rpm_ostree_not_dnf():
    silverblue = replace(_PLATFORMS["fedora"], distribution_name="Fedora Linux 41 (Silverblue)")
    seams = machine(
        platform=silverblue,
        commands={
            up.DNF_CHECK: ok(fx("dnf-check-update-kolide.txt"), 100),
            up.FLATPAK_LIST: ok(fx("flatpak-remote-ls-kolide-rhel.txt")),
        },
        mtimes={au.OSTREE_BOOTED: NOW - DAY},
    )
    finding = run_check(CHECK, seams)
    commands = [s.command for s in finding.fix.steps_for(OSFamily.LINUX) if s.command]
    assert commands == ["rpm-ostree upgrade", "flatpak update"]
    assert "restart" in _linux_first_step(finding)[0]
    # Fedora Workstation keeps dnf.
    workstation = machine(
        "fedora", commands={up.DNF_CHECK: ok(fx("dnf-check-update-kolide.txt"), 100)}
    )
    assert "sudo dnf upgrade --refresh" in [
        s.command for s in run_check(CHECK, workstation).fix.steps_for(OSFamily.LINUX)
    ]


def test_dnf_saying_updates_exist_but_listing_none_is_told_in_the_reader_s_language():
    """The reason was English inside every language's sentence."""
    from hygiene_app.engine.catalog import load_catalog

    finding = run_check(CHECK, machine("fedora", commands={up.DNF_CHECK: ok("\n", 100)}))
    assert finding.status is Status.UNKNOWN
    said = load_catalog("fr").text(finding.reason)
    assert said == "'dnf' a signalé des mises à jour sans en lister aucune."
