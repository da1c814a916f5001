"""NET-002: is a VPN carrying this computer's internet traffic?

On a network somebody else runs (a café, hotel or airport Wi-Fi) everything that is not
end-to-end encrypted can be read or changed by whoever controls it, and even encrypted traffic
reveals which sites you visit. A VPN wraps all traffic in one encrypted tunnel to a server you
trust. On your own home network, or a company network, it adds little.

How we decide. A tunnel interface merely existing proves nothing (macOS keeps idle `utun0..3`
around, Windows keeps disconnected TAP adapters, Docker adds bridges). So we ask the operating
system which interface it would use to reach a public address (1.1.1.1). Split-tunnel VPNs often
route well-known DNS resolvers like 1.1.1.1 into the tunnel, so when that route is a tunnel we
also ask about a second, unrelated public address: only if both go into a tunnel does a
full-tunnel VPN carry the traffic. A tunnel that is up with an address while the internet goes
elsewhere is a "split tunnel": connected, but protecting only some destinations (typically the
company network; also Tailscale without an exit node). Built-in Windows VPN connections marked
`SplitTunneling` are split tunnels whatever the routes say. Running VPN programs only *name* the
vendor; they never prove a VPN. A `ppp` interface is a VPN only while an L2TP/PPTP/SSTP/Fortinet
client runs: otherwise it may just as well be a DSL (PPPoE) or dial-up modem link.

Verdict, and why it is informational. The app's advice is "use a VPN on networks you do not
trust", not "always use a VPN". So:

* full-tunnel VPN: PASS;
* split tunnel: PASS, with a note that only some traffic is protected (a split tunnel is almost
  always an IT department's deliberate choice the user cannot change, and NET-003 still flags the
  risky case: open Wi-Fi without a full tunnel);
* no VPN: WARN with severity INFO and a guide explaining when a VPN matters and how to connect
  one. It is advice, not a defect: a home machine without a VPN is fine, so it must not move
  `--fail-on low` and weighs nothing beyond the check's small weight;
* the route or the tunnel cannot be determined: UNKNOWN with the reason. Only a definite "no
  route" answer (offline) with no tunnel up counts as "no VPN".

A tunnel that carries nothing the system would route by itself is not a VPN either. DNS-filtering
and "privacy" apps (and some security agents) bring up a tunnel with only an interface-scoped
default route (Linux: a default in a table of its own that no rule sends traffic to; macOS: a
`default ... utunN` route flagged `I`) and host routes to their own resolver: programs that do
not ask for that interface never use it. When the internet route is elsewhere, the IPv4 routing
table is read once (`ip -j route show table all`, `netstat -rn -f inet`), and such a tunnel is
named and set aside; one with any network route (a company's 10.0.0.0/8) stays a split tunnel.

An organisation can say otherwise (`CheckOptions.vpn_required`, from its policy): ALWAYS makes
anything short of a full-tunnel VPN a problem (FAIL, medium); UNTRUSTED_WIFI makes it one only
while connected to open Wi-Fi (read as NET-003 reads it); NEVER turns "no VPN" into a PASS that
says the organisation does not ask for one. What could not be told stays UNKNOWN whatever the
policy says.

`detect_vpn(ctx)` is shared with NET-003 (open Wi-Fi without a VPN).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    not_understood,
    parse_ps_json,
    powershell,
    ps_array,
    with_sentences,
)
from hygiene_app.checks._inside import where_inside
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, joined
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
from hygiene_app.engine.options import VpnRequirement
from hygiene_app.engine.probes import NetInterface

META = CheckMeta(
    id="NET-002",
    title=N_("VPN active"),
    category=Category.WIFI_VPN,
    platforms=ALL_OSES,
    weight=3,
    severity=Severity.LOW,
    leaves_machine=N_(
        "Nothing: asks this computer which connection it would use to reach the internet; "
        "no traffic is sent."
    ),
    # With an organisation that asks for a VPN on open Wi-Fi, it reads the Wi-Fi too: the
    # same probes as NET-003, in the same budget.
    timeout=12.0,
)

#: A public address whose route the kernel resolves; nothing is sent to it.
PUBLIC_ADDRESS = "1.1.1.1"
#: A second public address, unrelated to any DNS resolver (a CDN's), looked up when the first
#: goes into a tunnel: split tunnels often route public resolvers such as 1.1.1.1 into the VPN.
#: Nothing is sent to it either.
SECOND_PUBLIC_ADDRESS = "151.101.1.1"

# ----- argv of every probe --------------------------------------------------------------------

IP_ROUTE_GET = ("ip", "-j", "route", "get", PUBLIC_ADDRESS)
#: Linux: the same for the second address; run only when the first route is a tunnel.
IP_ROUTE_GET_SECOND = ("ip", "-j", "route", "get", SECOND_PUBLIC_ADDRESS)
#: macOS: the route the kernel would pick for a public address. Unlike `route get default` this
#: also sees the `0/1` + `128/1` routes many VPN clients add instead of replacing the default.
MAC_ROUTE_GET = ("route", "-n", "get", PUBLIC_ADDRESS)
#: macOS: the same for the second address; run only when the first route is a tunnel.
MAC_ROUTE_GET_SECOND = ("route", "-n", "get", SECOND_PUBLIC_ADDRESS)
#: Linux: every IPv4 route of every table; read only when a tunnel is up beside the internet
#: route, to tell a split-tunnel VPN from a tunnel that carries nothing by itself.
IP_ROUTE_TABLES = ("ip", "-j", "route", "show", "table", "all")
#: macOS: the same, from the IPv4 routing table with its flags (I: interface-scoped).
MAC_ROUTE_TABLE = ("netstat", "-rn", "-f", "inet")


def _ps_find_route(address: str, var: str, err: str) -> str:
    """PowerShell: the interface alias of the best route to `address` into `$var`, or the error
    message into `$err`."""
    return (
        f"${var}=$null;${err}=$null;"
        f"try{{${var}=Find-NetRoute -RemoteIPAddress {address} | Where-Object NextHop | "
        "Select-Object -First 1 -ExpandProperty InterfaceAlias}"
        f"catch{{${err}=[string]$_.Exception.Message}};"
    )


#: Windows: adapters that are up (described by their driver, since friendly names are
#: localized and renameable), the adapter of the best route to each of the two public
#: addresses, and the built-in (RAS) VPN connections, which have no adapter of their own.
WINDOWS_VPN_PROBE = powershell(
    "$a=@(Get-NetAdapter | Where-Object { [string]$_.Status -eq 'Up' } | ForEach-Object {"
    "[pscustomobject]@{Name=[string]$_.Name;InterfaceDescription=[string]$_.InterfaceDescription;"
    "HardwareInterface=[bool]$_.HardwareInterface;Status=[string]$_.Status}});"
    + _ps_find_route(PUBLIC_ADDRESS, "r", "re")
    + _ps_find_route(SECOND_PUBLIC_ADDRESS, "r2", "re2")
    + "$v=@();"
    "try{$v+=@(Get-VpnConnection | Where-Object { [string]$_.ConnectionStatus -eq 'Connected' })}"
    "catch{};"
    "try{$v+=@(Get-VpnConnection -AllUserConnection | "
    "Where-Object { [string]$_.ConnectionStatus -eq 'Connected' })}catch{};"
    "$v=@($v | ForEach-Object {[pscustomobject]@{Name=[string]$_.Name;"
    "SplitTunneling=[bool]$_.SplitTunneling}});"
    "[pscustomobject]@{Adapters=$a;RouteInterface=$r;RouteError=$re;"
    "SecondRouteInterface=$r2;SecondRouteError=$re2;VpnConnections=$v} | "
    "ConvertTo-Json -Compress -Depth 3"
)

#: Each route lookup (a local kernel query, normally instant). Linux and macOS make at most two:
#: 2 x 2 s stays within NET-002's budget and, after system_profiler's 8 s, NET-003's 12 s.
_ROUTE_TIMEOUT = 2.0
#: The one PowerShell probe (both route lookups happen inside it).
_POWERSHELL_TIMEOUT = 8.0


@dataclass(frozen=True, slots=True)
class VpnState:
    """What we could learn about VPNs on this machine.

    `active`: a VPN tunnel is connected (None: could not tell). `full_tunnel`: it carries the
    traffic to the internet (False: split tunnel or no VPN; None: routing unknown).
    """

    active: bool | None
    interface: str = ""
    full_tunnel: bool | None = None
    vendor: str = ""
    reason: str = ""
    #: The interface the operating system uses to reach the internet, when known.
    route_interface: str = ""
    #: Tunnels that are up but carry nothing the system routes by itself (DNS filters).
    not_vpn: tuple[str, ...] = ()

    @property
    def protects_all_traffic(self) -> bool:
        return self.active is True and self.full_tunnel is True


@dataclass(frozen=True, slots=True)
class RouteLookup:
    """The interface that routes a public address, or why it is not known."""

    interface: str | None
    reason: str = ""
    #: The operating system answered that there is no route (offline), as opposed to the
    #: lookup failing.
    no_route: bool = False


# ----- naming: which interfaces are tunnels, which vendor is it -------------------------------

#: Interface names that are VPN tunnels (Linux, and macOS for utun/ppp/ipsec/tun/tap).
_TUNNEL_NAME = re.compile(
    r"^(?:tun|tap|wg|ppp|ipsec|vti|utun|tailscale|nordlynx|proton|pvpn|wt\d|cscotun|gpd\d)",
    re.IGNORECASE,
)
#: Virtual or point-to-point interfaces that are not VPNs: containers, VMs, bridges, mobile
#: broadband (raw-IP modems are point-to-point), Apple's peer-to-peer and 6to4 interfaces, and
#: the kernel's unencrypted IP-in-IP device `tunl0` (Calico gives it an address on Kubernetes
#: nodes; its name would otherwise pass for an OpenVPN `tun`).
_NOT_VPN_NAME = re.compile(
    r"^(?:lo|docker|br-|virbr|veth|vmnet|vboxnet|cni|flannel|cali|lxc|lxd|podman|kube|tunl\d|"
    r"wwan|ww[a-z]|awdl|llw|anpi|ap\d|bridge|gif|stf|en\d|eth|wl|bond|team|dummy|sit|ip6tnl)",
    re.IGNORECASE,
)

#: Interface names that say which product made the tunnel.
_IFACE_VENDORS: tuple[tuple[str, str], ...] = (
    ("tailscale", "Tailscale"),
    ("nordlynx", "NordVPN"),
    ("proton", "Proton VPN"),
    ("pvpn", "Proton VPN"),
    ("wt", "NetBird"),
    ("cscotun", "Cisco AnyConnect"),
    ("gpd", "GlobalProtect"),
)
_GENERIC_IFACE_VENDORS: tuple[tuple[str, str], ...] = (("wg", "WireGuard"),)

#: Process-name prefixes (lower case, ".exe" removed) naming a VPN product; specific products
#: first, since several of them run OpenVPN or WireGuard underneath.
_PROCESS_VENDORS: tuple[tuple[str, str], ...] = (
    ("tailscale", "Tailscale"),
    ("nordvpn", "NordVPN"),
    ("mullvad", "Mullvad VPN"),
    ("protonvpn", "Proton VPN"),
    ("expressvpn", "ExpressVPN"),
    ("warp-svc", "Cloudflare WARP"),
    ("vpnagent", "Cisco AnyConnect"),
    ("pangp", "GlobalProtect"),
    ("forticlient", "FortiClient"),
    ("netbird", "NetBird"),
    ("nm-openconnect", "OpenConnect"),
    ("openconnect", "OpenConnect"),
    ("nm-openvpn", "OpenVPN"),
    ("openvpn", "OpenVPN"),
    ("wireguard", "WireGuard"),
    ("charon", "strongSwan"),
    ("nm-l2tp", "L2TP VPN"),
    ("nm-pptp", "PPTP VPN"),
    ("xl2tpd", "L2TP VPN"),
    ("pptp", "PPTP VPN"),
    ("openfortivpn", "openfortivpn"),
    ("sstpc", "SSTP VPN"),
    ("vpnc", "vpnc"),
)

#: Process-name prefixes of the VPN clients that run over a `ppp` interface (L2TP, PPTP, SSTP,
#: openfortivpn; racoon is macOS's L2TP-over-IPsec). `pppd` alone also drives PPPoE and modems,
#: so it proves nothing.
_PPP_VPN_PROCESSES = (
    "pptp",
    "xl2tpd",
    "nm-l2tp",
    "nm-pptp",
    "openfortivpn",
    "sstpc",
    "racoon",
)

#: Windows adapter descriptions (lower case substrings) of VPN tunnels, with the product.
_WINDOWS_VPN_DESCRIPTIONS: tuple[tuple[str, str], ...] = (
    ("tailscale", "Tailscale"),
    ("nordlynx", "NordVPN"),
    ("nordvpn", "NordVPN"),
    ("mullvad", "Mullvad VPN"),
    ("protonvpn", "Proton VPN"),
    ("pangp", "GlobalProtect"),
    ("anyconnect", "Cisco AnyConnect"),
    ("cisco", "Cisco VPN"),
    ("fortinet", "FortiClient"),
    ("juniper", "Juniper VPN"),
    ("pulse secure", "Pulse Secure"),
    ("sonicwall", "SonicWall VPN"),
    ("zscaler", "Zscaler"),
    ("sangfor", "Sangfor VPN"),
    ("radmin vpn", "Radmin VPN"),
    ("zerotier", "ZeroTier"),
    ("cloudflare warp", "Cloudflare WARP"),
    ("wireguard", "WireGuard"),
    ("wintun", "WireGuard/Wintun"),
    ("openvpn", "OpenVPN"),
    ("tap-windows", "OpenVPN (TAP)"),
    ("tap-win32", "OpenVPN (TAP)"),
    ("vpn", ""),
)
#: Virtual adapters that are not VPNs even though they are not hardware.
_WINDOWS_NOT_VPN_DESCRIPTIONS = (
    "hyper-v",
    "vmware",
    "virtualbox",
    "wi-fi direct",
    "loopback",
    "bluetooth",
    "kernel debug",
    "npcap",
    "docker",
    "wsl",
    "ras async",
)


def _name_vendor(name: str, table: tuple[tuple[str, str], ...]) -> str:
    low = name.lower()
    if "mullvad" in low:
        return "Mullvad VPN"
    for prefix, vendor in table:
        if low.startswith(prefix):
            return vendor
    return ""


def vendor_from_processes(names: Iterable[str]) -> str:
    """The VPN product a running process names, or "". Processes never prove a VPN."""
    cleaned = sorted(n.lower().removesuffix(".exe") for n in names)
    for prefix, vendor in _PROCESS_VENDORS:
        if any(n.startswith(prefix) for n in cleaned):
            return vendor
    return ""


def _has_routable_address(iface: NetInterface) -> bool:
    """An address a VPN would assign: not IPv4 link-local, not IPv6 link-local (idle macOS
    utun devices carry only fe80:: addresses)."""
    for a in iface.addresses:
        addr = a.address.lower()
        if a.family == "ipv4" and addr and not addr.startswith("169.254."):
            return True
        if a.family == "ipv6" and addr and not addr.startswith("fe80"):
            return True
    return False


def is_tunnel_name(name: str) -> bool:
    return bool(_TUNNEL_NAME.match(name)) and not _NOT_VPN_NAME.match(name)


def is_tunnel(iface: NetInterface) -> bool:
    """A VPN-style interface: a tunnel by name, or point-to-point and not a known non-VPN."""
    if _NOT_VPN_NAME.match(iface.name):
        return False
    return is_tunnel_name(iface.name) or iface.is_point_to_point


def _connected_tunnels(interfaces: Iterable[NetInterface]) -> list[NetInterface]:
    return [i for i in interfaces if is_tunnel(i) and i.is_up and _has_routable_address(i)]


def _is_ppp(name: str) -> bool:
    return name.lower().startswith("ppp")


def ppp_vpn_running(processes: Iterable[str]) -> bool:
    """A VPN client that uses a `ppp` interface is running."""
    cleaned = (p.lower().removesuffix(".exe") for p in processes)
    return any(p.startswith(_PPP_VPN_PROCESSES) for p in cleaned)


def _ppp_reason(name: str) -> str:
    return fmt(N_("{name} may be a dial-up or DSL link, not a VPN"), name=name)


def _routes_into_tunnel(dev: str, by_name: dict[str, NetInterface]) -> bool:
    """The route's interface is a tunnel (known by its flags, else by its name)."""
    iface = by_name.get(dev)
    return (iface is not None and is_tunnel(iface)) or (iface is None and is_tunnel_name(dev))


