"""NET-001: a firewall blocks unrequested incoming connections.

Without a firewall, every program that listens on the network (file sharing, remote desktop,
development servers, printer services, a forgotten database) can be reached by anyone on the
same Wi-Fi: in a café, a hotel or an airport. The firewall is the one switch that closes all of
those doors at once, and every operating system ships one.

Reading the firewall's state often needs administrator rights on Linux. A permission error is
never read as "firewall off": without a clear answer the check says it could not tell.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    load_json,
    not_understood,
    parse_key_values,
    parse_ps_json,
    powershell,
    ps_array,
    with_sentences,
)
from hygiene_app.checks._inside import Where, where_inside
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Sentence, and_joined, as_text, fmt, joined
from hygiene_app.engine.model import (
    ALL_OSES,
    AutoFix,
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
from hygiene_app.engine.probes import CommandOutcome, CommandResult, FileOutcome, PlatformInfo

META = CheckMeta(
    id="NET-001",
    title=N_("Firewall on"),
    category=Category.DEVICE,
    platforms=ALL_OSES,
    weight=7,
    severity=Severity.HIGH,
    leaves_machine=N_("Nothing: asks the system whether its firewall is switched on."),
    timeout=15.0,
)

# ----- what the check reads, per OS -----------------------------------------------------------

#: Linux: ufw's own switch (world-readable); ENABLED=yes means "start at boot".
UFW_CONF = "/etc/ufw/ufw.conf"
#: Linux: the nftables service's rule files (Debian/Arch, then Fedora/RHEL).
NFTABLES_CONFS = ("/etc/nftables.conf", "/etc/sysconfig/nftables.conf")
#: Linux: one call answers for all three services, one state a line, in this order.
SYSTEMD_UNITS = ("firewalld", "ufw", "nftables")
SYSTEMCTL_IS_ACTIVE = ("systemctl", "is-active", *SYSTEMD_UNITS)
#: Linux: firewalld's own answer; may need polkit authorization.
FIREWALLD_STATE = ("firewall-cmd", "--state")
#: Linux, administrator only: the live state as the kernel holds it.
UFW_STATUS = ("ufw", "status")
NFT_RULESET = ("nft", "-j", "list", "ruleset")
IPTABLES_INPUT = ("iptables", "-L", "INPUT", "-n")

#: macOS: the Application Firewall's switch (readable without administrator rights).
SOCKETFILTERFW = "/usr/libexec/ApplicationFirewall/socketfilterfw"
MAC_GLOBALSTATE = (SOCKETFILTERFW, "--getglobalstate")
MAC_STEALTH = (SOCKETFILTERFW, "--getstealthmode")

#: Windows: each firewall profile's switch (the effective policy, falling back to the local one
#: when the effective store cannot be read), the category of each connected network, and any
#: third-party firewall registered with Windows Security. One JSON object.
WINDOWS_PROBE = powershell(
    "$s='ActiveStore';"
    "try{$f=@(Get-NetFirewallProfile -PolicyStore ActiveStore)}"
    "catch{$s='PersistentStore';$f=@(Get-NetFirewallProfile)};"
    "$p=@($f|Select-Object Name,"
    "@{n='Enabled';e={$_.Enabled.ToString()}},"
    "@{n='DefaultInboundAction';e={$_.DefaultInboundAction.ToString()}});"
    "$c=$null;"
    "try{$c=@(Get-NetConnectionProfile|Select-Object InterfaceAlias,"
    "@{n='NetworkCategory';e={$_.NetworkCategory.ToString()}})}catch{};"
    "$t=@();"
    "try{$t=@(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName FirewallProduct"
    "|ForEach-Object{$_.displayName})}catch{};"
    "[pscustomobject]@{Store=$s;Profiles=$p;Connections=$c;ThirdParty=$t}"
    "|ConvertTo-Json -Depth 3"
)

# Timeouts. The runner stops the check at META.timeout, so the probes of the longest path must
# fit in it together, or the last ones are starved: Linux as root runs systemctl, ufw status,
# firewall-cmd, nft and iptables one after the other (2 + 4 * 3 = 14 s); macOS two
# socketfilterfw calls (3 + 2 s); Windows one PowerShell script (12 s; a cold start of Windows
# PowerShell with the CIM query can take several seconds). All of them usually answer in well
# under a second.
_FAST = 2.0
_TOOL = 3.0
_POWERSHELL = 12.0

# ----- facts --------------------------------------------------------------------------------


class Signal(enum.StrEnum):
    ON = "on"
    OFF = "off"
    #: The source exists but gave no usable answer (permission, error, unknown output).
    NO_ANSWER = "no_answer"


@dataclass(frozen=True, slots=True)
class Observation:
    """What one source (a tool, a service, a file) said about the firewall."""

    source: str
    signal: Signal
    note: str = ""
    #: No answer because administrator rights were missing.
    needs_admin: bool = False

    def as_json(self) -> dict[str, JsonValue]:
        return {"source": self.source, "state": self.signal.value, "note": self.note}


@dataclass(frozen=True, slots=True)
class LinuxFirewall:
    observations: tuple[Observation, ...]
    is_admin: bool
    ufw_installed: bool = False
    firewalld_installed: bool = False
    #: "container" or "wsl" when this Linux runs inside another computer, whose firewall (or
    #: network address translation) decides what reaches it; "" on a computer of its own.
    inside: Where = ""


@dataclass(frozen=True, slots=True)
class WindowsProfile:
    #: "Domain", "Private" or "Public".
    name: str
    #: None when the state is "NotConfigured" or unreadable.
    enabled: bool | None
    #: "Block", "Allow", "NotConfigured" (= Block) or "" when unknown.
    inbound: str = ""


@dataclass(frozen=True, slots=True)
class WindowsFirewall:
    profiles: tuple[WindowsProfile, ...]
    #: (interface, profile name) of each connected network; None when unknown.
    connections: tuple[tuple[str, str], ...] | None
    store: str = ""
    third_party: tuple[str, ...] = ()

    def profile(self, name: str) -> WindowsProfile | None:
        return next((p for p in self.profiles if p.name == name), None)


class MacState(enum.IntEnum):
    OFF = 0
    ON = 1
    #: "Block all incoming connections".
    BLOCK_ALL = 2


# ----- parsers (pure) -----------------------------------------------------------------------


def parse_ufw_conf(text: str) -> bool | None:
    """/etc/ufw/ufw.conf `ENABLED=yes|no`; None when the line is missing or odd."""
    value = parse_key_values(text).get("ENABLED", "").strip().lower()
    if value == "yes":
        return True
    if value == "no":
        return False
    return None


def parse_ufw_status(text: str) -> bool | None:
    """`ufw status` as root: `Status: active` / `Status: inactive`. Anything else (the
    "you need to be root" error, a translated message) is no answer."""
    for line in text.splitlines():
        m = re.fullmatch(r"\s*Status:\s*(active|inactive)\s*", line)
        if m:
            return m.group(1) == "active"
    return None


_UNIT_STATES = frozenset(
    {
        "active",
        "inactive",
        "failed",
        "activating",
        "deactivating",
        "reloading",
        "unknown",
        "maintenance",
        "refreshing",
    }
)


def parse_systemctl_is_active(
    text: str, units: tuple[str, ...] = SYSTEMD_UNITS
) -> dict[str, str] | None:
    """`systemctl is-active a b c` prints one state a line, in order. Without systemd (or its
    bus) it prints an error instead: then nothing can be said about any unit."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) != len(units) or not all(line in _UNIT_STATES for line in lines):
        return None
    return dict(zip(units, lines, strict=True))


