import contextlib
import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import firewall as fw
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from tests.support import MeteredCommands, fixture_text, machine, ok, run_check

CHECK = fw.FirewallCheck()


def linux(name):
    return fixture_text("firewall", "linux", name)


def windows(name):
    return fixture_text("firewall", "windows", name)


def macos(name):
    return fixture_text("firewall", "macos", name)


def as_root(os_name):
    return dataclasses.replace(machine(os_name).platform, is_admin=True)


NO_SYSTEMD = ok("", 1, linux("systemctl-no-systemd.stderr"))


def units(firewalld="inactive", ufw="inactive", nftables="inactive"):
    rc = 0 if "active" in (firewalld, ufw, nftables) else 3
    return ok(f"{firewalld}\n{ufw}\n{nftables}\n", rc)


def assert_fix(finding, guide=None):
    assert finding.fix is not None
    assert finding.fix.verify_check == "NET-001"
    if guide is not None:
        assert finding.fix is guide


# ----- Linux --------------------------------------------------------------------------------


def test_this_dev_container_without_any_firewall_tool_is_unknown():
    """Debian 12 container, root, no systemd, no ufw/nft/iptables/firewalld [LOCAL]."""
    seams = machine(platform=as_root("debian"), commands={fw.SYSTEMCTL_IS_ACTIVE: NO_SYSTEMD})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "No firewall tool was found" in finding.reason


def test_non_root_without_any_tool_is_unknown_and_mentions_rights():
    finding = run_check(CHECK, machine("arch"))
    assert finding.status is Status.UNKNOWN
    assert "administrator rights" in finding.reason


def test_ufw_enabled_and_service_active_passes_without_root():
    seams = machine(
        "ubuntu",
        files={fw.UFW_CONF: linux("ufw.conf-enabled")},
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(ufw="active")},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert "ufw" in finding.summary


def test_ufw_service_active_but_config_disabled_fails():
    """ufw.service is `active (exited)` even when ufw is disabled: the config decides."""
    seams = machine(
        "ubuntu",
        files={fw.UFW_CONF: linux("ufw.conf-disabled")},
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(ufw="active")},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    assert_fix(finding, fw.FIX_UFW)
    assert finding.fix.auto_fix[OSFamily.LINUX].argv == ("/usr/sbin/ufw", "--force", "enable")
    assert finding.fix.auto_fix[OSFamily.LINUX].needs_admin
    commands = [s.command for s in finding.fix.steps_for(OSFamily.LINUX) if s.command]
    assert "sudo ufw enable" in commands


def test_ufw_enabled_without_systemd_cannot_be_confirmed_without_root():
    seams = machine(
        "ubuntu",
        files={fw.UFW_CONF: linux("ufw.conf-enabled")},
        commands={fw.SYSTEMCTL_IS_ACTIVE: NO_SYSTEMD},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "The firewall rules cannot be read without administrator rights."


def test_unreadable_ufw_conf_is_unknown():
    seams = machine("ubuntu", files={fw.UFW_CONF: FileOutcome.DENIED})
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_root_ufw_status_active_passes():
    seams = machine(
        platform=as_root("ubuntu"),
        files={fw.UFW_CONF: linux("ufw.conf-enabled")},
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: NO_SYSTEMD,
            fw.UFW_STATUS: ok(linux("ufw-status-active.txt")),
        },
    )
    assert run_check(CHECK, seams).status is Status.PASS


def test_root_ufw_status_inactive_and_empty_ruleset_fails():
    seams = machine(
        platform=as_root("ubuntu"),
        files={fw.UFW_CONF: linux("ufw.conf-enabled")},
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: units(ufw="active"),
            fw.UFW_STATUS: ok(linux("ufw-status-inactive.txt")),
            fw.NFT_RULESET: ok(linux("nft-root-empty.json")),
            fw.IPTABLES_INPUT: ok(linux("iptables-root-accept-empty.txt")),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert_fix(finding, fw.FIX_UFW)


@pytest.mark.parametrize("error", ["ufw-status-nonroot.stderr", "ufw-status-nonroot-de.stderr"])
def test_ufw_root_error_is_ignored_not_read_as_off(error):
    seams = machine(
        platform=as_root("ubuntu"),
        files={fw.UFW_CONF: linux("ufw.conf-enabled")},
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: units(ufw="active"),
            fw.UFW_STATUS: ok("", 1, linux(error)),
        },
    )
    assert run_check(CHECK, seams).status is Status.PASS


def test_firewalld_service_active_passes():
    seams = machine("fedora", commands={fw.SYSTEMCTL_IS_ACTIVE: units(firewalld="active")})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert "firewalld" in finding.summary


def test_firewall_cmd_running_passes_without_systemd():
    seams = machine(
        "fedora",
        commands={fw.SYSTEMCTL_IS_ACTIVE: NO_SYSTEMD, fw.FIREWALLD_STATE: ok("running\n")},
    )
    assert run_check(CHECK, seams).status is Status.PASS


def test_firewall_cmd_not_running_fails_with_firewalld_fix():
    seams = machine(
        "fedora",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(), fw.FIREWALLD_STATE: ok("not running\n", 252)},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert_fix(finding, fw.FIX_FIREWALLD)
    assert finding.fix.auto_fix[OSFamily.LINUX].argv[-1] == "firewalld"