def _vendor(iface_name: str, processes: Iterable[str]) -> str:
    return (
        _name_vendor(iface_name, _IFACE_VENDORS)
        or vendor_from_processes(processes)
        or _name_vendor(iface_name, _GENERIC_IFACE_VENDORS)
    )


# ----- parsers (pure) -------------------------------------------------------------------------


def parse_ip_route_get(text: str) -> str:
    """`ip -j route get ADDR`: the `dev` of the first route object."""
    try:
        value: Any = json.loads(text.strip() or "null")
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        # Nesting too deep for the parser, or an integer too long to convert.
        raise ParseError(f"not usable JSON ({type(exc).__name__})") from None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        raise ParseError("expected a list of routes")
    dev = value[0].get("dev")
    if not isinstance(dev, str) or not dev.strip():
        raise ParseError("the route names no interface")
    return dev.strip()


def parse_route_get(text: str) -> str:
    """macOS `route -n get ADDR`: the value of the `interface:` line."""
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() == "interface" and value.strip():
            return value.strip()
    raise ParseError("no 'interface:' line")


def _no_route(text: str) -> bool:
    low = text.lower()
    return "unreachable" in low or "not in table" in low


@dataclass(frozen=True, slots=True)
class TunnelRoute:
    """One route through an interface, as far as "does it carry traffic" needs: a default
    route only some programs use (`scoped`), a route to one host, or a network route."""

    interface: str
    kind: str  # "scoped_default", "default", "host" or "network"


