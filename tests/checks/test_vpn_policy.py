"""NET-002 with the organisation's VPN requirement (`CheckOptions.vpn_required`)."""

from __future__ import annotations

from hygiene_app.checks import open_wifi as ow
from hygiene_app.checks import vpn
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.model import Finding, Severity, Status
from hygiene_app.engine.options import CheckOptions, VpnRequirement
from hygiene_app.engine.probes import CommandResult, InterfaceAddress, NetInterface
from tests.support import fixture_text, machine, ok

CHECK = vpn.VpnCheck()
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
OPEN = ok(fixture_text("network", "linux-nmcli-cafe-open.txt"))
HOME = ok(fixture_text("network", "linux-nmcli-home-wpa2.txt"))


def seams(wifi: CommandResult | None, *, split: bool = False) -> Seams:
    commands = {vpn.IP_ROUTE_GET: ROUTE_VIA_WLAN}
    if wifi is not None:
        commands[ow.NMCLI_WIFI] = wifi
    return machine("ubuntu", commands=commands, interfaces=[WLAN, TUN0] if split else [WLAN])


def run(s: Seams, requirement: VpnRequirement | None) -> Finding:
    return CHECK.run(ProbeContext(s, options=CheckOptions(vpn_required=requirement)))


def test_without_a_requirement_no_vpn_stays_advice() -> None:
    finding = run(seams(OPEN), None)
    assert finding.status is Status.WARN and finding.severity is Severity.INFO
    assert "vpn_required" not in finding.evidence


def test_always_makes_no_vpn_a_medium_problem() -> None:
    finding = run(seams(HOME), VpnRequirement.ALWAYS)
    assert finding.status is Status.FAIL and finding.severity is Severity.MEDIUM
    assert finding.summary == "Your organisation asks for a VPN, and none is connected"
    assert finding.evidence["vpn_required"] == "always"
    assert finding.fix is not None and finding.fix.verify_check == "NET-002"


def test_always_makes_a_split_tunnel_a_problem_too() -> None:
    finding = run(seams(HOME, split=True), VpnRequirement.ALWAYS)
    assert finding.status is Status.FAIL
    assert finding.summary == (
        "Your organisation asks for a VPN for all traffic; tun0 carries only some"
    )


def test_untrusted_wifi_is_a_problem_only_on_open_wifi() -> None:
    on_open = run(seams(OPEN), VpnRequirement.UNTRUSTED_WIFI)
    assert on_open.status is Status.FAIL and on_open.severity is Severity.MEDIUM
    assert on_open.summary == (
        "On open Wi-Fi your organisation asks for a VPN, and none is connected"
    )
    assert on_open.evidence["on_open_wifi"] is True
    at_home = run(seams(HOME), VpnRequirement.UNTRUSTED_WIFI)
    assert at_home.status is Status.WARN and at_home.severity is Severity.INFO
    assert at_home.evidence["on_open_wifi"] is False
    # Wi-Fi that cannot be read is not called open: the usual advice.
    unread = run(seams(None), VpnRequirement.UNTRUSTED_WIFI)
    assert unread.status is Status.WARN and unread.severity is Severity.INFO


def test_untrusted_wifi_with_a_split_tunnel_and_unread_wifi_is_unknown_not_pass() -> None:
    finding = run(seams(None, split=True), VpnRequirement.UNTRUSTED_WIFI)
    assert finding.status is Status.UNKNOWN
    assert "Wi-Fi security could not be read" in str(finding.reason)
    assert finding.evidence["vpn_required"] == "untrusted_wifi"
    # Read Wi-Fi still decides: a split tunnel at home is fine, on open Wi-Fi a problem.
    assert run(seams(HOME, split=True), VpnRequirement.UNTRUSTED_WIFI).status is Status.PASS
    assert run(seams(OPEN, split=True), VpnRequirement.UNTRUSTED_WIFI).status is Status.FAIL


def test_never_says_the_organisation_does_not_ask_for_one() -> None:
    finding = run(seams(OPEN), VpnRequirement.NEVER)
    assert finding.status is Status.PASS
    assert finding.summary == "Your organisation does not ask for a VPN"
    assert finding.evidence["vpn_required"] == "never"


def test_what_could_not_be_told_stays_unknown_whatever_the_policy() -> None:
    broken = machine("ubuntu", commands={vpn.IP_ROUTE_GET: ok("garbage")}, interfaces=[WLAN])
    for requirement in VpnRequirement:
        assert run(broken, requirement).status is Status.UNKNOWN, requirement


def test_in_a_container_no_tunnel_is_could_not_tell_not_a_missing_vpn() -> None:
    # A Docker container's eth0 leads to the computer it runs on, whose VPN (if any) carries
    # the traffic out of sight: neither "no VPN" advice nor the organisation's FAIL.
    eth0 = NetInterface("eth0", True, ("up", "running"), (InterfaceAddress("ipv4", "172.17.0.2"),))
    route = ok('[{"dst":"1.1.1.1","gateway":"172.17.0.1","dev":"eth0","flags":[]}]')
    inside = machine(
        "debian",
        commands={vpn.IP_ROUTE_GET: route},
        interfaces=[eth0],
        mtimes={"/.dockerenv": 0.0},
    )
    for requirement in (None, VpnRequirement.ALWAYS):
        finding = run(inside, requirement)
        assert finding.status is Status.UNKNOWN, requirement
        assert "container" in finding.reason
        assert finding.evidence["internet_interface"] == "eth0"
    outside = machine("debian", commands={vpn.IP_ROUTE_GET: route}, interfaces=[eth0])
    assert run(outside, VpnRequirement.ALWAYS).status is Status.FAIL
    # A tunnel inside the container still counts.
    tun = ok('[{"dst":"1.1.1.1","dev":"tun0","flags":[]}]')
    with_vpn = machine(
        "debian",
        commands={vpn.IP_ROUTE_GET: tun, vpn.IP_ROUTE_GET_SECOND: tun},
        interfaces=[eth0, TUN0],
        mtimes={"/.dockerenv": 0.0},
    )
    assert run(with_vpn, VpnRequirement.ALWAYS).status is Status.PASS


def test_in_wsl_no_tunnel_is_could_not_tell_and_says_windows() -> None:
    # WSL's eth0 leads to Windows, whose VPN carries the traffic: the reason names Windows,
    # not "a container".
    eth0 = NetInterface("eth0", True, ("up", "running"), (InterfaceAddress("ipv4", "172.28.0.2"),))
    route = ok('[{"dst":"1.1.1.1","gateway":"172.28.0.1","dev":"eth0","flags":[]}]')
    wsl = machine(
        "ubuntu",
        commands={vpn.IP_ROUTE_GET: route},
        interfaces=[eth0],
        files={"/proc/sys/kernel/osrelease": "6.6.87.2-microsoft-standard-WSL2\n"},
    )
    finding = run(wsl, None)
    assert finding.status is Status.UNKNOWN
    assert "inside Windows (WSL)" in finding.reason
    assert "container" not in finding.reason
