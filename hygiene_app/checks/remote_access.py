"""DEV-007: remote access is switched off unless it is used.

An SSH server, a VNC server or Remote Desktop lets other computers sign in to this one. On a
laptop that joins café and hotel networks, everybody on the same Wi-Fi can try: an SSH server
that accepts passwords can be guessed at all day long, and VNC passwords are short by design.
People who use remote access know they do; everybody else should have it off.

What counts. Linux: a program that listens on a non-loopback address on the SSH port (from the
server's own settings, else 22), on VNC's 5900-5903 or on RDP's 3389, from `ss -tlnH`. Whether
the SSH server takes passwords comes from `sshd -T` when the app runs as administrator (the
merged, effective settings), else from `/etc/ssh/sshd_config` and the files it `Include`s, read
as sshd reads them: the first value wins, `Match` blocks only apply to some connections.
Windows: Remote Desktop's switch (`fDenyTSConnections`, a policy first) and whether it requires
Network Level Authentication; Windows Home has no Remote Desktop server, so there the switch
counts only when another program (RDP Wrapper) runs the service; OpenSSH Server when its
process runs, its settings read from C:\\ProgramData\\ssh\\sshd_config. macOS: Remote Login and
Screen Sharing, as launchd holds them; the SSH settings as on Linux.

Verdict. An SSH server that listens and takes passwords is a FAIL (a HIGH one when the
administrator account can sign in with a password too); remote desktop that is on is a WARN
(switch it off unless you use it); an SSH server that only takes keys is fine. Anything that
cannot be read is UNKNOWN with the reason, never a pass.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import ntpath
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from hygiene_app.checks import _facts
from hygiene_app.checks._common import ParseError, with_sentences
from hygiene_app.checks._inside import where_inside
from hygiene_app.checks.safe_browsing import parse_reg_query
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, and_joined, fmt
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
from hygiene_app.engine.probes import CommandOutcome, FileOutcome, PlatformInfo

META = CheckMeta(
    id="DEV-007",
    title=N_("Remote access switched off unless used"),
    category=Category.DEVICE,
    platforms=ALL_OSES,
    weight=5,
    severity=Severity.MEDIUM,
    leaves_machine=N_(
        "Nothing: looks at which programs wait for connections from other computers and reads "
        "the SSH server's settings."
    ),
    timeout=10.0,
)

# ----- what the check reads, per OS -------------------------------------------------------------

#: Linux: listening TCP sockets, numeric, without a header (no process names: those need root).
SS_LISTENING = ("ss", "-tlnH")
#: Linux and macOS, as administrator: the SSH server's effective settings.
SSHD_T = ("/usr/sbin/sshd", "-T")
#: The SSH server's main settings file, relative to the system root.
SSHD_CONFIG = "etc/ssh/sshd_config"
#: Relative `Include` paths are relative to this folder (as sshd resolves them).
SSHD_DIR = "/etc/ssh"
VNC_PORTS = frozenset({5900, 5901, 5902, 5903})
RDP_PORT = 3389
SSH_PORT = 22

#: Windows: Remote Desktop's switch (0 lets connections in), the policy that overrides it, and
#: whether a connection must sign in before a session starts (Network Level Authentication).
WIN_TS_KEY = r"HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server"
WIN_TS_POLICY_KEY = r"HKLM\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services"
WIN_RDP_TCP_KEY = WIN_TS_KEY + r"\WinStations\RDP-Tcp"
WIN_DENY = ("reg", "query", WIN_TS_KEY, "/v", "fDenyTSConnections")
WIN_DENY_POLICY = ("reg", "query", WIN_TS_POLICY_KEY, "/v", "fDenyTSConnections")
WIN_NLA = ("reg", "query", WIN_RDP_TCP_KEY, "/v", "UserAuthentication")
#: Asked only when the switch is on: Windows Home (EditionID "Core...") has no Remote Desktop
#: server, so its switch lets nobody in, unless a third-party tool (RDP Wrapper) replaces the
#: Remote Desktop service's DLL with its own.
WIN_EDITION = (
    "reg",
    "query",
    r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion",
    "/v",
    "EditionID",
)
WIN_TS_SERVICE_DLL = (
    "reg",
    "query",
    r"HKLM\SYSTEM\CurrentControlSet\Services\TermService\Parameters",
    "/v",
    "ServiceDll",
)

#: Windows: OpenSSH Server (an optional feature, off unless added) runs as this process; its
#: settings file, and the folder its relative `Include`s start from. It takes passwords unless
#: told otherwise, as on Linux.
WIN_SSHD_PROCESS = "sshd.exe"
WIN_SSH_DIR = r"C:\ProgramData\ssh"
WIN_SSHD_CONFIG = WIN_SSH_DIR + r"\sshd_config"

#: macOS: the launchd jobs behind Remote Login and Screen Sharing (loaded = switched on).
MAC_REMOTE_LOGIN = ("launchctl", "print", "system/com.openssh.sshd")
MAC_SCREEN_SHARING = ("launchctl", "print", "system/com.apple.screensharing")

#: Seconds per probe: Linux runs ss and maybe sshd -T, Windows three reg queries, macOS two
#: launchctl calls; every path stays well under META.timeout.
_TOOL = 3.0
_REG = 2.0
#: How deep `Include`s may nest before the rest is ignored (sshd allows 16; loops end here).
_MAX_INCLUDE_DEPTH = 8
#: At most this many settings files are read (a glob could name hundreds).
_MAX_FILES = 40

#: Process names (lower case) of remote-desktop servers, with the product they name.
_DESKTOP_PROCESSES: tuple[tuple[str, str], ...] = (
    ("gnome-remote-desktop", "GNOME Remote Desktop"),
    ("xrdp", "xrdp"),
    ("x11vnc", "x11vnc"),
    ("vino-server", "Vino"),
    ("wayvnc", "wayvnc"),
    ("krfb", "Krfb"),
    ("x0vncserver", "TigerVNC"),
    ("xvnc", "TigerVNC"),
    ("xtigervnc", "TigerVNC"),
)


def is_remote_access_process(name: str) -> bool:
    """A running process this check names a remote-desktop server by (kept in snapshots)."""
    low = name.lower()
    return low == WIN_SSHD_PROCESS or any(
        low.startswith(prefix) for prefix, _ in _DESKTOP_PROCESSES
    )


# ----- parsers (pure) ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Listener:
    """A listening TCP socket: its local address ("*" for every address) and port."""

    address: str
    port: int

    @property
    def loopback(self) -> bool:
        host = self.address.lower()
        if host in ("localhost",):
            return True
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            return False  # "*" or a name: every address
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            return ip.ipv4_mapped.is_loopback
        return ip.is_loopback

    def as_text(self) -> str:
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{host}:{self.port}"


def split_address(text: str) -> Listener:
    """`0.0.0.0:22`, `*:22`, `[::]:22`, `127.0.0.53%lo:53`, `[fe80::1]%eth0:22` as `ss` prints
    them. Raises ParseError for anything else."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not host or len(port) > 5:
        raise ParseError(f"not an address and port: {text[:60]!r}")
    host = host.split("%", 1)[0]
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host:
        raise ParseError(f"no address in {text[:60]!r}")
    value = int(port)
    if value > 65535:
        raise ParseError(f"not a port: {port!r}")
    return Listener(host, value)