def parse_firewalld_state(returncode: int | None, output: str) -> bool | None:
    """`firewall-cmd --state`: `running` with exit 0, `not running` with exit 252. A polkit
    "Authorization failed" (or anything else) says nothing about the firewall."""
    words = output.strip().lower()
    if returncode == 0 and words == "running":
        return True
    if returncode == 252 and words == "not running":
        return False
    return None


#: Chains that belong to a firewall: jumping to them from the input path means filtering.
_FIREWALL_CHAINS = (
    "ufw-",
    "ufw6-",
    "nixos-fw",
    "input_zones",
    "filter_input_zones",
    "input_direct",
)
#: Tables and chains other software adds that are not a host firewall: VPNs, containers and VMs,
#: and intrusion blockers (fail2ban, crowdsec, sshguard) that ban a few addresses but let
#: everybody else in.
_NOT_A_FIREWALL = (
    "ts-",
    "docker",
    "kube-",
    "cni-",
    "libvirt",
    "lxc",
    "f2b-",
    "fail2ban",
    "crowdsec",
    "sshguard",
)


def _is_firewall_chain(name: str) -> bool:
    return name.lower().startswith(_FIREWALL_CHAINS)


def _not_a_firewall(name: str) -> bool:
    return name.lower().startswith(_NOT_A_FIREWALL)


# What a drop or reject is conditional on decides whether it is a firewall:
#   ALWAYS  - nothing: every packet that gets this far is dropped, like policy drop.
#   NARROW  - only invalid packets or some source addresses (ban lists): everybody else is let
#             in, so this is not a firewall.
#   OTHER   - anything else (an interface, a port, a negated address...): it may be a real
#             firewall written by hand, or nearly nothing. We cannot weigh it: no answer.
_ALWAYS = "always"
_NARROW = "narrow"
_OTHER = "other"


def _and(a: str, b: str) -> str:
    """The condition of a rule reached only under another condition."""
    if _NARROW in (a, b):
        return _NARROW  # anything further restricted by a ban list is still a ban list
    if _OTHER in (a, b):
        return _OTHER
    return _ALWAYS


def _nft_words(value: object) -> set[str] | None:
    """The right-hand side of an nft match as a set of words (a value, a list or a set)."""
    if isinstance(value, str):
        return {value.lower()}
    if isinstance(value, dict) and "set" in value:
        value = value["set"]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return {v.lower() for v in value}
    return None


def _nft_condition(match: object) -> str:
    """One `match` of an nft rule: NARROW for `ct state invalid` and positive source-address
    matches (`ip saddr 203.0.113.5`, `ip saddr @banned`), OTHER for anything else."""
    if not isinstance(match, dict):
        return _OTHER
    op, left = match.get("op"), match.get("left")
    if op not in ("==", "in") or not isinstance(left, dict):
        return _OTHER
    ct, payload = left.get("ct"), left.get("payload")
    if isinstance(ct, dict) and ct.get("key") == "state":
        return _NARROW if _nft_words(match.get("right")) == {"invalid"} else _OTHER
    if isinstance(payload, dict) and payload.get("field") == "saddr":
        return _NARROW
    return _OTHER


#: Statements that neither decide nor restrict anything.
_NFT_NEUTRAL = frozenset({"counter", "log"})


@dataclass(frozen=True, slots=True)
class _NftRule:
    #: "accept", "drop" (drop or reject), "jump", "goto", "return" or "" (no verdict).
    verdict: str
    condition: str
    targets: tuple[str, ...] = ()


def _nft_rule(expr: object) -> _NftRule:
    if not isinstance(expr, list):
        return _NftRule("", _OTHER)
    verdict = ""
    condition = _ALWAYS
    targets: list[str] = []
    for statement in expr:
        if not isinstance(statement, dict):
            condition = _and(condition, _OTHER)
            continue
        for key, value in statement.items():
            if key in _NFT_NEUTRAL:
                continue
            if key == "accept":
                verdict = "accept"
            elif key in ("drop", "reject"):
                verdict = "drop"
            elif key == "return":
                verdict = "return"
            elif key in ("jump", "goto"):
                verdict = key
                target = value.get("target") if isinstance(value, dict) else None
                if isinstance(target, str):
                    targets.append(target)
            elif key == "match":
                condition = _and(condition, _nft_condition(value))
            elif key == "vmap":
                # A verdict map: each verdict under its own key. `ct state vmap { established :
                # accept, invalid : drop }` is narrow; other dropping maps cannot be weighed.
                drops, jumps = _verdicts(value)
                targets.extend(jumps)
                if jumps and not verdict:
                    verdict = "jump"
                    condition = _and(condition, _OTHER)
                if drops:
                    verdict = "drop"
                    condition = _and(condition, _vmap_condition(value))
            else:
                condition = _and(condition, _OTHER)  # limit, meta, quota...: a condition
    return _NftRule(verdict, condition, tuple(targets))


def _vmap_condition(vmap: object) -> str:
    if not isinstance(vmap, dict):
        return _OTHER
    key = vmap.get("key")
    data = vmap.get("data")
    entries = data.get("set") if isinstance(data, dict) else None
    if not (isinstance(key, dict) and key.get("ct") == {"key": "state"}):
        return _OTHER
    if not isinstance(entries, list):
        return _OTHER
    dropped = set()
    for entry in entries:
        if not (isinstance(entry, list) and len(entry) == 2):
            return _OTHER
        if _verdicts(entry[1])[0]:
            words = _nft_words(entry[0])
            if words is None:
                return _OTHER
            dropped |= words
    return _NARROW if dropped <= {"invalid"} else _OTHER


