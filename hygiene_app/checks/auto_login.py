"""DEV-005: the computer does not sign in by itself.

With automatic sign-in, whoever switches the computer on (a thief, a finder, anyone at the desk
while it restarts) is signed in as its owner: the screen lock and the password protect nothing
after a restart, and every account open in the browser is theirs. On Windows it is worse when
the password is kept in the registry in clear, where every program and every user of the
computer can read it: that is a failure of its own.

Linux has no one switch: each sign-in screen (display manager) keeps its own setting, so the
check reads the configuration of GDM, LightDM and SDDM, and the console's automatic sign-in
(agetty `--autologin`). It says "pass" only for the sign-in screen that starts, or when it knows
that none is set up; a computer whose sign-in screen cannot be found out is unknown.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from hygiene_app.checks import _facts
from hygiene_app.checks._common import ParseError, parse_ps_json, powershell, with_sentences
from hygiene_app.checks._inside import where_inside
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, and_joined, fmt, joined
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
from hygiene_app.engine.probes import FileOutcome
from hygiene_app.engine.snapshot import Snapshot

META = CheckMeta(
    id="DEV-005",
    title=N_("No automatic sign-in"),
    category=Category.DEVICE,
    platforms=ALL_OSES,
    weight=7,
    severity=Severity.HIGH,
    leaves_machine=N_("Nothing: reads the sign-in screen's settings."),
    timeout=15.0,
)

# ----- what the check reads, per OS -----------------------------------------------------------
# Linux paths are relative to the system root, so tests can point the check at a folder.

GDM = "gdm"
LIGHTDM = "lightdm"
SDDM = "sddm"
GETTY = "getty"

#: GDM reads one of these (Ubuntu and Fedora's custom.conf, Debian's daemon.conf).
GDM_FILES = ("etc/gdm3/custom.conf", "etc/gdm3/daemon.conf", "etc/gdm/custom.conf")
#: LightDM reads every `*.conf` in these folders (alphabetically), then its main file; a later
#: value wins (LightDM's config_load_from_standard_locations).
LIGHTDM_DIRS = (
    "usr/share/lightdm/lightdm.conf.d",
    "usr/local/share/lightdm/lightdm.conf.d",
    "etc/xdg/lightdm/lightdm.conf.d",
    "etc/lightdm/lightdm.conf.d",
)
LIGHTDM_MAIN = "etc/lightdm/lightdm.conf"
#: SDDM: the packaged defaults, then the administrator's folder, then /etc/sddm.conf.
SDDM_DIRS = ("usr/lib/sddm/sddm.conf.d", "etc/sddm.conf.d")
SDDM_MAIN = "etc/sddm.conf"
#: Console sign-in without a password: a drop-in that gives agetty `--autologin`.
GETTY_DIRS = (
    "etc/systemd/system/getty@tty1.service.d",
    "etc/systemd/system/getty@.service.d",
    "etc/systemd/system/serial-getty@.service.d",
)
#: Which sign-in screen starts: systemd's alias (its ExecStart) and Debian's choice.
DISPLAY_MANAGER_UNITS = (
    "etc/systemd/system/display-manager.service",
    "usr/lib/systemd/system/display-manager.service",
    "lib/systemd/system/display-manager.service",
)
DEFAULT_DISPLAY_MANAGER = "etc/X11/default-display-manager"
#: Exists only while systemd runs the machine (sd_booted()).
SYSTEMD_RUNNING = "run/systemd/system"

#: Windows: Winlogon's values, the password's only as "is there one": the password itself never
#: leaves PowerShell, so it is in no output, evidence or snapshot.
WINLOGON = r"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"
WINDOWS_PROBE = powershell(
    f"$p=Get-ItemProperty -Path '{WINLOGON}';"
    "[pscustomobject]@{AutoAdminLogon=[string]$p.AutoAdminLogon;"
    "HasDefaultPassword=(-not [string]::IsNullOrEmpty([string]$p.DefaultPassword))}"
    "|ConvertTo-Json -Compress"
)
#: macOS: the user signed in automatically; absent ("does not exist") when it is off.
MAC_PREFS = "/Library/Preferences/com.apple.loginwindow"
MAC_PROBE = ("defaults", "read", MAC_PREFS, "autoLoginUser")

_TOOL = 3.0
_POWERSHELL = 10.0
#: At most this many files are read from one drop-in folder.
MAX_DROP_INS = 50

# ----- facts --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AutoLogin:
    """One setting that signs somebody in by itself."""

    #: GDM, LIGHTDM, SDDM or GETTY.
    manager: str
    #: The file that sets it.
    path: str
    #: The setting: AutomaticLoginEnable, TimedLoginEnable, autologin-user, User, --autologin.
    key: str

    def as_json(self) -> dict[str, JsonValue]:
        return {"manager": self.manager, "file": self.path, "setting": self.key}


@dataclass(frozen=True, slots=True)
class LinuxSignIn:
    #: The sign-in screen that starts ("gdm", "sddm", "lxdm"...); "" when it could not be found.
    active: str
    found: tuple[AutoLogin, ...]
    #: Configuration files that were read, and (manager, file, outcome) of those that exist
    #: but could not be read.
    read: tuple[str, ...] = ()
    unreadable: tuple[tuple[str, str, str], ...] = ()
    #: LightDM's files that name a user to sign in (see `lightdm_files_setting_user`).
    lightdm_files: tuple[str, ...] = ()
    #: systemd runs this machine, and no display-manager unit or choice exists.
    no_display_manager: bool = False
    #: Windows Subsystem for Linux: it opens a shell without a password; Windows' own sign-in
    #: is what protects it.
    wsl: bool = False


@dataclass(frozen=True, slots=True)
class WindowsSignIn:
    auto_admin_logon: bool
    password_in_clear: bool


# ----- parsers (pure) -----------------------------------------------------------------------

_SECTION = re.compile(r"^\s*\[([^\]]*)\]\s*$")


def parse_ini(text: str) -> list[tuple[str, str, str]]:
    """(section, key, value) of each `key=value` line, in order; `#`/`;` comments and blank
    lines skipped, spaces around the key and value removed. Keys keep their case: GDM, LightDM
    and SDDM all read them case-sensitively."""
    out: list[tuple[str, str, str]] = []
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        m = _SECTION.match(line)
        if m:
            section = m.group(1).strip()
            continue
        if "=" in line:
            key, value = line.split("=", 1)
            out.append((section, key.strip(), value.strip()))
    return out


def gdm_bool(value: str) -> bool:
    """GDM's reading of a boolean (gdm_settings_parse_value_as_boolean): true, yes, y or 1, in
    any case; everything else is false."""
    return value.strip().lower() in ("true", "yes", "y", "1")


def parse_gdm(path: str, text: str) -> list[AutoLogin]:
    """GDM's `[daemon]` section: AutomaticLoginEnable with AutomaticLogin, and TimedLoginEnable
    with TimedLogin (sign-in after a delay). Enabled without a user name signs nobody in."""
    values: dict[str, str] = {}
    for section, key, value in parse_ini(text):
        if section == "daemon":
            values[key] = value
    found = []
    for switch, user in (
        ("AutomaticLoginEnable", "AutomaticLogin"),
        ("TimedLoginEnable", "TimedLogin"),
    ):
        if gdm_bool(values.get(switch, "")) and values.get(user, "").strip():
            found.append(AutoLogin(GDM, path, switch))
    return found


def _lightdm_seat(section: str) -> str | None:
    if section == "SeatDefaults":
        return "Seat:*"
    return section if section.startswith("Seat:") else None


def parse_lightdm(files: Sequence[tuple[str, str]]) -> list[AutoLogin]:
    """LightDM's files in the order it reads them: the last `autologin-user=` of each seat
    section wins (`[SeatDefaults]` is the old name of `[Seat:*]`); empty means off."""
    last: dict[str, tuple[str, str]] = {}
    for path, text in files:
        for section, key, value in parse_ini(text):
            seat = _lightdm_seat(section)
            if seat is not None and key == "autologin-user":
                last[seat] = (path, value)
    return [AutoLogin(LIGHTDM, path, "autologin-user") for path, value in last.values() if value]


def lightdm_files_setting_user(files: Sequence[tuple[str, str]]) -> list[str]:
    """Every file that names a user to sign in: switching automatic sign-in off must empty them
    all, or an earlier one takes over."""
    return [
        path
        for path, text in files
        if any(
            _lightdm_seat(s) is not None and k == "autologin-user" and v
            for s, k, v in parse_ini(text)
        )
    ]


def parse_sddm(files: Sequence[tuple[str, str]]) -> list[AutoLogin]:
    """SDDM's files in the order it reads them: the last `User=` under `[Autologin]` wins."""
    last: tuple[str, str] | None = None
    for path, text in files:
        for section, key, value in parse_ini(text):
            if section == "Autologin" and key == "User":
                last = (path, value)
    return [AutoLogin(SDDM, last[0], "User")] if last and last[1] else []