def parse_ss_listening(text: str) -> tuple[Listener, ...]:
    """`ss -tlnH`: `LISTEN 0 128 0.0.0.0:22 0.0.0.0:*` a line (the state word is not
    translated). Nothing at all is a machine where nothing listens; lines that are something
    else and no listener at all raise ParseError (an error message, another tool's output)."""
    found: list[Listener] = []
    strange = 0
    for line in text.splitlines():
        fields = line.split()
        if not fields:
            continue
        if fields[0] != "LISTEN" or len(fields) < 5:
            strange += 1
            continue
        try:
            found.append(split_address(fields[3]))
        except ParseError:
            strange += 1
    if strange and not found:
        raise ParseError("no listening socket in the output")
    return tuple(dict.fromkeys(found))


_SSHD_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+)(.*?)\s*$")


def sshd_arguments(rest: str) -> list[str] | None:
    """The arguments after a keyword, split the way sshd splits them (OpenSSH's argv_split
    with comments on): words apart by spaces or tabs, single or double quotes around (parts
    of) a word, a backslash before a quote, a backslash or (outside quotes) a space keeps it,
    and a `#` that starts a word ends the line: `PasswordAuthentication yes # for now` is
    "yes". None for an unclosed quote, which sshd refuses."""
    args: list[str] = []
    i, n = 0, len(rest)
    while i < n:
        if rest[i] in " \t":
            i += 1
            continue
        if rest[i] == "#":
            break
        arg: list[str] = []
        quote = ""
        while i < n:
            char = rest[i]
            if (
                char == "\\"
                and i + 1 < n
                and (rest[i + 1] in "'\"\\" or (not quote and rest[i + 1] == " "))
            ):
                i += 1
                arg.append(rest[i])
            elif not quote and char in " \t":
                break
            elif not quote and char in "'\"":
                quote = char
            elif quote and char == quote:
                quote = ""
            else:
                arg.append(char)
            i += 1
        if quote:
            return None
        args.append("".join(arg))
    return args


def sshd_lines(text: str) -> list[tuple[str, str]]:
    """(keyword in lower case, value) of each setting line in an sshd_config file; comments
    and blank lines skipped; the value is the line's arguments as sshd reads them (quotes
    removed, a trailing `# comment` dropped), joined by one space."""
    found = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = _SSHD_LINE.match(stripped)
        if not m:
            continue
        args = sshd_arguments(m.group(2))
        if args is None:
            continue
        found.append((m.group(1).lower(), " ".join(args)))
    return found


#: Settings sshd takes every occurrence of (the rest: the first one wins).
_CUMULATIVE = frozenset({"port", "listenaddress", "include"})


