"""DEV-006: SSH keys are protected by a passphrase.

An SSH private key is a password to every server (and Git host) that trusts it. Without a
passphrase, the file alone is enough: a copy of the home folder (a backup, a stolen laptop
without disk encryption, malware that reads files) signs in everywhere the key opens. With a
passphrase the file is encrypted and useless without it. Keys on a security key (`sk-` types)
are fine without one: the file only points at the secret, which never leaves the token.

The key's secret part is never looked at. Whether a key is encrypted is written before it: in
the PEM headers (`Proc-Type: 4,ENCRYPTED`, `BEGIN ENCRYPTED PRIVATE KEY`), in PuTTY's
`Encryption:` line, or at the start of the OpenSSH format's body (the cipher name, then the
public key's type), so only the first few hundred characters of a key file are decoded, and a
snapshot keeps a stand-in made of those fields alone (`minimise_key_reads`).
"""

from __future__ import annotations

import base64
import binascii
import enum
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, replace

from hygiene_app.checks import _facts
from hygiene_app.checks._common import join, with_sentences
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, fmt_plural
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
from hygiene_app.engine.probes import FileOutcome, FileRead
from hygiene_app.engine.snapshot import Snapshot

META = CheckMeta(
    id="DEV-006",
    title=N_("SSH keys protected by a passphrase"),
    category=Category.DEVICE,
    platforms=ALL_OSES,
    weight=4,
    severity=Severity.MEDIUM,
    leaves_machine=N_(
        "Nothing: reads only the first lines of the key files in your .ssh folder, never the "
        "keys themselves."
    ),
    timeout=10.0,
)

#: Files in ~/.ssh that are never private keys.
_NOT_KEYS = re.compile(
    r"(?:.*\.pub|known_hosts.*|authorized_keys.*|config|environment|rc|.*\.sock|.*\.socket)",
    re.IGNORECASE,
)
#: At most this many files are looked at (a .ssh folder holds a handful).
MAX_FILES = 100
#: A key file larger than this is not read at all (an RSA key of 16384 bits is under 13 KB;
#: the usual ed25519 and RSA-4096 keys are under 4 KB).
MAX_KEY_BYTES = 16 * 1024
#: Characters of a key file's text its verdict can need: the PEM headers, PuTTY's second line,
#: the OpenSSH body's first fields (see `parse_openssh_head`). The rest is never decoded.
HEAD_CHARS = 640


class KeyState(enum.StrEnum):
    UNPROTECTED = "unprotected"
    PROTECTED = "protected"
    #: A FIDO security key's handle (sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@...).
    SECURITY_KEY = "security_key"
    #: A private-key header, but what follows was not understood.
    UNREADABLE = "unreadable"


OPENSSH_HEADER = "-----BEGIN OPENSSH PRIVATE KEY-----"
OPENSSH_MAGIC = b"openssh-key-v1\x00"
_PEM_HEADER = re.compile(r"^-----BEGIN ((?:RSA |DSA |EC |ENCRYPTED )?)PRIVATE KEY-----$")
_PUTTY_HEADER = re.compile(r"^PuTTY-User-Key-File-\d+: *(\S+)$")


#: `openssl ecparam -genkey` writes the curve's parameters before the key. OpenSSL, and so ssh,
#: skips that block and uses the key below it.
EC_PARAMETERS_HEADER = "-----BEGIN EC PARAMETERS-----"
_EC_PARAMETERS = re.compile(
    r"\A[ \t]*-----BEGIN EC PARAMETERS-----[ \t\r]*\n"
    r"[A-Za-z0-9+/=\s]{0,2048}?-----END EC PARAMETERS-----[ \t\r]*(?:\n|\Z)"
)


def without_ec_parameters(text: str) -> str:
    """`text` from the line after an EC PARAMETERS block that starts it; "" when it starts with
    one that does not end (nothing below it can be a key); `text` itself otherwise."""
    if text.partition("\n")[0].strip() != EC_PARAMETERS_HEADER:
        return text
    m = _EC_PARAMETERS.match(text)
    return text[m.end() :] if m else ""