_GETTY_AUTOLOGIN = re.compile(r"(?:^|\s)(?:--autologin|-a)(?:\s|=)")


def join_continued_lines(text: str) -> str:
    """A unit file as systemd reads it: a line that ends in a backslash goes on in the next
    one (the backslash read as a space), and comment lines inside such a line are skipped."""
    lines: list[str] = []
    pending: str | None = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if pending is not None and line.lstrip().startswith(("#", ";")):
            continue
        if line.endswith("\\"):
            pending = (pending or "") + line[:-1] + " "
            continue
        lines.append((pending or "") + line)
        pending = None
    if pending is not None:
        lines.append(pending)
    return "\n".join(lines)


def parse_getty_drop_in(path: str, text: str) -> list[AutoLogin]:
    """A systemd drop-in whose ExecStart runs agetty with `--autologin USER` (or `-a USER`),
    also when the ExecStart line is continued over several lines."""
    for section, key, value in parse_ini(join_continued_lines(text)):
        if section == "Service" and key == "ExecStart" and _GETTY_AUTOLOGIN.search(value + " "):
            return [AutoLogin(GETTY, path, "--autologin")]
    return []


_MANAGERS = {"gdm": GDM, "gdm3": GDM, "lightdm": LIGHTDM, "sddm": SDDM}
_EXEC_START = re.compile(r"^\s*ExecStart\s*=\s*-?\s*(\S+)", re.MULTILINE)


