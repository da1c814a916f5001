"""NET-003: connected to an open (unencrypted) Wi-Fi network without a VPN.

On an open network (no password, or only the long-broken WEP) anyone nearby can capture the
radio traffic, and anyone can set up a fake network with the same name. Pages, e-mail and apps
that do not encrypt end to end can be read or changed, and the sites you visit can be seen. A
VPN that carries all traffic makes an open network safe enough; a split-tunnel VPN does not.

Verdict: open or WEP Wi-Fi and no full-tunnel VPN (the route to the internet is known to bypass
any VPN, or only part of the traffic goes through one) ⇒ FAIL (high); open Wi-Fi with a
full-tunnel VPN, secured Wi-Fi (WPA/WPA2/WPA3, 802.1X, OWE "Enhanced Open") or no Wi-Fi ⇒ PASS;
open Wi-Fi while the VPN state or the route cannot be read ⇒ WARN (the open network is a fact;
the protection is not confirmed). When the Wi-Fi security cannot be read (Windows 11 24H2
without location access, localized or unexpected output, tools missing while a Wi-Fi interface
is connected) ⇒ UNKNOWN with the reason.

Labels in `netsh` output are translated on non-English Windows; we only read the English ones and
say so when there are none, rather than guess.

Privacy: the network's name (SSID) can reveal where you are, and findings end up in reports and
support snapshots, so it is never put into a finding; only whether one was visible.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from hygiene_app.checks import _facts
from hygiene_app.checks._common import with_sentences
from hygiene_app.checks._inside import where_inside
from hygiene_app.checks.vpn import (
    VpnState,
    detect_vpn,
    vpn_evidence,
    vpn_facts,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt
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
from hygiene_app.engine.nmcli_terse import split_terse
from hygiene_app.engine.probes import NetInterface

META = CheckMeta(
    id="NET-003",
    title=N_("Open Wi-Fi without a VPN"),
    category=Category.WIFI_VPN,
    platforms=ALL_OSES,
    weight=6,
    severity=Severity.HIGH,
    leaves_machine=N_(
        "Nothing: reads the security type of the Wi-Fi network you are connected to from this "
        "computer's own settings; no scan and no traffic."
    ),
    # Worst case per OS, probes in sequence: macOS system_profiler 8 s + two route lookups
    # 2 s each; Windows netsh 4 s + the PowerShell VPN probe 8 s; Linux nmcli 5 s + 2 x 2 s.
    timeout=12.0,
)

# ----- argv of every probe --------------------------------------------------------------------

#: Terse, escaped, from NetworkManager's cached scan (`--rescan no` keeps it fast).
NMCLI_WIFI = (
    "nmcli", "-t", "-e", "yes", "-f", "ACTIVE,SSID,SECURITY", "device", "wifi", "list",
    "--rescan", "no",
)  # fmt: skip
NETSH_WLAN = ("netsh", "wlan", "show", "interfaces")
MAC_AIRPORT = ("system_profiler", "SPAirPortDataType")

_NMCLI_TIMEOUT = 5.0
_NETSH_TIMEOUT = 4.0
_PROFILER_TIMEOUT = 8.0


class WifiSecurity(enum.StrEnum):
    OPEN = "open"
    #: WEP is broken in minutes: treated as open.
    WEP = "wep"
    SECURED = "secured"
    NOT_CONNECTED = "not_connected"
    UNKNOWN = "unknown"

    @property
    def is_open(self) -> bool:
        return self in (WifiSecurity.OPEN, WifiSecurity.WEP)


@dataclass(frozen=True, slots=True)
class WifiState:
    security: WifiSecurity
    #: The network's name when shown (may be "<redacted>" on macOS without location access).
    ssid: str = ""
    #: The security as the tool printed it ("WPA2 Personal", "Open", "").
    raw_security: str = ""
    reason: str = ""
    #: Windows would not tell without location access.
    location_blocked: bool = False


def _unknown(reason: str, *, location_blocked: bool = False) -> WifiState:
    return WifiState(WifiSecurity.UNKNOWN, reason=reason, location_blocked=location_blocked)


# ----- parsers (pure) -------------------------------------------------------------------------


def classify_nmcli_security(value: str) -> WifiSecurity:
    """nmcli SECURITY column: '' (or '--') is open; WEP alone is WEP; WPA*, 802.1X, OWE are
    encrypted."""
    tokens = [t.upper() for t in value.split() if t != "--"]
    if not tokens:
        return WifiSecurity.OPEN
    if any(t.startswith("WPA") or t in ("802.1X", "OWE", "SAE") for t in tokens):
        return WifiSecurity.SECURED
    if all(t == "WEP" for t in tokens):
        return WifiSecurity.WEP
    return WifiSecurity.UNKNOWN


def _worst(states: list[WifiState]) -> WifiState:
    for wanted in (WifiSecurity.OPEN, WifiSecurity.WEP, WifiSecurity.UNKNOWN):
        for s in states:
            if s.security is wanted:
                return s
    return states[0]


def parse_nmcli_wifi(text: str) -> WifiState:
    """`nmcli -t -e yes -f ACTIVE,SSID,SECURITY device wifi list`: the ACTIVE=yes row(s)."""
    active: list[WifiState] = []
    understood = 0
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines:
        fields = split_terse(line.rstrip("\r"))
        if len(fields) != 3 or fields[0] not in ("yes", "no"):
            continue
        understood += 1
        if fields[0] == "yes":
            security = classify_nmcli_security(fields[2])
            reason = "" if security is not WifiSecurity.UNKNOWN else _unrecognised(fields[2][:60])
            active.append(WifiState(security, fields[1], fields[2], reason))
    if lines and not understood:
        return _unknown(N_("the nmcli output was not understood"))
    if not active:
        return WifiState(WifiSecurity.NOT_CONNECTED)
    return _worst(active)


_LABEL_VALUE = re.compile(r"^\s*([^:]*?)\s*:\s?(.*?)\s*$")
_LOCATION_HINTS = (
    "location permission",
    "ms-settings:privacy-location",
    "access is denied",
    "location services",
)


def _netsh_blocks(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for line in text.splitlines():
        m = _LABEL_VALUE.match(line)
        if not m or not m.group(1):
            continue
        label, value = m.group(1), m.group(2)
        if label == "Name" and current:
            blocks.append(current)
            current = {}
        current.setdefault(label, value)
    if current:
        blocks.append(current)
    return blocks


def _classify_netsh(block: dict[str, str]) -> WifiState:
    ssid = block.get("SSID", "")
    auth = block.get("Authentication")
    cipher = block.get("Cipher", "")
    if auth is None:
        return _unknown(N_("Windows did not show the security of the connected network"))
    a, c = auth.strip().lower(), cipher.strip().lower()
    if a == "open":
        if c in ("", "none"):
            return WifiState(WifiSecurity.OPEN, ssid, auth)
        if "wep" in c:
            return WifiState(WifiSecurity.WEP, ssid, f"{auth} / {cipher}")
        return _unknown(_unrecognised(f"{auth} / {cipher}"[:90]))
    if a.startswith("shared") or a == "wep":
        return WifiState(WifiSecurity.WEP, ssid, auth)
    if "wpa" in a or "owe" in a or "802.1x" in a:
        return WifiState(WifiSecurity.SECURED, ssid, auth)
    return _unknown(_unrecognised(auth[:90]))


def _unrecognised(security: str) -> str:
    """The reason for a security type the check does not know, the OS's own words quoted."""
    return fmt(N_("unrecognised Wi-Fi security '{security}'"), security=security)