@dataclass(frozen=True, slots=True)
class SshdSettings:
    """The SSH server's settings that matter here, as sshd would apply them to a connection
    that no `Match` block selects."""

    values: Mapping[str, str]
    ports: tuple[int, ...] = (SSH_PORT,)
    #: A `Match` block allows password logins for some users or addresses.
    match_allows_passwords: bool = False
    #: Where the settings came from: "sshd -T" or the files read.
    source: str = ""
    files: tuple[str, ...] = ()

    def get(self, key: str, default: str) -> str:
        return self.values.get(key, default).strip().lower()

    @property
    def password_logins(self) -> bool:
        """Passwords are accepted: PasswordAuthentication, or keyboard-interactive through PAM
        (which asks for the password), unless AuthenticationMethods rules both out. The
        defaults are OpenSSH's: both on, PAM off."""
        methods = self.get("authenticationmethods", "any")
        if methods != "any":
            lists = [m.split(",") for m in methods.split()]
            if not any(
                step == "password" or step.startswith("keyboard-interactive")
                for steps in lists
                for step in steps
            ):
                return False
        if self.get("passwordauthentication", "yes") == "yes":
            return True
        kbd = self.values.get("kbdinteractiveauthentication") or self.values.get(
            "challengeresponseauthentication", "yes"
        )
        return kbd.strip().lower() == "yes" and self.get("usepam", "no") == "yes"

    @property
    def root_password_login(self) -> bool:
        """The administrator (root) can sign in with a password too."""
        return self.password_logins and self.get("permitrootlogin", "prohibit-password") == "yes"


def parse_sshd_t(text: str) -> SshdSettings:
    """`sshd -T`: one `keyword value` line per setting, keywords in lower case, already merged
    (every Port on a line of its own). Raises ParseError when it is not that output."""
    values: dict[str, str] = {}
    ports: list[int] = []
    for keyword, value in sshd_lines(text):
        if keyword == "port" and value.isdigit():
            ports.append(int(value))
        values.setdefault(keyword, value)
    if "passwordauthentication" not in values or "permitrootlogin" not in values:
        raise ParseError("not the output of 'sshd -T'")
    return SshdSettings(values, tuple(ports) or (SSH_PORT,), source="sshd -T")


#: Reads one settings file: its text, or None when it cannot be read.
FileLoader = Callable[[str], "str | None"]
#: Expands an Include pattern to the files it names, sorted.
GlobLoader = Callable[[str], Sequence[str]]


@dataclass
class _Merge:
    values: dict[str, str] = field(default_factory=dict)
    ports: list[int] = field(default_factory=list)
    match_passwords: bool = False
    files: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def merge_sshd_config(
    main: str, load: FileLoader, expand: GlobLoader, main_path: str = "/etc/ssh/sshd_config"
) -> tuple[SshdSettings, tuple[str, ...]]:
    """The settings of sshd_config text `main`, following `Include`s (`expand` lists the files
    a pattern names, `load` reads one), as sshd applies them: the first value of a keyword wins,
    Port adds up, and lines after a `Match` only apply to the connections it selects. Returns
    the settings and the files that could not be read."""
    merge = _Merge(files=[main_path])
    _merge_text(main, merge, load, expand, depth=0, in_match=False)
    settings = SshdSettings(
        merge.values,
        tuple(dict.fromkeys(merge.ports)) or (SSH_PORT,),
        merge.match_passwords,
        source="config files",
        files=tuple(merge.files),
    )
    return settings, tuple(merge.unreadable)


def _merge_text(
    text: str, merge: _Merge, load: FileLoader, expand: GlobLoader, depth: int, in_match: bool
) -> bool:
    """Merge one file, starting inside a `Match` block when `in_match` (an `Include` under a
    Match makes the whole file conditional); returns whether a Match block is open at its end.
    A Match block opened in an included file ends with that file: sshd restores the including
    file's Match state after each file it includes ("Don't let included files clobber the
    containing file's Match state", servconf.c)."""
    for keyword, value in sshd_lines(text):
        if keyword == "match":
            in_match = value.strip().lower() != "all"
            continue
        if keyword == "include":
            if depth >= _MAX_INCLUDE_DEPTH:
                continue
            for pattern in value.split():
                for path in expand(pattern):
                    if len(merge.files) >= _MAX_FILES:
                        break
                    body = load(path)
                    merge.files.append(path)
                    if body is None:
                        merge.unreadable.append(path)
                        continue
                    _merge_text(body, merge, load, expand, depth + 1, in_match)
            continue
        if in_match:
            if keyword in ("passwordauthentication", "kbdinteractiveauthentication"):
                merge.match_passwords = merge.match_passwords or value.strip().lower() == "yes"
            continue
        if keyword == "port":
            if value.strip().isdigit():
                merge.ports.append(int(value.strip()))
            continue
        if keyword not in _CUMULATIVE:
            merge.values.setdefault(keyword, value)
    return in_match


def parse_launchctl_print(returncode: int | None, output: str) -> bool | None:
    """`launchctl print system/LABEL`: the job's description (exit 0) when launchd holds it,
    i.e. the service is switched on; `Could not find service` (exit 113) when it is off.
    Anything else is no answer."""
    if returncode == 0 and "{" in output:
        return True
    if returncode == 113 or "could not find service" in output.lower():
        return False
    return None