def manager_name(program: str) -> str:
    """The sign-in screen a program path names: "gdm", "lightdm", "sddm", or its own name for
    others (lxdm, greetd, ly...); "" for nothing usable."""
    name = posixpath.basename(program.strip())
    if not re.fullmatch(r"[A-Za-z0-9][\w.+-]{0,40}", name):
        return ""
    return _MANAGERS.get(name.lower(), name.lower())


def parse_display_manager_unit(text: str) -> str:
    """The display-manager.service alias: the program its ExecStart runs."""
    m = _EXEC_START.search(text)
    return manager_name(m.group(1)) if m else ""


def parse_windows_probe(text: str) -> WindowsSignIn:
    """Our PowerShell probe's object. Raises ParseError when the output is not that object."""
    items = parse_ps_json(text)
    if len(items) != 1:
        raise ParseError("expected one object")
    item = items[0]
    auto = item.get("AutoAdminLogon")
    password = item.get("HasDefaultPassword")
    if not isinstance(password, bool) or not (auto is None or isinstance(auto, str | int)):
        raise ParseError("unexpected values")
    return WindowsSignIn(str(auto).strip() == "1", password)


def parse_defaults_user(returncode: int | None, output: str) -> bool | None:
    """`defaults read ... autoLoginUser`: a user name with exit 0 is on; "does not exist" with
    exit 1 is off; anything else says nothing."""
    if returncode == 0 and output.strip():
        return True
    if returncode == 1 and "does not exist" in output:
        return False
    return None