_LINUX_IGNORED_TYPES = frozenset({"local", "broadcast", "multicast", "anycast", "throw"})
_LINUX_OTHER_TABLES_MAIN = frozenset({"", "main", "254"})


def _linux_route_kind(route: dict[str, Any]) -> str | None:
    dst = route.get("dst")
    if not isinstance(dst, str) or not dst:
        return None
    if (
        str(route.get("type", "unicast")) in _LINUX_IGNORED_TYPES
        or route.get("protocol") == "kernel"
    ):
        return None  # the kernel's own routes: local addresses, the link's own subnet
    table = str(route.get("table", ""))
    if dst in ("default", "0.0.0.0/0"):
        return "default" if table in _LINUX_OTHER_TABLES_MAIN else "scoped_default"
    if "/" not in dst or dst.endswith("/32"):
        return "host"
    return "network"


def parse_ip_route_tables(text: str) -> list[TunnelRoute]:
    """`ip -j route show table all`: each route with its interface and kind. A default route in
    a table other than main is only used when a rule sends traffic there; the caller knows no
    rule does for the internet (the route lookup went elsewhere)."""
    try:
        value: Any = json.loads(text.strip() or "null")
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise ParseError(f"not usable JSON ({type(exc).__name__})") from None
    if not isinstance(value, list):
        raise ParseError("expected a list of routes")
    found = []
    for route in value:
        if not isinstance(route, dict) or not isinstance(route.get("dev"), str):
            continue
        kind = _linux_route_kind(route)
        if kind is not None:
            found.append(TunnelRoute(route["dev"], kind))
    return found