#: A field of an interface block: indented label, spaces, colon (`    SSID   : Cafe`). Its value
#: (a network's or profile's name) is chosen by whoever set up the network, so the messages
#: below are looked for only outside such lines: an open network named "wlansvc not running"
#: must not turn into "not on Wi-Fi".
_NETSH_FIELD = re.compile(r"^\s+[^:]*?\S\s+:(?:\s|$)")


def _netsh_messages(text: str) -> str:
    """The lines of netsh's own messages, lower case, without the interfaces' fields."""
    return "\n".join(line for line in text.lower().splitlines() if not _NETSH_FIELD.match(line))


def parse_netsh_wlan(text: str) -> WifiState:
    """`netsh wlan show interfaces`, English labels only (they are translated elsewhere)."""
    low = _netsh_messages(text)
    if any(h in low for h in _LOCATION_HINTS):
        return _unknown(
            N_(
                "Windows only shows Wi-Fi details to apps allowed to use your location, and "
                "location access for desktop apps is turned off"
            ),
            location_blocked=True,
        )
    if "there is no wireless interface on the system" in low:
        return WifiState(WifiSecurity.NOT_CONNECTED, reason=N_("this computer has no Wi-Fi"))
    if "wlansvc" in low and "not running" in low:
        return WifiState(
            WifiSecurity.NOT_CONNECTED, reason=N_("the Windows Wi-Fi service is not running")
        )
    blocks = _netsh_blocks(text)
    known = {"State", "Authentication", "Cipher"}
    if not any(known & set(b) for b in blocks):
        return _unknown(N_("the netsh output is not in English or was not understood"))
    connected = []
    for b in blocks:
        state = b.get("State")
        if state is None and "Authentication" not in b:
            continue
        if state is None or state.strip().lower() == "connected":
            connected.append(_classify_netsh(b))
    if not connected:
        return WifiState(WifiSecurity.NOT_CONNECTED)
    return _worst(connected)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def classify_macos_security(value: str) -> WifiSecurity:
    low = value.strip().lower()
    if "owe" in low or "enhanced open" in low:
        return WifiSecurity.SECURED
    if low in ("none", "open", ""):
        return WifiSecurity.OPEN
    if "wep" in low:
        return WifiSecurity.WEP
    if "wpa" in low or "personal" in low or "enterprise" in low:
        return WifiSecurity.SECURED
    return WifiSecurity.UNKNOWN