def minimise_sign_in_reads(snap: Snapshot) -> Snapshot:
    """`snap` with the Winlogon probe's answer rewritten from what the check parsed, and the
    name of the Mac's automatic sign-in account replaced. The Windows probe prints no
    password, and should an answer ever carry one (a changed probe, a hostile machine), the
    snapshot still does not; an answer that does not parse is kept empty, which replays as
    "could not be read" just the same."""
    commands = dict(snap.commands)
    result = commands.get(WINDOWS_PROBE)
    if result is not None and result.stdout:
        try:
            state = parse_windows_probe(result.stdout)
            stdout = json.dumps(
                {
                    "AutoAdminLogon": "1" if state.auto_admin_logon else "0",
                    "HasDefaultPassword": state.password_in_clear,
                }
            )
        except ParseError:
            stdout = ""
        commands[WINDOWS_PROBE] = replace(result, stdout=stdout, stderr="")
    mac = commands.get(MAC_PROBE)
    if mac is not None and mac.returncode == 0 and mac.stdout.strip():
        commands[MAC_PROBE] = replace(mac, stdout=f"{MAC_ACCOUNT_STAND_IN}\n")
    return replace(snap, commands=commands)


#: What a snapshot keeps of the account name macOS signs in automatically.
MAC_ACCOUNT_STAND_IN = "account"


# ----- probes -------------------------------------------------------------------------------


def _conf_files(ctx: ProbeContext, root: str, folders: Iterable[str]) -> list[str]:
    paths: list[str] = []
    for folder in folders:
        entries = ctx.files.list_dir(posixpath.join(root, folder)) or ()
        names = sorted(e for e in entries if e.endswith(".conf"))[:MAX_DROP_INS]
        paths.extend(posixpath.join(root, folder, name) for name in names)
    return paths


def linux_sign_in(ctx: ProbeContext, root: str = "/") -> LinuxSignIn:
    read: list[str] = []
    unreadable: list[tuple[str, str, str]] = []

    def texts(manager: str, paths: Iterable[str]) -> list[tuple[str, str]]:
        out = []
        for path in paths:
            got = ctx.files.read_text(path)
            if got.ok:
                read.append(path)
                out.append((path, got.text))
            elif got.outcome is not FileOutcome.MISSING:
                unreadable.append((manager, path, got.outcome.value))
        return out

    found: list[AutoLogin] = []
    for path, text in texts(GDM, (posixpath.join(root, p) for p in GDM_FILES)):
        found.extend(parse_gdm(path, text))
    lightdm_paths = [*_conf_files(ctx, root, LIGHTDM_DIRS), posixpath.join(root, LIGHTDM_MAIN)]
    lightdm = texts(LIGHTDM, lightdm_paths)
    found.extend(parse_lightdm(lightdm))
    sddm = [*_conf_files(ctx, root, SDDM_DIRS), posixpath.join(root, SDDM_MAIN)]
    found.extend(parse_sddm(texts(SDDM, sddm)))
    for path, text in texts(GETTY, _conf_files(ctx, root, GETTY_DIRS)):
        found.extend(parse_getty_drop_in(path, text))

    active = ""
    unit_seen = False
    for unit in DISPLAY_MANAGER_UNITS:
        got = ctx.files.read_text(posixpath.join(root, unit))
        if got.outcome is not FileOutcome.MISSING:
            unit_seen = True
        if got.ok and (active := parse_display_manager_unit(got.text)):
            break
    choice = ctx.files.read_text(posixpath.join(root, DEFAULT_DISPLAY_MANAGER))
    if not active and choice.ok:
        active = manager_name(choice.text.strip().splitlines()[0] if choice.text.strip() else "")
    nothing = (
        not active
        and not unit_seen
        and choice.outcome is FileOutcome.MISSING
        and ctx.files.list_dir(posixpath.join(root, SYSTEMD_RUNNING)) is not None
    )
    return LinuxSignIn(
        active,
        tuple(found),
        tuple(read),
        tuple(unreadable),
        tuple(lightdm_files_setting_user(lightdm)),
        no_display_manager=nothing,
        wsl=root == "/" and where_inside(ctx) == "wsl",
    )