def parse_netstat_routes(text: str) -> list[TunnelRoute]:
    """macOS `netstat -rn -f inet`: rows `Destination Gateway Flags Netif [Expire]` under the
    header. `I` in the flags scopes a route to its interface; `H` is a host route."""
    lines = text.splitlines()
    start = next(
        (i for i, line in enumerate(lines) if line.split()[:2] == ["Destination", "Gateway"]), None
    )
    if start is None or "Netif" not in lines[start].split():
        raise ParseError("no routing table header")
    # Older releases print Refs and Use columns before Netif; the columns up to it are filled.
    at = lines[start].split().index("Netif")
    found = []
    for line in lines[start + 1 :]:
        fields = line.split()
        if not fields:
            continue
        if len(fields) <= at or fields[0].endswith(":"):
            break  # the next section ("Internet6:")
        dst, flags, netif = fields[0], fields[2], fields[at]
        if dst.startswith(("224", "255.255.255.255", "169.254")) or "m" in flags:
            continue  # multicast, broadcast, link-local
        if dst in ("default", "0/0", "0.0.0.0/0"):
            kind = "scoped_default" if "I" in flags else "default"
        elif "H" in flags or (dst.count(".") == 3 and "/" not in dst):
            kind = "host"
        else:
            kind = "network"
        found.append(TunnelRoute(netif, kind))
    return found


def carries_nothing_by_itself(interface: str, routes: Iterable[TunnelRoute]) -> bool:
    """The tunnel has an interface-scoped default and otherwise only host routes: what a
    DNS-filtering app sets up, not a VPN. A network route or a default the system uses means
    it carries traffic (a split tunnel at least)."""
    kinds = {r.kind for r in routes if r.interface == interface}
    return "scoped_default" in kinds and kinds <= {"scoped_default", "host"}


def set_aside_filters(
    state: VpnState,
    route: RouteLookup,
    interfaces: Iterable[NetInterface],
    processes: Iterable[str],
    routes: list[TunnelRoute],
    second: RouteLookup | None = None,
) -> VpnState:
    """`state` judged again without the tunnels that carry nothing by themselves."""
    interfaces = tuple(interfaces)
    dropped = tuple(
        i.name for i in _connected_tunnels(interfaces) if carries_nothing_by_itself(i.name, routes)
    )
    if not dropped:
        return state
    if route.interface in dropped:
        # A filter's host route caught the first address (a public resolver): the second,
        # unrelated one shows where the internet goes.
        if second is None or second.interface is None or second.interface in dropped:
            return state
        route, second = second, None
    kept = [i for i in interfaces if i.name not in dropped]
    again = judge_unix(route, kept, processes, second)
    reason = again.reason
    if again.active is False and not reason:
        reason = fmt(
            N_(
                "{names} carries none of your internet traffic: like the tunnel of a "
                "DNS-filtering app, it has only a route that programs must ask for and routes "
                "to single addresses"
            ),
            names=joined(*dropped, sep=", "),
        )
    return replace(again, not_vpn=dropped, reason=reason)


@dataclass(frozen=True, slots=True)
class WinAdapter:
    name: str
    description: str
    #: False for virtual adapters (tunnels, Hyper-V, VMware); None when not reported.
    hardware: bool | None


@dataclass(frozen=True, slots=True)
class WinNetState:
    adapters: tuple[WinAdapter, ...]
    route_interface: str | None
    route_error: str
    #: Names of connected built-in Windows VPN connections, with their split-tunnel flag.
    vpn_connections: tuple[tuple[str, bool], ...]
    #: The adapter of the route to SECOND_PUBLIC_ADDRESS, or why it is not known.
    second_route_interface: str | None = None
    second_route_error: str = ""