def parse_system_profiler_wifi(text: str) -> WifiState:
    """`system_profiler SPAirPortDataType` (text). The connected network is the header under
    "Current Network Information:" (`<redacted>:` without location access) with a `Security:`
    line; "Other Local Wi-Fi Networks:" and awdl0's header-less section are ignored."""
    lines = text.splitlines()
    found: list[WifiState] = []
    for idx, line in enumerate(lines):
        if line.strip() != "Current Network Information:":
            continue
        base = _indent(line)
        section = []
        for following in lines[idx + 1 :]:
            if following.strip() and _indent(following) <= base:
                break
            section.append(following)
        body = [s for s in section if s.strip()]
        if not body:
            continue
        header = body[0]
        name = header.strip()
        if not name.endswith(":") or ": " in name:
            continue  # awdl0 style: values, no network
        ssid = name[:-1]
        security = None
        for s in body[1:]:
            if _indent(s) <= _indent(header):
                break
            key, sep, value = s.strip().partition(":")
            if sep and key == "Security":
                security = value.strip()
                break
        if not security:  # no line, or an empty one: macOS prints "None" for open networks
            found.append(_unknown(N_("macOS did not show the security of the current network")))
            continue
        kind = classify_macos_security(security)
        reason = "" if kind is not WifiSecurity.UNKNOWN else _unrecognised(security[:60])
        found.append(WifiState(kind, ssid, security, reason))
    if found:
        return _worst(found)
    stripped = {line.strip() for line in lines}
    if "Status: Connected" in stripped:
        return _unknown(N_("macOS reports a Wi-Fi connection but not its details"))
    # Only labels no other language shares: French and Spanish also print "Wi-Fi:" and
    # "Interfaces:", Japanese "Wi-Fi:", so those alone would call a French Mac on open Wi-Fi
    # (its "Informations sur le réseau actuel:" unread) "not connected".
    card_type = any(s.startswith("Card Type:") and not s.endswith(":") for s in stripped)
    if "Software Versions:" in stripped or card_type:
        return WifiState(WifiSecurity.NOT_CONNECTED)
    return _unknown(N_("the system_profiler output is not in English or was not understood"))


#: Linux interface names of Wi-Fi devices (predictable names wl*, legacy wlan*, Atheros ath*).
_WIFI_NAME = re.compile(r"^(?:wl|ath\d|wifi|mlan)", re.IGNORECASE)