def _verdicts(node: Any) -> tuple[bool, list[str]]:
    """Whether an nft expression drops/rejects anywhere (verdict maps included), and the chains
    it jumps to."""
    drops = False
    targets: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in ("drop", "reject"):
                    drops = True
                elif key in ("jump", "goto") and isinstance(value, dict):
                    target = value.get("target")
                    if isinstance(target, str):
                        targets.append(target)
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return drops, targets


def parse_nft_ruleset(text: str) -> bool | None:
    """`nft -j list ruleset` (root): whether unrequested traffic to this machine is blocked.

    True when an input-hook chain has policy drop, drops/rejects everything that reaches its
    end (an unconditional last rule, also in a chain it jumps to unconditionally), or jumps to
    a firewall's own chains (ufw, firewalld, NixOS). False for an empty ruleset, input chains
    that accept everything, or ones whose only drops are narrow: invalid packets and banned
    source addresses, or tables of fail2ban/crowdsec/sshguard. A machine with only those lets
    every normal connection in: the firewall is off, which is what an administrator should
    hear. None when the output is not a ruleset or some drop hangs on a condition we cannot
    weigh (an interface, a port, a negated address): a hand-written firewall is possible, so
    the check must not say "off".
    """
    try:
        data = load_json(text.lstrip("\ufeff"))
    except ParseError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("nftables"), list):
        return None
    input_chains: list[tuple[str, str, str]] = []
    rules: dict[tuple[str, str, str], list[_NftRule]] = {}
    for item in data["nftables"]:
        if not isinstance(item, dict):
            continue
        chain = item.get("chain")
        if isinstance(chain, dict):
            key = (str(chain.get("family")), str(chain.get("table")), str(chain.get("name")))
            if chain.get("hook") == "input" and chain.get("type", "filter") == "filter":
                if _not_a_firewall(key[1]) or _not_a_firewall(key[2]):
                    continue
                if str(chain.get("policy", "")).lower() == "drop":
                    return True
                input_chains.append(key)
        rule = item.get("rule")
        if isinstance(rule, dict):
            key = (str(rule.get("family")), str(rule.get("table")), str(rule.get("chain")))
            rules.setdefault(key, []).append(_nft_rule(rule.get("expr")))
    unclear = False
    seen: set[tuple[tuple[str, str, str], str]] = set()
    #: (chain, the condition under which packets reach it)
    todo = [(key, _ALWAYS) for key in input_chains]
    while todo:
        key, reached = todo.pop()
        if (key, reached) in seen:
            continue
        seen.add((key, reached))
        for rule in rules.get(key, []):
            condition = _and(reached, rule.condition)
            if rule.verdict == "drop":
                if condition == _ALWAYS:
                    return True
                unclear = unclear or condition == _OTHER
            for target in rule.targets:
                if _is_firewall_chain(target):
                    return True
                if not _not_a_firewall(target):
                    todo.append(((key[0], key[1], target), condition))
            if rule.condition == _ALWAYS and rule.verdict in ("accept", "goto", "return"):
                break  # nothing after this rule is reached
    return None if unclear else False


_IPTABLES_HEADER = re.compile(r"^Chain INPUT \(policy (\w+)")
#: iptables-nft's warning (stderr, before or after the listing) that iptables-legacy holds
#: tables of its own: rules the listing (and nft) do not show, which may be the firewall.
_LEGACY_TABLES = re.compile(r"^#\s*Warning:\s*\S*-legacy tables present", re.MULTILINE)
_ANYWHERE = ("0.0.0.0/0", "::/0", "anywhere")


def _iptables_condition(fields: list[str]) -> str:
    """A rule of `iptables -L -n` after its target: prot, opt, source, destination, extras.
    ALWAYS when it matches every packet as far as the listing shows (without -v the listing
    hides the interface: `-i eth0 -j DROP` looks unconditional too, and still is a firewall
    for that interface); NARROW for a source address or an ipset of sources, or only INVALID
    packets; OTHER for anything else."""
    if len(fields) < 4:
        return _OTHER
    prot, opt, source, destination, *extra = fields
    extras = " ".join(extra)
    if re.fullmatch(r"(?:ct)?state INVALID", extras) or re.fullmatch(r"match-set \S+ src", extras):
        return _NARROW
    if source not in _ANYWHERE and not source.startswith("!"):
        return _NARROW
    if (
        prot.lower() in ("all", "0")
        and opt == "--"
        and source in _ANYWHERE
        and destination in _ANYWHERE
        and (not extras or extras.startswith("reject-with "))
    ):
        return _ALWAYS
    return _OTHER


def parse_iptables_input(text: str) -> bool | None:
    """`iptables -L INPUT -n` (root): True for policy DROP, a DROP/REJECT that every packet
    reaching it meets, or a jump to a firewall's chains; False for policy ACCEPT with nothing
    that filters, or only narrow drops (banned sources, invalid packets, fail2ban's chains);
    None when the output is not the INPUT chain (the "you must be root" error), or drops or
    jumps depend on something we cannot judge, or when iptables warns that iptables-legacy
    holds tables it does not show (pass stdout and stderr together)."""
    hidden = _LEGACY_TABLES.search(text) is not None
    lines = [line for line in text.splitlines() if not _LEGACY_TABLES.match(line)]
    header = next((i for i, line in enumerate(lines) if _IPTABLES_HEADER.match(line)), None)
    if header is None:
        return None
    m = _IPTABLES_HEADER.match(lines[header])
    policy = m.group(1).upper() if m else ""
    if policy in ("DROP", "REJECT"):
        return True
    if policy != "ACCEPT":
        return None
    undecided = False
    for line in lines[header + 1 :]:
        if not line.strip():
            break
        if line[:1].isspace():
            continue  # a rule without a target
        fields = line.split()
        if fields[0] in ("target", "num"):
            continue
        if fields[0].isdigit():
            fields = fields[1:]
        if not fields:
            continue
        target, rest = fields[0], fields[1:]
        if target in ("DROP", "REJECT"):
            condition = _iptables_condition(rest)
            if condition == _ALWAYS:
                return True
            undecided = undecided or condition == _OTHER
        elif _is_firewall_chain(target):
            return True
        elif target in ("ACCEPT", "LOG", "RETURN", "NFLOG", "CONNMARK", "MARK"):
            continue  # an ACCEPT may hide `-i lo`: it does not end the chain for us
        elif not _not_a_firewall(target):
            undecided = True
    return None if undecided or hidden else False