def _objects(value: object) -> list[dict[str, Any]]:
    """An array property's objects, also from Windows PowerShell 5.1's {"value": [...]}."""
    return [i for i in ps_array(value) or [] if isinstance(i, dict)]


def parse_windows_vpn(text: str) -> WinNetState:
    """The one JSON object WINDOWS_VPN_PROBE prints."""
    try:
        items = parse_ps_json(text)
    except ParseError:
        raise
    except (ValueError, RecursionError) as exc:
        # Nesting too deep for the parser, or an integer too long to convert.
        raise ParseError(f"not usable JSON ({type(exc).__name__})") from None
    if len(items) != 1:
        raise ParseError("expected one object")
    doc = items[0]
    if "Adapters" not in doc:
        raise ParseError("no adapter list in the output")
    adapters = []
    for a in _objects(doc.get("Adapters")):
        name = a.get("Name")
        if not isinstance(name, str):
            continue
        desc = a.get("InterfaceDescription")
        hw = a.get("HardwareInterface")
        status = a.get("Status")
        if isinstance(status, str) and status and status.lower() != "up":
            continue
        adapters.append(
            WinAdapter(
                name, desc if isinstance(desc, str) else "", hw if isinstance(hw, bool) else None
            )
        )
    vpns = []
    for v in _objects(doc.get("VpnConnections")):
        name = v.get("Name")
        if isinstance(name, str) and name:
            vpns.append((name, v.get("SplitTunneling") is True))
    route, error = _win_route(doc, "RouteInterface", "RouteError")
    second, second_error = _win_route(doc, "SecondRouteInterface", "SecondRouteError")
    if "SecondRouteInterface" not in doc and not second_error:
        second_error = "not reported"
    return WinNetState(tuple(adapters), route, error, tuple(vpns), second, second_error)


def _win_route(doc: dict[str, Any], key: str, error_key: str) -> tuple[str | None, str]:
    route = doc.get(key)
    if isinstance(route, list):
        route = next((r for r in route if isinstance(r, str)), None)
    error = doc.get(error_key)
    return (
        route if isinstance(route, str) and route.strip() else None,
        error if isinstance(error, str) else "",
    )


def windows_vpn_product(description: str) -> str | None:
    """The product behind a VPN adapter description ("" when it is a VPN of unknown make),
    or None when the description is not a VPN's."""
    low = description.lower()
    for needle, vendor in _WINDOWS_VPN_DESCRIPTIONS:
        if needle in low:
            return vendor
    return None


def _windows_known_not_vpn(adapter: WinAdapter) -> bool:
    low = adapter.description.lower()
    return adapter.hardware is True or any(n in low for n in _WINDOWS_NOT_VPN_DESCRIPTIONS)


# ----- judging (pure) -------------------------------------------------------------------------


def judge_unix(
    route: RouteLookup,
    interfaces: Iterable[NetInterface],
    processes: Iterable[str],
    second: RouteLookup | None = None,
) -> VpnState:
    """Linux and macOS: the routing interface decides; connected tunnels elsewhere are split.

    `route` is the route to PUBLIC_ADDRESS; `second` the route to SECOND_PUBLIC_ADDRESS, looked
    up only when `route` goes into a tunnel (None: not looked up, so a full tunnel is not
    confirmed).
    """
    interfaces = tuple(interfaces)
    processes = tuple(processes)
    by_name = {i.name: i for i in interfaces}
    ppp_vpn = ppp_vpn_running(processes)
    tunnels = _connected_tunnels(interfaces)
    # A `ppp` link without a VPN client may be a DSL or dial-up link: never proof of a VPN.
    sure = [t for t in tunnels if ppp_vpn or not _is_ppp(t.name)]
    maybe = [t for t in tunnels if t not in sure]
    dev = route.interface
    if dev is not None:
        if _routes_into_tunnel(dev, by_name):
            iface = by_name.get(dev)
            if iface is not None and not iface.is_up:
                return VpnState(
                    None,
                    dev,
                    None,
                    _vendor(dev, processes),
                    reason=fmt(
                        N_(
                            "internet traffic is routed into the tunnel {name}, "
                            "but it is not running"
                        ),
                        name=dev,
                    ),
                    route_interface=dev,
                )
            if _is_ppp(dev) and not ppp_vpn:
                return VpnState(None, dev, None, reason=_ppp_reason(dev), route_interface=dev)
            return _judge_second(dev, _vendor(dev, processes), second, by_name, ppp_vpn)
        if sure:
            t = sure[0].name
            return VpnState(True, t, False, _vendor(t, processes), route_interface=dev)
        if maybe:
            # Either a split-tunnel VPN or no VPN at all; the internet bypasses it either way.
            t = maybe[0].name
            return VpnState(None, t, False, reason=_ppp_reason(t), route_interface=dev)
        return VpnState(False, full_tunnel=False, route_interface=dev)
    # The route is unknown: interfaces alone can show a tunnel, not whether it carries traffic.
    if sure:
        t = sure[0].name
        return VpnState(
            True,
            t,
            None,
            _vendor(t, processes),
            reason=fmt(
                N_(
                    "the checkup could not tell whether {name} carries your internet traffic: {why}"
                ),
                name=t,
                why=route.reason,
            ),
        )
    if maybe:
        t = maybe[0].name
        return VpnState(None, t, None, reason=joined(_ppp_reason(t), route.reason, sep="; "))
    if route.no_route:
        # A definite answer: offline, and no tunnel is up.
        return VpnState(False, full_tunnel=False, reason=route.reason)
    return VpnState(None, reason=route.reason or N_("the routing table could not be read"))


