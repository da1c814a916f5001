import contextlib
import dataclasses
import ipaddress
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import vpn
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.model import Severity, Status
from hygiene_app.engine.probes import CommandOutcome, InterfaceAddress, NetInterface
from tests.support import MeteredCommands, fixture_text, machine, ok, run_check

CHECK = vpn.VpnCheck()


def interfaces(name: str) -> list[NetInterface]:
    """A recorded `LiveSystemFacts().interfaces()` in the snapshot's JSON layout."""
    return [
        NetInterface(
            name=i["name"],
            is_up=i["is_up"],
            flags=tuple(i["flags"]),
            addresses=tuple(InterfaceAddress(**a) for a in i["addresses"]),
        )
        for i in json.loads(fixture_text("network", name))
    ]


def _ip_route(fixture: str):
    text = fixture_text("network", fixture)
    return ok(text) if text.lstrip().startswith("[") else ok("", 2, text)


def linux(
    route_fixture: str | None,
    ifaces: str,
    processes=(),
    route=None,
    second=None,
    second_fixture=None,
):
    if route is None:
        route = _ip_route(route_fixture)
    commands = {vpn.IP_ROUTE_GET: route}
    if second_fixture is not None:
        second = _ip_route(second_fixture)
    if second is not None:
        commands[vpn.IP_ROUTE_GET_SECOND] = second
    return machine(
        "debian",
        commands=commands,
        interfaces=interfaces(ifaces),
        processes=processes,
    )


def windows(fixture: str, processes=()):
    return machine(
        "windows",
        commands={vpn.WINDOWS_VPN_PROBE: ok(fixture_text("network", fixture))},
        processes=processes,
    )


def windows_doc(fixture: str, **changes) -> str:
    doc = json.loads(fixture_text("network", fixture).lstrip("\ufeff"))
    doc.update(changes)
    return json.dumps(doc)


PPP0 = NetInterface(
    "ppp0", True, ("up", "pointopoint"), (InterfaceAddress("ipv4", "100.64.3.4", ptp="10.0.0.1"),)
)
ETH0 = NetInterface("eth0", True, ("up", "running"), (InterfaceAddress("ipv4", "192.168.1.23"),))
ROUTE_VIA_PPP0 = ok('[{"dst":"1.1.1.1","dev":"ppp0","prefsrc":"100.64.3.4"}]')


# ----- Linux ----------------------------------------------------------------------------------


def test_linux_no_vpn_is_informational_warn_with_guide():
    finding = run_check(CHECK, linux("linux-ip-route-get-eth0.json", "linux-interfaces-plain.json"))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.INFO
    assert finding.evidence["internet_interface"] == "eth0"
    assert finding.evidence["vpn_active"] is False
    assert finding.fix is not None and finding.fix.verify_check == "NET-002"