def reg_dword(text: str, name: str) -> int | None:
    """The number of value `name` in `reg query KEY /v NAME` output (`REG_DWORD 0x1`); the
    header and error lines are translated and are ignored. None when it is not there."""
    for values in parse_reg_query(text).values():
        for key, data in values.items():
            if key.lower() != name.lower():
                continue
            data = data.strip()
            if re.fullmatch(r"0x[0-9a-fA-F]{1,8}", data):
                return int(data, 16)
            if re.fullmatch(r"\d{1,10}", data):
                return int(data)
    return None


def reg_text(text: str, name: str) -> str | None:
    """The data of value `name` in `reg query KEY /v NAME` output (REG_SZ, REG_EXPAND_SZ);
    None when it is not there."""
    for values in parse_reg_query(text).values():
        for key, data in values.items():
            if key.lower() == name.lower() and data.strip():
                return data.strip()
    return None


def is_home_edition(edition_id: str | None) -> bool:
    """Windows Home by its EditionID: Core, CoreN, CoreSingleLanguage, CoreCountrySpecific
    (and Windows 7's HomePremium, HomeBasic, Starter): editions without a Remote Desktop
    server. An unknown edition is not Home (Pro and the others have one)."""
    low = (edition_id or "").strip().lower()
    return low.startswith(("core", "home", "starter"))


def is_stock_rdp_service(service_dll: str) -> bool:
    """The Remote Desktop service runs Windows' own termsrv.dll (not a wrapper's DLL)."""
    return ntpath.basename(service_dll.strip().strip('"')).lower() == "termsrv.dll"


# ----- what was found -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RemoteAccess:
    """What this machine lets other computers do. None: could not tell (see `reason`)."""

    os: OSFamily
    #: An SSH server waits for other computers (Remote Login on macOS).
    ssh: bool | None
    #: The SSH server's settings, when they could be read.
    sshd: SshdSettings | None = None
    #: Why the SSH settings could not be read.
    sshd_reason: str = ""
    #: Remote-desktop services that are on ("VNC (x11vnc)", "Remote Desktop", "Screen Sharing").
    desktop: tuple[str, ...] | None = ()
    #: A VNC server is among them (short passwords, often unencrypted).
    vnc: bool = False
    #: Windows: connections must sign in first (Network Level Authentication).
    nla: bool | None = None
    #: Windows: a policy sets Remote Desktop's switch.
    by_policy: bool = False
    #: Addresses and ports the SSH server and remote desktop listen on (Linux).
    listening: tuple[str, ...] = ()
    reason: str = ""
    #: Windows: the EditionID, when it was asked (only with Remote Desktop's switch on).
    edition: str = ""


def _desktop_name(port: int, processes: frozenset[str]) -> tuple[str, bool]:
    """What listens on a remote-desktop port, named by the running server when one is known."""
    names = [
        product
        for prefix, product in _DESKTOP_PROCESSES
        if any(p.startswith(prefix) for p in processes)
    ]
    if port in VNC_PORTS:
        vnc = [n for n in names if n not in ("xrdp", "GNOME Remote Desktop")]
        label = fmt(N_("VNC on port {port}"), port=port)
        if vnc:
            label = fmt(N_("{server}, VNC on port {port}"), server=vnc[0], port=port)
        return label, True
    rdp = [n for n in names if n in ("xrdp", "GNOME Remote Desktop")]
    if rdp:
        return fmt(N_("{server}, RDP on port {port}"), server=rdp[0], port=port), False
    return fmt(N_("RDP on port {port}"), port=port), False


def judge_linux(
    listeners: Sequence[Listener],
    sshd: SshdSettings | None,
    processes: Iterable[str],
    sshd_reason: str = "",
) -> RemoteAccess:
    """Linux: what listens on a non-loopback address decides; the SSH settings say whether a
    listening SSH server takes passwords."""
    procs = frozenset(p.lower() for p in processes)
    open_ = [lst for lst in listeners if not lst.loopback]
    ssh_ports = set(sshd.ports) if sshd is not None else {SSH_PORT}
    ssh = [lst for lst in open_ if lst.port in ssh_ports]
    desktop: dict[str, bool] = {}
    desk_listeners = [lst for lst in open_ if lst.port in VNC_PORTS or lst.port == RDP_PORT]
    for lst in desk_listeners:
        name, vnc = _desktop_name(lst.port, procs)
        desktop[name] = desktop.get(name, False) or vnc
    return RemoteAccess(
        OSFamily.LINUX,
        bool(ssh),
        sshd,
        sshd_reason,
        tuple(desktop),
        any(desktop.values()),
        listening=tuple(dict.fromkeys(lst.as_text() for lst in [*ssh, *desk_listeners])),
    )


def judge_windows(deny: int | None, deny_policy: int | None, nla: int | None) -> RemoteAccess:
    """Windows: Remote Desktop is on when fDenyTSConnections is 0 (the policy's value first)."""
    value = deny_policy if deny_policy is not None else deny
    if value is None:
        return RemoteAccess(
            OSFamily.WINDOWS,
            False,
            desktop=None,
            reason=N_("Windows did not say whether Remote Desktop is switched on"),
        )
    on = value == 0
    return RemoteAccess(
        OSFamily.WINDOWS,
        False,
        desktop=(N_("Remote Desktop"),) if on else (),
        nla=None if nla is None else nla != 0,
        by_policy=deny_policy is not None,
    )