def wifi_from_interfaces(interfaces: Iterable[NetInterface], why: str) -> WifiState:
    """Linux without NetworkManager: interfaces can show that we are *not* on Wi-Fi, never
    what security a Wi-Fi connection uses."""
    wireless = [i for i in interfaces if _WIFI_NAME.match(i.name)]
    if not wireless:
        return WifiState(WifiSecurity.NOT_CONNECTED, reason=N_("no Wi-Fi interface"))
    in_use = [
        i
        for i in wireless
        if i.is_up
        and any(
            (a.family == "ipv4" and not a.address.startswith("169.254."))
            or (a.family == "ipv6" and not a.address.lower().startswith("fe80"))
            for a in i.addresses
        )
    ]
    if not in_use:
        return WifiState(
            WifiSecurity.NOT_CONNECTED, reason=N_("the Wi-Fi interface is not connected")
        )
    return _unknown(
        fmt(
            N_("{name} is connected, but its security cannot be read: {why}"),
            name=in_use[0].name,
            why=why,
        )
    )


# ----- probes (one per OS) --------------------------------------------------------------------


def _linux_wifi(ctx: ProbeContext) -> WifiState:
    result = ctx.run(NMCLI_WIFI, timeout=_NMCLI_TIMEOUT)
    if result.ran and result.returncode == 0:
        state = parse_nmcli_wifi(result.stdout)
        if state.security is not WifiSecurity.NOT_CONNECTED:
            return state
        # NetworkManager lists no active network: make sure nothing else (iwd, wpa_supplicant
        # on its own) has connected a Wi-Fi interface behind its back.
        state = wifi_from_interfaces(
            ctx.system.interfaces(), N_("NetworkManager does not manage it")
        )
    else:
        # No NetworkManager (or it is not running): interfaces can still rule Wi-Fi out.
        state = wifi_from_interfaces(ctx.system.interfaces(), result.why_not())
    if state.security is WifiSecurity.NOT_CONNECTED:
        inside = where_inside(ctx)
        if inside:
            return _unknown(_INSIDE[inside])
    return state


_INSIDE = {
    "container": N_(
        "this looks like a container: the Wi-Fi belongs to the computer it runs on, "
        "which cannot be seen from inside"
    ),
    "wsl": N_(
        "this is Linux inside Windows (WSL): the Wi-Fi belongs to Windows, which cannot be "
        "seen from inside"
    ),
}


def _windows_wifi(ctx: ProbeContext) -> WifiState:
    result = ctx.run(NETSH_WLAN, timeout=_NETSH_TIMEOUT)
    if not result.ran:
        return _unknown(result.why_not())
    state = parse_netsh_wlan(result.output)
    failed = result.returncode != 0 and not state.location_blocked
    if state.security is WifiSecurity.UNKNOWN and failed:
        return _unknown(result.why_not())
    return state


def _macos_wifi(ctx: ProbeContext) -> WifiState:
    result = ctx.run(MAC_AIRPORT, timeout=_PROFILER_TIMEOUT)
    if not result.ran:
        return _unknown(result.why_not())
    if result.returncode != 0 and not result.stdout.strip():
        return _unknown(result.why_not())
    return parse_system_profiler_wifi(result.stdout)


def read_wifi(ctx: ProbeContext) -> WifiState:
    os_family = ctx.platform.os
    if os_family is OSFamily.WINDOWS:
        return _windows_wifi(ctx)
    if os_family is OSFamily.MACOS:
        return _macos_wifi(ctx)
    return _linux_wifi(ctx)


# ----- the check ------------------------------------------------------------------------------