def windows_sign_in(ctx: ProbeContext) -> WindowsSignIn | str:
    result = ctx.run(WINDOWS_PROBE, timeout=_POWERSHELL)
    if not result.ran or result.returncode != 0:
        return result.why_not()
    try:
        return parse_windows_probe(result.stdout)
    except ParseError:
        return N_("Windows' sign-in settings (Winlogon) could not be read")


def mac_sign_in(ctx: ProbeContext) -> bool | str:
    result = ctx.run(MAC_PROBE, timeout=_TOOL)
    if not result.ran:
        return result.why_not()
    on = parse_defaults_user(result.returncode, result.output)
    if on is None:
        return N_("the sign-in window's settings could not be read")
    return on


# ----- fix guides ---------------------------------------------------------------------------

_WHY = N_(
    "With automatic sign-in, whoever switches the computer on is signed in as you: your "
    "files, your e-mail and every account open in the browser are theirs, whatever your "
    "password."
)
_AGAIN = FixStep(N_("Run this check again."))
_NEXT_START = FixStep(N_("The change takes effect the next time the computer starts."))

_SED_GDM = r"s/^([[:space:]]*(AutomaticLoginEnable|TimedLoginEnable)[[:space:]]*=).*/\1false/"
_SED_LIGHTDM = r"s/^([[:space:]]*autologin-user[[:space:]]*=).*/\1/"
_SED_SDDM = (
    r"/^[[:space:]]*\[Autologin\]/,/^[[:space:]]*\[/s/^([[:space:]]*User[[:space:]]*=).*/\1/"
)
_SED_BY_MANAGER = {GDM: _SED_GDM, LIGHTDM: _SED_LIGHTDM, SDDM: _SED_SDDM}


def linux_auto_fix(found: Sequence[AutoLogin], lightdm_files: Sequence[str]) -> AutoFix | None:
    """One `sed` edit that switches the found settings off in place: GDM's switches to false,
    LightDM's and SDDM's user name to empty (every LightDM file that names one, or an earlier
    one takes over). Reversible by setting the value back. None when a setting is outside /etc
    (a package's file, overwritten by its next update) or is the console's (a drop-in to
    remove, not a line to edit)."""
    if not found or any(a.manager not in _SED_BY_MANAGER for a in found):
        return None
    files = [a.path for a in found if a.manager != LIGHTDM]
    if any(a.manager == LIGHTDM for a in found):
        files.extend(lightdm_files)
    files = list(dict.fromkeys(files))
    if not all("/etc/" in f for f in files):
        return None
    expressions: list[str] = []
    for manager in dict.fromkeys(a.manager for a in found):
        expressions += ["-e", _SED_BY_MANAGER[manager]]
    return AutoFix(
        N_("Switch automatic sign-in off in the sign-in screen's settings"),
        ("sed", "-i", "--follow-symlinks", "-E", *expressions, "--", *files),
    )


def _linux_steps(managers: Sequence[str]) -> tuple[FixStep, ...]:
    steps: list[FixStep] = []
    if GDM in managers:
        steps.append(
            FixStep(
                N_(
                    "GNOME: open Settings > System > Users (or Settings > Users), choose "
                    "'Unlock', and switch 'Automatic Login' off."
                ),
                headline=True,
            )
        )
        steps.append(
            FixStep(
                N_(
                    "Or set 'AutomaticLoginEnable=false' in the [daemon] section of the file "
                    "named in the details, for example:"
                ),
                command="sudo nano /etc/gdm3/custom.conf",
            )
        )
    if LIGHTDM in managers:
        steps.append(
            FixStep(
                N_(
                    "LightDM: in each file named in the details, leave 'autologin-user=' "
                    "empty (or put '#' in front of the line), for example:"
                ),
                command="sudo nano /etc/lightdm/lightdm.conf",
                headline=not steps,
            )
        )
    if SDDM in managers:
        steps.append(
            FixStep(
                N_(
                    "KDE (SDDM): open System Settings > Login Screen (SDDM) > Behavior and "
                    "switch 'Automatically log in' off; or leave 'User=' empty under "
                    "[Autologin] in the file named in the details."
                ),
                headline=not steps,
            )
        )
    if GETTY in managers:
        steps.append(
            FixStep(
                N_(
                    "Console: remove the '--autologin' drop-in named in the details (for "
                    "example with the command below), then restart."
                ),
                command="sudo systemctl revert getty@tty1.service",
                headline=not steps,
            )
        )
    return (*steps, _NEXT_START, _AGAIN)


