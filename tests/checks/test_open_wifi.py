import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import open_wifi as ow
from hygiene_app.checks import vpn
from hygiene_app.checks.open_wifi import WifiSecurity
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.nmcli_terse import split_terse
from hygiene_app.engine.probes import CommandOutcome, InterfaceAddress, NetInterface
from tests.support import MeteredCommands, fixture_text, machine, ok, run_check

CHECK = ow.OpenWifiCheck()


def text(name: str) -> str:
    return fixture_text("network", name)


WLAN = NetInterface(
    "wlp2s0",
    True,
    ("up", "broadcast", "running", "multicast"),
    (InterfaceAddress("ipv4", "192.168.1.23", "255.255.255.0"),),
)
TUN0 = NetInterface(
    "tun0",
    True,
    ("up", "pointopoint", "running", "noarp", "multicast"),
    (InterfaceAddress("ipv4", "10.8.0.2", "255.255.255.0", "10.8.0.2"),),
)
ROUTE_VIA_WLAN = ok('[{"dst":"1.1.1.1","gateway":"192.168.1.1","dev":"wlp2s0","flags":[]}]')


# ----- Linux ----------------------------------------------------------------------------------


def test_linux_open_wifi_without_vpn_fails_high_with_guide():
    seams = machine(
        "ubuntu",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ROUTE_VIA_WLAN,
        },
        interfaces=[WLAN],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    assert finding.summary == "Connected to open Wi-Fi without a VPN"
    assert finding.evidence["ssid_visible"] is True
    assert finding.fix is not None and finding.fix.verify_check == "NET-003"
    assert any(
        s.command == "nmcli connection up <name>" for s in finding.fix.steps_for(OSFamily.LINUX)
    )


def test_linux_open_wifi_with_full_tunnel_passes():
    seams = machine(
        "ubuntu",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ok(text("linux-ip-route-get-tun0-def1.json")),
            vpn.IP_ROUTE_GET_SECOND: ok(text("linux-ip-route-get-second-tun0-def1.json")),
        },
        interfaces=[WLAN, TUN0],
        processes=["openvpn"],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_full_tunnel"] is True


def test_linux_open_wifi_with_split_tunnel_still_fails():
    seams = machine(
        "ubuntu",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ROUTE_VIA_WLAN,
        },
        interfaces=[WLAN, TUN0],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    assert "only carries some traffic" in finding.detail
    assert finding.summary == "On open Wi-Fi; your VPN protects only some of your traffic"
    assert "without a VPN" not in finding.summary


def test_linux_open_wifi_with_vpn_carrying_only_the_resolver_address_fails_as_split():
    seams = machine(
        "ubuntu",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ok(text("linux-ip-route-get-tun0-def1.json")),
            vpn.IP_ROUTE_GET_SECOND: ok(text("linux-ip-route-get-second-eth0.json")),
        },
        interfaces=[WLAN, TUN0],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.summary == "On open Wi-Fi; your VPN protects only some of your traffic"


@pytest.mark.parametrize(
    "route",
    [
        CommandOutcome.TIMEOUT,
        CommandOutcome.NOT_FOUND,
        ok("", 1, "Error: ipv4: FIB table does not exist."),
        ok("not json"),
    ],
)
def test_linux_open_wifi_with_unreadable_route_and_no_tunnel_warns_not_fails(route):
    seams = machine(
        "debian",
        commands={ow.NMCLI_WIFI: ok("yes:CafeFree:\nno:Other:WPA2\n"), vpn.IP_ROUTE_GET: route},
        interfaces=[WLAN],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert finding.fix is not None and finding.fix.verify_check == "NET-003"
    assert finding.evidence["vpn_active"] is None


def test_linux_open_wifi_with_ppp_link_as_route_warns():
    ppp = NetInterface(
        "ppp0", True, ("up", "pointopoint"), (InterfaceAddress("ipv4", "100.64.3.4"),)
    )
    seams = machine(
        "debian",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ok('[{"dst":"1.1.1.1","dev":"ppp0"}]'),
        },
        interfaces=[WLAN, ppp],
        processes=["pppd"],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert "dial-up or DSL" in finding.detail


def test_linux_open_wifi_with_ppp_link_beside_the_wifi_route_fails():
    ppp = NetInterface(
        "ppp0", True, ("up", "pointopoint"), (InterfaceAddress("ipv4", "100.64.3.4"),)
    )
    seams = machine(
        "debian",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ROUTE_VIA_WLAN,
        },
        interfaces=[WLAN, ppp],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert "wlp2s0" in finding.detail and "dial-up or DSL" in finding.detail
    assert finding.fix is not None and finding.fix.verify_check == "NET-003"


def test_open_wifi_offline_without_tunnel_is_no_vpn():
    seams = machine(
        "debian",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ok("", 2, text("linux-ip-route-get-unreachable.txt")),
        },
        interfaces=[WLAN],
    )
    assert run_check(CHECK, seams).status is Status.FAIL