_NFT_CHAIN_START = re.compile(r"\bchain\s+([\w.-]+)\s*\{")
_NFT_POLICY_DROP = re.compile(r"\bpolicy\s+drop\b")
_NFT_JUMP = re.compile(r"\b(?:jump|goto)\s+\"?([\w.-]+)")
#: A statement that drops or rejects whatever reaches it: at most counter, log and a comment
#: around the verdict.
_NFT_TERMINAL = re.compile(
    r"(?:counter(?:\s+packets\s+\d+\s+bytes\s+\d+)?\s+"
    r"|log(?:\s+(?:prefix\s+\"[^\"]*\"|level\s+\w+|flags\s+[\w,]+|group\s+\d+|snaplen\s+\d+"
    r"|queue-threshold\s+\d+))*\s+)*"
    r"(?:drop|reject(?:\s+with\s+[\w-]+(?:\s+type)?\s+[\w-]+)?)"
    r"(?:\s+comment\s+\"[^\"]*\")?"
)


def nftables_conf_filters_input(text: str) -> bool:
    """Whether an nftables rule file has an input-hook chain that blocks what nobody asked
    for: policy drop, a rule that drops or rejects everything reaching it, or a jump to a
    firewall's chains. Debian's default file (input chains that accept everything) is not a
    firewall, nor is one that only drops invalid packets or a few addresses. Only ever used to
    say "on": a file that does not show it leaves the question open."""
    clean = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    return any(_chain_filters_input(name, body) for name, body in _nft_chain_bodies(clean))


def _nft_chain_bodies(text: str) -> Iterator[tuple[str, str]]:
    """(name, body) of each `chain NAME { ... }`, in one pass: a chain inside a chain is not
    nft syntax and is read as part of the outer one."""
    starts = {m.end() - 1: m.group(1) for m in _NFT_CHAIN_START.finditer(text)}
    depth = 0
    chain: tuple[str, int, int] | None = None  # name, body start, depth of its brace
    for i, char in enumerate(text):
        if char == "{":
            depth += 1
            if chain is None and i in starts:
                chain = (starts[i], i + 1, depth)
        elif char == "}" and depth:
            if chain is not None and chain[2] == depth:
                yield chain[0], text[chain[1] : i]
                chain = None
            depth -= 1
    if chain is not None:
        yield chain[0], text[chain[1] :]


def _chain_filters_input(name: str, body: str) -> bool:
    if _not_a_firewall(name) or not re.search(r"\bhook\s+input\b", body):
        return False
    if _NFT_POLICY_DROP.search(body):
        return True
    if any(_is_firewall_chain(target) for target in _NFT_JUMP.findall(body)):
        return True
    return any(_NFT_TERMINAL.fullmatch(s.strip()) for s in re.split(r"[;\n]", body))


_MAC_STATE = re.compile(r"\(\s*State\s*=\s*(\d+)\s*\)")


def parse_mac_globalstate(text: str) -> MacState | None:
    """`socketfilterfw --getglobalstate`: `Firewall is enabled. (State = 1)`; 2 blocks all
    incoming connections; 0 is off. The wording changes between releases, so the number wins
    and the words are the fallback. Errors and unknown text are None."""
    m = _MAC_STATE.search(text)
    if m:
        try:
            return MacState(int(m.group(1)))
        except ValueError:
            return None
    lowered = text.lower()
    if "firewall is blocking all" in lowered:
        return MacState.BLOCK_ALL
    if "firewall is enabled" in lowered:
        return MacState.ON
    if "firewall is disabled" in lowered:
        return MacState.OFF
    return None


def parse_mac_stealth(text: str) -> bool | None:
    """`socketfilterfw --getstealthmode`: "Stealth mode enabled" / "Firewall stealth mode is
    on"; None for errors such as `kStealthEnableKey does not return the correct type`."""
    for line in text.lower().splitlines():
        if "stealth" not in line or "error" in line:
            continue
        if re.search(r"\b(enabled|on)\b", line):
            return True
        if re.search(r"\b(disabled|off)\b", line):
            return False
    return None


_PROFILE_NAMES = {"domain": "Domain", "private": "Private", "public": "Public"}
#: NetworkCategory (name or enum number) -> the firewall profile that applies.
_CATEGORY_PROFILE = {
    "public": "Public",
    "0": "Public",
    "private": "Private",
    "1": "Private",
    "domainauthenticated": "Domain",
    "2": "Domain",
}


#: Each profile as Windows Security names it to a person ("Public network"): the profile names
#: themselves ("Public") stay English in the evidence, and are never shown as they are.
_PROFILE_WORDS = {
    "Domain": N_("Domain network"),
    "Private": N_("Private network"),
    "Public": N_("Public network"),
}


def _network_words(names: Iterable[str]) -> str:
    """The profiles `names` as a person reads them, in their language ("Public network, Private
    network"); a name Windows may add later is shown as it is."""
    words = [_PROFILE_WORDS.get(name, name) for name in names]
    return words[0] if len(words) == 1 else joined(*words, sep=", ")