FIX_OPEN_WIFI = FixGuide(
    title=N_("Protect yourself on open Wi-Fi"),
    why=N_(
        "This Wi-Fi network has no password (or only the broken WEP kind), so its traffic is "
        "not encrypted over the air. People nearby can see which sites you visit and read or "
        "alter anything that is not encrypted, and a fake network with the same name is easy "
        "to set up. A VPN that carries all your traffic, or your phone's own hotspot, avoids "
        "this."
    ),
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Connect your VPN: open your VPN app and select Connect, or open Settings > "
                    "Network & internet > VPN and connect the VPN listed there."
                ),
                link="ms-settings:network-vpn",
            ),
            FixStep(
                N_(
                    "No VPN? Turn on the hotspot on your phone (it uses WPA2 with a password) "
                    "and connect to it instead."
                )
            ),
            FixStep(
                N_(
                    "Stop joining this network automatically: open Settings > Network & "
                    "internet > Wi-Fi > Manage known networks, select the open network and "
                    "choose Forget."
                ),
                link="ms-settings:network-wifi",
            ),
            FixStep(N_("Run this check again.")),
        ),
        OSFamily.MACOS: (
            FixStep(
                N_(
                    "Connect your VPN: open your VPN app and choose Connect, or open System "
                    "Settings > VPN and turn it on."
                ),
                link="x-apple.systempreferences:com.apple.NetworkExtensionSettingsUI."
                "NESettingsUIExtension",
            ),
            FixStep(
                N_(
                    "No VPN? Turn on Personal Hotspot on your phone and join it from the Wi-Fi "
                    "menu instead."
                )
            ),
            FixStep(
                N_(
                    "Stop joining this network automatically: open System Settings > Wi-Fi, "
                    "select Details next to the open network and choose 'Forget This "
                    "Network'."
                ),
                link="x-apple.systempreferences:com.apple.wifi-settings-extension",
            ),
            FixStep(N_("Run this check again.")),
        ),
        OSFamily.LINUX: (
            FixStep(
                N_(
                    "Connect your VPN: open your VPN app, or open Settings > Network and switch "
                    "your VPN on. In a terminal, `nmcli connection show` lists your "
                    "connections; start the VPN by its name:"
                ),
                command="nmcli connection up <name>",
            ),
            FixStep(N_("No VPN? Turn on the hotspot on your phone and connect to it instead.")),
            FixStep(
                N_(
                    "Stop joining this network automatically: open Settings > Wi-Fi, select the "
                    "gear next to the open network and choose Forget, or in a terminal:"
                ),
                command="nmcli connection delete <network name>",
            ),
            FixStep(N_("Run this check again.")),
        ),
    },
    verify_check=META.id,
)

FIX_LOCATION = FixGuide(
    title=N_("Let the checkup see your Wi-Fi security"),
    why=N_(
        "Since Windows 11 24H2, Windows only tells apps about Wi-Fi networks when they may use "
        "your location, because nearby network names can reveal where you are. The checkup "
        "only reads whether your current network is password-protected; it never reads or "
        "sends your location."
    ),
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_("Open Settings > Privacy & security > Location."),
                link="ms-settings:privacy-location",
            ),
            FixStep(
                N_(
                    "Turn on 'Location services' and 'Let desktop apps access your location'. "
                    "You can turn them off again after the checkup."
                )
            ),
            FixStep(N_("Run this check again.")),
        ),
    },
    verify_check=META.id,
)


def _ssid_visible(ssid: str) -> bool:
    """The tool showed a network name (macOS without location access shows `<redacted>`)."""
    name = ssid.strip()
    return bool(name) and not (name.startswith("<") and name.endswith(">"))


def _wifi_evidence(wifi: WifiState) -> dict[str, JsonValue]:
    # Never the SSID itself: it can reveal where the user is (see the module docstring).
    return {
        "wifi": wifi.security.value,
        "wifi_security": wifi.raw_security or None,
        "ssid_visible": _ssid_visible(wifi.ssid),
    }


class OpenWifiCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        wifi = read_wifi(ctx)
        # Only an open network needs the (slower) VPN lookup.
        vpn = detect_vpn(ctx) if wifi.security.is_open else None
        return with_sentences(_facts.with_facts(evaluate(wifi, vpn), facts))


_WIFI_WORDS = {
    WifiSecurity.OPEN: N_("open: no password"),
    WifiSecurity.WEP: N_("protected only by WEP, an old and broken method"),
    WifiSecurity.SECURED: N_("password-protected"),
    WifiSecurity.NOT_CONNECTED: N_("not connected"),
}


