from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import open_wifi as ow
from hygiene_app.checks import vpn
from hygiene_app.checks.open_wifi import WifiSecurity
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, InterfaceAddress, NetInterface
from tests.support import fixture_text, machine, ok, run_check

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
    assert finding.evidence["ssid"] == "Cafe Free WiFi"
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
    assert "only carries some traffic" in finding.detail


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
    assert finding.evidence["ssid"] == "Test-Guest"


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


# ----- macOS ----------------------------------------------------------------------------------

UTUN4 = NetInterface(
    "utun4",
    True,
    ("up", "pointopoint", "running"),
    (InterfaceAddress("ipv4", "100.86.1.2", "255.255.255.255", "100.86.1.2"),),
)


def mac(profiler, route_fixture=None, interfaces=()):
    commands = {ow.MAC_AIRPORT: profiler}
    if route_fixture:
        commands[vpn.MAC_ROUTE_GET] = ok(text(route_fixture))
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
    assert "this network" in fail.detail  # a redacted name is not shown as a name
    ok_vpn = run_check(CHECK, mac(profiler, "macos-route-get-utun4.txt", [UTUN4]))
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


def test_macos_security_values():
    assert ow.classify_macos_security("None") is WifiSecurity.OPEN
    assert ow.classify_macos_security("WEP") is WifiSecurity.WEP
    assert ow.classify_macos_security("WPA/WPA2 Personal") is WifiSecurity.SECURED
    assert ow.classify_macos_security("WPA3 Enterprise") is WifiSecurity.SECURED
    assert ow.classify_macos_security("OWE") is WifiSecurity.SECURED
    assert ow.classify_macos_security("Sécurité inconnue") is WifiSecurity.UNKNOWN


# ----- properties -----------------------------------------------------------------------------


@given(st.text())
def test_wifi_parsers_never_crash_and_unknown_says_why(text_in):
    for parser in (ow.parse_nmcli_wifi, ow.parse_netsh_wlan, ow.parse_system_profiler_wifi):
        state = parser(text_in)
        assert isinstance(state.security, WifiSecurity)
        if state.security is WifiSecurity.UNKNOWN:
            assert state.reason
        ow.evaluate(state, None)


@given(st.text())
def test_split_terse_round_trips_escaped_fields(field):
    escaped = field.replace("\\", "\\\\").replace(":", "\\:")
    assert ow.split_terse(f"yes:{escaped}:WPA2") == ["yes", field, "WPA2"]


@given(st.lists(st.sampled_from(["yes", "no", "WPA2", "WEP", "", "a\\:b", ":", "\\"]), max_size=8))
def test_nmcli_structured_noise(parts):
    state = ow.parse_nmcli_wifi(":".join(parts))
    assert state.security in WifiSecurity