def _gpo_bool(value: object) -> bool | None:
    """A GpoBoolean as PowerShell may print it: "True"/"False", true/false, 1/0; anything else
    (NotConfigured = 2) is None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {1: True, 0: False}.get(value)
    if isinstance(value, str):
        return {"true": True, "1": True, "false": False, "0": False}.get(value.strip().lower())
    return None


def parse_windows_firewall(text: str) -> WindowsFirewall:
    """The JSON object our PowerShell probe prints. Raises ParseError when it is not that."""
    items = parse_ps_json(text)
    if len(items) != 1:
        raise ParseError("expected one object")
    item = items[0]
    raw_profiles = ps_array(item.get("Profiles"))
    if not raw_profiles:
        raise ParseError("no firewall profiles in the output")
    profiles: dict[str, WindowsProfile] = {}
    for raw in raw_profiles:
        if not isinstance(raw, dict):
            continue
        name = _PROFILE_NAMES.get(str(raw.get("Name", "")).strip().lower())
        if name is None:
            continue
        inbound = raw.get("DefaultInboundAction")
        profiles[name] = WindowsProfile(
            name,
            _gpo_bool(raw.get("Enabled")),
            {0: "NotConfigured", 2: "Allow", 4: "Block"}.get(inbound, "")
            if isinstance(inbound, int) and not isinstance(inbound, bool)
            else str(inbound or ""),
        )
    if not profiles:
        raise ParseError("no known firewall profile in the output")
    raw_connections = ps_array(item.get("Connections"))
    connections: tuple[tuple[str, str], ...] | None = None
    if raw_connections is not None:
        found = []
        for raw in raw_connections:
            if not isinstance(raw, dict):
                continue
            category = str(raw.get("NetworkCategory", "")).strip().lower()
            profile = _CATEGORY_PROFILE.get(category)
            if profile is not None:
                found.append((str(raw.get("InterfaceAlias") or ""), profile))
        connections = tuple(found)
    third_party = tuple(
        str(name) for name in (ps_array(item.get("ThirdParty")) or []) if isinstance(name, str)
    )
    return WindowsFirewall(
        tuple(profiles[n] for n in ("Domain", "Private", "Public") if n in profiles),
        connections,
        str(item.get("Store") or ""),
        third_party,
    )


# ----- probes (one per OS) ------------------------------------------------------------------


def _is_permission_error(result: CommandResult) -> bool:
    text = result.output.lower()
    return any(
        marker in text
        for marker in (
            "authorization failed",
            "must be root",
            "need to be root",
            "permission denied",
            "not permitted",
            "superuser",
            "root-rechte",
        )
    )


def _kernel_observation(
    ctx: ProbeContext,
    source: str,
    argv: tuple[str, ...],
    parse: Callable[[str], bool | None],
    *,
    with_stderr: bool = False,
) -> Observation | None:
    """What one root-only tool says of the kernel's rules. `with_stderr`: the parser reads
    stderr too (iptables warns there of rules its listing leaves out)."""
    result = ctx.run(argv, timeout=_TOOL)
    if result.outcome is CommandOutcome.NOT_FOUND:
        return None  # not installed: nothing to say
    if not result.ran:
        # Timed out, not allowed, cancelled, could not start: no answer, never "off". (An
        # empty iptables listing beside an nft that did not answer proves nothing: iptables
        # does not show nft's own tables.)
        return Observation(
            source,
            Signal.NO_ANSWER,
            result.why_not(),
            needs_admin=result.outcome is CommandOutcome.PERMISSION_DENIED,
        )
    text = result.output if with_stderr else result.stdout
    state = parse(text) if result.returncode == 0 else None
    if state is True:
        return Observation(source, Signal.ON, N_("the kernel's rules filter incoming traffic"))
    if state is False:
        return Observation(source, Signal.OFF, N_("the kernel's rules let everything in"))
    if result.returncode:
        note = result.why_not()
    elif _LEGACY_TABLES.search(text):
        note = N_("some of the kernel's rules are in iptables-legacy tables, which were not read")
    else:
        note = N_(
            "the rules drop some traffic, but whether they block unrequested connections is unclear"
        )
    return Observation(source, Signal.NO_ANSWER, note, needs_admin=_is_permission_error(result))


def _linux_firewall(ctx: ProbeContext) -> LinuxFirewall:
    admin = ctx.platform.is_admin
    found: list[Observation] = []

    def done() -> bool:
        return any(o.signal is Signal.ON for o in found)

    systemctl = ctx.run(SYSTEMCTL_IS_ACTIVE, timeout=_FAST)
    units = parse_systemctl_is_active(systemctl.stdout) if systemctl.ran else None

    # ufw: its switch file, confirmed by the live status (root) or the service (anyone).
    conf = ctx.files.read_text(UFW_CONF)
    ufw_installed = conf.ok or conf.outcome is FileOutcome.DENIED
    if conf.ok:
        enabled = parse_ufw_conf(conf.text)
        live: bool | None = None
        if admin:
            status = ctx.run(UFW_STATUS, timeout=_TOOL)
            live = parse_ufw_status(status.stdout) if status.ran else None
        service_up = units is not None and units["ufw"] == "active"
        if live is True or (live is None and enabled is True and service_up):
            found.append(Observation("ufw", Signal.ON, N_("ufw is switched on")))
        elif live is False or enabled is False:
            found.append(Observation("ufw", Signal.OFF, N_("ufw is installed but switched off")))
        elif enabled is True:
            found.append(
                Observation(
                    "ufw",
                    Signal.NO_ANSWER,
                    N_("ufw is set to start, but whether it is running could not be confirmed"),
                    needs_admin=not admin,
                )
            )
        else:
            found.append(Observation("ufw", Signal.NO_ANSWER, N_("ufw.conf has no ENABLED line")))
    elif conf.outcome is FileOutcome.DENIED:
        found.append(Observation("ufw", Signal.NO_ANSWER, N_("ufw.conf cannot be read"), True))

    # firewalld: the service state, else its own answer.
    firewalld_installed = False
    if units and units["firewalld"] == "active":
        firewalld_installed = True
        found.append(Observation("firewalld", Signal.ON, N_("the firewalld service is running")))
    elif not done():
        state = ctx.run(FIREWALLD_STATE, timeout=_TOOL)
        if state.ran:
            firewalld_installed = True
            running = parse_firewalld_state(state.returncode, state.output)
            if running is True:
                found.append(Observation("firewalld", Signal.ON, N_("firewalld is running")))
            elif running is False:
                found.append(Observation("firewalld", Signal.OFF, N_("firewalld is not running")))
            else:
                found.append(
                    Observation(
                        "firewalld",
                        Signal.NO_ANSWER,
                        state.why_not(),
                        needs_admin=_is_permission_error(state),
                    )
                )

    # nftables service: its rule file says whether it filters what comes in.
    if units and units["nftables"] == "active" and not done():
        readable = [r for r in (ctx.files.read_text(p) for p in NFTABLES_CONFS) if r.ok]
        if any(nftables_conf_filters_input(r.text) for r in readable):
            found.append(
                Observation(
                    "nftables",
                    Signal.ON,
                    N_("the nftables service loads rules that filter incoming traffic"),
                )
            )
        elif not admin:  # an administrator reads the live rules below instead
            found.append(
                Observation(
                    "nftables",
                    Signal.NO_ANSWER,
                    N_("the nftables service is running, but its rules could not be checked"),
                    needs_admin=True,
                )
            )

    # Administrator: ask the kernel itself.
    if admin and not done():
        for source, argv, parse, with_stderr in (
            ("nftables ruleset", NFT_RULESET, parse_nft_ruleset, False),
            ("iptables", IPTABLES_INPUT, parse_iptables_input, True),
        ):
            seen = _kernel_observation(ctx, source, argv, parse, with_stderr=with_stderr)
            if seen is not None:
                found.append(seen)
            if done():
                break
    return LinuxFirewall(tuple(found), admin, ufw_installed, firewalld_installed, where_inside(ctx))


def _windows_firewall(ctx: ProbeContext) -> WindowsFirewall | str:
    result = ctx.run(WINDOWS_PROBE, timeout=_POWERSHELL)
    if not result.ran or result.returncode != 0:
        return result.why_not()
    try:
        return parse_windows_firewall(result.stdout)
    except ParseError as exc:
        return not_understood("PowerShell", exc)


def _mac_firewall(ctx: ProbeContext) -> tuple[MacState | None, bool | None, str]:
    result = ctx.run(MAC_GLOBALSTATE, timeout=_TOOL)
    if not result.ran or result.returncode != 0:
        return None, None, result.why_not()
    state = parse_mac_globalstate(result.output)
    if state is None:
        first = result.output.strip().splitlines()[:1]
        return (
            None,
            None,
            fmt(N_("the socketfilterfw output was not understood: {said}"), said=first[0][:120])
            if first
            else N_("the socketfilterfw output was not understood"),
        )
    stealth = None
    if state is not MacState.OFF:
        answer = ctx.run(MAC_STEALTH, timeout=_FAST)
        stealth = parse_mac_stealth(answer.output) if answer.ran else None
    return state, stealth, ""


# ----- fix guides ---------------------------------------------------------------------------

_WHY = N_(
    "A firewall stops other devices on the same network from connecting to programs on your "
    "computer that you never meant to share. It costs nothing, does not slow you down, and "
    "matters most on public Wi-Fi."
)

_WINDOWS_STEPS = (
    FixStep(
        N_("Open Windows Security at 'Firewall & network protection'."),
        link="windowsdefender://network/",
    ),
    FixStep(
        N_(
            "Select each network that says 'Firewall is off' (Domain, Private and Public "
            "network) and switch 'Microsoft Defender Firewall' on. Confirm if Windows asks."
        )
    ),
    FixStep(
        N_("Or, in PowerShell opened with 'Run as administrator', type:"),
        command="Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled True",
    ),
    FixStep(N_("Run this check again.")),
)

_MACOS_STEPS = (
    FixStep(
        N_(
            "Open System Settings, choose Network, then Firewall (on macOS 12 and older: "
            "System Preferences > Security & Privacy > Firewall)."
        ),
        link="x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall",
    ),
    FixStep(N_("Switch Firewall on. Enter your password if asked.")),
    FixStep(
        N_("Or type this in Terminal (it asks for your password):"),
        command="sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate on",
    ),
    FixStep(N_("Run this check again.")),
)

_WINDOWS_AUTOFIX = AutoFix(
    N_("Switch on Windows Firewall for all networks"),
    powershell("Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled True"),
)
_MACOS_AUTOFIX = AutoFix(
    N_("Switch on the macOS firewall"),
    (SOCKETFILTERFW, "--setglobalstate", "on"),
)


def _guide(linux: tuple[FixStep, ...], linux_fix: AutoFix | None = None) -> FixGuide:
    auto = {OSFamily.WINDOWS: _WINDOWS_AUTOFIX, OSFamily.MACOS: _MACOS_AUTOFIX}
    if linux_fix is not None:
        auto[OSFamily.LINUX] = linux_fix
    return FixGuide(
        title=N_("Turn on the firewall"),
        why=_WHY,
        steps={
            OSFamily.LINUX: linux,
            OSFamily.WINDOWS: _WINDOWS_STEPS,
            OSFamily.MACOS: _MACOS_STEPS,
        },
        verify_check=META.id,
        auto_fix=auto,
    )


_TERMINAL = FixStep(N_("Open a terminal (on Ubuntu: press Ctrl+Alt+T)."))
_AGAIN = FixStep(N_("Run this check again."))

#: Ubuntu, Debian, Mint... with ufw installed but off.
FIX_UFW = _guide(
    (
        _TERMINAL,
        FixStep(
            N_("Switch the firewall on (type your password when asked):"), command="sudo ufw enable"
        ),
        FixStep(
            N_(
                "Prefer a window? Install 'Firewall Configuration' (gufw), open it and switch "
                "Status on:"
            ),
            command="sudo apt install gufw",
        ),
        _AGAIN,
    ),
    AutoFix(N_("Switch on ufw"), ("/usr/sbin/ufw", "--force", "enable")),
)

#: Debian/Ubuntu family without ufw.
FIX_UFW_INSTALL = _guide(
    (
        _TERMINAL,
        FixStep(N_("Install ufw, the 'uncomplicated firewall':"), command="sudo apt install ufw"),
        FixStep(N_("Switch it on:"), command="sudo ufw enable"),
        FixStep(
            N_("Prefer a window? Install 'Firewall Configuration' (gufw) instead:"),
            command="sudo apt install gufw",
        ),
        _AGAIN,
    ),
)

#: Fedora, RHEL, CentOS... with firewalld installed but stopped.
FIX_FIREWALLD = _guide(
    (
        _TERMINAL,
        FixStep(
            N_("Start the firewall now and at every start-up (type your password when asked):"),
            command="sudo systemctl enable --now firewalld",
        ),
        FixStep(
            N_(
                "To change what is allowed, open 'Firewall' (firewall-config) from your "
                "applications."
            )
        ),
        _AGAIN,
    ),
    AutoFix(N_("Start firewalld"), ("/usr/bin/systemctl", "enable", "--now", "firewalld")),
)

#: Fedora family without firewalld.
FIX_FIREWALLD_INSTALL = _guide(
    (
        _TERMINAL,
        FixStep(N_("Install firewalld:"), command="sudo dnf install firewalld"),
        FixStep(
            N_("Start it now and at every start-up:"),
            command="sudo systemctl enable --now firewalld",
        ),
        _AGAIN,
    ),
)

#: Any other Linux; also the guide shown on Windows and macOS.
FIX_FIREWALL = _guide(
    (
        FixStep(
            N_(
                "Install 'ufw' (or 'gufw', its window) from your software centre or package "
                "manager, for example on Arch Linux:"
            ),
            command="sudo pacman -S ufw",
        ),
        FixStep(N_("Switch it on, now and at every start-up:"), command="sudo ufw enable"),
        FixStep(
            N_("On systemd systems also make sure its service starts:"),
            command="sudo systemctl enable --now ufw",
        ),
        _AGAIN,
    ),
)

#: Windows: the firewall is on but lets every incoming connection in.
FIX_WINDOWS_INBOUND = FixGuide(
    title=N_("Block unrequested incoming connections"),
    why=_WHY,
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_("Open Windows Security at 'Firewall & network protection'."),
                link="windowsdefender://network/",
            ),
            FixStep(
                N_(
                    "Choose 'Restore firewalls to default' at the bottom and confirm. "
                    "(Apps you allowed before may ask again.)"
                )
            ),
            FixStep(
                N_("Or, in PowerShell opened with 'Run as administrator', type:"),
                command="Set-NetFirewallProfile -Profile Domain,Public,Private "
                "-DefaultInboundAction Block",
            ),
            _AGAIN,
        ),
    },
    verify_check=META.id,
    auto_fix={
        OSFamily.WINDOWS: AutoFix(
            N_("Block unrequested incoming connections on all networks"),
            powershell(
                "Set-NetFirewallProfile -Profile Domain,Public,Private -DefaultInboundAction Block"
            ),
        )
    },
)


def linux_fix_for(platform: PlatformInfo, facts: LinuxFirewall) -> FixGuide:
    if facts.ufw_installed:
        return FIX_UFW
    if facts.firewalld_installed:
        return FIX_FIREWALLD
    if platform.is_distribution("fedora", "rhel", "centos"):
        return FIX_FIREWALLD_INSTALL
    if platform.is_distribution("debian", "ubuntu"):
        return FIX_UFW_INSTALL
    return FIX_FIREWALL


# ----- the check ----------------------------------------------------------------------------


class FirewallCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.WINDOWS:
            finding = evaluate_windows(_windows_firewall(ctx))
        elif os_family is OSFamily.MACOS:
            finding = evaluate_macos(*_mac_firewall(ctx))
        else:
            linux = _linux_firewall(ctx)
            finding = evaluate_linux(linux, linux_fix_for(ctx.platform, linux))
        return with_sentences(_facts.with_facts(finding, facts))


def _headline(finding: Finding) -> str:
    if finding.status is Status.PASS:
        return _facts.on_off(True)
    if finding.status is Status.FAIL:
        return _facts.on_off(False)
    if finding.status is Status.WARN:
        return N_("switched on, with a gap")
    return ""


def _profile_words(settings: Mapping[str, JsonValue]) -> str:
    enabled = settings.get("enabled")
    inbound = settings.get("default_inbound")
    if enabled is False:
        return _facts.on_off(False)
    if enabled is not True:
        return N_("not known")
    if isinstance(inbound, str) and inbound.lower() == "allow":
        return N_("switched on, but lets every incoming connection in")
    return _facts.on_off(True)


def facts(finding: Finding) -> tuple[Fact, ...]:
    """The firewall's state in words: per tool on Linux, per kind of network on Windows, with
    stealth mode on macOS. Windows' own words (ActiveStore, NotConfigured) stay in evidence."""
    ev = finding.evidence
    found = [Fact(N_("Firewall"), _headline(finding))]
    sources = [s for s in _facts.items(ev, "sources") if isinstance(s, Mapping)]
    for signal, label in (
        (Signal.ON, N_("Switched on according to")),
        (Signal.OFF, N_("Switched off according to")),
        (Signal.NO_ANSWER, N_("No clear answer from")),
    ):
        names = [n for s in sources if s.get("state") == signal and (n := _facts.text(s, "source"))]
        found.append(Fact(label, _facts.listed(list(dict.fromkeys(names)))))
    admin = _facts.flag(ev, "administrator")
    if admin is not None and finding.status is Status.UNKNOWN:
        found.append(Fact(N_("Checked with administrator rights"), _facts.yes_no(admin)))
    for name, settings in _facts.mapping(ev, "profiles").items():
        if isinstance(settings, Mapping):
            found.append(Fact(_PROFILE_WORDS.get(name, name), _profile_words(settings)))
    in_use = [
        fmt(
            N_("{interface} ({network})"),
            interface=c["interface"],
            network=_network_words([str(c["profile"])]),
        )
        for c in _facts.items(ev, "connected_networks")
        if isinstance(c, Mapping)
        and isinstance(c.get("interface"), str)
        and isinstance(c.get("profile"), str)
    ]
    found.append(Fact(N_("Networks in use"), _facts.listed(in_use)))
    store = _facts.text(ev, "policy_store")
    if store is not None and store.lower() != "activestore":
        found.append(Fact(N_("Settings read"), N_("only those made on this computer")))
    found.append(
        Fact(
            N_("Other firewall installed"), _facts.listed(_facts.texts(ev, "third_party_firewalls"))
        )
    )
    stealth = _facts.flag(ev, "stealth_mode")
    if stealth is not None:
        found.append(Fact(N_("Stealth mode"), _facts.on_off(stealth)))
    if _facts.number(ev, "global_state") == MacState.BLOCK_ALL:
        found.append(Fact(N_("Incoming connections"), N_("all blocked")))
    return tuple(found)