def linux_fix(found: Sequence[AutoLogin], lightdm_files: Sequence[str]) -> FixGuide:
    auto = linux_auto_fix(found, lightdm_files)
    return FixGuide(
        title=N_("Switch off automatic sign-in"),
        why=_WHY,
        steps={OSFamily.LINUX: _linux_steps(list(dict.fromkeys(a.manager for a in found)))},
        verify_check=META.id,
        auto_fix={} if auto is None else {OSFamily.LINUX: auto},
    )


_WINDOWS_STEPS = (
    FixStep(
        N_(
            "Press Windows+R, type 'netplwiz' and press Enter. Tick 'Users must enter a user "
            "name and password to use this computer' and choose OK."
        ),
        headline=True,
    ),
    FixStep(
        N_(
            "If the box is missing, or the password stays stored, type this in PowerShell "
            "opened with 'Run as administrator':"
        ),
        command=(
            f"Set-ItemProperty -Path '{WINLOGON}' -Name AutoAdminLogon -Value '0'; "
            f"Remove-ItemProperty -Path '{WINLOGON}' -Name DefaultPassword"
        ),
    ),
    FixStep(
        N_(
            "If the password was stored, it may have been read: change your Windows password "
            "(Settings > Accounts > Sign-in options > Password)."
        ),
        link="ms-settings:signinoptions",
    ),
    _AGAIN,
)
WINDOWS_AUTO_FIX = AutoFix(
    N_(
        "Switch automatic sign-in off and delete the password Windows keeps for it "
        "(AutoAdminLogon and DefaultPassword under Winlogon)"
    ),
    powershell(
        f"Set-ItemProperty -Path '{WINLOGON}' -Name AutoAdminLogon -Value '0';"
        f"Remove-ItemProperty -Path '{WINLOGON}' -Name DefaultPassword -ErrorAction "
        "SilentlyContinue"
    ),
)
FIX_WINDOWS = FixGuide(
    title=N_("Switch off automatic sign-in"),
    why=_WHY,
    steps={OSFamily.WINDOWS: _WINDOWS_STEPS},
    verify_check=META.id,
    auto_fix={OSFamily.WINDOWS: WINDOWS_AUTO_FIX},
)
FIX_WINDOWS_PASSWORD = FixGuide(
    title=N_("Delete the password Windows keeps in clear"),
    why=N_(
        "A password stored under Winlogon can be read by every program and every user of this "
        "computer, and it is the password of your account."
    ),
    steps={OSFamily.WINDOWS: _WINDOWS_STEPS},
    verify_check=META.id,
    auto_fix={OSFamily.WINDOWS: WINDOWS_AUTO_FIX},
)
#: macOS: no automatic fix; the settings page also removes the stored password
#: (/etc/kcpassword), which deleting the preference alone would leave behind.
FIX_MACOS = FixGuide(
    title=N_("Switch off automatic sign-in"),
    why=_WHY,
    steps={
        OSFamily.MACOS: (
            FixStep(
                N_(
                    "Open System Settings > Users & Groups and set 'Automatically log in as' "
                    "to Off (on older macOS: Users & Groups > Login Options)."
                ),
                link="x-apple.systempreferences:com.apple.preferences.users",
                headline=True,
            ),
            FixStep(
                N_(
                    "Turning FileVault on (System Settings > Privacy & Security) also switches "
                    "automatic sign-in off."
                )
            ),
            _AGAIN,
        ),
    },
    verify_check=META.id,
)

