"""Where a policy comes from on each operating system, and how the sources are combined.

- A file named by the caller: that file only. `HYGIENE_APP_POLICY` names one too (tests, and
  admins trying a policy before deploying it), but only while no system location below holds
  a policy: any user can set it, so it must not replace the organisation's (a note says so).
- Linux: /etc/hygiene-app/policy.json.
- Windows: the Group Policy registry key under HKLM, then %ProgramData%\\HygieneCheckup\\
  policy.json, then the same key under HKCU (the first that sets a value wins).
- macOS: the managed preferences a configuration profile installs, the machine's before the
  user's.

A system file counts only when root owns it and nobody else may change it (nor its folder);
on Windows, when the Administrators group or SYSTEM owns it (`policy_windows`): anything else
could be planted by any user to turn checks off. Each source is judged whole
(`policy_doc`): one with any mistake is not used, and the reasons come back as problems with
the line in a JSON file.
"""

from __future__ import annotations

import codecs
import json
import os
import plistlib
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.safe_read import read_regular_file
from hygiene_app.services.policy import (
    POLICY_ENV,
    LoadedPolicy,
    PolicyProblem,
    no_policy,
)
from hygiene_app.services.policy_doc import (
    POLICY_VERSION,
    KeyPath,
    build_policy,
    check_document,
    dotted,
    leaves,
    normalized,
)
from hygiene_app.services.policy_windows import (
    REGISTRY_KEY,
    RegistryReader,
    read_windows_registry,
    registry_document,
    windows_untrusted,
)
from hygiene_app.services.user_name import login_name

#: A policy is a few KB; a far larger file is not one.
MAX_POLICY_BYTES = 256 << 10
LINUX_POLICY = Path("/etc/hygiene-app/policy.json")
WINDOWS_POLICY_DIR = "HygieneCheckup"
MACOS_DOMAIN = "io.github.hygienecheckup.HygieneCheckup"
MACOS_MANAGED = Path("/Library/Managed Preferences")

#: Why a system policy file must not be believed ("" when it may); FileNotFoundError when the
#: file does not exist.
TrustCheck = Callable[[Path], str]


@dataclass(frozen=True, slots=True)
class Source:
    """One place a policy was looked for: its document when it was valid, else problems."""

    where: str
    doc: Mapping[str, Any] | None = None
    problems: tuple[PolicyProblem, ...] = field(default=())


def known_check_ids() -> frozenset[str]:
    """The ids a policy may name: every check this app has, on any system."""
    from hygiene_app.checks import default_registry  # the checks import much; only when asked

    return frozenset(default_registry().ids)


def load(
    *,
    path: Path | None = None,
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    root: Path = Path("/"),
    registry: RegistryReader | None = None,
    owner_uid: int = 0,
    windows_trust: TrustCheck | None = None,
    known: frozenset[str] | None = None,
) -> LoadedPolicy:
    """The policy in force (see the module's docstring for the order). `root`, `registry`,
    `owner_uid` and `windows_trust` exist for tests: a folder standing for "/", a recorded
    registry, the user that must own a system file, who may have written the ProgramData
    file."""
    known = known_check_ids() if known is None else known
    if path is not None:
        return combine([read_json_source(path, known, trust=None)])
    sources = system_sources(
        env=env,
        platform=platform,
        root=root,
        registry=registry,
        owner_uid=owner_uid,
        windows_trust=windows_trust,
        known=known,
    )
    named = env.get(POLICY_ENV)
    if not named:
        return combine(sources)
    if not any(s.doc is not None or s.problems for s in sources):
        return combine([read_json_source(Path(named), known, trust=None)])
    # Anybody can set the variable: it must not replace the organisation's policy.
    ignored = PolicyProblem(
        named,
        None,
        fmt(
            N_("{variable} names this file, but this computer has a policy, which applies."),
            variable=POLICY_ENV,
        ),
    )
    return replace(combine(sources), notes=(ignored,))