def test_linux_def1_routes_through_tun_is_full_tunnel_and_names_vendor_by_process():
    seams = linux(
        "linux-ip-route-get-tun0-def1.json",
        "linux-interfaces-tun0.json",
        processes=["openvpn", "systemd"],
        second_fixture="linux-ip-route-get-second-tun0-def1.json",
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_full_tunnel"] is True
    assert finding.evidence["vpn_interface"] == "tun0"
    assert finding.evidence["vpn_vendor"] == "OpenVPN"


def test_linux_tunnel_up_but_route_elsewhere_is_split():
    state = vpn.detect_vpn(
        _ctx(linux("linux-ip-route-get-tun0-split.json", "linux-interfaces-tun0.json"))
    )
    assert state == vpn.VpnState(True, "tun0", False, "", route_interface="eth0")
    finding = vpn.evaluate(state)
    assert finding.status is Status.PASS
    assert "split tunnel" in finding.summary


def test_tailscale_without_exit_node_is_split_and_with_exit_node_is_full():
    split = vpn.detect_vpn(
        _ctx(
            linux(
                "linux-ip-route-get-tailscale-no-exit-node.json",
                "linux-interfaces-tailscale.json",
                processes=["tailscaled"],
            )
        )
    )
    assert (split.active, split.full_tunnel, split.vendor) == (True, False, "Tailscale")
    full = vpn.detect_vpn(
        _ctx(
            linux(
                "linux-ip-route-get-tailscale-exit-node.json",
                "linux-interfaces-tailscale.json",
                second_fixture="linux-ip-route-get-second-tailscale-exit-node.json",
            )
        )
    )
    assert (full.active, full.full_tunnel, full.vendor) == (True, True, "Tailscale")


def test_vpn_process_alone_is_not_a_vpn():
    seams = linux(
        "linux-ip-route-get-eth0.json",
        "linux-interfaces-plain.json",
        processes=["openvpn", "tailscaled", "nordvpnd"],
    )
    assert run_check(CHECK, seams).evidence["vpn_active"] is False


def test_docker_bridge_carrying_route_is_not_a_vpn():
    route = ok('[{"dst":"1.1.1.1","dev":"docker0","prefsrc":"172.17.0.1","flags":[]}]')
    seams = linux(None, "linux-interfaces-plain.json", route=route)
    assert run_check(CHECK, seams).evidence["vpn_active"] is False


def test_calico_ip_in_ip_device_beside_the_internet_route_is_not_a_split_tunnel():
    # Calico (Kubernetes) gives the kernel's IP-in-IP device tunl0 an address; it encrypts
    # nothing and is no VPN, though its name begins like OpenVPN's tun0.
    tunl0 = NetInterface(
        "tunl0", True, ("up", "running", "noarp"), (InterfaceAddress("ipv4", "10.244.120.64"),)
    )
    seams = machine(
        "debian",
        commands={vpn.IP_ROUTE_GET: _ip_route("linux-ip-route-get-eth0.json")},
        interfaces=[*interfaces("linux-interfaces-plain.json"), tunl0],
        processes=["calico-node"],
    )
    finding = run_check(CHECK, seams)
    assert finding.evidence["vpn_active"] is False
    assert finding.summary == "No VPN connected"


def test_route_into_stopped_tunnel_is_unknown():
    stopped = [
        NetInterface(
            "wg0", False, ("up", "pointopoint", "noarp"), (InterfaceAddress("ipv4", "10.64.0.2"),)
        )
    ]
    seams = machine(
        "debian",
        commands={vpn.IP_ROUTE_GET: ok('[{"dst":"1.1.1.1","dev":"wg0","flags":[]}]')},
        interfaces=stopped,
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_mullvad_wireguard_interface_named_by_interface():
    state = vpn.judge_unix(
        vpn.RouteLookup("wg0-mullvad"),
        [
            NetInterface(
                "wg0-mullvad",
                True,
                ("up", "pointopoint", "running"),
                (InterfaceAddress("ipv4", "10.64.1.2"),),
            )
        ],
        [],
        vpn.RouteLookup("wg0-mullvad"),
    )
    assert (state.active, state.full_tunnel, state.vendor) == (True, True, "Mullvad VPN")


def test_ip_missing_falls_back_to_interfaces_and_says_routing_unknown():
    with_tunnel = linux(None, "linux-interfaces-tun0.json", route=CommandOutcome.NOT_FOUND)
    finding = run_check(CHECK, with_tunnel)
    assert finding.status is Status.UNKNOWN
    assert "tun0" in finding.reason and "not installed" in finding.reason
    without = linux(None, "linux-interfaces-plain.json", route=CommandOutcome.NOT_FOUND)
    finding = run_check(CHECK, without)
    assert finding.status is Status.UNKNOWN
    assert "not installed" in finding.reason
    assert finding.evidence["vpn_active"] is None


@pytest.mark.parametrize(
    "route",
    [
        CommandOutcome.TIMEOUT,
        CommandOutcome.PERMISSION_DENIED,
        ok("", 1, "Error: any valid prefix is expected rather than 1.1.1.1"),
        ok("Segmentation fault"),
    ],
)
def test_failed_route_lookup_without_tunnel_is_unknown_not_no_vpn(route):
    state = vpn.detect_vpn(_ctx(linux(None, "linux-interfaces-plain.json", route=route)))
    assert state.active is None and state.full_tunnel is None and state.reason
    finding = vpn.evaluate(state)
    assert finding.status is Status.UNKNOWN
    assert finding.reason == state.reason


def test_offline_without_tunnel_is_no_vpn_and_says_why_in_the_detail():
    seams = linux("linux-ip-route-get-unreachable.txt", "linux-interfaces-plain.json")
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.evidence["vpn_active"] is False
    assert "no route to the internet" in finding.detail
    assert finding.fix is not None and finding.fix.verify_check == "NET-002"


# ----- ppp: a VPN only with a VPN client ------------------------------------------------------


def test_ppp_route_without_vpn_client_is_unknown_not_a_vpn():
    for procs in ((), ("pppd", "systemd")):
        seams = machine(
            "debian",
            commands={vpn.IP_ROUTE_GET: ROUTE_VIA_PPP0},
            interfaces=[PPP0],
            processes=procs,
        )
        finding = run_check(CHECK, seams)
        assert finding.status is Status.UNKNOWN, procs
        assert "ppp0 may be a dial-up or DSL link" in finding.reason
        assert finding.evidence["vpn_active"] is None


@pytest.mark.parametrize(
    "client",
    ["xl2tpd", "pptp", "nm-l2tp-service", "nm-pptp-service", "openfortivpn", "sstpc"],
)
def test_ppp_route_with_vpn_client_is_a_vpn(client):
    second = ok('[{"dst":"151.101.1.1","dev":"ppp0","prefsrc":"100.64.3.4"}]')
    seams = machine(
        "debian",
        commands={vpn.IP_ROUTE_GET: ROUTE_VIA_PPP0, vpn.IP_ROUTE_GET_SECOND: second},
        interfaces=[ETH0, PPP0],
        processes=["pppd", client],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_full_tunnel"] is True
    assert finding.evidence["vpn_interface"] == "ppp0"


def test_ppp_link_beside_the_internet_route_is_not_counted_as_split_vpn():
    state = vpn.judge_unix(vpn.RouteLookup("eth0"), [ETH0, PPP0], ["pppd"])
    assert (state.active, state.interface, state.full_tunnel) == (None, "ppp0", False)
    assert "dial-up or DSL" in state.reason
    assert vpn.evaluate(state).status is Status.UNKNOWN
    with_client = vpn.judge_unix(vpn.RouteLookup("eth0"), [ETH0, PPP0], ["pppd", "xl2tpd"])
    assert (with_client.active, with_client.full_tunnel) == (True, False)


# ----- the second public address --------------------------------------------------------------


def test_tunnel_carrying_only_the_dns_resolver_address_is_split():
    seams = linux(
        "linux-ip-route-get-tun0-def1.json",
        "linux-interfaces-tun0.json",
        processes=["openvpn"],
        second_fixture="linux-ip-route-get-second-eth0.json",
    )
    state = vpn.detect_vpn(_ctx(seams))
    assert state == vpn.VpnState(True, "tun0", False, "OpenVPN", route_interface="eth0")
    finding = vpn.evaluate(state)
    assert finding.status is Status.PASS
    assert "split tunnel" in finding.summary


def test_second_route_lookup_failing_leaves_full_tunnel_unknown():
    for second in (CommandOutcome.TIMEOUT, None, ok("garbage")):
        seams = linux(
            "linux-ip-route-get-tun0-def1.json", "linux-interfaces-tun0.json", second=second
        )
        finding = run_check(CHECK, seams)
        assert finding.status is Status.UNKNOWN, second
        assert finding.evidence["vpn_full_tunnel"] is None
        assert "tun0" in finding.reason


def test_second_route_is_only_asked_when_the_first_goes_into_a_tunnel():
    seams = linux("linux-ip-route-get-eth0.json", "linux-interfaces-plain.json")
    recorder = MeteredCommands(seams.commands)
    run_check(CHECK, dataclasses.replace(seams, commands=recorder))
    assert [argv for argv, _ in recorder.calls] == [vpn.IP_ROUTE_GET]


def test_second_address_is_public_and_unrelated_to_the_first():
    addr = ipaddress.ip_address(vpn.SECOND_PUBLIC_ADDRESS)
    assert addr.is_global
    assert vpn.SECOND_PUBLIC_ADDRESS != vpn.PUBLIC_ADDRESS
    assert vpn.IP_ROUTE_GET_SECOND[-1] == vpn.MAC_ROUTE_GET_SECOND[-1] == addr.compressed
    assert vpn.SECOND_PUBLIC_ADDRESS in vpn.WINDOWS_VPN_PROBE[-1]


def test_unreachable_network_is_read_as_no_route():
    seams = linux("linux-ip-route-get-unreachable.txt", "linux-interfaces-tun0.json")
    state = vpn.detect_vpn(_ctx(seams))
    assert state.full_tunnel is None
    assert "no route to the internet" in state.reason


def test_ip_garbage_output_is_not_a_pass():
    seams = linux(None, "linux-interfaces-tun0.json", route=ok("Segmentation fault"))
    assert run_check(CHECK, seams).status is Status.UNKNOWN


@pytest.mark.parametrize("text", ["[" * 100000, "1" * 5000, '[{"dev":' + "9" * 5000 + "}]"])
def test_json_parsers_turn_parser_limits_into_parse_error(text):
    for parser in (vpn.parse_ip_route_get, vpn.parse_windows_vpn):
        with pytest.raises(ParseError):
            parser(text)


def test_parse_ip_route_get_fixtures():
    assert vpn.parse_ip_route_get(fixture_text("network", "linux-ip-route-get-eth0.json")) == "eth0"
    assert (
        vpn.parse_ip_route_get(
            fixture_text("network", "linux-ip-route-get-tailscale-exit-node.json")
        )
        == "tailscale0"
    )
    for bad in ("", "[]", "{}", '[{"dst":"1.1.1.1"}]', "RTNETLINK answers: Network is unreachable"):
        with pytest.raises(ParseError):
            vpn.parse_ip_route_get(bad)


# ----- macOS ----------------------------------------------------------------------------------

UTUN_IDLE = [
    NetInterface(
        f"utun{n}",
        True,
        ("up", "pointopoint", "running", "multicast"),
        (InterfaceAddress("ipv6", f"fe80::{n + 1}%utun{n}"),),
    )
    for n in range(4)
]
UTUN4 = NetInterface(
    "utun4",
    True,
    ("up", "pointopoint", "running", "multicast"),
    (
        InterfaceAddress("ipv4", "100.86.1.2", "255.255.255.255", "100.86.1.2"),
        InterfaceAddress("ipv6", "fe80::1%utun4"),
    ),
)
EN0 = NetInterface(
    "en0",
    True,
    ("up", "broadcast", "running", "multicast"),
    (InterfaceAddress("ipv4", "192.168.0.20", "255.255.255.0"),),
)


def mac(route_fixture: str, ifaces, processes=(), second_fixture=None):
    text = fixture_text("network", route_fixture)
    rc = 1 if "not in table" in text else 0
    commands = {vpn.MAC_ROUTE_GET: ok(text, rc) if rc == 0 else ok("", rc, text)}
    if second_fixture:
        commands[vpn.MAC_ROUTE_GET_SECOND] = ok(fixture_text("network", second_fixture))
    return machine("macos", commands=commands, interfaces=ifaces, processes=processes)


def test_macos_idle_utuns_are_not_a_vpn():
    finding = run_check(CHECK, mac("macos-route-get-default-en0.txt", [EN0, *UTUN_IDLE]))
    assert finding.status is Status.WARN
    assert finding.evidence["vpn_active"] is False


def test_macos_route_through_utun_is_full_tunnel():
    finding = run_check(
        CHECK,
        mac(
            "macos-route-get-utun4.txt",
            [EN0, *UTUN_IDLE, UTUN4],
            ["tailscaled"],
            "macos-route-get-second-utun4.txt",
        ),
    )
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_interface"] == "utun4"
    assert finding.evidence["vpn_vendor"] == "Tailscale"


def test_macos_utun_carrying_only_the_first_address_is_split_and_both_is_full():
    ifaces = [EN0, *UTUN_IDLE, UTUN4]
    for second, full in (
        ("macos-route-get-second-default-en0.txt", False),
        ("macos-route-get-second-utun4.txt", True),
    ):
        seams = machine(
            "macos",
            commands={
                vpn.MAC_ROUTE_GET: ok(fixture_text("network", "macos-route-get-utun4.txt")),
                vpn.MAC_ROUTE_GET_SECOND: ok(fixture_text("network", second)),
            },
            interfaces=ifaces,
        )
        state = vpn.detect_vpn(_ctx(seams))
        assert (state.active, state.interface, state.full_tunnel) == (True, "utun4", full)


def test_macos_route_timeout_without_tunnel_is_unknown():
    seams = machine(
        "macos", commands={vpn.MAC_ROUTE_GET: CommandOutcome.TIMEOUT}, interfaces=[EN0, *UTUN_IDLE]
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_macos_utun_with_address_but_route_via_en0_is_split():
    state = vpn.detect_vpn(_ctx(mac("macos-route-get-default-en0.txt", [EN0, *UTUN_IDLE, UTUN4])))
    assert (state.active, state.interface, state.full_tunnel) == (True, "utun4", False)


def test_macos_no_route_with_tunnel_is_unknown():
    finding = run_check(CHECK, mac("macos-route-get-not-in-table.txt", [EN0, UTUN4]))
    assert finding.status is Status.UNKNOWN


def test_parse_route_get():
    assert vpn.parse_route_get(fixture_text("network", "macos-route-get-default-en0.txt")) == "en0"
    with pytest.raises(ParseError):
        vpn.parse_route_get("route: writing to routing socket: not in table")


# ----- Windows --------------------------------------------------------------------------------


def test_windows_tailscale_up_but_route_via_wifi_is_split_and_hyperv_ignored():
    finding = run_check(CHECK, windows("windows-vpn-tailscale-split.json"))
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_full_tunnel"] is False
    assert finding.evidence["vpn_vendor"] == "Tailscale"


def test_windows_globalprotect_carrying_route_is_full_tunnel_despite_bom():
    finding = run_check(CHECK, windows("windows-vpn-globalprotect-full.json"))
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_full_tunnel"] is True
    assert finding.evidence["vpn_vendor"] == "GlobalProtect"


def test_windows_no_vpn_localized_adapter_name():
    finding = run_check(CHECK, windows("windows-vpn-none.json", processes=["openvpn.exe"]))
    assert finding.status is Status.WARN
    assert finding.evidence["internet_interface"] == "이더넷 3"


def test_windows_builtin_vpn_connection_has_no_adapter_but_counts():
    finding = run_check(CHECK, windows("windows-vpn-builtin-full.json"))
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_interface"] == "Work VPN"


def test_windows_route_error_without_vpn_adapter_is_unknown_not_no_vpn():
    for error in ("No matching MSFT_NetRoute objects found", None):
        out = windows_doc(
            "windows-vpn-none.json",
            RouteInterface=None,
            RouteError=error,
            SecondRouteInterface=None,
            SecondRouteError=error,
        )
        finding = run_check(CHECK, machine("windows", commands={vpn.WINDOWS_VPN_PROBE: ok(out)}))
        assert finding.status is Status.UNKNOWN
        assert finding.evidence["vpn_active"] is None
        assert "Windows did not say" in finding.reason


def test_windows_vpn_carrying_only_the_first_address_is_split():
    out = windows_doc("windows-vpn-globalprotect-full.json", SecondRouteInterface="Wi-Fi")
    finding = run_check(CHECK, machine("windows", commands={vpn.WINDOWS_VPN_PROBE: ok(out)}))
    assert finding.status is Status.PASS
    assert "split tunnel" in finding.summary
    assert finding.evidence["vpn_full_tunnel"] is False
    assert finding.evidence["internet_interface"] == "Wi-Fi"


def test_windows_second_route_unknown_leaves_full_tunnel_unknown():
    for changes in (
        {"SecondRouteInterface": None, "SecondRouteError": "Access denied"},
        {"SecondRouteInterface": None, "SecondRouteError": None},
    ):
        out = windows_doc("windows-vpn-globalprotect-full.json", **changes)
        finding = run_check(CHECK, machine("windows", commands={vpn.WINDOWS_VPN_PROBE: ok(out)}))
        assert finding.status is Status.UNKNOWN
        assert finding.evidence["vpn_full_tunnel"] is None
    doc = json.loads(windows_doc("windows-vpn-globalprotect-full.json"))
    del doc["SecondRouteInterface"], doc["SecondRouteError"]
    state = vpn.parse_windows_vpn(json.dumps(doc))
    assert state.second_route_interface is None and state.second_route_error


def test_windows_builtin_vpn_with_split_tunneling_flag_is_not_full():
    out = windows_doc(
        "windows-vpn-builtin-full.json",
        VpnConnections=[{"Name": "Work VPN", "SplitTunneling": True}],
    )
    finding = run_check(CHECK, machine("windows", commands={vpn.WINDOWS_VPN_PROBE: ok(out)}))
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_full_tunnel"] is False
    assert "split tunnel" in finding.summary
    assert "your normal connection" in finding.detail


def test_windows_powershell_51_wrapped_arrays_are_read():
    # {"value": [...], "Count": n}: without unwrapping, the split-tunnel connection vanished
    # and the verdict was "No VPN connected".
    finding = run_check(CHECK, windows("windows-vpn-ps51-wrapped-split.json"))
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_active"] is True
    assert finding.evidence["vpn_full_tunnel"] is False
    assert finding.evidence["vpn_interface"] == "Firmen-VPN"


def test_windows_cloudflare_warp_adapter_is_a_known_vpn():
    warp = {
        "Name": "CloudflareWARP",
        "InterfaceDescription": "Cloudflare WARP Interface Tunnel",
        "HardwareInterface": False,
        "Status": "Up",
    }
    doc = json.loads(windows_doc("windows-vpn-tailscale-split.json"))
    out = windows_doc(
        "windows-vpn-tailscale-split.json",
        Adapters=[doc["Adapters"][0], warp],
        RouteInterface="CloudflareWARP",
        SecondRouteInterface="CloudflareWARP",
    )
    finding = run_check(CHECK, machine("windows", commands={vpn.WINDOWS_VPN_PROBE: ok(out)}))
    assert finding.status is Status.PASS
    assert finding.evidence["vpn_full_tunnel"] is True
    assert finding.evidence["vpn_vendor"] == "Cloudflare WARP"


def test_windows_probe_reports_both_routes():
    script = vpn.WINDOWS_VPN_PROBE[-1]
    assert script.count("Find-NetRoute") == 2
    assert "SecondRouteInterface=$r2" in script and "SecondRouteError=$re2" in script


def test_windows_no_route_with_tap_up_is_unknown():
    finding = run_check(CHECK, windows("windows-vpn-no-route.json"))
    assert finding.status is Status.UNKNOWN
    assert "No matching" in finding.reason


def test_windows_single_adapter_object_and_unknown_virtual_adapter():
    out = (
        '{"Adapters":{"Name":"Ethernet 7","InterfaceDescription":"Acme Secure Tunnel Miniport",'
        '"HardwareInterface":false,"Status":"Up"},"RouteInterface":"Ethernet 7","RouteError":null,'
        '"VpnConnections":[]}'
    )
    seams = machine("windows", commands={vpn.WINDOWS_VPN_PROBE: ok(out)})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "Acme Secure Tunnel Miniport" in finding.reason


def test_windows_powershell_failures_are_unknown():
    for spec in (
        CommandOutcome.TIMEOUT,
        ok("", 1, "Get-NetAdapter : Zugriff verweigert"),
        ok("Zugriff verweigert"),
        ok("[]"),
    ):
        seams = machine("windows", commands={vpn.WINDOWS_VPN_PROBE: spec})
        assert run_check(CHECK, seams).status is Status.UNKNOWN


# ----- time budget ----------------------------------------------------------------------------


def test_probe_timeouts_fit_the_check_budget_on_every_os():
    worst = {
        "linux": linux(
            "linux-ip-route-get-tun0-def1.json",
            "linux-interfaces-tun0.json",
            second_fixture="linux-ip-route-get-second-tun0-def1.json",
        ),
        "macos": mac(
            "macos-route-get-utun4.txt",
            [EN0, UTUN4],
            second_fixture="macos-route-get-second-utun4.txt",
        ),
        "windows": windows("windows-vpn-globalprotect-full.json"),
    }
    for os_name, seams in worst.items():
        recorder = MeteredCommands(seams.commands)
        assert run_check(CHECK, dataclasses.replace(seams, commands=recorder)).status is Status.PASS
        assert len(recorder.calls) == (1 if os_name == "windows" else 2), os_name
        assert recorder.total <= vpn.META.timeout, os_name


# ----- helpers and properties -----------------------------------------------------------------


def _ctx(seams):
    from hygiene_app.engine.context import ProbeContext

    return ProbeContext(seams)


@given(st.text())
def test_route_parsers_raise_only_parse_error(text):
    for parser in (vpn.parse_ip_route_get, vpn.parse_route_get, vpn.parse_windows_vpn):
        try:
            result = parser(text)
        except ParseError:
            continue
        assert result is not None


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "Adapters",
                        "Name",
                        "InterfaceDescription",
                        "HardwareInterface",
                        "Status",
                        "RouteInterface",
                        "RouteError",
                        "VpnConnections",
                        "SplitTunneling",
                        "dev",
                    ]
                ),
                children,
                max_size=5,
            )
        ),
        max_leaves=12,
    )
)
def test_json_parsers_total_on_any_json_shape(value):
    text = json.dumps(value)
    for parser in (vpn.parse_ip_route_get, vpn.parse_windows_vpn):
        with contextlib.suppress(ParseError):
            parser(text)
    try:
        state = vpn.parse_windows_vpn(text)
    except ParseError:
        return
    vpn.evaluate(vpn.judge_windows(state, []))