def is_key_header(line: str) -> bool:
    """Whether `line` (a file's first line) starts a private key."""
    line = line.strip()
    return bool(line == OPENSSH_HEADER or _PEM_HEADER.match(line) or _PUTTY_HEADER.match(line))


@dataclass(frozen=True, slots=True)
class OpenSshHead:
    """The fields before an OpenSSH key's first public key: nothing secret."""

    cipher: str
    kdf: str
    key_type: str


class _Cut(ValueError):
    """The bytes end before the field does: decode a little more of the body."""


def _string(data: bytes, at: int, limit: int = 64) -> tuple[bytes, int]:
    """An SSH wire string (uint32 length, bytes) at `at`; _Cut when the bytes end first,
    ValueError when it is longer than any name."""
    if at + 4 > len(data):
        raise _Cut
    (n,) = struct.unpack_from(">I", data, at)
    if n > limit:
        raise ValueError("too long")
    if at + 4 + n > len(data):
        raise _Cut
    return data[at + 4 : at + 4 + n], at + 4 + n


_NAME = re.compile(rb"[A-Za-z0-9@._+-]{1,64}")


def parse_openssh_head(data: bytes) -> OpenSshHead | None:
    """The start of an OpenSSH key's decoded body: magic, ciphername, kdfname, kdfoptions,
    number of keys, then the first public key's blob, whose first string is its type. None
    when the bytes are not that; _Cut when they end before the type."""
    if not OPENSSH_MAGIC.startswith(data[: len(OPENSSH_MAGIC)]):
        return None
    if len(data) < len(OPENSSH_MAGIC):
        raise _Cut
    try:
        cipher, at = _string(data, len(OPENSSH_MAGIC))
        kdf, at = _string(data, at)
        _options, at = _string(data, at, 256)
        if at + 8 > len(data):
            raise _Cut
        at += 8  # the number of keys, then the first public key blob's length
        key_type, _ = _string(data, at)
    except _Cut:
        raise
    except ValueError:
        return None
    if not all(_NAME.fullmatch(v) for v in (cipher, kdf, key_type)):
        return None
    return OpenSshHead(cipher.decode(), kdf.decode(), key_type.decode())


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
#: Base64 characters of an OpenSSH body decoded at a time: the fields before the key type
#: take about 60 bytes (unprotected ed25519) to 110 (bcrypt, a security key). An ed25519
#: key's secret starts past byte 150, so the first step decodes no secret at all.
_OPENSSH_STEPS = (160, 320, 480)