# ----- probes (one per OS) ----------------------------------------------------------------------


class _PathRules(Protocol):
    """What `posixpath` and `ntpath` both offer: the rules of one system's paths."""

    def isabs(self, s: str, /) -> bool: ...
    def join(self, a: str, /, *paths: str) -> str: ...
    def split(self, p: str, /) -> tuple[str, str]: ...
    def normcase(self, s: str, /) -> str: ...


def sshd_include_expander(
    ctx: ProbeContext,
    paths: _PathRules,
    base: str,
    on_disk: Callable[[str], str] = lambda path: path,
) -> GlobLoader:
    """sshd's own reading of an `Include` on Linux (`posixpath`) and Windows (`ntpath`): a
    relative pattern is under `base`; a named file that is not there is skipped, as a pattern
    that matches nothing (sshd says "matched no files" and goes on); a folder that is there but
    may not be listed is named, so that it "could not be read" rather than being read as empty.
    Names match as the system's own file names do (case-insensitively on Windows). `on_disk`
    turns sshd's path into the one to read (a mounted system's root)."""

    def expand(pattern: str) -> list[str]:
        full = pattern if paths.isabs(pattern) else paths.join(base, pattern)
        folder, name = paths.split(full)
        if not any(c in name for c in "*?["):
            missing = ctx.files.read_text(on_disk(full)).outcome is FileOutcome.MISSING
            return [] if missing else [full]
        entries = ctx.files.list_dir(on_disk(folder))
        if entries is None:
            return [full] if ctx.files.mtime(on_disk(folder)) is not None else []
        wanted = paths.normcase(name)
        return [
            paths.join(folder, e)
            for e in sorted(entries)
            if fnmatch.fnmatchcase(paths.normcase(e), wanted)
        ]

    return expand


def _read_sshd(ctx: ProbeContext, root: str) -> tuple[SshdSettings | None, str]:
    """The SSH server's settings: `sshd -T` as administrator on the real system, else its files.
    None and why when they cannot be read; defaults when there are none at all."""
    if ctx.platform.is_admin and root == "/":
        result = ctx.run(SSHD_T, timeout=_TOOL)
        if result.ran and result.returncode == 0:
            try:
                return parse_sshd_t(result.stdout), ""
            except ParseError:
                pass  # fall back to the files

    def under_root(path: str) -> str:
        return posixpath.join(root, path.lstrip("/"))

    def load(path: str) -> str | None:
        read = ctx.files.read_text(under_root(path))
        return read.text if read.ok else None

    expand = sshd_include_expander(ctx, posixpath, SSHD_DIR, under_root)
    main = ctx.files.read_text(under_root(SSHD_CONFIG))
    if main.outcome is FileOutcome.MISSING:
        return None, N_("the SSH server has no settings file (/etc/ssh/sshd_config)")
    if not main.ok:
        why = (
            N_("the app may not read /etc/ssh/sshd_config")
            if main.outcome is FileOutcome.DENIED
            else N_("/etc/ssh/sshd_config is not a readable text file")
        )
        return None, why
    settings, unreadable = merge_sshd_config(main.text, load, expand, "/" + SSHD_CONFIG)
    if unreadable:
        return None, fmt(
            N_("the SSH server's settings file {path} could not be read"), path=unreadable[0]
        )
    return settings, ""


def _linux(ctx: ProbeContext, root: str) -> RemoteAccess:
    result = ctx.run(SS_LISTENING, timeout=_TOOL)
    if not result.ran or result.returncode != 0:
        return RemoteAccess(
            OSFamily.LINUX,
            None,
            desktop=None,
            reason=fmt(
                N_("the list of programs waiting for connections could not be read ({why})"),
                why=result.why_not(),
            ),
        )
    try:
        listeners = parse_ss_listening(result.stdout)
    except ParseError as exc:
        # The same words as `_common.not_understood`, one catalog entry for every tool.
        garbled = fmt(
            N_("the {tool} output was not understood ({error})"), tool="'ss'", error=str(exc)
        )
        return RemoteAccess(OSFamily.LINUX, None, desktop=None, reason=garbled)
    sshd, why = _read_sshd(ctx, root)
    state = judge_linux(listeners, sshd, ctx.system.process_names(), why)
    would_pass = not state.desktop and not (state.ssh and (sshd is None or sshd.password_logins))
    inside = where_inside(ctx) if would_pass else ""
    if inside:
        # What listens here is the container's (or WSL's); the computer it runs on is what
        # others reach, and its SSH server or remote desktop cannot be seen from inside.
        return replace(state, desktop=None, reason=_INSIDE[inside])
    return state


_INSIDE = {
    "container": N_(
        "this looks like a container: other computers reach the computer it runs on, "
        "whose remote access cannot be seen from inside"
    ),
    "wsl": N_(
        "this is Linux inside Windows (WSL): other computers reach Windows, whose remote "
        "access cannot be seen from inside"
    ),
}