def _names(observations: Iterable[Observation]) -> str:
    return ", ".join(dict.fromkeys(o.source for o in observations))


def _notes(observations: Iterable[Observation], *, with_sources: bool = False) -> str:
    """The observations' notes joined with "; ", each said once: nftables and iptables read
    the same kernel rules, and two tools saying the same thing is one clause, not two."""
    by_note: dict[str, list[str]] = {}
    for o in observations:
        sources = by_note.setdefault(o.note, [])
        if o.source not in sources:
            sources.append(o.source)
    if not with_sources:
        return joined(*by_note, sep="; ")
    return joined(
        *(
            fmt(N_("{sources}: {note}"), sources=and_joined(sources), note=as_text(note))
            for note, sources in by_note.items()
        ),
        sep="; ",
    )


_INSIDE_REASONS = {
    "container": N_(
        "this looks like a container: what can reach it is decided by the computer it runs on, "
        "whose firewall cannot be seen from inside"
    ),
    "wsl": N_(
        "this is Linux inside Windows (WSL): what can reach it is decided by Windows and its "
        "firewall, which cannot be seen from inside"
    ),
}


def evaluate_linux(facts: LinuxFirewall, fix: FixGuide = FIX_FIREWALL) -> Finding:
    evidence: dict[str, JsonValue] = {
        "sources": [o.as_json() for o in facts.observations],
        "administrator": facts.is_admin,
    }
    on = [o for o in facts.observations if o.signal is Signal.ON]
    off = [o for o in facts.observations if o.signal is Signal.OFF]
    unclear = [o for o in facts.observations if o.signal is Signal.NO_ANSWER]
    if facts.inside:
        # On, off or unclear in here says nothing of what other devices can reach: a
        # container's own rules guard only its own network, and WSL sits behind Windows.
        evidence["inside"] = facts.inside
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether the firewall is on"),
            reason=_INSIDE_REASONS[facts.inside],
            detail=fmt(
                N_(
                    "The firewall in here is on ({names}), but it guards only what runs in "
                    "here, not the computer it runs on."
                ),
                names=_names(on),
            )
            if on
            else _notes([*off, *unclear]),
            evidence=evidence,
        )
    if on:
        return Finding(
            Status.PASS,
            fmt(N_("Firewall is on ({names})"), names=_names(on)),
            detail=_notes(on),
            evidence=evidence,
        )
    if off and not unclear:
        return Finding(
            Status.FAIL,
            N_("Firewall is off"),
            Severity.HIGH,
            detail=fmt(
                N_(
                    "{what} Programs that listen on the network can be reached by other "
                    "devices on the same network."
                ),
                what=Sentence(_notes(off)),
            ),
            evidence=evidence,
            fix=fix,
        )
    if unclear and (any(o.needs_admin for o in unclear) or not facts.is_admin):
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether the firewall is on"),
            reason=N_("the firewall rules cannot be read without administrator rights"),
            detail=_notes(unclear),
            evidence=evidence,
        )
    if unclear:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether the firewall is on"),
            reason=fmt(
                N_("no firewall tool gave a clear answer ({answers})"),
                answers=_notes(unclear, with_sources=True),
            ),
            evidence=evidence,
        )
    reason: str = N_("no firewall tool was found (ufw, firewalld, nftables or iptables)")
    if not facts.is_admin:
        reason = joined(
            reason, N_("; without administrator rights the kernel's rules cannot be read"), sep=""
        )
    return Finding(
        Status.UNKNOWN,
        N_("Could not tell whether the firewall is on"),
        reason=reason,
        evidence=evidence,
    )