@given(st.text(max_size=30), st.booleans(), st.lists(st.text(max_size=12), max_size=3))
def test_judge_unix_total(dev, up, procs):
    iface = NetInterface(
        dev or "x", up, ("up", "pointopoint"), (InterfaceAddress("ipv4", "10.0.0.2"),)
    )
    routes = (
        vpn.RouteLookup(dev or None, "why"),
        vpn.RouteLookup(None, "why"),
        vpn.RouteLookup(None, "offline", no_route=True),
    )
    for route in routes:
        for second in (None, vpn.RouteLookup("eth0"), vpn.RouteLookup(dev or None, "why")):
            state = vpn.judge_unix(route, [iface], procs, second)
            finding = vpn.evaluate(state)
            assert finding.status in (Status.PASS, Status.WARN, Status.UNKNOWN)
            if state.active is False:
                # "No VPN" only from a route that was read (or a definite "offline").
                assert route.interface is not None or route.no_route
            if finding.status is Status.UNKNOWN:
                assert finding.reason
            if finding.status is Status.WARN:
                assert finding.fix is not None and finding.fix.verify_check == "NET-002"


# ----- tunnels that carry nothing by themselves (DNS filters) ---------------------------------


def linux_with_table(table_fixture: str | None, processes=()):
    commands = {vpn.IP_ROUTE_GET: _ip_route("linux-ip-route-get-tun0-split.json")}
    if table_fixture is not None:
        commands[vpn.IP_ROUTE_TABLES] = ok(fixture_text("network", table_fixture))
    return machine(
        "debian",
        commands=commands,
        interfaces=interfaces("linux-interfaces-tun0.json"),
        processes=processes,
    )