def test_firewall_cmd_polkit_denial_is_unknown_not_off():
    seams = machine(
        "fedora",
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: NO_SYSTEMD,
            fw.FIREWALLD_STATE: ok("", 1, linux("firewall-cmd-polkit.stderr")),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "The firewall rules cannot be read without administrator rights."


def test_fedora_without_firewalld_as_root_with_empty_ruleset_suggests_installing_it():
    seams = machine(
        platform=as_root("fedora"),
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: units(),
            fw.NFT_RULESET: ok(linux("nft-root-empty.json")),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert_fix(finding, fw.FIX_FIREWALLD_INSTALL)


def test_root_empty_nft_ruleset_and_accept_iptables_fails():
    seams = machine(
        platform=as_root("debian"),
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: NO_SYSTEMD,
            fw.NFT_RULESET: ok(linux("nft-root-empty.json")),
            fw.IPTABLES_INPUT: ok(linux("iptables-root-accept-empty.txt")),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert_fix(finding, fw.FIX_UFW_INSTALL)
    assert finding.evidence["administrator"] is True


def test_root_input_chain_that_only_accepts_is_not_a_firewall():
    seams = machine(
        platform=as_root("arch"),
        commands={fw.NFT_RULESET: ok(linux("nft-kolide-input-accept.json"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert_fix(finding, fw.FIX_FIREWALL)


def test_root_firewalld_ruleset_passes_beside_lxc_table():
    seams = machine(
        platform=as_root("debian"),
        commands={fw.NFT_RULESET: ok(linux("nft-lxc-firewalld.json"))},
    )
    assert run_check(CHECK, seams).status is Status.PASS


def test_nft_permission_error_even_as_root_is_unknown():
    seams = machine(
        platform=as_root("debian"),
        commands={fw.NFT_RULESET: ok("", 1, linux("nft-nonroot.stderr"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "administrator" in finding.reason


@pytest.mark.parametrize("fixture", ["iptables-ufw.txt", "iptables-reject-numeric-prot.txt"])
def test_root_iptables_filtering_passes(fixture):
    seams = machine(platform=as_root("debian"), commands={fw.IPTABLES_INPUT: ok(linux(fixture))})
    assert run_check(CHECK, seams).status is Status.PASS


def test_iptables_permission_denied_is_unknown_not_off():
    seams = machine(
        platform=as_root("debian"),
        commands={
            fw.NFT_RULESET: ok(linux("nft-root-empty.json")),
            fw.IPTABLES_INPUT: ok("", 4, linux("iptables-nonroot.stderr")),
        },
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_nftables_service_with_debian_default_conf_is_not_proof():
    seams = machine(
        "debian",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(nftables="active")},
        files={"/etc/nftables.conf": linux("nftables.conf-debian-default")},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "The firewall rules cannot be read without administrator rights."


def test_nftables_service_with_dropping_conf_passes():
    conf = linux("nftables.conf-debian-default").replace(
        "type filter hook input priority filter;",
        "type filter hook input priority filter; policy drop;",
    )
    seams = machine(
        "debian",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(nftables="active")},
        files={"/etc/nftables.conf": conf},
    )
    assert run_check(CHECK, seams).status is Status.PASS


def test_root_nftables_service_with_accept_all_rules_fails():
    seams = machine(
        platform=as_root("debian"),
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: units(nftables="active"),
            fw.NFT_RULESET: ok(linux("nft-root-empty.json")),
        },
        files={"/etc/nftables.conf": linux("nftables.conf-debian-default")},
    )
    assert run_check(CHECK, seams).status is Status.FAIL


def test_disabled_ufw_with_unverifiable_nftables_is_unknown_not_fail():
    seams = machine(
        "debian",
        files={fw.UFW_CONF: linux("ufw.conf-disabled")},
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(nftables="active")},
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_timed_out_systemctl_is_no_evidence():
    seams = machine("ubuntu", commands={fw.SYSTEMCTL_IS_ACTIVE: CommandOutcome.TIMEOUT})
    assert run_check(CHECK, seams).status is Status.UNKNOWN


# ----- Linux parsers ------------------------------------------------------------------------


def test_ufw_parsers():
    assert fw.parse_ufw_conf(linux("ufw.conf-enabled")) is True
    assert fw.parse_ufw_conf(linux("ufw.conf-disabled")) is False
    assert fw.parse_ufw_conf('ENABLED="yes"\n') is True
    assert fw.parse_ufw_conf("") is None
    assert fw.parse_ufw_status(linux("ufw-status-active.txt")) is True
    assert fw.parse_ufw_status(linux("ufw-status-inactive.txt")) is False
    assert fw.parse_ufw_status(linux("ufw-status-nonroot.stderr")) is None
    assert fw.parse_ufw_status(linux("ufw-status-nonroot-de.stderr")) is None
    assert fw.parse_ufw_status("Status: aktiv\n") is None


def test_systemctl_parser():
    assert fw.parse_systemctl_is_active("active\ninactive\nfailed\n") == {
        "firewalld": "active",
        "ufw": "inactive",
        "nftables": "failed",
    }
    assert fw.parse_systemctl_is_active(linux("systemctl-no-systemd.stderr")) is None
    assert fw.parse_systemctl_is_active(linux("systemctl-no-systemd.stdout")) is None
    assert fw.parse_systemctl_is_active("active\n") is None


def test_firewalld_state_parser():
    assert fw.parse_firewalld_state(0, "running\n") is True
    assert fw.parse_firewalld_state(252, "not running\n") is False
    assert fw.parse_firewalld_state(251, "running\n") is None
    assert fw.parse_firewalld_state(1, linux("firewall-cmd-polkit.stderr")) is None
    assert fw.parse_firewalld_state(252, "läuft nicht") is None


def test_nft_parser_on_recorded_rulesets():
    assert fw.parse_nft_ruleset(linux("nft-root-empty.json")) is False
    assert fw.parse_nft_ruleset(linux("nft-kolide-input-accept.json")) is False
    assert fw.parse_nft_ruleset(linux("nft-lxc-firewalld.json")) is True
    assert fw.parse_nft_ruleset(linux("nft-nonroot.stderr")) is None
    assert fw.parse_nft_ruleset("") is None
    assert fw.parse_nft_ruleset("[1, 2]") is None


def test_nft_parser_policy_drop_and_ignores_tailscale_and_forward_drops():
    def ruleset(*items):
        return json.dumps({"nftables": [{"metainfo": {"version": "1.0.6"}}, *items]})

    chain = {
        "family": "inet",
        "table": "filter",
        "name": "input",
        "type": "filter",
        "hook": "input",
        "prio": 0,
    }
    assert fw.parse_nft_ruleset(ruleset({"chain": {**chain, "policy": "drop"}})) is True
    forward = {**chain, "name": "forward", "hook": "forward", "policy": "drop"}
    assert (
        fw.parse_nft_ruleset(ruleset({"chain": {**chain, "policy": "accept"}}, {"chain": forward}))
        is False
    )
    tailscale = ruleset(
        {"chain": {**chain, "policy": "accept"}},
        {
            "rule": {
                "family": "inet",
                "table": "filter",
                "chain": "input",
                "expr": [{"jump": {"target": "ts-input"}}],
            }
        },
        {
            "rule": {
                "family": "inet",
                "table": "filter",
                "chain": "ts-input",
                "expr": [{"drop": None}],
            }
        },
    )
    assert fw.parse_nft_ruleset(tailscale) is False
    vmap = ruleset(
        {"chain": {**chain, "policy": "accept"}},
        {
            "rule": {
                "family": "inet",
                "table": "filter",
                "chain": "input",
                "expr": [
                    {
                        "vmap": {
                            "key": {"ct": {"key": "state"}},
                            "data": {
                                "set": [
                                    ["established", {"accept": None}],
                                    ["invalid", {"drop": None}],
                                ]
                            },
                        }
                    }
                ],
            }
        },
    )
    # Dropping only invalid packets lets every new connection in: not a firewall.
    assert fw.parse_nft_ruleset(vmap) is False
    assert fw.parse_nft_ruleset(vmap.replace('"invalid"', '"new"')) is None


def test_iptables_parser():
    assert fw.parse_iptables_input(linux("iptables-root-accept-empty.txt")) is False
    assert fw.parse_iptables_input(linux("iptables-ufw.txt")) is True
    assert fw.parse_iptables_input(linux("iptables-reject-numeric-prot.txt")) is True
    assert fw.parse_iptables_input(linux("iptables-nonroot.stderr")) is None
    header = "Chain INPUT (policy ACCEPT)\ntarget     prot opt source               destination\n"
    tailscale = header + "ts-input   all  --  0.0.0.0/0            0.0.0.0/0\n"
    assert fw.parse_iptables_input(tailscale) is False
    custom = header + "MY-RULES   all  --  0.0.0.0/0            0.0.0.0/0\n"
    assert fw.parse_iptables_input(custom) is None
    numbered = (
        "Chain INPUT (policy ACCEPT)\nnum  target  prot opt source  destination\n"
        "1    DROP    all  --  202.54.1.1  0.0.0.0/0\n"
    )
    assert fw.parse_iptables_input(numbered) is False  # bans one address, lets all else in
    everything = numbered.replace("202.54.1.1", "0.0.0.0/0 ")
    assert fw.parse_iptables_input(everything) is True


def test_nftables_conf_parser():
    assert fw.nftables_conf_filters_input(linux("nftables.conf-debian-default")) is False
    dropping = (
        "table inet filter {\n chain input {\n  type filter hook input priority 0;\n"
        "  ct state invalid drop\n  tcp dport { 22, 80 } accept\n }\n}\n"
    )
    assert fw.nftables_conf_filters_input(dropping) is False  # policy accept: all else gets in
    assert fw.nftables_conf_filters_input(dropping.replace("accept\n", "accept\n  reject\n"))
    commented = (
        "table inet filter {\n chain input {\n  type filter hook input priority 0;\n"
        "  # policy drop;\n }\n}\n"
    )
    assert fw.nftables_conf_filters_input(commented) is False
    forward_only = (
        "table inet f {\n chain input { type filter hook input priority 0; }\n"
        " chain fwd { type filter hook forward priority 0; policy drop; }\n}\n"
    )
    assert fw.nftables_conf_filters_input(forward_only) is False


# ----- Windows ------------------------------------------------------------------------------


def win(stdout, rc=0, stderr=""):
    return machine("windows", commands={fw.WINDOWS_PROBE: ok(stdout, rc, stderr)})


def test_windows_all_profiles_on_passes():
    finding = run_check(CHECK, win(windows("all-on-public-wifi.json")))
    assert finding.status is Status.PASS
    assert "Public" in finding.summary
    assert finding.evidence["connected_networks"] == [{"interface": "Wi-Fi", "profile": "Public"}]


def test_windows_public_profile_off_on_active_network_fails():
    finding = run_check(CHECK, win(windows("public-off-active.json")))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    assert "Public" in finding.summary
    assert_fix(finding)
    steps = finding.fix.steps_for(OSFamily.WINDOWS)
    assert steps[0].link == "windowsdefender://network/"
    assert any(
        s.command == "Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled True"
        for s in steps
    )
    assert finding.fix.auto_fix[OSFamily.WINDOWS].needs_admin


def test_windows_off_only_for_inactive_profile_warns():
    text = windows("domain-off-inactive.json").replace('"PersistentStore"', '"ActiveStore"')
    finding = run_check(CHECK, win(text))
    assert finding.status is Status.WARN
    assert "Domain" in finding.summary
    assert_fix(finding)


def test_windows_numeric_enums_are_understood():
    finding = run_check(CHECK, win(windows("numeric-private-off.json")))
    assert finding.status is Status.FAIL
    assert "Private" in finding.summary


def test_windows_powershell_51_value_wrapper_is_unwrapped():
    finding = run_check(CHECK, win(windows("value-wrapped-all-on.json")))
    assert finding.status is Status.PASS
    assert "Domain" in finding.summary


def test_windows_third_party_firewall_is_unknown_not_fail():
    finding = run_check(CHECK, win(windows("third-party-firewall.json")))
    assert finding.status is Status.UNKNOWN
    assert "ESET" in finding.reason


def test_windows_inbound_allow_on_active_profile_warns():
    finding = run_check(CHECK, win(windows("private-inbound-allow.json")))
    assert finding.status is Status.WARN
    assert_fix(finding, fw.FIX_WINDOWS_INBOUND)


def test_windows_unknown_connections_judges_every_profile():
    assert run_check(CHECK, win(windows("connections-unknown-all-on.json"))).status is (Status.PASS)
    off = windows("connections-unknown-all-on.json").replace(
        '"Name":"Private","Enabled":"True"', '"Name":"Private","Enabled":"False"'
    )
    assert run_check(CHECK, win(off)).status is Status.FAIL


def test_windows_not_configured_state_on_active_profile_is_unknown():
    text = windows("all-on-public-wifi.json").replace(
        '"Enabled":  "True",\n                         "DefaultInboundAction":  "NotConfigured"'
        "\n                     }\n                 ],",
        '"Enabled":  "NotConfigured",\n                         "DefaultInboundAction":  '
        '"NotConfigured"\n                     }\n                 ],',
    )
    assert 'NotConfigured",\n                         "DefaultInboundAction"' in text
    assert run_check(CHECK, win(text)).status is Status.UNKNOWN


@pytest.mark.parametrize(
    "stdout,rc,stderr",
    [
        ("", 0, ""),
        (windows("netsh-allprofiles-en.txt"), 0, ""),
        (windows("get-netfirewallprofile-list.txt"), 0, ""),
        ("", 1, "Get-NetFirewallProfile : Zugriff verweigert\r\n"),
        ('{"Store":"ActiveStore","Profiles":[],"Connections":[]}', 0, ""),
    ],
)
def test_windows_unusable_output_is_unknown(stdout, rc, stderr):
    finding = run_check(CHECK, win(stdout, rc, stderr))
    assert finding.status is Status.UNKNOWN
    assert finding.reason


def test_windows_without_powershell_is_unknown():
    seams = machine("windows", commands={fw.WINDOWS_PROBE: CommandOutcome.NOT_FOUND})
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_windows_probe_is_one_powershell_script():
    script = fw.WINDOWS_PROBE[-1]
    assert fw.WINDOWS_PROBE[0] == "powershell.exe"
    for part in (
        "Get-NetFirewallProfile",
        "Get-NetConnectionProfile",
        "ConvertTo-Json -Depth 3",
        "Enabled.ToString()",
        "NetworkCategory.ToString()",
    ):
        assert part in script
    assert "netsh" not in script


# ----- macOS --------------------------------------------------------------------------------


def mac(globalstate, stealth=None):
    commands = {fw.MAC_GLOBALSTATE: globalstate}
    if stealth is not None:
        commands[fw.MAC_STEALTH] = stealth
    return machine("macos", commands=commands)


def test_macos_enabled_state_2_passes_with_stealth_evidence():
    finding = run_check(
        CHECK, mac(ok(macos("socketfilterfw-kolide-data.txt")), ok("Stealth mode enabled\n"))
    )
    assert finding.status is Status.PASS
    assert finding.evidence == {"global_state": 2, "stealth_mode": True}


def test_macos_state_1_with_stealth_error_passes():
    out = macos("socketfilterfw-pareto-139.txt")
    stealth_error = "ALF: Error, kStealthEnableKey does not return the correct type.\n"
    finding = run_check(CHECK, mac(ok(out), ok(stealth_error)))
    assert finding.status is Status.PASS
    assert finding.evidence == {"global_state": 1, "stealth_mode": None}


def test_macos_disabled_fails_with_settings_link():
    finding = run_check(CHECK, mac(ok(macos("socketfilterfw-disabled.txt"))))
    assert finding.status is Status.FAIL
    assert_fix(finding)
    steps = finding.fix.steps_for(OSFamily.MACOS)
    assert (
        steps[0].link == "x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall"
    )
    assert any("--setglobalstate on" in (s.command or "") for s in steps)


@pytest.mark.parametrize(
    "result",
    [
        ok(""),
        ok("socketfilterfw: command failed\n", 1),
        ok("Le coupe-feu est activé\n"),
        CommandOutcome.NOT_FOUND,
        CommandOutcome.TIMEOUT,
    ],
)
def test_macos_no_answer_is_unknown(result):
    finding = run_check(CHECK, mac(result))
    assert finding.status is Status.UNKNOWN
    assert finding.reason


def test_macos_parsers():
    assert fw.parse_mac_globalstate(macos("socketfilterfw-kolide-data.txt")) is fw.MacState(2)
    assert fw.parse_mac_globalstate(macos("socketfilterfw-pareto-139.txt")) is fw.MacState.ON
    assert fw.parse_mac_globalstate(macos("socketfilterfw-disabled.txt")) is fw.MacState.OFF
    # kolide's corrupted capture: the number is unreadable, the words still say enabled.
    assert fw.parse_mac_globalstate(macos("socketfilterfw-kolide-malformed.txt")) is (
        fw.MacState.BLOCK_ALL
    )
    assert fw.parse_mac_globalstate("Firewall is enabled. (State = 7)") is None
    assert fw.parse_mac_stealth(macos("socketfilterfw-kolide-data.txt")) is True
    assert fw.parse_mac_stealth(macos("socketfilterfw-kolide-malformed.txt")) is False
    assert fw.parse_mac_stealth(macos("socketfilterfw-pareto-139.txt")) is None


# ----- every parser survives anything -------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "nftables",
                    "chain",
                    "rule",
                    "hook",
                    "policy",
                    "expr",
                    "jump",
                    "target",
                    "drop",
                    "name",
                    "table",
                    "family",
                    "Profiles",
                    "Name",
                    "Enabled",
                    "Connections",
                    "NetworkCategory",
                    "value",
                    "ThirdParty",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@given(st.text())
def test_text_parsers_never_crash(text):
    assert fw.parse_ufw_conf(text) in (True, False, None)
    assert fw.parse_ufw_status(text) in (True, False, None)
    assert (
        fw.parse_systemctl_is_active(text) is None or len(fw.parse_systemctl_is_active(text)) == 3
    )
    assert fw.parse_nft_ruleset(text) in (True, False, None)
    assert fw.parse_iptables_input(text) in (True, False, None)
    assert fw.nftables_conf_filters_input(text) in (True, False)
    assert fw.parse_mac_globalstate(text) in (*fw.MacState, None)
    assert fw.parse_mac_stealth(text) in (True, False, None)


@given(st.integers(min_value=-5, max_value=300) | st.none(), st.text())
def test_firewalld_parser_total(rc, text):
    state = fw.parse_firewalld_state(rc, text)
    if rc not in (0, 252):
        assert state is None


@given(st.text())
def test_windows_parser_raises_only_parse_error(text):
    with contextlib.suppress(ParseError):
        fw.parse_windows_firewall(text)


@given(_json)
def test_structured_parsers_survive_any_json(value):
    text = json.dumps(value)
    assert fw.parse_nft_ruleset(text) in (True, False, None)
    assert fw.parse_nft_ruleset(json.dumps({"nftables": value})) in (True, False, None)
    try:
        finding = fw.evaluate_windows(fw.parse_windows_firewall(text))
    except ParseError:
        return
    assert finding.status in Status


def test_probe_timeouts_fit_the_check_budget():
    assert max(fw._FAST, fw._TOOL, fw._POWERSHELL) <= fw.META.timeout


# ----- review regressions -------------------------------------------------------------------

EMPTY_IPTABLES = (
    "Chain INPUT (policy ACCEPT)\ntarget     prot opt source               destination\n"
)


def nft(*items):
    return json.dumps({"nftables": [{"metainfo": {"version": "1.0.6"}}, *items]})


def nft_chain(table="filter", name="input", policy="accept", hook="input"):
    return {
        "chain": {
            "family": "inet",
            "table": table,
            "name": name,
            "type": "filter",
            "hook": hook,
            "prio": 0,
            "policy": policy,
        }
    }


def nft_rule(*expr, table="filter", chain="input"):
    return {"rule": {"family": "inet", "table": table, "chain": chain, "expr": list(expr)}}


def match(left, right, op="=="):
    return {"match": {"op": op, "left": left, "right": right}}


CT_STATE = {"ct": {"key": "state"}}
SADDR = {"payload": {"protocol": "ip", "field": "saddr"}}
DPORT = {"payload": {"protocol": "tcp", "field": "dport"}}
IIFNAME = {"meta": {"key": "iifname"}}

FAIL2BAN_ONLY = nft(
    {"table": {"family": "inet", "name": "f2b-table"}},
    nft_chain("f2b-table", "f2b-chain"),
    nft_rule(
        match(DPORT, 22),
        match(SADDR, "@addr-set-sshd"),
        {"reject": None},
        table="f2b-table",
        chain="f2b-chain",
    ),
)
INVALID_DROP_ONLY = nft(
    nft_chain(), nft_rule(match(CT_STATE, "invalid", op="in"), {"counter": None}, {"drop": None})
)


def root_linux(commands):
    return machine(
        platform=as_root("debian"), commands={fw.SYSTEMCTL_IS_ACTIVE: units(), **commands}
    )


@pytest.mark.parametrize(
    "outcome,reason",
    [
        (CommandOutcome.TIMEOUT, "did not answer in time"),
        (
            CommandOutcome.PERMISSION_DENIED,
            "The firewall rules cannot be read without administrator rights.",
        ),
        (CommandOutcome.FAILED, "could not be started"),
    ],
)
def test_nft_without_answer_is_unknown_even_if_iptables_is_empty(outcome, reason):
    """iptables(-nft) cannot see native nft tables: an empty INPUT chain is not proof."""
    seams = root_linux({fw.NFT_RULESET: outcome, fw.IPTABLES_INPUT: ok(EMPTY_IPTABLES)})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert reason in finding.reason
    assert finding.evidence["sources"][0]["state"] == "no_answer"


def test_missing_nft_with_empty_iptables_is_still_off():
    seams = root_linux(
        {fw.NFT_RULESET: CommandOutcome.NOT_FOUND, fw.IPTABLES_INPUT: ok(EMPTY_IPTABLES)}
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert_fix(finding)


@pytest.mark.parametrize("ruleset", [FAIL2BAN_ONLY, INVALID_DROP_ONLY], ids=["f2b", "invalid"])
def test_root_ruleset_with_only_narrow_drops_is_off_not_on(ruleset):
    finding = run_check(CHECK, root_linux({fw.NFT_RULESET: ok(ruleset)}))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    assert_fix(finding, fw.FIX_UFW_INSTALL)


@pytest.mark.parametrize("where", ["stderr", "stdout before", "stdout after"])
def test_iptables_legacy_tables_it_does_not_show_are_not_off(where):
    """iptables-nft warns that iptables-legacy holds tables of its own: rules neither it nor
    nft shows, which may be the firewall. An empty INPUT chain is then no proof of "off"."""
    empty = linux("iptables-root-accept-empty.txt")
    warning = linux("iptables-legacy-tables-present.stderr")
    answer = {
        "stderr": ok(empty, 0, warning),
        "stdout before": ok(warning + empty),
        "stdout after": ok(empty + "\n" + warning),
    }[where]
    assert fw.parse_iptables_input(answer[1] + answer[2]) is None
    seams = root_linux(
        {fw.NFT_RULESET: ok(linux("nft-root-empty.json")), fw.IPTABLES_INPUT: answer}
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "iptables-legacy tables" in finding.reason
    # A chain that filters is still a firewall, whatever else is hidden.
    assert fw.parse_iptables_input(linux("iptables-ufw.txt") + warning) is True


@pytest.mark.parametrize(
    ("inside", "files", "reason"),
    [
        ("container", {"/run/systemd/container": "docker\n"}, "looks like a container"),
        (
            "container",
            {"/proc/self/mounts": "overlay / overlay rw,relatime,lowerdir=/l,upperdir=/u 0 0\n"},
            "looks like a container",
        ),
        (
            "wsl",
            {"/proc/sys/kernel/osrelease": "5.15.167.4-microsoft-standard-WSL2\n"},
            "inside Windows (WSL)",
        ),
    ],
)
def test_off_inside_a_container_or_wsl_is_not_firewall_off(inside, files, reason):
    """Inside a container (its own rules, its image's ufw.conf) or WSL (behind Windows), "off"
    says nothing of what other devices on the network can reach."""
    root = machine(
        platform=as_root("debian"),
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: NO_SYSTEMD,
            fw.NFT_RULESET: ok(linux("nft-root-empty.json")),
            fw.IPTABLES_INPUT: ok(linux("iptables-root-accept-empty.txt")),
        },
        files=files,
    )
    user = machine(
        "ubuntu",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units()},
        files={fw.UFW_CONF: linux("ufw.conf-disabled"), **files},
    )
    for seams in (root, user):
        finding = run_check(CHECK, seams)
        assert finding.status is Status.UNKNOWN
        assert reason in finding.reason
        assert finding.evidence["inside"] == inside
        assert finding.fix is None
    # A firewall that is on in there guards only the container (or WSL), not the computer
    # the check is about: unknown too, saying what was seen (it passed before).
    on = machine(
        "ubuntu",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(ufw="active")},
        files={fw.UFW_CONF: linux("ufw.conf-enabled"), **files},
    )
    finding = run_check(CHECK, on)
    assert finding.status is Status.UNKNOWN
    assert reason in finding.reason
    assert finding.evidence["inside"] == inside
    assert "The firewall in here is on (ufw)" in finding.detail
    assert "not the computer it runs on" in finding.detail
    # The same firewall on a computer of its own passes.
    own = machine(
        "ubuntu",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(ufw="active")},
        files={fw.UFW_CONF: linux("ufw.conf-enabled")},
    )
    assert run_check(CHECK, own).status is Status.PASS


def test_evaluate_linux_on_inside_is_unknown_not_a_pass():
    on = fw.Observation("ufw", fw.Signal.ON, "ufw is active")
    for inside in ("container", "wsl"):
        facts = fw.LinuxFirewall((on,), True, True, False, inside)
        finding = fw.evaluate_linux(facts)
        assert finding.status is Status.UNKNOWN, inside
        assert finding.reason == fw._INSIDE_REASONS[inside]


def test_a_composefs_root_is_this_computer_and_its_firewall_off_fails():
    mounts = fixture_text("secure_boot", "linux", "proc-mounts-fedora-atomic-composefs.txt")
    seams = machine(
        "fedora",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(), fw.FIREWALLD_STATE: ok("not running\n", 252)},
        files={"/proc/self/mounts": mounts},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert "inside" not in finding.evidence


def test_root_iptables_dropping_one_address_is_off_not_on():
    text = EMPTY_IPTABLES + "DROP       all  --  203.0.113.5          0.0.0.0/0\n"
    finding = run_check(CHECK, root_linux({fw.IPTABLES_INPUT: ok(text)}))
    assert finding.status is Status.FAIL
    assert_fix(finding)


def test_nftables_service_whose_conf_only_drops_invalid_packets_is_not_proof():
    conf = (
        "table inet filter {\n chain input {\n  type filter hook input priority 0; policy accept;\n"
        "  ct state invalid drop\n }\n}\n"
    )
    seams = machine(
        "debian",
        commands={fw.SYSTEMCTL_IS_ACTIVE: units(nftables="active")},
        files={"/etc/nftables.conf": conf},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "The firewall rules cannot be read without administrator rights."


def test_nft_parser_what_counts_as_filtering():
    accept = nft_chain()
    # An unconditional final drop/reject (counter and log allowed) filters like policy drop.
    final_drop = nft_rule({"counter": {"packets": 0, "bytes": 0}}, {"log": None}, {"drop": None})
    assert fw.parse_nft_ruleset(nft(accept, final_drop)) is True
    final_reject = nft_rule({"reject": {"type": "icmpx", "expr": "admin-prohibited"}})
    assert fw.parse_nft_ruleset(nft(accept, final_reject)) is True
    # ... but not behind an unconditional accept.
    accept_all = nft_rule({"accept": None})
    assert fw.parse_nft_ruleset(nft(accept, accept_all, final_drop)) is False
    # An unconditional jump to a chain that ends in a drop filters too.
    jump = nft_rule({"jump": {"target": "my_rules"}})
    inner = nft_rule({"drop": None}, chain="my_rules")
    assert fw.parse_nft_ruleset(nft(accept, jump, inner)) is True
    # Behind a narrow condition the same chain only bans some addresses.
    banned = nft_rule(match(SADDR, "@banned"), {"jump": {"target": "my_rules"}})
    assert fw.parse_nft_ruleset(nft(accept, banned, inner)) is False
    # Source bans, invalid packets, fail2ban/crowdsec/sshguard tables are not a firewall.
    ban = nft_rule(match(SADDR, "203.0.113.5"), {"drop": None})
    assert fw.parse_nft_ruleset(nft(accept, ban)) is False
    crowdsec = nft(
        nft_chain("crowdsec", "crowdsec-chain"),
        nft_rule(match(SADDR, "@crowdsec-blacklists"), {"drop": None}, table="crowdsec"),
    )
    assert fw.parse_nft_ruleset(crowdsec) is False
    vmap_invalid = nft_rule(
        {
            "vmap": {
                "key": CT_STATE,
                "data": {"set": [["established", {"accept": None}], ["invalid", {"drop": None}]]},
            }
        }
    )
    assert fw.parse_nft_ruleset(nft(accept, vmap_invalid)) is False
    # Drops under conditions we cannot weigh: unclear, never "off".
    for rule in (
        nft_rule(match(IIFNAME, "wlan0"), {"drop": None}),
        nft_rule(match(DPORT, 22, op="!="), {"drop": None}),
        nft_rule(
            match(SADDR, {"prefix": {"addr": "192.168.0.0", "len": 16}}, "!="), {"drop": None}
        ),
        nft_rule(match(CT_STATE, "new"), {"drop": None}),
    ):
        assert fw.parse_nft_ruleset(nft(accept, rule)) is None
    # A drop in a forward or output chain does not protect this machine.
    forward = nft_chain(name="forward", hook="forward")
    assert fw.parse_nft_ruleset(nft(forward, nft_rule({"drop": None}, chain="forward"))) is False
    # Firewall chains count even behind a condition (firewalld's zones, ufw).
    zones = nft_rule(match(IIFNAME, "eth0"), {"goto": {"target": "filter_INPUT_ZONES"}})
    assert fw.parse_nft_ruleset(nft(accept, zones)) is True


def test_root_ruleset_with_unclear_drops_is_unknown():
    ruleset = nft(nft_chain(), nft_rule(match(IIFNAME, "wlan0"), {"drop": None}))
    seams = root_linux({fw.NFT_RULESET: ok(ruleset), fw.IPTABLES_INPUT: ok(EMPTY_IPTABLES)})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN


def test_iptables_parser_what_counts_as_filtering():
    row = "{target:<10} {prot:<4} --  {src:<20} 0.0.0.0/0            {extra}\n"

    def chain(*rows):
        return EMPTY_IPTABLES + "".join(
            row.format(**{"prot": "all", "src": "0.0.0.0/0", "extra": "", **r}) for r in rows
        )

    assert fw.parse_iptables_input(chain({"target": "DROP"})) is True
    final_reject = chain(
        {"target": "ACCEPT", "extra": "state RELATED,ESTABLISHED"},
        {"target": "REJECT", "extra": "reject-with icmp-port-unreachable"},
    )
    assert fw.parse_iptables_input(final_reject) is True
    assert fw.parse_iptables_input(chain({"target": "DROP", "src": "203.0.113.5"})) is False
    assert fw.parse_iptables_input(chain({"target": "DROP", "extra": "ctstate INVALID"})) is False
    assert fw.parse_iptables_input(chain({"target": "f2b-sshd", "extra": "multiport"})) is False
    assert (
        fw.parse_iptables_input(
            chain({"target": "DROP", "extra": "match-set crowdsec-blacklists src"})
        )
        is False
    )
    assert fw.parse_iptables_input(chain({"target": "DROP", "prot": "tcp", "extra": "dpt:23"})) is (
        None
    )
    assert fw.parse_iptables_input(chain({"target": "DROP", "src": "!10.0.0.0/8"})) is None


def test_nftables_conf_parser_what_counts_as_filtering():
    def conf(*lines):
        body = "\n".join(f"  {line}" for line in lines)
        return (
            "table inet filter {\n chain input {\n  type filter hook input priority 0;\n"
            f"{body}\n }}\n}}\n"
        )

    assert fw.nftables_conf_filters_input(conf("policy drop;")) is True
    assert fw.nftables_conf_filters_input(conf("ct state established accept", "drop")) is True
    assert fw.nftables_conf_filters_input(conf("counter reject with icmpx admin-prohibited"))
    assert fw.nftables_conf_filters_input(conf('log prefix "in: " counter drop')) is True
    assert fw.nftables_conf_filters_input(conf("jump ufw-before-input")) is True
    assert fw.nftables_conf_filters_input(conf("ct state invalid drop")) is False
    assert fw.nftables_conf_filters_input(conf("ip saddr 203.0.113.5 drop")) is False
    assert fw.nftables_conf_filters_input(conf("policy accept;", "tcp dport 23 reject")) is False


def _timeouts(seams):
    recorder = MeteredCommands(seams.commands)
    run_check(CHECK, dataclasses.replace(seams, commands=recorder))
    return recorder


def test_every_probe_path_fits_the_check_deadline():
    """The runner kills the check at META.timeout: the probes of the longest path (Linux, root,
    ufw installed, nothing says "on") must fit in it, or the last ones never get to answer."""
    linux_root = machine(
        platform=as_root("ubuntu"),
        files={fw.UFW_CONF: linux("ufw.conf-enabled")},
        commands={
            fw.SYSTEMCTL_IS_ACTIVE: units(),
            fw.UFW_STATUS: ok(linux("ufw-status-inactive.txt")),
            fw.FIREWALLD_STATE: ok("not running\n", 252),
            fw.NFT_RULESET: ok(linux("nft-root-empty.json")),
            fw.IPTABLES_INPUT: ok(EMPTY_IPTABLES),
        },
    )
    linux_path = _timeouts(linux_root)
    assert len(linux_path.calls) == 5
    mac_path = _timeouts(mac(ok(macos("socketfilterfw-pareto-139.txt")), ok("x")))
    assert len(mac_path.calls) == 2
    windows_path = _timeouts(win(windows("all-on-public-wifi.json")))
    assert len(windows_path.calls) == 1
    for path in (linux_path, mac_path, windows_path):
        assert path.total <= fw.META.timeout, path.calls


LOCAL_STORE_REASON = (
    "Only the local firewall settings could be read, not the effective (group policy) ones."
)


@pytest.mark.parametrize(
    "fixture", ["public-off-active.json", "all-on-public-wifi.json", "domain-off-inactive.json"]
)
def test_windows_local_store_only_is_unknown(fixture):
    text = windows(fixture).replace('"ActiveStore"', '"PersistentStore"')
    assert '"PersistentStore"' in text
    finding = run_check(CHECK, win(text))
    assert finding.status is Status.UNKNOWN
    assert finding.reason == LOCAL_STORE_REASON
    assert finding.evidence["policy_store"] == "PersistentStore"
    assert finding.fix is None


def test_windows_local_store_detail_says_what_it_said():
    text = windows("public-off-active.json").replace('"ActiveStore"', '"PersistentStore"')
    finding = run_check(CHECK, win(text))
    assert "Public" in finding.detail
    assert "local" in finding.detail


HOSTILE = [
    "[" * 100000,
    "{" * 100000,
    '{"nftables": [' * 50000,
    "1" * 5000,
    '{"nftables": [{"chain": {"prio": ' + "9" * 5000 + "}}]}",
    '{"Store":"ActiveStore","Profiles":[{"Name":"Public","Enabled":' + "1" * 5000 + "}]}",
    "\x00" * 64,
    '{"Store":"ActiveStore"\x00}',
    "\ufeff",
    "\ufeff\ufeff{}",
    "\ufeff[]",
    "Chain INPUT (policy ACCEPT)\n\x00\nDROP\x00 all\n",
    "Chain INPUT (policy ACCEPT)\n" + "target " * 10000,
    "chain x {" * 10000 + "hook input drop",
    "chain x {" * 20000,  # was quadratic: each chain scanned to the end of the text
    "table t { chain input { type filter hook input priority 0;\n log " + " " * 100000 + "x }}",
    "\ud800",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_parsers_survive_hostile_input(text):
    assert fw.parse_ufw_conf(text) in (True, False, None)
    assert fw.parse_ufw_status(text) in (True, False, None)
    assert fw.parse_systemctl_is_active(text) is None
    assert fw.parse_firewalld_state(0, text) in (True, False, None)
    assert fw.parse_nft_ruleset(text) in (True, False, None)
    assert fw.parse_iptables_input(text) in (True, False, None)
    assert fw.nftables_conf_filters_input(text) in (True, False)
    assert fw.parse_mac_globalstate(text) in (*fw.MacState, None)
    assert fw.parse_mac_stealth(text) in (True, False, None)
    with pytest.raises(ParseError):
        fw.parse_windows_firewall(text)