def _judge_second(
    dev: str,
    vendor: str,
    second: RouteLookup | None,
    by_name: dict[str, NetInterface],
    ppp_vpn: bool,
) -> VpnState:
    """The first public address goes into the tunnel `dev`: a full tunnel only if the second,
    unrelated one does too."""
    other = second.interface if second is not None else None
    if other is None:
        why = second.reason if second is not None else N_("the second route was not looked up")
        return VpnState(
            True,
            dev,
            None,
            vendor,
            reason=fmt(
                N_(
                    "{name} carries some internet traffic, but could not tell whether it carries "
                    "all of it: {why}"
                ),
                name=dev,
                why=why,
            ),
            route_interface=dev,
        )
    other_iface = by_name.get(other)
    if other == dev or (
        _routes_into_tunnel(other, by_name)
        and (other_iface is None or other_iface.is_up)
        and (ppp_vpn or not _is_ppp(other))
    ):
        return VpnState(True, dev, True, vendor, route_interface=dev)
    return VpnState(True, dev, False, vendor, route_interface=other)


def judge_windows(state: WinNetState, processes: Iterable[str]) -> VpnState:
    processes = tuple(processes)
    vpn_adapters = [a for a in state.adapters if windows_vpn_product(a.description) is not None]

    def product(a: WinAdapter) -> str:
        return (
            windows_vpn_product(a.description)
            or vendor_from_processes(processes)
            or (a.description)
        )

    split_candidates: list[tuple[str, str]] = [(a.name, product(a)) for a in vpn_adapters]
    split_candidates += [(name, N_("Windows VPN")) for name, _ in state.vpn_connections]
    route = state.route_interface
    if route is None:
        why: str = N_("Windows did not say which connection reaches the internet")
        if state.route_error:
            why = joined(why, fmt(N_("({error})"), error=state.route_error[:160]))
        if split_candidates:
            name, vendor = split_candidates[0]
            return VpnState(
                True,
                name,
                None,
                vendor,
                reason=fmt(
                    N_(
                        "the checkup could not tell whether {name} carries your internet "
                        "traffic: {why}"
                    ),
                    name=name,
                    why=why,
                ),
            )
        return VpnState(None, reason=why)
    entry = _windows_vpn_entry(state, route, processes)
    if entry is not None:
        name, vendor, split_flag = entry
        if split_flag:
            # A built-in connection set to split tunnelling only carries its own networks.
            return VpnState(True, name, False, vendor, route_interface=route)
        second = state.second_route_interface
        if second is None:
            why = fmt(
                N_("Windows did not say which connection reaches {address}"),
                address=SECOND_PUBLIC_ADDRESS,
            )
            if state.second_route_error:
                why = joined(why, fmt(N_("({error})"), error=state.second_route_error[:160]))
            return VpnState(
                True,
                name,
                None,
                vendor,
                reason=fmt(
                    N_(
                        "{name} carries some internet traffic, but could not tell whether it "
                        "carries all of it: {why}"
                    ),
                    name=name,
                    why=why,
                ),
                route_interface=route,
            )
        second_entry = _windows_vpn_entry(state, second, processes)
        if second_entry is not None and not second_entry[2]:
            return VpnState(True, name, True, vendor, route_interface=route)
        return VpnState(True, name, False, vendor, route_interface=second)
    folded = route.casefold()
    adapter = next((a for a in state.adapters if a.name.casefold() == folded), None)
    if adapter is not None and not _windows_known_not_vpn(adapter):
        return VpnState(
            None,
            adapter.name,
            None,
            vendor_from_processes(processes),
            reason=fmt(
                N_(
                    "internet traffic goes through the virtual adapter '{desc}', which is not a "
                    "known VPN or virtual machine adapter"
                ),
                desc=adapter.description or adapter.name,
            ),
            route_interface=route,
        )
    if adapter is None:
        return VpnState(
            None,
            reason=fmt(
                N_(
                    "internet traffic goes through '{name}', "
                    "which is not among the connected adapters"
                ),
                name=route,
            ),
            route_interface=route,
        )
    if split_candidates:
        name, vendor = split_candidates[0]
        return VpnState(True, name, False, vendor, route_interface=route)
    return VpnState(False, full_tunnel=False, route_interface=route)


def _windows_vpn_entry(
    state: WinNetState, route: str, processes: tuple[str, ...]
) -> tuple[str, str, bool] | None:
    """The VPN a route goes into: (name, product, split-tunnel flag), or None when the route's
    interface is not a known VPN."""
    folded = route.casefold()
    for name, split in state.vpn_connections:
        if name.casefold() == folded:
            return name, N_("Windows VPN"), split
    adapter = next((a for a in state.adapters if a.name.casefold() == folded), None)
    if adapter is None:
        return None
    vendor = windows_vpn_product(adapter.description)
    if vendor is None:
        return None
    return adapter.name, vendor or vendor_from_processes(processes) or adapter.description, False


# ----- probes (one per OS) --------------------------------------------------------------------


def _linux_route(ctx: ProbeContext, argv: tuple[str, ...]) -> RouteLookup:
    result = ctx.run(argv, timeout=_ROUTE_TIMEOUT)
    if not result.ran:
        return RouteLookup(None, result.why_not())
    if result.returncode != 0:
        if _no_route(result.output):
            return RouteLookup(
                None, N_("this computer has no route to the internet right now"), no_route=True
            )
        return RouteLookup(None, result.why_not())
    try:
        return RouteLookup(parse_ip_route_get(result.stdout))
    except ParseError as exc:
        return RouteLookup(None, not_understood("'ip route'", exc))


def _macos_route(ctx: ProbeContext, argv: tuple[str, ...]) -> RouteLookup:
    result = ctx.run(argv, timeout=_ROUTE_TIMEOUT)
    if not result.ran:
        return RouteLookup(None, result.why_not())
    if _no_route(result.output):
        return RouteLookup(
            None, N_("this computer has no route to the internet right now"), no_route=True
        )
    if result.returncode != 0:
        return RouteLookup(None, result.why_not())
    try:
        return RouteLookup(parse_route_get(result.stdout))
    except ParseError as exc:
        return RouteLookup(None, not_understood("'route get'", exc))