def test_linux_dns_filter_tunnel_is_not_a_vpn():
    # tun0 is up with an address, but only `default dev tun0 table 52` (no rule sends the
    # internet there: the route lookup goes to eth0) and a host route to its resolver lead
    # into it. It used to count as a split-tunnel VPN (a pass).
    finding = run_check(CHECK, linux_with_table("linux-ip-route-table-all-dnsfilter.json"))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.INFO
    assert finding.evidence["vpn_active"] is False
    assert finding.evidence["tunnels_not_vpn"] == ["tun0"]
    assert "tun0 carries none of your internet traffic" in finding.detail
    assert any(f.label == "Tunnels that carry no internet traffic" for f in finding.facts)


def test_linux_tunnel_with_a_network_route_stays_a_split_tunnel():
    finding = run_check(CHECK, linux_with_table("linux-ip-route-table-all-company-split.json"))
    assert finding.status is Status.PASS
    assert "split tunnel" in finding.summary
    assert "tunnels_not_vpn" not in finding.evidence


@pytest.mark.parametrize("table", [None, "garbage"])
def test_linux_unreadable_route_table_keeps_the_split_tunnel(table):
    seams = linux_with_table(None)
    if table is not None:
        seams = machine(
            "debian",
            commands={
                vpn.IP_ROUTE_GET: _ip_route("linux-ip-route-get-tun0-split.json"),
                vpn.IP_ROUTE_TABLES: ok(table),
            },
            interfaces=interfaces("linux-interfaces-tun0.json"),
        )
    state = vpn.detect_vpn(_ctx(seams))
    assert (state.active, state.full_tunnel, state.not_vpn) == (True, False, ())