def evaluate_windows(state: WindowsFirewall | str) -> Finding:
    if isinstance(state, str):
        return Finding.unknown(state, N_("Could not tell whether the firewall is on"))
    evidence: dict[str, JsonValue] = {
        "profiles": {
            p.name: {"enabled": p.enabled, "default_inbound": p.inbound} for p in state.profiles
        },
        "connected_networks": None
        if state.connections is None
        else [{"interface": i, "profile": p} for i, p in state.connections],
        "policy_store": state.store,
        "third_party_firewalls": list(state.third_party),
    }
    if state.store.lower() != "activestore":
        return _windows_local_only(state, evidence)
    if state.connections is None:
        active = {p.name for p in state.profiles}  # unknown: assume any may be in use
    else:
        active = {profile for _, profile in state.connections}
    off_active = [p for p in state.profiles if p.name in active and p.enabled is False]
    unclear = sorted(n for n in active if (p := state.profile(n)) is None or p.enabled is None)
    if off_active:
        names = _network_words(p.name for p in off_active)
        if state.third_party:
            return Finding(
                Status.UNKNOWN,
                N_("Windows Firewall is off; another firewall is installed"),
                reason=fmt(
                    N_(
                        "{products} is registered as this computer's firewall, and its state "
                        "could not be read"
                    ),
                    products=", ".join(state.third_party),
                ),
                evidence=evidence,
            )
        return Finding(
            Status.FAIL,
            fmt(N_("Firewall is off for the network you are using ({profiles})"), profiles=names),
            Severity.HIGH,
            detail=N_("Other devices on this network can connect to programs on your computer."),
            evidence=evidence,
            fix=FIX_FIREWALL,
        )
    if unclear:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether the firewall is on"),
            reason=fmt(
                N_("the firewall state of the {profiles} profile could not be read"),
                profiles=_network_words(unclear),
            ),
            evidence=evidence,
        )
    allow = [p for p in state.profiles if p.name in active and p.inbound.lower() == "allow"]
    if allow:
        return Finding(
            Status.WARN,
            fmt(
                N_("Firewall lets every incoming connection in ({profiles})"),
                profiles=_network_words(p.name for p in allow),
            ),
            Severity.MEDIUM,
            detail=N_("The firewall is on, but set to allow connections nobody asked for."),
            evidence=evidence,
            fix=FIX_WINDOWS_INBOUND,
        )
    off_idle = [p for p in state.profiles if p.enabled is False]
    if off_idle:
        return Finding(
            Status.WARN,
            fmt(
                N_("Firewall is off for some networks ({profiles})"),
                profiles=_network_words(p.name for p in off_idle),
            ),
            Severity.MEDIUM,
            detail=N_(
                "You are not on such a network now, but the next time you join one your "
                "computer will be unprotected."
            ),
            evidence=evidence,
            fix=FIX_FIREWALL,
        )
    in_use = sorted(active)
    return Finding(
        Status.PASS,
        fmt(N_("Firewall is on ({names})"), names=_network_words(in_use))
        if in_use
        else N_("Firewall is on"),
        evidence=evidence,
    )


