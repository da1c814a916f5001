"""PWD-002: the OS keyring can be used by apps to keep their secrets.

Apps (this one included, for a Have I Been Pwned key) keep passwords and tokens in the system's
secret store: Credential Manager on Windows, the Keychain on macOS, GNOME Keyring or KWallet
(the Secret Service) on Linux. Without one, apps either refuse to remember a secret or fall back
to writing it into a plain file.

The check asks the Python `keyring` library which backend this user gets and how much it trusts
it (its priority). It never reads or writes a secret, so a locked keyring never asks to be
unlocked.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from hygiene_app.checks import _facts
from hygiene_app.checks._common import with_sentences
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

META = CheckMeta(
    id="PWD-002",
    title=N_("System keyring usable"),
    category=Category.PASSWORDS,
    platforms=ALL_OSES,
    weight=3,
    severity=Severity.MEDIUM,
    leaves_machine=N_("Nothing: asks which secret store apps can use, without opening it."),
    timeout=10.0,
)

FAIL_BACKEND = "keyring.backends.fail.Keyring"
NULL_BACKEND = "keyring.backends.null.Keyring"
CHAINER_BACKEND = "keyring.backends.chainer.ChainerBackend"
#: keyrings.alt keeps secrets in files or the registry, not in the OS keyring: the e-mail
#: breach screen refuses them too (services/passwords/hibp.py), and the two must agree.
NOT_OS_KEYRING_PREFIX = "keyrings.alt."

#: What people call the stores behind the usual backends.
FRIENDLY_NAMES = {
    "keyring.backends.SecretService.Keyring": N_(
        "the Secret Service (GNOME Keyring, KWallet or KeePassXC)"
    ),
    "keyring.backends.libsecret.Keyring": N_("the Secret Service through libsecret"),
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": N_("the macOS Keychain"),
    CHAINER_BACKEND: N_("several secret stores"),
}


class KeyringState(enum.StrEnum):
    USABLE = "usable"
    PLAINTEXT = "plaintext"
    UNUSABLE = "unusable"
    NO_LIBRARY = "no_library"


@dataclass(frozen=True, slots=True)
class KeyringVerdict:
    state: KeyringState
    backend: str = ""
    priority: float | None = None


def classify(backend: tuple[str, float] | None) -> KeyringVerdict:
    """Whether a (backend class, priority) pair can keep secrets. The fail and null backends,
    errors and a priority of 0 or less cannot; a plain-file backend can, but badly."""
    if backend is None:
        return KeyringVerdict(KeyringState.NO_LIBRARY)
    name, priority = backend
    if name in (FAIL_BACKEND, NULL_BACKEND) or name.startswith("error") or not priority > 0:
        return KeyringVerdict(KeyringState.UNUSABLE, name, priority)
    if name.startswith(NOT_OS_KEYRING_PREFIX):
        return KeyringVerdict(KeyringState.PLAINTEXT, name, priority)
    return KeyringVerdict(KeyringState.USABLE, name, priority)


def spoken_name(backend: str) -> str:
    """The store's name as a person says it; a backend this app does not know by name is never
    shown by its Python class name."""
    return FRIENDLY_NAMES.get(backend) or N_("a secret store this app does not know by name")


FIX_KEYRING = FixGuide(
    title=N_("Give apps a place to keep their secrets"),
    why=N_(
        "Apps keep passwords and sign-in tokens in the system's keyring, which is locked with "
        "your login. Without a usable keyring they cannot remember secrets safely: they either "
        "ask every time or write them into ordinary files."
    ),
    steps={
        OSFamily.LINUX: (
            FixStep(
                N_(
                    "Install GNOME Keyring, the keyring of GNOME, Cinnamon, MATE and Xfce (KDE "
                    "Plasma uses KDE Wallet, turned on in its System Settings). Debian or Ubuntu:"
                ),
                command="sudo apt install gnome-keyring libsecret-1-0",
                headline=True,
            ),
            FixStep(N_("Fedora:"), command="sudo dnf install gnome-keyring libsecret"),
            FixStep(N_("Arch:"), command="sudo pacman -S gnome-keyring libsecret"),
            FixStep(
                N_(
                    "On KDE Plasma, open System Settings > KDE Wallet and tick 'Enable the KDE "
                    "wallet subsystem'."
                )
            ),
            FixStep(
                N_(
                    "Log out and log in again: the keyring starts with your desktop session. "
                    "In a remote (SSH) session or a container there is no session bus "
                    "(DBUS_SESSION_BUS_ADDRESS is empty), so no keyring can be reached there."
                )
            ),
            FixStep(
                N_(
                    "If you once turned the keyring off for Python apps, delete the file "
                    "~/.config/python_keyring/keyringrc.cfg and unset PYTHON_KEYRING_BACKEND."
                )
            ),
            FixStep(N_("Run this check again.")),
        ),
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Windows has a keyring built in: Credential Manager. Open Start, type "
                    "'Credential Manager' and open it to check that it works."
                )
            ),
            FixStep(
                N_(
                    "If a setting sends apps elsewhere, delete the file keyringrc.cfg in the "
                    "folder %LOCALAPPDATA%\\Python Keyring, and remove the PYTHON_KEYRING_BACKEND "
                    "variable (Start > 'Edit environment variables for your account')."
                )
            ),
            FixStep(N_("Sign out, sign in again and run this check again.")),
        ),
        OSFamily.MACOS: (
            FixStep(
                N_(
                    "macOS has a keyring built in: the Keychain. Open Keychain Access "
                    "(Applications > Utilities) and check that the 'login' keychain is there "
                    "and unlocked."
                )
            ),
            FixStep(
                N_(
                    "If a setting sends apps elsewhere, delete the file "
                    "~/.config/python_keyring/keyringrc.cfg and remove PYTHON_KEYRING_BACKEND "
                    "from your shell profile."
                )
            ),
            FixStep(N_("Log out, log in again and run this check again.")),
        ),
    },
    verify_check=META.id,
)


class KeyringUsableCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        verdict = classify(ctx.system.keyring_backend())
        os_family = ctx.platform.os
        # Only asked when it decides: Linux reaches its keyring over the session bus.
        bus = (
            ctx.system.session_bus()
            if verdict.state is KeyringState.UNUSABLE and os_family is OSFamily.LINUX
            else None
        )
        finding = evaluate(verdict, os_family, session_bus=bus)
        return with_sentences(_facts.with_facts(finding, facts))


def facts(finding: Finding) -> tuple[Fact, ...]:
    """What the keyring check learned, in words: which store apps get and whether it is safe."""
    state = _facts.text(finding.evidence, "state")
    backend = _facts.text(finding.evidence, "backend") or ""
    if state == KeyringState.USABLE:
        return (Fact(N_("Where apps keep secrets"), spoken_name(backend)),)
    if state == KeyringState.PLAINTEXT:
        return (Fact(N_("Where apps keep secrets"), N_("an ordinary file, not locked")),)
    if state == KeyringState.UNUSABLE:
        return (Fact(N_("Where apps keep secrets"), N_("nowhere: no secret store answered")),)
    return ()


def evaluate(
    verdict: KeyringVerdict, os_family: OSFamily, *, session_bus: bool | None = None
) -> Finding:
    """`session_bus` (Linux): whether this process could reach a D-Bus session bus; None when
    not known (a recording that never asked), which keeps the verdict it always had."""
    evidence: dict[str, JsonValue] = {
        "state": verdict.state.value,
        "backend": verdict.backend or None,
        "priority": verdict.priority,
    }
    if session_bus is not None:
        evidence["session_bus"] = session_bus
    if verdict.state is KeyringState.NO_LIBRARY:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether the keyring is usable"),
            reason=N_("the keyring library is not available to this app"),
            evidence=evidence,
        )
    if verdict.state is KeyringState.UNUSABLE:
        if os_family is not OSFamily.LINUX:
            store = (
                N_("Credential Manager") if os_family is OSFamily.WINDOWS else N_("the Keychain")
            )
            return Finding(
                Status.UNKNOWN,
                N_("Could not reach the system keyring"),
                reason=fmt(
                    N_(
                        "{store} is built into {os}, but this app could not use it; a setting such "
                        "as PYTHON_KEYRING_BACKEND may be turning it off"
                    ),
                    store=store,
                    os=os_family.display_name,
                ),
                evidence=evidence,
            )
        if session_bus is False:
            # Without a session bus no Secret Service can answer, whatever the desktop has: an
            # SSH login, a cron job, a container or WSL says nothing about the user's keyring.
            return Finding(
                Status.UNKNOWN,
                N_("Could not reach the system keyring"),
                reason=N_(
                    "this session has no D-Bus session bus (a remote SSH login, a scheduled "
                    "job, sudo, a container or WSL), and apps reach the keyring through it; run "
                    "the check again from your desktop session"
                ),
                evidence=evidence,
            )
        return Finding(
            Status.FAIL,
            N_("No usable keyring: apps cannot store secrets safely"),
            Severity.MEDIUM,
            detail=N_(
                "No secret store (GNOME Keyring, KWallet, KeePassXC's Secret Service) answered "
                "for this session."
            ),
            evidence=evidence,
            fix=FIX_KEYRING,
        )
    if verdict.state is KeyringState.PLAINTEXT:
        return Finding(
            Status.WARN,
            N_("Apps keep their secrets in a plain file"),
            Severity.MEDIUM,
            detail=N_(
                "The keyring in use writes secrets into an ordinary file instead of a locked "
                "keyring."
            ),
            evidence=evidence,
            fix=FIX_KEYRING,
        )
    return Finding(
        Status.PASS,
        fmt(N_("Apps can keep secrets in {store}"), store=spoken_name(verdict.backend)),
        evidence=evidence,
    )