def _windows_vpn(ctx: ProbeContext) -> VpnState:
    result = ctx.run(WINDOWS_VPN_PROBE, timeout=_POWERSHELL_TIMEOUT)
    if not result.ran or result.returncode != 0:
        return VpnState(None, reason=result.why_not())
    try:
        state = parse_windows_vpn(result.stdout)
    except ParseError as exc:
        return VpnState(None, reason=not_understood("PowerShell", exc))
    return judge_windows(state, ctx.system.process_names())


def detect_vpn(ctx: ProbeContext) -> VpnState:
    """Whether a VPN carries this machine's internet traffic (shared with NET-003)."""
    os_family = ctx.platform.os
    if os_family is OSFamily.WINDOWS:
        return _windows_vpn(ctx)
    first: tuple[str, ...]
    second_argv: tuple[str, ...]
    if os_family is OSFamily.MACOS:
        lookup, first, second_argv = _macos_route, MAC_ROUTE_GET, MAC_ROUTE_GET_SECOND
    else:
        lookup, first, second_argv = _linux_route, IP_ROUTE_GET, IP_ROUTE_GET_SECOND
    interfaces = tuple(ctx.system.interfaces())
    route = lookup(ctx, first)
    second = None
    if route.interface is not None and _routes_into_tunnel(
        route.interface, {i.name: i for i in interfaces}
    ):
        second = lookup(ctx, second_argv)
    processes = ctx.system.process_names()
    state = judge_unix(route, interfaces, processes, second)
    if state.active is True and state.full_tunnel is False and route.interface is not None:
        routes = _route_tables(ctx, os_family)
        if routes is not None:
            state = set_aside_filters(state, route, interfaces, processes, routes, second)
    inside = where_inside(ctx) if state.active is False and os_family is OSFamily.LINUX else ""
    if inside:
        return VpnState(None, reason=_INSIDE[inside], route_interface=state.route_interface)
    return state


_INSIDE = {
    "container": N_(
        "this looks like a container: its traffic leaves through the computer it runs "
        "on, whose VPN cannot be seen from inside"
    ),
    "wsl": N_(
        "this is Linux inside Windows (WSL): its traffic leaves through Windows, whose VPN "
        "cannot be seen from inside"
    ),
}


def _route_tables(ctx: ProbeContext, os_family: OSFamily) -> list[TunnelRoute] | None:
    """The IPv4 routes of every table; None when they cannot be read (then every tunnel beside
    the internet route stays a split tunnel, as before the table was read)."""
    argv, parse = (
        (MAC_ROUTE_TABLE, parse_netstat_routes)
        if os_family is OSFamily.MACOS
        else (IP_ROUTE_TABLES, parse_ip_route_tables)
    )
    result = ctx.run(argv, timeout=_ROUTE_TIMEOUT)
    if not result.ran or result.returncode != 0:
        return None
    try:
        return parse(result.stdout)
    except ParseError:
        return None


# ----- the check ------------------------------------------------------------------------------

FIX_CONNECT_VPN = FixGuide(
    title=N_("Use a VPN on networks you do not trust"),
    why=N_(
        "At home or at work you can skip this. On public Wi-Fi (cafés, hotels, airports, "
        "trains) whoever runs the network can see which sites you visit and tamper with "
        "anything not encrypted. A VPN sends all your traffic through an encrypted tunnel to a "
        "server you trust. Your employer may provide one; otherwise choose a reputable paid "
        "VPN service and install its app."
    ),
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Connect your VPN: open the app your organisation or VPN provider gave you "
                    "(Cisco AnyConnect, GlobalProtect, WireGuard, NordVPN, ...) and select "
                    "Connect."
                ),
                headline=True,
            ),
            FixStep(
                N_(
                    "Without such an app, open Settings > Network & internet > VPN, select "
                    "'Add VPN' and enter the details your provider gave you, then select Connect."
                ),
                link="ms-settings:network-vpn",
            ),
            FixStep(N_("Run this check again: it should say the VPN carries your traffic.")),
        ),
        OSFamily.MACOS: (
            FixStep(
                N_(
                    "Connect your VPN: open the app your organisation or VPN provider gave you, "
                    "from the menu bar or Applications, and choose Connect."
                ),
                headline=True,
            ),
            FixStep(
                N_(
                    "Without such an app, open System Settings > VPN, choose 'Add VPN "
                    "Configuration', enter the details your provider gave you and turn the VPN on."
                ),
                link="x-apple.systempreferences:com.apple.NetworkExtensionSettingsUI."
                "NESettingsUIExtension",
            ),
            FixStep(N_("Run this check again: it should say the VPN carries your traffic.")),
        ),
        OSFamily.LINUX: (
            FixStep(
                N_(
                    "Connect your VPN: open the app your provider gave you (Mullvad, Proton VPN, "
                    "Tailscale with an exit node, ...) and connect."
                ),
                headline=True,
            ),
            FixStep(
                N_(
                    "Without such an app, open Settings > Network, select '+' next to VPN, "
                    "import the configuration file your provider gave you and switch the VPN "
                    "on. In a terminal instead, list your connections with `nmcli connection "
                    "show` and start the VPN by its name:"
                ),
                command="nmcli connection up <name>",
            ),
            FixStep(N_("Run this check again: it should say the VPN carries your traffic.")),
        ),
    },
    verify_check=META.id,
)


def vpn_evidence(state: VpnState) -> dict[str, JsonValue]:
    return {
        "vpn_active": state.active,
        "vpn_interface": state.interface or None,
        "vpn_full_tunnel": state.full_tunnel,
        "vpn_vendor": state.vendor or None,
        "internet_interface": state.route_interface or None,
        **({"tunnels_not_vpn": list(state.not_vpn)} if state.not_vpn else {}),
    }


def _named(state: VpnState) -> str:
    return state.vendor or state.interface


class VpnCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        requirement = ctx.options.vpn_required
        state = detect_vpn(ctx)
        open_wifi = None
        if requirement is VpnRequirement.UNTRUSTED_WIFI and state.active is not None:
            open_wifi = None if state.protects_all_traffic else on_open_wifi(ctx)
        finding = evaluate(state, requirement, open_wifi)
        return with_sentences(_facts.with_facts(finding, facts))