def parse_openssh_text(lines: list[str]) -> OpenSshHead | None:
    """The head of an OpenSSH key from its lines (header first), decoding the body's start
    only as far as the key type."""
    chunks = []
    for line in lines[1:]:
        if line.startswith("-----END"):
            break
        if not _BASE64_LINE.fullmatch(line):
            return None
        chunks.append(line)
    text = "".join(chunks)
    for limit in _OPENSSH_STEPS:
        part = text[:limit]
        part = part[: len(part) // 4 * 4]  # whole base64 quanta only
        try:
            data = base64.b64decode(part, validate=True)
        except (binascii.Error, ValueError):
            return None
        try:
            return parse_openssh_head(data)
        except _Cut:
            if len(part) < limit:
                return None  # the body ended
    return None


def parse_key_head(text: str) -> KeyState | None:
    """The state of the private key whose file starts with `text` (at most HEAD_CHARS of it
    are looked at, after an EC PARAMETERS block); None when the first line is not a
    private-key header."""
    text = without_ec_parameters(text)
    lines = [line.strip() for line in text[:HEAD_CHARS].splitlines()]
    if not lines or not is_key_header(lines[0]):
        return None
    first = lines[0]
    if first == OPENSSH_HEADER:
        head = parse_openssh_text(lines)
        if head is None:
            return KeyState.UNREADABLE
        if head.key_type.startswith("sk-"):
            return KeyState.SECURITY_KEY
        return KeyState.UNPROTECTED if head.cipher == "none" else KeyState.PROTECTED
    if putty := _PUTTY_HEADER.match(first):
        encryption = next((ln for ln in lines[1:3] if ln.startswith("Encryption:")), None)
        if encryption is None:
            return KeyState.UNREADABLE
        if putty.group(1).startswith("sk-"):
            return KeyState.SECURITY_KEY
        value = encryption.split(":", 1)[1].strip()
        return KeyState.UNPROTECTED if value == "none" else KeyState.PROTECTED
    pem = _PEM_HEADER.match(first)
    if pem is None:
        return None
    if pem.group(1) == "ENCRYPTED ":
        return KeyState.PROTECTED
    if len(lines) < 2:
        return KeyState.UNREADABLE
    # Traditional PEM: RFC 1421 headers right below the first line, before the body.
    headers = []
    for line in lines[1:]:
        if ":" not in line:
            break
        headers.append(line)
    if any(re.fullmatch(r"Proc-Type:\s*4,\s*ENCRYPTED", h) for h in headers):
        return KeyState.PROTECTED
    return KeyState.UNPROTECTED


# ----- snapshots ----------------------------------------------------------------------------

_STAND_IN_CIPHER = {KeyState.PROTECTED: b"aes256-ctr", KeyState.UNPROTECTED: b"none"}


def _wire(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


def stand_in(text: str) -> str | None:
    """What a snapshot keeps of a private-key file: a made-up file of the same format that
    gives the same verdict and holds none of the key (no key bytes, no salt, no public key).
    None when `text` does not start with a private-key header."""
    text = without_ec_parameters(text)
    state = parse_key_head(text)
    if state is None:
        return None
    first = text.split("\n", 1)[0].strip()
    if first == OPENSSH_HEADER and state is not KeyState.UNREADABLE:
        key_type = b"sk-ssh-ed25519@openssh.com" if state is KeyState.SECURITY_KEY else b"ssh-"
        cipher = _STAND_IN_CIPHER.get(state, b"none")
        kdf = b"none" if cipher == b"none" else b"bcrypt"
        body = (
            OPENSSH_MAGIC
            + _wire(cipher)
            + _wire(kdf)
            + _wire(b"")
            + struct.pack(">I", 1)
            + _wire(_wire(key_type))
        )
        encoded = base64.b64encode(body).decode()
        return f"{first}\n{encoded}\n-----END OPENSSH PRIVATE KEY-----\n"
    if first.startswith("PuTTY") and state is not KeyState.UNREADABLE:
        kind = "sk-ssh-ed25519@openssh.com" if state is KeyState.SECURITY_KEY else "ssh-"
        encryption = "none" if state is KeyState.UNPROTECTED else "aes256-cbc"
        return f"PuTTY-User-Key-File-3: {kind}\nEncryption: {encryption}\n"
    if state is KeyState.PROTECTED and "ENCRYPTED PRIVATE" not in first:
        return f"{first}\nProc-Type: 4,ENCRYPTED\n\n"
    if state is KeyState.UNPROTECTED:
        return f"{first}\n\n"
    # ENCRYPTED PKCS#8 and unreadable keys: the header line alone gives the same verdict.
    return f"{first}\n"


def minimise_key_snapshot(snap: Snapshot) -> Snapshot:
    """`snap` with no private key in it: see `minimise_key_reads`."""
    folder = join(snap.platform.os, snap.platform.home, ".ssh", "")
    return replace(snap, files=minimise_key_reads(snap.files, (folder,)))


def minimise_key_reads(
    files: Mapping[str, FileRead], ssh_dirs: tuple[str, ...]
) -> dict[str, FileRead]:
    """`files` with every private key replaced by its stand-in, wherever it was read, and every
    other file in an .ssh folder emptied (its first line was only read to see it is no key)."""
    kept: dict[str, FileRead] = {}
    for path, read in files.items():
        if not read.ok:
            kept[path] = read
            continue
        small = stand_in(read.text)
        if small is not None:
            size = read.size if read.size is not None else len(read.text.encode())
            kept[path] = replace(read, text=small, size=size)
        elif any(path.startswith(d) for d in ssh_dirs):
            kept[path] = replace(read, text="")
        else:
            kept[path] = read
    return kept


# ----- probes -------------------------------------------------------------------------------


def ssh_folder(ctx: ProbeContext) -> str:
    """~/.ssh (on Windows %USERPROFILE%\\.ssh, which is the platform's home)."""
    return join(ctx.platform.os, ctx.platform.home, ".ssh")


@dataclass(frozen=True, slots=True)
class KeyFolder:
    #: (name relative to the .ssh folder, state) of each private key, in name order.
    keys: tuple[tuple[str, KeyState], ...]
    #: The folder exists but could not be listed.
    unlistable: bool = False
    #: The folder does not exist.
    missing: bool = False


def _state(ctx: ProbeContext, path: str) -> KeyState | None:
    first = ctx.files.read_first_line(path)
    if first.outcome is FileOutcome.DENIED:
        return KeyState.UNREADABLE  # in ~/.ssh and closed to its owner: it may well be a key
    if not first.ok:
        return None
    ec_parameters = first.text.strip() == EC_PARAMETERS_HEADER
    if not (ec_parameters or is_key_header(first.text)):
        return None
    if first.size is not None and first.size > MAX_KEY_BYTES:
        return KeyState.UNREADABLE
    whole = ctx.files.read_text(path)
    if not whole.ok:
        return KeyState.UNREADABLE
    state = parse_key_head(whole.text)
    if state is None and ec_parameters:
        return None  # the curve's parameters alone: no key
    return state or KeyState.UNREADABLE


def key_folder(ctx: ProbeContext) -> KeyFolder:
    """The private keys in ~/.ssh and one folder down (~/.ssh/work/id_ed25519), looking at no
    more than MAX_FILES files in all and skipping names that are never keys."""
    folder = ssh_folder(ctx)
    entries = ctx.files.list_dir(folder)
    if entries is None:
        missing = ctx.files.mtime(folder) is None
        return KeyFolder((), unlistable=not missing, missing=missing)
    keys: list[tuple[str, KeyState]] = []
    budget = MAX_FILES
    for name in entries:
        if budget <= 0:
            break
        if _NOT_KEYS.fullmatch(name) or name in (".", ".."):
            continue
        budget -= 1
        path = join(ctx.platform.os, folder, name)
        state = _state(ctx, path)
        if state is not None:
            keys.append((name, state))
            continue
        # Maybe a folder of keys (listing a file gives None).
        for sub in ctx.files.list_dir(path) or ():
            if budget <= 0:
                break
            if _NOT_KEYS.fullmatch(sub):
                continue
            budget -= 1
            sub_state = _state(ctx, join(ctx.platform.os, path, sub))
            if sub_state is not None:
                keys.append((join(ctx.platform.os, name, sub), sub_state))
    return KeyFolder(tuple(keys))


# ----- fix guide ----------------------------------------------------------------------------

_WHY = N_(
    "An SSH key without a passphrase is a password to every server and code host that trusts "
    "it, kept in a file: whoever gets a copy of the file (a backup, a stolen laptop, malware) "
    "signs in there as you. With a passphrase the file is encrypted."
)
_AGAIN = FixStep(N_("Run this check again."))


def _steps(os_family: OSFamily) -> tuple[FixStep, ...]:
    terminal = (
        N_("Open PowerShell and set a passphrase on each key named in the details, for example:")
        if os_family is OSFamily.WINDOWS
        else N_("Open a terminal and set a passphrase on each key named in the details, e.g.:")
    )
    command = (
        r"ssh-keygen -p -f $env:USERPROFILE\.ssh\id_ed25519"
        if os_family is OSFamily.WINDOWS
        else "ssh-keygen -p -f ~/.ssh/id_ed25519"
    )
    return (
        FixStep(terminal, command=command, headline=True),
        FixStep(
            N_(
                "Press Enter at the old passphrase (there is none), then type a new one twice. "
                "The key itself stays the same, so the servers that trust it need no change."
            )
        ),
        FixStep(
            N_(
                "To type it only once a session, let the SSH agent (or your system's keychain) "
                "remember it; a key you no longer use is better deleted, with its '.pub' file."
            )
        ),
        _AGAIN,
    )


FIX_PASSPHRASE = FixGuide(
    title=N_("Protect your SSH keys with a passphrase"),
    why=_WHY,
    steps={os_family: _steps(os_family) for os_family in OSFamily},
    verify_check=META.id,
)

# ----- verdicts -----------------------------------------------------------------------------

_COULD_NOT = N_("Could not tell whether your SSH keys are protected")


def evaluate(folder: KeyFolder) -> Finding:
    evidence: dict[str, JsonValue] = {
        "keys": [{"file": name, "state": state.value} for name, state in folder.keys],
        "folder_missing": folder.missing,
    }
    unprotected = [n for n, s in folder.keys if s is KeyState.UNPROTECTED]
    unreadable = [n for n, s in folder.keys if s is KeyState.UNREADABLE]
    if unprotected:
        return Finding(
            Status.FAIL,
            fmt_plural(
                "{n} SSH key has no passphrase ({keys})",
                "{n} SSH keys have no passphrase ({keys})",
                len(unprotected),
                n=len(unprotected),
                keys=_facts.listed(unprotected, 3),
            ),
            Severity.MEDIUM,
            detail=fmt(
                N_("Anyone with a copy of {keys} can use it to sign in wherever it is trusted."),
                keys=_facts.listed(unprotected),
            ),
            evidence=evidence,
            fix=FIX_PASSPHRASE,
        )
    if folder.unlistable:
        return Finding(
            Status.UNKNOWN,
            _COULD_NOT,
            reason=N_("the .ssh folder in your home folder could not be read"),
            evidence=evidence,
        )
    if unreadable:
        return Finding(
            Status.UNKNOWN,
            _COULD_NOT,
            reason=fmt(
                N_("the key file {keys} could not be read or was not understood"),
                keys=_facts.listed(unreadable),
            ),
            evidence=evidence,
        )
    if not folder.keys:
        return Finding(
            Status.PASS, N_("No SSH private keys in your .ssh folder"), evidence=evidence
        )
    return Finding(
        Status.PASS,
        fmt_plural(
            "Your SSH key is protected",
            "Your {n} SSH keys are protected",
            len(folder.keys),
            n=len(folder.keys),
        ),
        evidence=evidence,
    )


_LABELS = (
    (KeyState.UNPROTECTED.value, N_("Without a passphrase")),
    (KeyState.PROTECTED.value, N_("Protected by a passphrase")),
    (KeyState.SECURITY_KEY.value, N_("On a security key")),
    (KeyState.UNREADABLE.value, N_("Not understood")),
)


def facts(finding: Finding) -> tuple[Fact, ...]:
    ev = finding.evidence
    keys = [k for k in _facts.items(ev, "keys") if isinstance(k, Mapping)]
    found: list[Fact] = []
    if keys:
        found.append(Fact(N_("Private keys found"), str(len(keys))))
    elif finding.status is Status.PASS:
        found.append(Fact(N_("Private keys found"), N_("none")))
    for state, label in _LABELS:
        names = [n for k in keys if k.get("state") == state and isinstance(n := k.get("file"), str)]
        found.append(Fact(label, _facts.listed(names)))
    return tuple(found)


class SshKeysCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        finding = evaluate(key_folder(ctx))
        return with_sentences(_facts.with_facts(finding, facts))