def test_linux_open_wifi_when_vpn_state_unknown_warns_not_passes():
    seams = machine(
        "ubuntu",
        commands={
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: CommandOutcome.TIMEOUT,
        },
        interfaces=[WLAN, TUN0],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.fix is not None


def test_linux_secured_wifi_passes_without_asking_for_routes():
    seams = machine("ubuntu", commands={ow.NMCLI_WIFI: ok(text("linux-nmcli-home-wpa2.txt"))})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["wifi_security"] == "WPA2"
    assert "vpn_active" not in finding.evidence


def test_nmcli_escaped_colon_in_ssid():
    state = ow.parse_nmcli_wifi(text("linux-nmcli-escaped-ssid.txt"))
    assert (state.security, state.ssid, state.raw_security) == (
        WifiSecurity.SECURED,
        "weird:ssid",
        "WPA1 WPA2",
    )


def test_nmcli_security_values():
    assert ow.classify_nmcli_security("") is WifiSecurity.OPEN
    assert ow.classify_nmcli_security("--") is WifiSecurity.OPEN
    assert ow.classify_nmcli_security("WEP") is WifiSecurity.WEP
    assert ow.classify_nmcli_security("OWE") is WifiSecurity.SECURED
    assert ow.classify_nmcli_security("WPA2 802.1X") is WifiSecurity.SECURED
    assert ow.classify_nmcli_security("WAPI") is WifiSecurity.UNKNOWN


def test_nmcli_no_active_row_or_empty_is_not_on_wifi_and_garbage_is_unknown():
    assert ow.parse_nmcli_wifi("no:HomeNet:WPA2\n").security is WifiSecurity.NOT_CONNECTED
    assert ow.parse_nmcli_wifi("").security is WifiSecurity.NOT_CONNECTED
    assert ow.parse_nmcli_wifi("ja:HomeNet:WPA2\n").security is WifiSecurity.UNKNOWN


def test_linux_without_nmcli_and_no_wifi_interface_passes_with_evidence():
    seams = machine(
        "debian",
        commands={ow.NMCLI_WIFI: CommandOutcome.NOT_FOUND},
        interfaces=[NetInterface("eth0", True, ("up",), (InterfaceAddress("ipv4", "192.0.2.2"),))],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.summary == "Not connected to Wi-Fi"
    assert finding.detail == "no Wi-Fi interface"


def test_linux_without_nmcli_but_connected_wifi_is_unknown():
    seams = machine("debian", commands={ow.NMCLI_WIFI: CommandOutcome.NOT_FOUND}, interfaces=[WLAN])
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "wlp2s0" in finding.reason and "not installed" in finding.reason


def test_linux_wifi_connected_outside_networkmanager_is_unknown():
    seams = machine("arch", commands={ow.NMCLI_WIFI: ok("")}, interfaces=[WLAN])
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "NetworkManager does not manage it" in finding.reason


VETH_ETH0 = NetInterface(
    "eth0", True, ("up", "broadcast", "running"), (InterfaceAddress("ipv4", "172.17.0.2"),)
)


@pytest.mark.parametrize(
    "inside",
    [
        {"mtimes": {"/.dockerenv": 0.0}},
        {
            "files": {
                "/proc/self/mounts": fixture_text(
                    "disk_encryption/linux", "proc-mounts-docker-overlay.txt"
                )
            }
        },
        {
            "files": {
                "/proc/sys/kernel/osrelease": fixture_text(
                    "disk_encryption/linux", "osrelease-wsl2.txt"
                )
            }
        },
    ],
    ids=["docker", "overlay-root", "wsl2"],
)
def test_linux_in_a_container_or_wsl_without_wifi_is_unknown_not_off_wifi(inside, request):
    # Its eth0 is a virtual one; the computer it runs on may well be on open Wi-Fi.
    seams = machine(
        "debian",
        commands={ow.NMCLI_WIFI: CommandOutcome.NOT_FOUND},
        interfaces=[VETH_ETH0],
        **inside,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    wsl = request.node.callspec.id == "wsl2"
    # A WSL user is told about Windows, not "a container".
    assert ("inside Windows (WSL)" if wsl else "looks like a container") in finding.reason
    # The same machine outside a container is off Wi-Fi.
    plain = machine(
        "debian", commands={ow.NMCLI_WIFI: CommandOutcome.NOT_FOUND}, interfaces=[VETH_ETH0]
    )
    assert run_check(CHECK, plain).status is Status.PASS


def test_linux_networkmanager_stopped_with_idle_wifi_passes():
    idle = NetInterface("wlan0", False, ("broadcast", "multicast"), ())
    seams = machine(
        "debian",
        commands={ow.NMCLI_WIFI: ok("", 8, text("linux-nmcli-nm-not-running.txt"))},
        interfaces=[idle],
    )
    assert run_check(CHECK, seams).status is Status.PASS


# ----- Windows --------------------------------------------------------------------------------


def windows(netsh, vpn_fixture=None, processes=()):
    commands = {ow.NETSH_WLAN: netsh}
    if vpn_fixture:
        commands[vpn.WINDOWS_VPN_PROBE] = ok(text(vpn_fixture))
    return machine("windows", commands=commands, processes=processes)


def test_windows_wpa2_passes():
    finding = run_check(CHECK, windows(ok(text("windows-netsh-wpa2.txt"))))
    assert finding.status is Status.PASS
    assert finding.evidence["wifi_security"] == "WPA2-Personal"


def test_windows_open_without_vpn_fails():
    finding = run_check(
        CHECK, windows(ok(text("windows-netsh-open.txt")), "windows-vpn-tailscale-split.json")
    )
    assert finding.status is Status.FAIL
    assert finding.evidence["ssid_visible"] is True


def test_windows_open_with_route_error_warns_not_fails():
    doc = {
        "Adapters": [
            {
                "Name": "Wi-Fi",
                "InterfaceDescription": "Intel Wi-Fi 6",
                "HardwareInterface": True,
                "Status": "Up",
            }
        ],
        "RouteInterface": None,
        "RouteError": "boom",
        "SecondRouteInterface": None,
        "SecondRouteError": "boom",
        "VpnConnections": [],
    }
    seams = machine(
        "windows",
        commands={
            ow.NETSH_WLAN: ok(text("windows-netsh-open.txt")),
            vpn.WINDOWS_VPN_PROBE: ok(json.dumps(doc)),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert "boom" in finding.detail


def test_windows_open_with_globalprotect_full_tunnel_passes():
    finding = run_check(
        CHECK, windows(ok(text("windows-netsh-open.txt")), "windows-vpn-globalprotect-full.json")
    )
    assert finding.status is Status.PASS


def test_windows_location_denied_is_unknown_with_location_fix():
    finding = run_check(CHECK, windows(ok(text("windows-netsh-location-denied.txt"), 1)))
    assert finding.status is Status.UNKNOWN
    assert "location" in finding.reason
    assert finding.fix is not None and finding.fix.verify_check == "NET-003"
    links = [s.link for s in finding.fix.steps_for(OSFamily.WINDOWS)]
    assert "ms-settings:privacy-location" in links


def test_windows_no_wireless_interface_and_stopped_service_are_not_on_wifi():
    for name in ("windows-netsh-no-wireless.txt", "windows-netsh-wlansvc-stopped.txt"):
        finding = run_check(CHECK, windows(ok(text(name), 1)))
        assert finding.status is Status.PASS, name


def test_windows_localized_output_is_unknown():
    finding = run_check(CHECK, windows(ok(text("windows-netsh-chinese.txt"))))
    assert finding.status is Status.UNKNOWN
    assert "not in English" in finding.reason


def test_windows_netsh_missing_is_unknown():
    assert run_check(CHECK, windows(CommandOutcome.NOT_FOUND)).status is Status.UNKNOWN


def test_netsh_two_interfaces_one_open_and_wep():
    two = (
        "There are 2 interfaces on the system:\n\n"
        "    Name                   : Wi-Fi\n    State                  : disconnected\n\n"
        "    Name                   : Wi-Fi 2\n    State                  : connected\n"
        "    SSID                   : Old Router\n    Authentication         : Open\n"
        "    Cipher                 : WEP\n"
    )
    state = ow.parse_netsh_wlan(two)
    assert (state.security, state.ssid) == (WifiSecurity.WEP, "Old Router")
    only_disconnected = "    Name : Wi-Fi\n    State : disconnected\n"
    assert ow.parse_netsh_wlan(only_disconnected).security is WifiSecurity.NOT_CONNECTED


@pytest.mark.parametrize("name", ["wlansvc not running", "Location services", "access is denied"])
def test_windows_open_network_named_like_a_netsh_message_still_fails(name):
    # Anyone can name a network; its name (SSID and profile lines) is not netsh speaking.
    netsh = text("windows-netsh-open-ssid-like-message.txt").replace("wlansvc not running", name)
    finding = run_check(CHECK, windows(ok(netsh), "windows-vpn-tailscale-split.json"))
    assert finding.status is Status.FAIL
    assert finding.fix is ow.FIX_OPEN_WIFI


# ----- macOS ----------------------------------------------------------------------------------

UTUN4 = NetInterface(
    "utun4",
    True,
    ("up", "pointopoint", "running"),
    (InterfaceAddress("ipv4", "100.86.1.2", "255.255.255.255", "100.86.1.2"),),
)


def mac(profiler, route_fixture=None, interfaces=(), second_fixture=None):
    commands = {ow.MAC_AIRPORT: profiler}
    if route_fixture:
        commands[vpn.MAC_ROUTE_GET] = ok(text(route_fixture))
    if second_fixture:
        commands[vpn.MAC_ROUTE_GET_SECOND] = ok(text(second_fixture))
    return machine("macos", commands=commands, interfaces=interfaces)


def test_macos_redacted_ssid_with_wpa2_passes():
    for name in (
        "macos-system-profiler-wpa2-redacted.txt",
        "macos-system-profiler-full-with-awdl0.txt",
    ):
        finding = run_check(CHECK, mac(ok(text(name))))
        assert finding.status is Status.PASS, name
        assert finding.evidence["wifi_security"] == "WPA2 Personal"


def test_macos_open_network_without_vpn_fails_and_with_vpn_passes():
    profiler = ok(text("macos-system-profiler-open.txt"))
    fail = run_check(CHECK, mac(profiler, "macos-route-get-default-en0.txt"))
    assert fail.status is Status.FAIL
    assert fail.evidence["wifi_security"] == "None"
    assert fail.evidence["ssid_visible"] is False  # `<redacted>` is not a name
    ok_vpn = run_check(
        CHECK,
        mac(profiler, "macos-route-get-utun4.txt", [UTUN4], "macos-route-get-second-utun4.txt"),
    )
    assert ok_vpn.status is Status.PASS


def test_macos_not_associated_is_not_on_wifi_even_if_nearby_networks_are_open():
    finding = run_check(CHECK, mac(ok(text("macos-system-profiler-not-associated.txt"))))
    assert finding.status is Status.PASS
    assert finding.evidence["wifi"] == "not_connected"


def test_macos_missing_security_line_or_unknown_output_is_unknown():
    no_security = text("macos-system-profiler-wpa2-redacted.txt").replace(
        "              Security: WPA2 Personal\n", ""
    )
    assert ow.parse_system_profiler_wifi(no_security).security is WifiSecurity.UNKNOWN
    assert ow.parse_system_profiler_wifi("").security is WifiSecurity.UNKNOWN
    localized = "WLAN:\n\n      Schnittstellen:\n        en0:\n          Status: Verbunden\n"
    assert ow.parse_system_profiler_wifi(localized).security is WifiSecurity.UNKNOWN
    assert run_check(CHECK, mac(CommandOutcome.TIMEOUT)).status is Status.UNKNOWN


def test_macos_localized_output_sharing_english_words_is_unknown_not_disconnected():
    # French and Spanish print "Wi-Fi:" and "Interfaces:" too, Japanese "Wi-Fi:": with the
    # current network's section translated, that is no sign of being off Wi-Fi.
    french = text("macos-system-profiler-french-open.txt")
    finding = run_check(CHECK, mac(ok(french)))
    assert finding.status is Status.UNKNOWN
    assert "not in English" in finding.reason
    japanese = (
        "Wi-Fi:\n\n      ソフトウェアのバージョン:\n      インターフェイス:\n        en0:\n"
        "          状況: 接続済み\n          現在のネットワーク情報:\n            <redacted>:\n"
        "              セキュリティ: なし\n"
    )
    assert ow.parse_system_profiler_wifi(japanese).security is WifiSecurity.UNKNOWN
    # A nearby network named like an English label is not one.
    named = french.replace("<redacted>:\n              Mode PHY: 802.11ax", "Card Type: x:\n x")
    assert ow.parse_system_profiler_wifi(named).security is WifiSecurity.UNKNOWN


def test_macos_empty_security_line_is_unknown_not_open():
    empty = text("macos-system-profiler-open.txt").replace(
        "              Security: None\n              Signal",
        "              Security:\n              Signal",
    )
    finding = run_check(CHECK, mac(ok(empty), "macos-route-get-default-en0.txt"))
    assert finding.status is Status.UNKNOWN
    assert "did not show the security of the current network" in finding.reason


def test_macos_security_values():
    assert ow.classify_macos_security("None") is WifiSecurity.OPEN
    assert ow.classify_macos_security("WEP") is WifiSecurity.WEP
    assert ow.classify_macos_security("WPA/WPA2 Personal") is WifiSecurity.SECURED
    assert ow.classify_macos_security("WPA3 Enterprise") is WifiSecurity.SECURED
    assert ow.classify_macos_security("OWE") is WifiSecurity.SECURED
    assert ow.classify_macos_security("Sécurité inconnue") is WifiSecurity.UNKNOWN


# ----- privacy --------------------------------------------------------------------------------


SSID_CASES = [
    (
        "ubuntu",
        {
            ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
            vpn.IP_ROUTE_GET: ROUTE_VIA_WLAN,
        },
        "Cafe Free WiFi",
    ),
    ("ubuntu", {ow.NMCLI_WIFI: ok(text("linux-nmcli-home-wpa2.txt"))}, "HomeNet"),
    (
        "windows",
        {
            ow.NETSH_WLAN: ok(text("windows-netsh-open.txt")),
            vpn.WINDOWS_VPN_PROBE: ok(text("windows-vpn-globalprotect-full.json")),
        },
        "Test-Guest",
    ),
    ("windows", {ow.NETSH_WLAN: ok(text("windows-netsh-wpa2.txt"))}, None),
]


@pytest.mark.parametrize(("os_name", "commands", "ssid"), SSID_CASES)
def test_ssid_never_appears_in_the_finding(os_name, commands, ssid):
    finding = run_check(CHECK, machine(os_name, commands=commands, interfaces=[WLAN]))
    assert "ssid" not in finding.evidence
    assert finding.evidence["ssid_visible"] is True
    wifi = ow.read_wifi(_ctx(machine(os_name, commands=commands)))
    name = ssid or wifi.ssid
    assert name
    dumped = json.dumps(
        [finding.summary, finding.detail, finding.reason, dict(finding.evidence)],
        ensure_ascii=False,
    )
    assert name not in dumped


def test_ssid_visible_is_false_for_hidden_or_redacted_names():
    for name in ("", "<redacted>", "<SSID>"):
        state = ow.WifiState(WifiSecurity.OPEN, name, "None")
        assert ow.evaluate(state, None).evidence["ssid_visible"] is False


# ----- time budget ----------------------------------------------------------------------------


def test_probe_timeouts_fit_the_check_budget_on_every_os():
    """The worst case on each OS: an open network, so the VPN lookup runs in full."""
    worst = {
        "linux": machine(
            "ubuntu",
            commands={
                ow.NMCLI_WIFI: ok(text("linux-nmcli-cafe-open.txt")),
                vpn.IP_ROUTE_GET: ok(text("linux-ip-route-get-tun0-def1.json")),
                vpn.IP_ROUTE_GET_SECOND: ok(text("linux-ip-route-get-second-tun0-def1.json")),
            },
            interfaces=[WLAN, TUN0],
        ),
        "macos": mac(
            ok(text("macos-system-profiler-open.txt")),
            "macos-route-get-utun4.txt",
            [UTUN4],
            "macos-route-get-second-utun4.txt",
        ),
        "windows": windows(
            ok(text("windows-netsh-open.txt")), "windows-vpn-globalprotect-full.json"
        ),
    }
    for os_name, seams in worst.items():
        recorder = MeteredCommands(seams.commands)
        finding = run_check(CHECK, dataclasses.replace(seams, commands=recorder))
        assert finding.status is Status.PASS, os_name
        assert len(recorder.calls) == (2 if os_name == "windows" else 3), os_name
        total = recorder.total
        assert total <= ow.META.timeout, (os_name, total)


def _ctx(seams):
    from hygiene_app.engine.context import ProbeContext

    return ProbeContext(seams)


# ----- properties -----------------------------------------------------------------------------


@given(st.text())
def test_wifi_parsers_never_crash_and_unknown_says_why(text_in):
    for parser in (ow.parse_nmcli_wifi, ow.parse_netsh_wlan, ow.parse_system_profiler_wifi):
        state = parser(text_in)
        assert isinstance(state.security, WifiSecurity)
        if state.security is WifiSecurity.UNKNOWN:
            assert state.reason
        ow.evaluate(state, None)


_VPN_STATES = st.builds(
    vpn.VpnState,
    st.sampled_from([True, False, None]),
    st.sampled_from(["", "tun0"]),
    st.sampled_from([True, False, None]),
    st.sampled_from(["", "OpenVPN"]),
    st.sampled_from(["", "why"]),
    st.sampled_from(["", "wlp2s0"]),
)


@given(st.sampled_from(list(WifiSecurity)), st.none() | _VPN_STATES)
def test_every_fail_or_warn_carries_the_guide_and_fail_needs_a_known_route(security, state):
    finding = ow.evaluate(ow.WifiState(security, "Net", "x", "why"), state)
    if finding.status in (Status.FAIL, Status.WARN):
        assert finding.fix is not None and finding.fix.verify_check == "NET-003"
    if finding.status is Status.FAIL:
        assert state is not None and state.full_tunnel is False


@given(st.text())
def test_split_terse_round_trips_escaped_fields(field):
    escaped = field.replace("\\", "\\\\").replace(":", "\\:")
    assert split_terse(f"yes:{escaped}:WPA2") == ["yes", field, "WPA2"]


@given(st.lists(st.sampled_from(["yes", "no", "WPA2", "WEP", "", "a\\:b", ":", "\\"]), max_size=8))
def test_nmcli_structured_noise(parts):
    state = ow.parse_nmcli_wifi(":".join(parts))
    assert state.security in WifiSecurity