def test_route_table_is_read_only_beside_a_split_tunnel():
    metered = MeteredCommands(
        linux("linux-ip-route-get-eth0.json", "linux-interfaces-plain.json").commands
    )
    seams = dataclasses.replace(
        linux("linux-ip-route-get-eth0.json", "linux-interfaces-plain.json"), commands=metered
    )
    vpn.detect_vpn(_ctx(seams))
    assert vpn.IP_ROUTE_TABLES not in [argv for argv, _ in metered.calls]


def test_route_table_parsers():
    routes = vpn.parse_ip_route_tables(
        fixture_text("network", "linux-ip-route-table-all-dnsfilter.json")
    )
    assert {r.kind for r in routes if r.interface == "tun0"} == {"scoped_default", "host"}
    assert vpn.TunnelRoute("eth0", "default") in routes
    mac_routes = vpn.parse_netstat_routes(fixture_text("network", "macos-netstat-rn-dnsfilter.txt"))
    assert {r.kind for r in mac_routes if r.interface == "utun4"} == {"scoped_default", "host"}
    assert vpn.TunnelRoute("en0", "default") in mac_routes
    for bad in ("", "{}", "netstat: sysctl: Operation not permitted"):
        with pytest.raises(ParseError):
            vpn.parse_ip_route_tables(bad)
        with pytest.raises(ParseError):
            vpn.parse_netstat_routes(bad)