def _reg(ctx: ProbeContext, argv: tuple[str, ...], name: str) -> tuple[int | None, str]:
    """A DWORD, or None and why: `reg` exits 1 for a missing key or value in any language."""
    result = ctx.run(argv, timeout=_REG)
    if not result.ran:
        return None, result.why_not()
    if result.returncode != 0:
        return None, ""
    return reg_dword(result.stdout, name), ""


def _windows(ctx: ProbeContext) -> RemoteAccess:
    """Remote Desktop, and OpenSSH Server when its process runs (only then is it looked at:
    recordings keep that process name, and one that is not running lets nobody in)."""
    state = _windows_desktop(ctx)
    if WIN_SSHD_PROCESS not in ctx.system.process_names():
        return state
    sshd, why = _read_windows_sshd(ctx)
    return replace(state, ssh=True, sshd=sshd, sshd_reason=why)


def _read_windows_sshd(ctx: ProbeContext) -> tuple[SshdSettings | None, str]:
    """OpenSSH Server's settings file on Windows, read as sshd reads it; None and why when it
    (or a file it includes) cannot be read, missing included (another sshd, such as Cygwin's,
    keeps its settings elsewhere)."""

    def load(path: str) -> str | None:
        read = ctx.files.read_text(path)
        return read.text if read.ok else None

    expand = sshd_include_expander(ctx, ntpath, WIN_SSH_DIR)
    unreadable = fmt(
        N_("the SSH server's settings file {path} could not be read"), path=WIN_SSHD_CONFIG
    )
    main = load(WIN_SSHD_CONFIG)
    if main is None:
        return None, unreadable
    settings, missing = merge_sshd_config(main, load, expand, WIN_SSHD_CONFIG)
    if missing:
        return None, fmt(
            N_("the SSH server's settings file {path} could not be read"), path=missing[0]
        )
    return settings, ""


def _windows_desktop(ctx: ProbeContext) -> RemoteAccess:
    deny, why = _reg(ctx, WIN_DENY, "fDenyTSConnections")
    policy, _ = _reg(ctx, WIN_DENY_POLICY, "fDenyTSConnections")
    state = judge_windows(deny, policy, None)
    if state.desktop is None:
        return RemoteAccess(OSFamily.WINDOWS, False, desktop=None, reason=why or state.reason)
    if not state.desktop:
        return state
    edition = _reg_string(ctx, WIN_EDITION, "EditionID") or ""
    if is_home_edition(edition):
        dll = _reg_string(ctx, WIN_TS_SERVICE_DLL, "ServiceDll")
        if dll is None:
            return replace(
                state,
                desktop=None,
                edition=edition,
                reason=N_(
                    "Remote Desktop is switched on in the registry, but Windows Home has no "
                    "Remote Desktop server unless another program adds one, and which program "
                    "runs the service could not be read"
                ),
            )
        if is_stock_rdp_service(dll):
            return replace(state, desktop=(), edition=edition)
    nla, _ = _reg(ctx, WIN_NLA, "UserAuthentication")
    return replace(judge_windows(deny, policy, nla), edition=edition)


def _reg_string(ctx: ProbeContext, argv: tuple[str, ...], name: str) -> str | None:
    result = ctx.run(argv, timeout=_REG)
    if not result.ran or result.returncode != 0:
        return None
    return reg_text(result.stdout, name)


def _macos(ctx: ProbeContext, root: str) -> RemoteAccess:
    answers: list[bool | None] = []
    reasons: list[str] = []
    for argv in (MAC_REMOTE_LOGIN, MAC_SCREEN_SHARING):
        result = ctx.run(argv, timeout=_TOOL)
        if result.outcome is not CommandOutcome.OK:
            answers.append(None)
            reasons.append(result.why_not())
            continue
        answer = parse_launchctl_print(result.returncode, result.output)
        answers.append(answer)
        if answer is None:
            reasons.append(result.why_not())
    ssh, sharing = answers
    sshd, sshd_why = _read_sshd(ctx, root) if ssh else (None, "")
    return RemoteAccess(
        OSFamily.MACOS,
        ssh,
        sshd,
        sshd_why,
        None if sharing is None else ((N_("Screen Sharing"),) if sharing else ()),
        vnc=bool(sharing),
        reason=reasons[0] if reasons else "",
    )


# ----- fix guides -------------------------------------------------------------------------------

_WHY_SSH = N_(
    "An SSH server that accepts passwords lets anybody on the same network (a café, a hotel) "
    "try passwords against your account, as often as they like. If you do not sign in to this "
    "computer from another one, switch the server off; if you do, sign in with a key instead "
    "of a password."
)
_WHY_DESKTOP = N_(
    "Remote desktop lets another computer see and control this one. If you do not use it, "
    "switching it off closes a door that others on the same network can knock on; you can "
    "switch it on again the day you need it."
)
_AGAIN = FixStep(N_("Run this check again."))
_NO_PASSWORDS = (
    "printf 'PasswordAuthentication no\\nKbdInteractiveAuthentication no\\n' | "
    "sudo tee /etc/ssh/sshd_config.d/00-no-passwords.conf"
)