# ----- verdicts -----------------------------------------------------------------------------

_COULD_NOT = N_("Could not tell whether this computer signs in by itself")
_NAMES = {
    GDM: N_("GDM (GNOME)"),
    LIGHTDM: N_("LightDM"),
    SDDM: N_("SDDM (KDE)"),
    GETTY: N_("the text console"),
}
_KNOWN = (GDM, LIGHTDM, SDDM)


def _name(manager: str) -> str:
    return _NAMES.get(manager, manager)


def evaluate_linux(state: LinuxSignIn) -> Finding:
    # The sign-in screen that starts decides; when it is not known, any setting counts.
    relevant = [
        a
        for a in state.found
        if a.manager == GETTY or not state.active or a.manager == state.active
    ]
    evidence: dict[str, JsonValue] = {
        "display_manager": state.active or None,
        "automatic_sign_in": [a.as_json() for a in relevant],
        "not_starting": [a.as_json() for a in state.found if a not in relevant],
        "files_read": list(state.read),
        "unreadable": [{"manager": m, "file": p, "outcome": o} for m, p, o in state.unreadable],
        "no_display_manager": state.no_display_manager and not state.read,
    }
    if relevant:
        managers = list(dict.fromkeys(_name(a.manager) for a in relevant))
        return Finding(
            Status.FAIL,
            # Each name still translatable ("the text console"): not a plain ", ".join.
            fmt(
                N_("This computer signs in by itself ({managers})"),
                managers=joined(*managers, sep=", "),
            ),
            Severity.HIGH,
            detail=fmt(
                N_(
                    "Automatic sign-in is set in {files}: whoever switches the computer on "
                    "is signed in without a password."
                ),
                files=and_joined(list(dict.fromkeys(a.path for a in relevant))),
            ),
            evidence=evidence,
            fix=linux_fix(relevant, state.lightdm_files),
        )
    blocked = [p for m, p, _ in state.unreadable if m in (GETTY, state.active) or not state.active]
    if blocked:
        return Finding(
            Status.UNKNOWN,
            _COULD_NOT,
            reason=fmt(
                N_("the sign-in settings in {files} could not be read"), files=and_joined(blocked)
            ),
            evidence=evidence,
        )
    if state.active in _KNOWN:
        return Finding(
            Status.PASS,
            fmt(N_("{manager} does not sign anyone in by itself"), manager=_name(state.active)),
            evidence=evidence,
        )
    if state.active:
        return Finding(
            Status.UNKNOWN,
            _COULD_NOT,
            reason=fmt(
                N_("the sign-in screen {manager} is not one the app can read"),
                manager=state.active,
            ),
            evidence=evidence,
        )
    if state.wsl:
        # "The console asks for a password" is not true here: WSL opens the user's shell.
        return Finding(
            Status.UNKNOWN,
            _COULD_NOT,
            reason=N_(
                "this is Linux inside Windows (WSL), which opens without a password: the "
                "Windows sign-in protects it, and that cannot be seen from inside"
            ),
            evidence={**evidence, "inside": "wsl"},
        )
    if state.no_display_manager and not state.read:
        return Finding(
            Status.PASS,
            N_("No sign-in screen starts by itself, and the console asks for a password"),
            evidence=evidence,
        )
    return Finding(
        Status.UNKNOWN,
        _COULD_NOT,
        reason=N_(
            "which sign-in screen starts could not be found out (no display manager is set "
            "up through systemd, as in a container or a server)"
        ),
        evidence=evidence,
    )