def system_sources(
    *,
    env: Mapping[str, str],
    platform: str,
    root: Path,
    registry: RegistryReader | None,
    owner_uid: int,
    known: frozenset[str],
    windows_trust: TrustCheck | None = None,
) -> list[Source]:
    """This operating system's sources, the one that wins first."""
    if platform == "win32":
        reader = registry or read_windows_registry
        data = Path(env.get("ProgramData") or r"C:\ProgramData")
        return [
            read_registry_source("HKLM", reader, known),
            read_json_source(
                data / WINDOWS_POLICY_DIR / "policy.json",
                known,
                trust=windows_trust or windows_untrusted,
            ),
            read_registry_source("HKCU", reader, known),
        ]
    if platform == "darwin":
        managed = root / MACOS_MANAGED.relative_to("/")
        places = [managed / f"{MACOS_DOMAIN}.plist"]
        user = _user_name(env)
        if user:
            places.append(managed / user / f"{MACOS_DOMAIN}.plist")
        return [read_plist_source(p, known, trust=_posix_trust(owner_uid)) for p in places]
    linux = root / LINUX_POLICY.relative_to("/")
    return [read_json_source(linux, known, trust=_posix_trust(owner_uid))]


def system_locations(
    *, env: Mapping[str, str] = os.environ, platform: str = sys.platform, root: Path = Path("/")
) -> list[str]:
    """Where this operating system's policy is looked for, the one that wins first (for
    `policy show` to say where it looked)."""
    if platform == "win32":
        data = Path(env.get("ProgramData") or r"C:\ProgramData")
        return [
            f"HKLM\\{REGISTRY_KEY}",
            str(data / WINDOWS_POLICY_DIR / "policy.json"),
            f"HKCU\\{REGISTRY_KEY}",
        ]
    if platform == "darwin":
        managed = root / MACOS_MANAGED.relative_to("/")
        places = [str(managed / f"{MACOS_DOMAIN}.plist")]
        user = _user_name(env)
        if user:
            places.append(str(managed / user / f"{MACOS_DOMAIN}.plist"))
        return places
    return [str(root / LINUX_POLICY.relative_to("/"))]


def combine(sources: Iterable[Source]) -> LoadedPolicy:
    """One policy from the valid sources, the first that sets a value winning; the invalid
    ones only give their problems."""
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    problems: list[PolicyProblem] = []
    for source in sources:
        problems.extend(source.problems)
        if source.doc is None:
            continue
        for key, key_path in leaves(source.doc):
            if key not in origin:
                origin[key] = source.where
                _put(merged, key_path, _get(source.doc, key_path))
    if not origin:
        return LoadedPolicy(problems=tuple(problems)) if problems else no_policy()
    policy = build_policy(merged)
    return LoadedPolicy(
        policy=policy,
        sources=tuple(sorted(origin.items())),
        locked=policy.locked_settings(),
        problems=tuple(problems),
        values=tuple(
            sorted(
                (key, json.dumps(_get(merged, path), ensure_ascii=False))
                for key, path in leaves(merged)
            )
        ),
    )


def _get(doc: Mapping[str, Any], key_path: KeyPath) -> Any:
    value: Any = doc
    for part in key_path:
        value = value[part]
    return value


def _put(doc: dict[str, Any], key_path: KeyPath, value: Any) -> None:
    for part in key_path[:-1]:
        doc = doc.setdefault(str(part), {})
    doc[str(key_path[-1])] = value


# ----- JSON files -----------------------------------------------------------------------------


def read_json_source(path: Path, known: frozenset[str], *, trust: TrustCheck | None) -> Source:
    """The policy file at `path`: no source when it does not exist."""
    read = _read_file(path, trust)
    return read if isinstance(read, Source) else json_source(str(path), read, known)