def _ssh_steps(unit: str) -> tuple[FixStep, ...]:
    return (
        FixStep(
            N_(
                "Switch the SSH server off unless you sign in to this computer from another one "
                "(type your password when asked):"
            ),
            command=f"sudo systemctl disable --now {unit}",
            headline=True,
        ),
        FixStep(
            N_(
                "If you do use it: first copy your key to this computer from the one you sign "
                "in from (ssh-copy-id) and check that signing in with the key works. Then turn "
                "password logins off:"
            ),
            command=_NO_PASSWORDS,
        ),
        FixStep(
            N_("Make the SSH server read its new settings:"),
            command=f"sudo systemctl reload {unit}",
        ),
        _AGAIN,
    )


_MAC_SHARING = FixStep(
    N_("Open System Settings, General, then Sharing."),
    link="x-apple.systempreferences:com.apple.Sharing-Settings.extension",
)
_MAC_SSH_STEPS = (
    _MAC_SHARING,
    FixStep(
        N_("Switch 'Remote Login' off unless you sign in to this Mac from another computer."),
        headline=True,
    ),
    FixStep(
        N_(
            "If you do use it, sign in with a key instead: copy your key to this Mac "
            "(ssh-copy-id), check that it works, then turn password logins off in Terminal:"
        ),
        command=_NO_PASSWORDS,
    ),
    _AGAIN,
)
_WINDOWS_SSH_STEPS = (
    FixStep(
        N_(
            "Switch the SSH server off unless you sign in to this computer from another one: "
            "open PowerShell as administrator and run:"
        ),
        command="Stop-Service sshd; Set-Service sshd -StartupType Disabled",
        headline=True,
    ),
    FixStep(
        N_(
            "If you do use it: first add your key to this computer and check that signing in "
            "with the key works. Then open C:\\ProgramData\\ssh\\sshd_config in Notepad as "
            "administrator, add the line 'PasswordAuthentication no' above the first 'Match' "
            "line, save it and restart the server:"
        ),
        command="Restart-Service sshd",
    ),
    _AGAIN,
)
_WINDOWS_RDP_STEPS = (
    FixStep(N_("Open Settings, System, then Remote Desktop."), link="ms-settings:remotedesktop"),
    FixStep(
        N_(
            "Switch 'Remote Desktop' off unless you connect to this computer from another one. "
            "If you use it, keep 'Require devices to use Network Level Authentication' on."
        ),
        headline=True,
    ),
    FixStep(
        N_(
            "If the switch is greyed out, your organisation manages it: ask your IT support "
            "whether it needs to be on."
        )
    ),
    _AGAIN,
)


def _linux_desktop_steps(unit: str) -> tuple[FixStep, ...]:
    return (
        FixStep(
            N_(
                "Switch off the screen sharing or remote desktop you do not use, in your "
                "desktop's settings (Sharing or Remote Desktop)."
            ),
            headline=True,
        ),
        FixStep(
            N_(
                "On GNOME, open Settings, then System, Remote Desktop (older versions: Sharing) "
                "and switch 'Desktop Sharing' and 'Remote Login' off. On KDE, quit Krfb."
            )
        ),
        FixStep(
            N_("If you installed a remote desktop server yourself (xrdp, x11vnc), stop it:"),
            command="sudo systemctl disable --now xrdp",
        ),
        FixStep(
            N_("If an SSH server runs too and you do not use it, switch it off:"),
            command=f"sudo systemctl disable --now {unit}",
        ),
        _AGAIN,
    )


_MAC_DESKTOP_STEPS = (
    _MAC_SHARING,
    FixStep(
        N_(
            "Switch 'Screen Sharing', 'Remote Management' and 'Remote Login' off unless you use "
            "them."
        ),
        headline=True,
    ),
    _AGAIN,
)


def ssh_unit(platform: PlatformInfo) -> str:
    """The SSH server's systemd unit: `ssh` on Debian and Ubuntu, `sshd` elsewhere."""
    return "ssh" if platform.is_distribution("debian", "ubuntu") else "sshd"


def fix_ssh(unit: str = "sshd") -> FixGuide:
    return FixGuide(
        title=N_("Stop the SSH server from accepting passwords"),
        why=_WHY_SSH,
        steps={
            OSFamily.LINUX: _ssh_steps(unit),
            OSFamily.MACOS: _MAC_SSH_STEPS,
            OSFamily.WINDOWS: _WINDOWS_SSH_STEPS,
        },
        verify_check=META.id,
    )


def fix_desktop(unit: str = "sshd") -> FixGuide:
    return FixGuide(
        title=N_("Switch off remote access you do not use"),
        why=_WHY_DESKTOP,
        steps={
            OSFamily.LINUX: _linux_desktop_steps(unit),
            OSFamily.WINDOWS: _WINDOWS_RDP_STEPS,
            OSFamily.MACOS: _MAC_DESKTOP_STEPS,
        },
        verify_check=META.id,
    )


FIX_SSH = fix_ssh()
FIX_DESKTOP = fix_desktop()

# ----- the verdict ------------------------------------------------------------------------------