@given(st.text())
def test_route_table_parsers_never_crash(text):
    for parse in (vpn.parse_ip_route_tables, vpn.parse_netstat_routes):
        with contextlib.suppress(ParseError):
            parse(text)


def mac_with_table(table_fixture: str):
    return machine(
        "macos",
        commands={
            vpn.MAC_ROUTE_GET: ok(fixture_text("network", "macos-route-get-default-en0.txt")),
            vpn.MAC_ROUTE_TABLE: ok(fixture_text("network", table_fixture)),
        },
        interfaces=[EN0, *UTUN_IDLE, UTUN4],
    )


def test_macos_interface_scoped_utun_is_not_a_vpn_and_a_routed_network_is():
    filter_ = run_check(CHECK, mac_with_table("macos-netstat-rn-dnsfilter.txt"))
    assert filter_.status is Status.WARN
    assert filter_.evidence["tunnels_not_vpn"] == ["utun4"]
    split = run_check(CHECK, mac_with_table("macos-netstat-rn-company-split.txt"))
    assert split.status is Status.PASS
    assert "split tunnel" in split.summary


def test_open_wifi_with_only_a_dns_filter_tunnel_warns():
    from hygiene_app.checks import open_wifi

    seams = linux_with_table("linux-ip-route-table-all-dnsfilter.json")
    seams = dataclasses.replace(
        seams,
        commands=_Merged(
            seams.commands,
            {open_wifi.NMCLI_WIFI: ok(fixture_text("network", "linux-nmcli-cafe-open.txt"))},
        ),
    )
    finding = run_check(open_wifi.OpenWifiCheck(), seams)
    assert finding.status is Status.FAIL
    assert finding.summary == "Connected to open Wi-Fi without a VPN"
    assert finding.evidence["vpn_active"] is False