def _windows_local_only(state: WindowsFirewall, evidence: dict[str, JsonValue]) -> Finding:
    """The probe could not read the ActiveStore (the effective policy) and fell back to the
    PersistentStore: the settings made on this computer, which Group Policy overrides in both
    directions. "Off" there may well be on (an organization enforcing the firewall), and "on"
    there may be off (a policy switching it off, or the firewall service not running, which is
    one way the ActiveStore becomes unreadable). Neither is an answer."""
    said: list[str] = []
    for p in state.profiles:
        words = {True: N_("on"), False: N_("off"), None: N_("not set")}[p.enabled]
        said.append(
            fmt(N_("{profile} {state}"), profile=_network_words([p.name]), state=as_text(words))
        )
    return Finding(
        Status.UNKNOWN,
        N_("Could not tell whether the firewall is on"),
        reason=N_(
            "only the local firewall settings could be read, not the effective (group policy) ones"
        ),
        detail=fmt(
            N_("The local settings ({store}) say: {profiles}."),
            store=state.store or N_("store not named"),
            profiles=joined(*said, sep=", "),
        ),
        evidence=evidence,
    )


def evaluate_macos(state: MacState | None, stealth: bool | None, reason: str = "") -> Finding:
    evidence: dict[str, JsonValue] = {
        "global_state": None if state is None else int(state),
        "stealth_mode": stealth,
    }
    if state is None:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether the firewall is on"),
            reason=reason or N_("socketfilterfw gave no answer"),
            evidence=evidence,
        )
    if state is MacState.OFF:
        return Finding(
            Status.FAIL,
            N_("Firewall is off"),
            Severity.HIGH,
            detail=N_(
                "Other devices on the same network can connect to sharing services and "
                "apps that listen on your Mac."
            ),
            evidence=evidence,
            fix=FIX_FIREWALL,
        )
    summary = (
        N_("Firewall is on and blocks all incoming connections")
        if state is MacState.BLOCK_ALL
        else N_("Firewall is on")
    )
    return Finding(Status.PASS, summary, evidence=evidence)