def _evidence(state: RemoteAccess) -> dict[str, JsonValue]:
    sshd = state.sshd
    evidence: dict[str, JsonValue] = {
        # Windows' SSH server is only seen running: say nothing rather than "not reachable".
        "ssh_server_on": None if state.os is OSFamily.WINDOWS and not state.ssh else state.ssh,
        "ssh_password_logins": None if sshd is None or not state.ssh else sshd.password_logins,
        "ssh_root_password_login": (
            None if sshd is None or not state.ssh else sshd.root_password_login
        ),
        "ssh_match_allows_passwords": None if sshd is None else sshd.match_allows_passwords,
        "ssh_ports": None if sshd is None else list(sshd.ports),
        "ssh_settings_source": None if sshd is None else sshd.source,
        "ssh_settings_files": None if sshd is None else list(sshd.files),
        "ssh_settings_reason": state.sshd_reason or None,
        "remote_desktop": None if state.desktop is None else list(state.desktop),
        "vnc": state.vnc,
        "network_level_authentication": state.nla,
        "set_by_policy": state.by_policy,
        "listening": list(state.listening),
    }
    if state.edition:
        evidence["windows_edition"] = state.edition
    return evidence


def evaluate(state: RemoteAccess, unit: str = "sshd") -> Finding:
    evidence = _evidence(state)
    sshd = state.sshd
    desktop = state.desktop
    if state.ssh and sshd is not None and sshd.password_logins:
        root = sshd.root_password_login
        detail = (
            N_(
                "Anybody on the same network can try passwords against every account, "
                "the administrator's (root) included."
            )
            if root
            else N_("Anybody on the same network can try passwords against your account.")
        )
        return Finding(
            Status.FAIL,
            N_("The SSH server accepts passwords from other computers"),
            Severity.HIGH if root else Severity.MEDIUM,
            detail=detail,
            evidence=evidence,
            fix=fix_ssh(unit),
        )
    if desktop:
        medium = state.vnc or state.nla is False
        return Finding(
            Status.WARN,
            fmt(N_("Remote access is switched on: {names}"), names=and_joined(list(desktop))),
            Severity.MEDIUM if medium else Severity.LOW,
            detail=N_("Switch it off unless you use it."),
            evidence=evidence,
            fix=fix_desktop(unit),
        )
    if state.ssh and sshd is None:
        return Finding(
            Status.WARN,
            N_("An SSH server waits for other computers"),
            Severity.LOW,
            detail=fmt(
                N_(
                    "Switch it off unless you use it. Whether it accepts passwords is not "
                    "known: {why}."
                ),
                why=state.sshd_reason or N_("its settings could not be read"),
            ),
            evidence=evidence,
            fix=fix_ssh(unit),
        )
    if state.ssh is None or desktop is None:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether remote access is switched on"),
            reason=state.reason or N_("the remote access settings could not be read"),
            evidence=evidence,
        )
    if state.ssh:
        return Finding(
            Status.PASS,
            N_("Only SSH with keys is open; it accepts no passwords"),
            evidence=evidence,
        )
    return Finding(Status.PASS, N_("Remote access is switched off"), evidence=evidence)


def facts(finding: Finding) -> tuple[Fact, ...]:
    """Remote access in words: the SSH server, its passwords, remote desktop."""
    ev = finding.evidence
    found: list[Fact] = []
    ssh = _facts.flag(ev, "ssh_server_on")
    if ssh is not None:
        found.append(
            Fact(
                N_("SSH server"),
                N_("waits for other computers")
                if ssh
                else N_("not reachable from other computers"),
            )
        )
    passwords = _facts.flag(ev, "ssh_password_logins")
    if passwords is not None:
        found.append(
            Fact(
                N_("SSH sign-in with a password"), N_("allowed") if passwords else N_("not allowed")
            )
        )
    if _facts.flag(ev, "ssh_root_password_login"):
        found.append(Fact(N_("Administrator (root) sign-in with a password"), N_("allowed")))
    if _facts.flag(ev, "ssh_match_allows_passwords") and passwords is False:
        found.append(Fact(N_("Passwords allowed for some users or addresses"), _facts.yes_no(True)))
    if "remote_desktop" in ev and ev["remote_desktop"] is not None:
        names = _facts.texts(ev, "remote_desktop")
        found.append(
            Fact(N_("Remote desktop"), _facts.listed(names) if names else _facts.on_off(False))
        )
    nla = _facts.flag(ev, "network_level_authentication")
    if nla is not None:
        found.append(
            Fact(
                N_("Sign-in required before a session starts"),
                _facts.yes_no(nla),
            )
        )
    if _facts.flag(ev, "set_by_policy"):
        found.append(Fact(N_("Set by your organisation"), _facts.yes_no(True)))
    return tuple(found)


# ----- the check --------------------------------------------------------------------------------


class RemoteAccessCheck:
    meta = META

    def __init__(self, root: str = "/") -> None:
        #: The system root the SSH settings are read under (a folder in tests and demos).
        self.root = root

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.WINDOWS:
            state = _windows(ctx)
        elif os_family is OSFamily.MACOS:
            state = _macos(ctx, self.root)
        else:
            state = _linux(ctx, self.root)
        return with_sentences(_facts.with_facts(evaluate(state, ssh_unit(ctx.platform)), facts))