@dataclasses.dataclass
class _Merged:
    inner: object
    extra: dict

    def run(self, argv, *, timeout=10.0, cancel=None):
        from hygiene_app.engine.probes import CommandResult

        key = tuple(argv)
        if key in self.extra:
            rc, out, *err = self.extra[key]
            return CommandResult(key, CommandOutcome.OK, rc, out, err[0] if err else "")
        return self.inner.run(argv, timeout=timeout, cancel=cancel)


@pytest.mark.parametrize(
    "seams",
    [
        lambda: linux_with_table("linux-ip-route-table-all-dnsfilter.json"),
        lambda: mac_with_table("macos-netstat-rn-dnsfilter.txt"),
    ],
)
def test_a_dns_filter_tunnel_recorded_and_redacted_replays_to_the_same_finding(seams):
    from hygiene_app.checks.recording import minimise_recording
    from hygiene_app.engine.context import ProbeContext
    from hygiene_app.engine.snapshot import Recorder, Snapshot, redact_snapshot

    recorder = Recorder(seams(), minimise=minimise_recording)
    before = CHECK.run(ProbeContext(recorder.seams))
    snap = redact_snapshot(
        Snapshot.from_json(json.loads(json.dumps(recorder.snapshot().to_json())))
    )
    after = CHECK.run(ProbeContext(snap.seams()))
    assert (
        (after.status, after.summary)
        == (before.status, before.summary)
        == (
            Status.WARN,
            "No VPN connected",
        )
    )