def facts(finding: Finding) -> tuple[Fact, ...]:
    """The Wi-Fi's protection in words (never its name), and the VPN's when it was asked."""
    ev = finding.evidence
    try:
        words = _WIFI_WORDS.get(WifiSecurity(_facts.text(ev, "wifi") or ""), "")
    except ValueError:
        words = ""
    found = [Fact(N_("Wi-Fi"), words)]
    security = _facts.text(ev, "wifi_security") or ""
    if words and "_" not in security and security.lower() not in ("none", "open"):
        found.append(Fact(N_("Protection"), security))
    return (*found, *vpn_facts(ev))


def evaluate(wifi: WifiState, vpn: VpnState | None) -> Finding:
    evidence = _wifi_evidence(wifi)
    if vpn is not None:
        evidence.update(vpn_evidence(vpn))
    if wifi.security is WifiSecurity.UNKNOWN:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether your Wi-Fi is secured"),
            reason=wifi.reason or N_("the Wi-Fi security could not be read"),
            evidence=evidence,
            fix=FIX_LOCATION if wifi.location_blocked else None,
        )
    if wifi.security is WifiSecurity.NOT_CONNECTED:
        return Finding(
            Status.PASS,
            N_("Not connected to Wi-Fi"),
            detail=wifi.reason,
            evidence=evidence,
        )
    if wifi.security is WifiSecurity.SECURED:
        return Finding(
            Status.PASS,
            fmt(
                N_("Your Wi-Fi is password-protected ({security})"),
                security=wifi.raw_security or "WPA",
            ),
            evidence=evidence,
        )
    kind = N_("open") if wifi.security is WifiSecurity.OPEN else N_("WEP-only")
    if vpn is not None and vpn.protects_all_traffic:
        return Finding(
            Status.PASS,
            fmt(N_("On {kind} Wi-Fi, but your VPN carries all your traffic"), kind=kind),
            detail=fmt(
                N_(
                    "This Wi-Fi network is not encrypted, but {vpn} encrypts everything you send "
                    "before it reaches the Wi-Fi. Keep the VPN on while you use this network."
                ),
                vpn=vpn.vendor or vpn.interface or "the VPN",
            ),
            evidence=evidence,
        )
    if vpn is None or vpn.full_tunnel is not False:
        # The route or the VPN could not be read: the open network is a fact, the protection
        # is not confirmed either way.
        return Finding(
            Status.WARN,
            fmt(N_("On {kind} Wi-Fi; could not confirm a VPN protects you"), kind=kind),
            Severity.MEDIUM,
            detail=fmt(
                N_(
                    "This Wi-Fi network is not encrypted. The checkup could not tell whether a VPN "
                    "carries your traffic ({why})."
                ),
                why=(vpn.reason if vpn is not None and vpn.reason else N_("unknown")),
            ),
            evidence=evidence,
            fix=FIX_OPEN_WIFI,
        )
    # The route to the internet is known and at least part of the traffic bypasses any VPN.
    if vpn.active is True:
        summary = N_("On {kind} Wi-Fi; your VPN protects only some of your traffic")
        detail: str = fmt(
            N_(
                "This Wi-Fi network is not encrypted. Your VPN ({vpn}) only carries some traffic; "
                "the rest travels over the open network where others can watch it."
            ),
            vpn=vpn.vendor or vpn.interface,
        )
    elif vpn.active is None:
        summary = N_("On {kind} Wi-Fi; your internet traffic does not go through a VPN")
        detail = fmt(
            N_(
                "This Wi-Fi network is not encrypted, and your internet traffic goes out through "
                "{route}, not through a VPN ({why})."
            ),
            route=vpn.route_interface or N_("your normal connection"),
            why=vpn.reason,
        )
    else:
        summary = N_("Connected to {kind} Wi-Fi without a VPN")
        detail = N_(
            "This Wi-Fi network is not encrypted: people nearby can see the sites you visit "
            "and read anything that is not encrypted."
        )
    return Finding(
        Status.FAIL,
        fmt(summary, kind=kind),
        Severity.HIGH,
        detail=detail,
        evidence=evidence,
        fix=FIX_OPEN_WIFI,
    )