def json_source(where: str, data: bytes, known: frozenset[str]) -> Source:
    """A policy from the bytes of a JSON file, judged, with each mistake's line."""
    # Notepad saves "Unicode" as UTF-16 with a byte order mark; anything else must be UTF-8.
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        text = data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError:
        reason = N_("The file is not UTF-8 (or UTF-16) text.")
        return Source(where, problems=(PolicyProblem(where, None, reason),))
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        duplicates.extend(k for n, k in enumerate(keys) if k in keys[:n])
        return dict(items)

    try:
        doc = json.loads(text, object_pairs_hook=pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        reason = fmt(N_("This is not valid JSON: {error}."), error=exc.msg)
        return Source(where, problems=(PolicyProblem(where, exc.lineno, reason),))
    except (ValueError, RecursionError):
        reason = N_("This is not valid JSON (NaN, Infinity, or nested too deeply).")
        return Source(where, problems=(PolicyProblem(where, None, reason),))
    mistakes = check_document(doc, known)
    found = [PolicyProblem(where, key_line(text, m.path), m.reason) for m in mistakes]
    found.extend(
        PolicyProblem(where, None, fmt(N_('The key "{key}" appears twice.'), key=key))
        for key in dict.fromkeys(duplicates)
    )
    if found:
        return Source(where, problems=tuple(found))
    return Source(where, doc=normalized(doc))


def _no_constant(name: str) -> None:
    raise ValueError(name)


def key_line(text: str, key_path: KeyPath) -> int | None:
    """The line (from 1) of the last key of `key_path` in the JSON `text`, or of the deepest
    part of it that exists; None when not even the first exists. `text` is valid JSON."""
    decoder = json.JSONDecoder()
    pos = _skip(text, 0)
    line: int | None = None
    for part in key_path:
        found = None
        for key, key_pos, value_pos in _members(decoder, text, pos):
            if key == part:
                found = (key_pos, value_pos)  # the last one wins, as in json.loads
        if found is None:
            break
        line = text.count("\n", 0, found[0]) + 1
        pos = found[1]
    return line


def _members(
    decoder: json.JSONDecoder, text: str, pos: int
) -> Iterator[tuple[str | int, int, int]]:
    """(key or index, where the key or item starts, where its value starts) of the object or
    list at `pos`; nothing for any other value."""
    if text[pos : pos + 1] not in ("{", "["):
        return
    is_object = text[pos] == "{"
    pos = _skip(text, pos + 1)
    index = 0
    while pos < len(text) and text[pos] not in "}]":
        start = pos
        key: str | int = index
        if is_object:
            key, pos = decoder.raw_decode(text, pos)
            pos = _skip(text, _skip(text, pos) + 1)  # past ':'
        yield key, start, pos
        _, pos = decoder.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos : pos + 1] == ",":
            pos = _skip(text, pos + 1)
        index += 1


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


# ----- trust ----------------------------------------------------------------------------------


def _posix_trust(owner_uid: int) -> TrustCheck:
    return lambda path: untrusted(path, owner_uid)


def untrusted(path: Path, owner_uid: int) -> str:
    """Why a system policy file must not be believed ("" when it may): it or its folder is
    owned by someone other than `owner_uid` (root), or others may change it."""
    for place in (path, path.parent):
        try:
            info = place.stat()
        except FileNotFoundError:
            if place == path:
                raise
            continue
        if info.st_uid != owner_uid or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return fmt(
                N_(
                    "Not a policy: {place} must belong to the administrator (root) and only "
                    "they may change it."
                ),
                place=str(place),
            )
    return ""