def evaluate_windows(state: WindowsSignIn | str) -> Finding:
    if isinstance(state, str):
        return Finding.unknown(state, _COULD_NOT)
    evidence: dict[str, JsonValue] = {
        "auto_admin_logon": state.auto_admin_logon,
        "password_in_clear": state.password_in_clear,
    }
    if state.auto_admin_logon and state.password_in_clear:
        return Finding(
            Status.FAIL,
            N_("Windows signs in by itself, with your password stored in clear"),
            Severity.HIGH,
            detail=N_(
                "Whoever switches the computer on is signed in as you, and any program or "
                "user of this computer can read your password in the registry."
            ),
            evidence=evidence,
            fix=FIX_WINDOWS,
        )
    if state.password_in_clear:
        return Finding(
            Status.FAIL,
            N_("Windows keeps a sign-in password in clear"),
            Severity.HIGH,
            detail=N_(
                "Automatic sign-in is off, but the password saved for it is still in the "
                "registry, where any program or user of this computer can read it."
            ),
            evidence=evidence,
            fix=FIX_WINDOWS_PASSWORD,
        )
    if state.auto_admin_logon:
        return Finding(
            Status.FAIL,
            N_("Windows signs in by itself"),
            Severity.HIGH,
            detail=N_("Whoever switches the computer on is signed in as you, without a password."),
            evidence=evidence,
            fix=FIX_WINDOWS,
        )
    return Finding(Status.PASS, N_("Windows asks for a password to sign in"), evidence=evidence)


def evaluate_macos(state: bool | str) -> Finding:
    if isinstance(state, str):
        return Finding.unknown(state, _COULD_NOT)
    evidence: dict[str, JsonValue] = {"auto_login_user_set": state}
    if state:
        return Finding(
            Status.FAIL,
            N_("This Mac signs in by itself"),
            Severity.HIGH,
            detail=N_("Whoever switches the Mac on is signed in as you, without a password."),
            evidence=evidence,
            fix=FIX_MACOS,
        )
    return Finding(Status.PASS, N_("This Mac asks for a password to sign in"), evidence=evidence)


def facts(finding: Finding) -> tuple[Fact, ...]:
    ev = finding.evidence
    found: list[Fact] = []
    if finding.status in (Status.PASS, Status.FAIL):
        found.append(Fact(N_("Automatic sign-in"), _facts.on_off(finding.status is Status.FAIL)))
    active = _facts.text(ev, "display_manager")
    if active:
        found.append(Fact(N_("Sign-in screen"), _name(active)))
    elif _facts.flag(ev, "no_display_manager"):
        found.append(Fact(N_("Sign-in screen"), N_("none set up")))
    settings = [s for s in _facts.items(ev, "automatic_sign_in") if isinstance(s, dict)]
    files = [f for s in settings if isinstance(f := s.get("file"), str)]
    found.append(Fact(N_("Set in"), _facts.listed(list(dict.fromkeys(files)))))
    idle = [s for s in _facts.items(ev, "not_starting") if isinstance(s, dict)]
    idle_files = [f for s in idle if isinstance(f := s.get("file"), str)]
    found.append(
        Fact(
            N_("Set for a sign-in screen that does not start"),
            _facts.listed(list(dict.fromkeys(idle_files))),
        )
    )
    blocked = [u.get("file") for u in _facts.items(ev, "unreadable") if isinstance(u, dict)]
    found.append(
        Fact(N_("Could not be read"), _facts.listed([f for f in blocked if isinstance(f, str)]))
    )
    password = _facts.flag(ev, "password_in_clear")
    if password is not None:
        found.append(Fact(N_("Password stored in clear"), _facts.yes_no(password)))
    return tuple(found)


class AutoLoginCheck:
    meta = META

    def __init__(self, root: str = "/") -> None:
        #: The Linux system root the configuration is read under (a folder in tests).
        self.root = root

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.WINDOWS:
            finding = evaluate_windows(windows_sign_in(ctx))
        elif os_family is OSFamily.MACOS:
            finding = evaluate_macos(mac_sign_in(ctx))
        else:
            finding = evaluate_linux(linux_sign_in(ctx, self.root))
        return with_sentences(_facts.with_facts(finding, facts))
