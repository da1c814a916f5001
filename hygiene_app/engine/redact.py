"""Consistent replacement of identifying names and network details in recorded text.

Only names that identify somebody are replaced: a generic account or host name ("root",
"localhost", "debian") says nothing about its owner, and replacing it would corrupt the very
outputs the checks parse (`ID=debian`, "you must be root"). A name too short to be told apart
from ordinary words ("al", "a") is replaced only where it can only be the name: as a path
component, next to an `@`, or as a whole value.

Wi-Fi network names (SSIDs) say where somebody is, and IP addresses say on which network: both
are replaced in recorded tool output by placeholders that keep their shape (the same network is
always the same `wifi-N`; an address stays an address of the same kind, link-local stays
link-local), so the checks read the redacted output exactly as they read the real one.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hygiene_app.engine.nmcli_terse import escape_terse, split_terse

USER_PLACEHOLDER = "user"
HOST_PLACEHOLDER = "host"

_GENERIC_NAMES = frozenset(
    {
        "",
        "root",
        "user",
        "admin",
        "administrator",
        "guest",
        "pi",
        "host",
        "localhost",
        "localhost.localdomain",
        "debian",
        "ubuntu",
        "fedora",
        "arch",
        "archlinux",
        "kali",
        "raspberrypi",
        "linux",
        "windows",
        "macos",
        "system",
    }
)
_MIN_NAME_LENGTH = 3
_MAC = re.compile(
    r"(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])"
)


def _is_identifying(name: str) -> bool:
    return bool(name) and name.lower() not in _GENERIC_NAMES and not name.isspace()


@dataclass(frozen=True, slots=True)
class Redactor:
    """Replaces each identifying name with a placeholder, wherever it stands as a whole word
    (a short name only where it can only be the name), and hardware (MAC) addresses with a
    fixed locally administered one."""

    pattern: re.Pattern[str] | None
    replacements: tuple[tuple[str, str], ...]
    #: Names shorter than _MIN_NAME_LENGTH: path components, `@` neighbours, whole values.
    short_pattern: re.Pattern[str] | None = None

    @classmethod
    def for_machine(cls, username: str, hostname: str) -> Redactor:
        pairs: dict[str, str] = {}
        for name in (hostname, hostname.split(".", 1)[0]):
            if _is_identifying(name):
                pairs[name] = HOST_PLACEHOLDER
        if _is_identifying(username):
            pairs[username] = USER_PLACEHOLDER
        if not pairs:
            return cls(None, ())
        # Longest first, so "alice-laptop.example.org" wins over "alice-laptop".
        names = sorted(pairs, key=len, reverse=True)
        long_names = [n for n in names if len(n) >= _MIN_NAME_LENGTH]
        short_names = [n for n in names if len(n) < _MIN_NAME_LENGTH]
        pattern = short = None
        if long_names:
            alternatives = "|".join(re.escape(n) for n in long_names)
            pattern = re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        if short_names:
            alternatives = "|".join(re.escape(n) for n in short_names)
            short = re.compile(
                rf"(?:(?<=[/\\])|(?<=@)|^)(?:{alternatives})(?=[/\\@]|$)"
                rf"|(?<![\w.-])(?:{alternatives})(?=@)",
                re.IGNORECASE,
            )
        return cls(pattern, tuple((n.lower(), pairs[n]) for n in names), short)

    def text(self, value: str) -> str:
        value = _MAC.sub(_mac_placeholder, value)
        if not value or (self.pattern is None and self.short_pattern is None):
            return value
        lookup = dict(self.replacements)

        def swap(m: re.Match[str]) -> str:
            return lookup.get(m.group(0).lower(), USER_PLACEHOLDER)

        if self.pattern is not None:
            value = self.pattern.sub(swap, value)
        if self.short_pattern is not None:
            value = self.short_pattern.sub(swap, value)
        return value


def _mac_placeholder(match: re.Match[str]) -> str:
    sep = match.group(1)
    return sep.join(["02", "00", "00", "00", "00", "01"])


# ----- network details ----------------------------------------------------------------------

_IPV4 = re.compile(r"(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})(/\d{1,2})?(?!\w|\.\d)")
#: An IPv6 address, its last 32 bits possibly written as a dotted quad (`::ffff:192.0.2.1`).
_IPV6 = re.compile(
    r"(?<![\w:.%])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4}))"
    r"(%[\w.-]+)?(/\d{1,3})?(?![\w:])"
)
#: Labelled Wi-Fi names in any output: `SSID : x` (netsh, airport -I), `ESSID:"x"` (iwgetid).
_SSID_LINE = re.compile(r"^(\s*(?:SSID|Profile|All User Profile)\s*:[ \t]?)(.*?)(\s*)$", re.M)
_ESSID = re.compile(r'(ESSID:")([^"]*)(")')
#: nmcli fields (`-f`) that hold a network's or a connection's name.
_NMCLI_NAME_FIELDS = frozenset({"SSID", "NAME", "CONNECTION", "GENERAL.CONNECTION"})
#: system_profiler sections whose child headers are network names.
_PROFILER_SECTIONS = frozenset({"Current Network Information:", "Other Local Wi-Fi Networks:"})


@dataclass(slots=True)
class NetworkRedactor:
    """Replaces Wi-Fi names and IP addresses in tool output with consistent placeholders.

    One instance serves one snapshot, so the address in `ip route` output and on the
    interface list become the same placeholder. Addresses in `keep` (those the checks ask
    about, e.g. a public address whose route is looked up), loopback, unspecified, multicast,
    netmasks and network prefixes (`10.0.0.0/8`) identify nobody and are left as they are."""

    keep: frozenset[str] = frozenset()
    _addresses: dict[str, str] = field(default_factory=dict)
    _ssids: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def keeping_addresses_in(cls, texts: Iterable[str]) -> NetworkRedactor:
        found: set[str] = set()
        for text in texts:
            found.update(m.group(1) for m in _IPV4.finditer(text))
            found.update(m.group(1).lower() for m in _IPV6.finditer(text))
        return cls(frozenset(found))

    # -- addresses ---------------------------------------------------------------------------

    def address(self, value: str) -> str:
        """One address as an interface lists it (IPv6 may carry `%scope`)."""
        return self.addresses(value)

    def addresses(self, text: str) -> str:
        """Every IPv4 and IPv6 address in `text`."""

        # One pass: an IPv6 address's placeholder (`::ffff:10.0.0.1` for a mapped IPv4 one)
        # is never read again as an address of its own.
        def v4(m: re.Match[str]) -> str:
            return self._v4(m.group(1), m.group(2))

        parts: list[str] = []
        last = 0
        for m in _IPV6.finditer(text):
            parts.append(_IPV4.sub(v4, text[last : m.start()]))
            parts.append(self._v6(m.group(1), m.group(2), m.group(3)))
            last = m.end()
        parts.append(_IPV4.sub(v4, text[last:]))
        return "".join(parts)

    def _v4(self, raw: str, prefix: str | None) -> str:
        try:
            addr = ipaddress.IPv4Address(raw)
        except ValueError:
            return raw + (prefix or "")
        if self._left_alone(raw, addr, prefix):
            return raw + (prefix or "")
        if addr.is_link_local:
            kind, template = "v4-link", "169.254.{a}.{b}"
        elif addr in _CGNAT:
            kind, template = "v4-cgnat", "100.64.{a}.{b}"
        elif addr.is_private:
            kind, template = "v4-private", "10.0.{a}.{b}"
        else:
            kind, template = "v4-public", "192.0.{c}.{b}"
        return self._token(raw, kind, template) + (prefix or "")

    def _v6(self, raw: str, scope: str | None, prefix: str | None) -> str:
        rest = (scope or "") + (prefix or "")
        try:
            addr = ipaddress.IPv6Address(raw)
        except ValueError:
            return raw + rest
        if self._left_alone(raw.lower(), addr, prefix):
            return raw + rest
        if addr.ipv4_mapped is not None and prefix is None:
            # An IPv4 address in IPv6 clothing: the same placeholder as the IPv4 form.
            return "::ffff:" + self._v4(str(addr.ipv4_mapped), None) + (scope or "")
        if addr.is_link_local:
            kind, template = "v6-link", "fe80::{n:x}"
        elif addr in _ULA:
            kind, template = "v6-ula", "fd00::{n:x}"
        else:
            kind, template = "v6-global", "2001:db8::{n:x}"
        return self._token(raw.lower(), kind, template) + rest

    def _left_alone(
        self, raw: str, addr: ipaddress.IPv4Address | ipaddress.IPv6Address, prefix: str | None
    ) -> bool:
        if raw in self.keep:
            return True
        # "::ffff:127.0.0.1" is loopback too (Python < 3.13 does not say so for mapped forms).
        judged = addr.ipv4_mapped if isinstance(addr, ipaddress.IPv6Address) else None
        if any(
            a is not None and (a.is_loopback or a.is_unspecified or a.is_multicast)
            for a in (addr, judged)
        ):
            return True
        bits = addr.max_prefixlen
        value = int(addr)
        inverted = ~value & ((1 << bits) - 1)
        if inverted & (inverted + 1) == 0:
            return True  # a netmask (255.255.255.0, 128.0.0.0, ffff:ffff::)
        if prefix:
            length = int(prefix[1:])
            host_bits = bits - min(length, bits)
            return value & ((1 << host_bits) - 1) == 0  # a network, not a host
        return False

    def _token(self, raw: str, kind: str, template: str) -> str:
        known = self._addresses.get(raw)
        if known is None:
            n = self._counts.get(kind, 0) + 1
            self._counts[kind] = n
            known = template.format(n=n, a=n // 250, b=n % 250 + 1, c=2 + n // 250)
            self._addresses[raw] = known
        return known

    # -- Wi-Fi names -------------------------------------------------------------------------

    def ssid(self, name: str) -> str:
        """The placeholder of one network name; empty and `<redacted>`-style names stay."""
        stripped = name.strip()
        if not stripped or (stripped.startswith("<") and stripped.endswith(">")):
            return name
        known = self._ssids.get(stripped)
        if known is None:
            known = f"wifi-{len(self._ssids) + 1}"
            self._ssids[stripped] = known
        return known

    def command_output(self, argv: Sequence[str], text: str) -> str:
        """Wi-Fi names in the output of `argv` (by the tool's format), then addresses."""
        if not text:
            return text
        tool = argv[0].replace("\\", "/").rsplit("/", 1)[-1].lower().removesuffix(".exe")
        if tool == "nmcli":
            text = self._nmcli(argv, text)
        elif tool == "system_profiler":
            text = self._profiler(text)
        elif tool == "iwgetid" and "-r" in argv:
            text = "\n".join(self.ssid(line) if line.strip() else line for line in text.split("\n"))
        text = _SSID_LINE.sub(lambda m: m.group(1) + self.ssid(m.group(2)) + m.group(3), text)
        text = _ESSID.sub(lambda m: m.group(1) + self.ssid(m.group(2)) + m.group(3), text)
        return self.addresses(text)

    def _nmcli(self, argv: Sequence[str], text: str) -> str:
        fields = _nmcli_fields(argv)
        wanted = {i for i, f in enumerate(fields) if f.upper() in _NMCLI_NAME_FIELDS}
        if ("-t" not in argv and "--terse" not in argv) or not wanted:
            return text
        out = []
        for line in text.split("\n"):
            end = "\r" if line.endswith("\r") else ""
            values = split_terse(line.removesuffix("\r"))
            if len(values) != len(fields):
                out.append(line)
                continue
            values = [self.ssid(v) if i in wanted else v for i, v in enumerate(values)]
            out.append(":".join(escape_terse(v) for v in values) + end)
        return "\n".join(out)

    def _profiler(self, text: str) -> str:
        lines = text.split("\n")
        base: int | None = None
        child: int | None = None
        for i, line in enumerate(lines):
            stripped = line.strip()
            indent = len(line) - len(line.lstrip())
            if stripped in _PROFILER_SECTIONS:
                base, child = indent, None
                continue
            if base is None or not stripped:
                continue
            if indent <= base:
                base = None
                continue
            if child is None:
                child = indent
            if indent == child and stripped.endswith(":") and ": " not in stripped:
                lines[i] = (
                    line[:indent] + self.ssid(stripped[:-1]) + ":" + line[len(line.rstrip()) :]
                )
        return "\n".join(lines)


_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_ULA = ipaddress.IPv6Network("fc00::/7")


def _nmcli_fields(argv: Sequence[str]) -> list[str]:
    for flag in ("-f", "--fields"):
        if flag in argv:
            i = list(argv).index(flag)
            if i + 1 < len(argv):
                return argv[i + 1].split(",")
    return []