def _words(exc: ValueError) -> str:
    """FileRefused's reason as it was marked (its str() would lose the template)."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, str) else str(exc)


def _refused(why: str) -> str:
    return fmt(N_("The policy file {why}."), why=why)


def _unreadable(exc: OSError) -> str:
    return fmt(
        N_("The policy file could not be read ({error})."), error=exc.strerror or type(exc).__name__
    )


# ----- macOS managed preferences --------------------------------------------------------------


def read_plist_source(path: Path, known: frozenset[str], *, trust: TrustCheck | None) -> Source:
    """A configuration profile's managed preferences for the app's domain."""
    where = str(path)
    read = _read_file(path, trust)
    if isinstance(read, Source):
        return read
    raw = _plist(read)
    if raw is None:
        reason = N_("The managed preferences are not a property list.")
        return Source(where, problems=(PolicyProblem(where, None, reason),))
    if isinstance(raw, dict):
        raw = _settings_only(raw)
    return structured_source(where, raw, known)


#: The older form of a custom-settings payload (MCX), which some MDMs still write.
MCX_PAYLOAD = "com.apple.ManagedClient.preferences"


def read_profile_source(path: Path, known: frozenset[str]) -> Source:
    """The app's settings in a configuration profile (`.mobileconfig`) before it is deployed:
    a payload of type `MACOS_DOMAIN`, or the older MCX form (`policy validate`)."""
    where = str(path)
    read = _read_file(path, None)
    if isinstance(read, Source):
        return read
    raw = _plist(read)
    if raw is None:
        reason = N_("The profile is not a property list (check a profile before it is signed).")
        return Source(where, problems=(PolicyProblem(where, None, reason),))
    settings = profile_settings(raw)
    if settings is None:
        reason = fmt(N_("The profile has no settings for {domain}."), domain=MACOS_DOMAIN)
        return Source(where, problems=(PolicyProblem(where, None, reason),))
    return structured_source(where, settings, known)


def profile_settings(profile: object) -> dict[str, Any] | None:
    """The settings a profile gives the app's domain, as managed preferences hold them."""
    payloads = profile.get("PayloadContent") if isinstance(profile, dict) else None
    for payload in payloads if isinstance(payloads, list) else ():
        if not isinstance(payload, dict):
            continue
        if payload.get("PayloadType") == MACOS_DOMAIN:
            return _settings_only(payload)
        content = payload.get("PayloadContent")
        if payload.get("PayloadType") == MCX_PAYLOAD and isinstance(content, dict):
            domain = content.get(MACOS_DOMAIN)
            forced = domain.get("Forced") if isinstance(domain, dict) else None
            for entry in forced if isinstance(forced, list) else ():
                settings = entry.get("mcx_preference_settings") if isinstance(entry, dict) else None
                if isinstance(settings, dict):
                    return _settings_only(settings)
    return None


def _settings_only(raw: dict[str, Any]) -> dict[str, Any]:
    """A plist's settings without a profile's own bookkeeping (PayloadUUID...), with the
    format's version when it does not say (a profile's keys need none)."""
    settings = {k: v for k, v in raw.items() if not str(k).startswith("Payload")}
    settings.setdefault("version", POLICY_VERSION)
    return settings


def _plist(data: bytes) -> object | None:
    try:
        value: object = plistlib.loads(data)
    except Exception:  # plistlib raises many types on bad input; all mean "not a plist"
        return None
    return value


def _read_file(path: Path, trust: TrustCheck | None) -> bytes | Source:
    """The bytes of a policy file, or the `Source` that says why there are none: no source
    when it does not exist, a problem when it is not to be trusted or cannot be read."""
    where = str(path)
    try:
        if trust is not None:
            refused = trust(path)
            if refused:
                return Source(where, problems=(PolicyProblem(where, None, refused),))
        return read_regular_file(path, MAX_POLICY_BYTES)
    except FileNotFoundError:
        return Source(where)
    except ValueError as exc:  # FileRefused: not a regular file, or too large
        return Source(where, problems=(PolicyProblem(where, None, _refused(_words(exc))),))
    except OSError as exc:
        return Source(where, problems=(PolicyProblem(where, None, _unreadable(exc)),))


def structured_source(where: str, doc: object, known: frozenset[str]) -> Source:
    """A policy already made of mappings and lists (a plist, the registry), judged."""
    if isinstance(doc, dict) and set(doc) <= {"version"}:
        return Source(where)  # an empty key or profile: no policy here
    mistakes = check_document(doc, known)
    if mistakes:
        return Source(
            where,
            problems=tuple(
                PolicyProblem(
                    where, None, fmt(N_("{key}: {reason}"), key=dotted(m.path), reason=m.reason)
                )
                if m.path
                else PolicyProblem(where, None, m.reason)
                for m in mistakes
            ),
        )
    return Source(where, doc=normalized(doc) if isinstance(doc, dict) else None)


def _user_name(env: Mapping[str, str]) -> str:
    """The login name for the user's own managed preferences ("" when none, or a path)."""
    return login_name(env)


def read_registry_source(hive: str, reader: RegistryReader, known: frozenset[str]) -> Source:
    where = f"{hive}\\{REGISTRY_KEY}"
    try:
        tree = reader(hive)
    except OSError as exc:
        return Source(where, problems=(PolicyProblem(where, None, _unreadable(exc)),))
    if not tree:
        return Source(where)
    return structured_source(where, registry_document(tree), known)