def on_open_wifi(ctx: ProbeContext) -> bool | None:
    """Whether this computer is on open (or WEP) Wi-Fi; None when that could not be read."""
    # Imported here: NET-003 imports this module for `detect_vpn`.
    from hygiene_app.checks.open_wifi import WifiSecurity, read_wifi

    security = read_wifi(ctx).security
    return None if security is WifiSecurity.UNKNOWN else security.is_open


def vpn_facts(evidence: _facts.Evidence) -> tuple[Fact, ...]:
    """The VPN part of the evidence (`vpn_evidence`) in words; open Wi-Fi says it too."""
    active = _facts.flag(evidence, "vpn_active")
    if active is None:
        return ()
    found = [Fact(N_("VPN"), N_("connected") if active else N_("not connected"))]
    if active:
        name = _facts.text(evidence, "vpn_vendor") or _facts.text(evidence, "vpn_interface")
        found.append(Fact(N_("VPN in use"), name or ""))
        full = _facts.flag(evidence, "vpn_full_tunnel")
        if full is not None:
            found.append(
                Fact(
                    N_("What the VPN carries"),
                    N_("all your internet traffic") if full else N_("only some destinations"),
                )
            )
    found.append(Fact(N_("Internet connection"), _facts.text(evidence, "internet_interface") or ""))
    not_vpn = _facts.texts(evidence, "tunnels_not_vpn")
    if not_vpn:
        found.append(Fact(N_("Tunnels that carry no internet traffic"), _facts.listed(not_vpn)))
    return tuple(found)


def facts(finding: Finding) -> tuple[Fact, ...]:
    return vpn_facts(finding.evidence)


def evaluate(
    state: VpnState,
    requirement: VpnRequirement | None = None,
    open_wifi: bool | None = None,
) -> Finding:
    """The verdict, with the organisation's `requirement` (None: the app's own advice).
    `open_wifi`: whether the computer is on open Wi-Fi (read only for UNTRUSTED_WIFI)."""
    finding = _evaluate(state)
    if requirement is None:
        return finding
    evidence: dict[str, JsonValue] = {**finding.evidence, "vpn_required": requirement.value}
    if open_wifi is not None:
        evidence["on_open_wifi"] = open_wifi
    finding = replace(finding, evidence=evidence)
    if finding.status is Status.UNKNOWN:
        return finding
    if requirement is VpnRequirement.NEVER:
        if state.active:
            return finding
        return Finding(
            Status.PASS,
            N_("Your organisation does not ask for a VPN"),
            detail=N_("No VPN is connected, and your organisation does not need one here."),
            evidence=evidence,
        )
    if (
        requirement is VpnRequirement.UNTRUSTED_WIFI
        and open_wifi is None
        and state.active
        and not state.protects_all_traffic
    ):
        # A split tunnel is fine off open Wi-Fi and a problem on it: with the Wi-Fi unread,
        # the organisation's rule could not be checked, which is never a pass.
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether your Wi-Fi is secured"),
            reason=N_("the Wi-Fi security could not be read"),
            evidence=evidence,
        )
    needed = requirement is VpnRequirement.ALWAYS or open_wifi is True
    if not needed or state.protects_all_traffic:
        return finding
    summary: str
    if state.active:
        summary = fmt(
            N_("Your organisation asks for a VPN for all traffic; {name} carries only some"),
            name=_named(state),
        )
    elif requirement is VpnRequirement.ALWAYS:
        summary = N_("Your organisation asks for a VPN, and none is connected")
    else:
        summary = N_("On open Wi-Fi your organisation asks for a VPN, and none is connected")
    return Finding(
        Status.FAIL,
        summary,
        Severity.MEDIUM,
        detail=N_(
            "Connect the VPN your organisation gave you, so that all your internet traffic "
            "goes through it."
        ),
        evidence=evidence,
        fix=FIX_CONNECT_VPN,
    )


def _evaluate(state: VpnState) -> Finding:
    """The app's own verdict: a VPN is advice (see the module's docstring)."""
    evidence = vpn_evidence(state)
    if state.active is None:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether a VPN is connected"),
            reason=state.reason or N_("the network setup could not be read"),
            evidence=evidence,
        )
    if state.active and state.full_tunnel is True:
        return Finding(
            Status.PASS,
            fmt(N_("VPN connected: {name} carries all your internet traffic"), name=_named(state)),
            evidence=evidence,
        )
    if state.active and state.full_tunnel is False:
        return Finding(
            Status.PASS,
            fmt(N_("VPN connected (split tunnel): {name}"), name=_named(state)),
            detail=fmt(
                N_(
                    "The VPN only carries traffic for some destinations, usually your "
                    "organisation's network; everything else goes straight out through "
                    "{route}. That is usually deliberate. On public Wi-Fi, the rest of your "
                    "traffic is not protected by it."
                ),
                route=(
                    state.route_interface
                    if state.route_interface and state.route_interface != state.interface
                    else N_("your normal connection")
                ),
            ),
            evidence=evidence,
        )
    if state.active:
        return Finding(
            Status.UNKNOWN,
            fmt(
                N_("A VPN seems connected ({name}), but could not tell what it protects"),
                name=_named(state),
            ),
            reason=state.reason or N_("the routing table could not be read"),
            evidence=evidence,
        )
    advice = N_(
        "That is fine on your home or work network. On public Wi-Fi, connect a VPN first; "
        "the 'Open Wi-Fi without a VPN' check warns you when it matters."
    )
    return Finding(
        Status.WARN,
        N_("No VPN connected"),
        Severity.INFO,
        detail=(
            joined(fmt(N_("No VPN tunnel is up ({why})."), why=state.reason), advice)
            if state.reason
            else advice
        ),
        evidence=evidence,
        fix=FIX_CONNECT_VPN,
    )
