"""Windows: the Group Policy registry key and who may have written the ProgramData file.

The ADMX template (packaging/policy/windows/) writes the same keys as the JSON format, under
`REGISTRY_KEY` in HKLM (the computer) or HKCU (the user). `registry_document` turns what it
wrote into the policy document `policy_doc` judges, so a value means the same wherever it was
set. Reading goes through an injectable `RegistryReader`, so tests feed recorded keys.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.services.policy_doc import NETWORK_FLAGS, POLICY_VERSION, SPEC

#: The Group Policy key (ADMX `key=`), under HKLM and HKCU.
REGISTRY_KEY = r"SOFTWARE\Policies\HygieneCheckup\HygieneCheckup"
#: A registry key's contents: value names to data (str, int, list of str for REG_MULTI_SZ),
#: subkey names to their own contents.
RegistryTree = Mapping[str, Any]
#: Reads `REGISTRY_KEY` under a hive ("HKLM" or "HKCU"); None when the key does not exist.
RegistryReader = Callable[[str], RegistryTree | None]


#: Subkeys whose values are a list (ADMX `list` elements): the data, in value-name order.
_LIST_KEYS = ("password_managers",)
#: Subkeys whose value names are check ids (ADMX `list` with explicitValue), and the check's
#: key each sets.
_PER_CHECK = {"disabled_checks": "enabled", "severity_overrides": "severity", "check_notes": "note"}


def _canonical(name: str, known: Iterable[str]) -> str:
    """A registry name as the document's key: without case or underscores ("SetAsides" and
    "set_asides" are "set_asides"); an unknown name stays as it is, to be reported."""
    folded = name.replace("_", "").lower()
    return next((k for k in known if k.replace("_", "") == folded), name)


def registry_document(tree: RegistryTree) -> dict[str, Any]:
    """The policy document a Group Policy key holds. Names are matched without case, as the
    registry does; lists and per-check values come from ADMX `list` elements."""
    doc: dict[str, Any] = {}
    for name, value in tree.items():
        if value == "":
            continue  # a text box left empty in the template: nothing set
        key = _canonical(name, [*SPEC, *_PER_CHECK])
        if key in _PER_CHECK and isinstance(value, Mapping):
            field_name = _PER_CHECK[key]
            for value_name, data in value.items():
                if field_name == "enabled":
                    # An ADMX list writes one value per check: its data is the id ("1" =
                    # "DEV-001"), or its name is (explicitValue, or a REG_DWORD 1).
                    check_id = data if isinstance(data, str) else value_name
                    doc.setdefault("checks", {}).setdefault(check_id, {})["enabled"] = False
                    continue
                entry = doc.setdefault("checks", {}).setdefault(value_name, {})
                is_severity = field_name == "severity" and isinstance(data, str)
                entry[field_name] = data.lower() if is_severity else data
        elif key in _LIST_KEYS and isinstance(value, Mapping):
            doc[key] = [value[n] for n in sorted(value, key=_natural)]
        elif isinstance(value, Mapping):
            section = SPEC.get(key)
            doc[key] = _registry_section(
                key, value, section if isinstance(section, Mapping) else {}
            )
        else:
            doc[key] = value
    doc.setdefault("version", POLICY_VERSION)
    return doc


def _registry_section(section: str, tree: RegistryTree, known: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in tree.items():
        if value == "":
            continue  # a text box left empty in the template: nothing set
        key = _canonical(name, known)
        if isinstance(value, Mapping):
            out[key] = dict(value)  # release_feed_mirrors: feed name -> address
        elif section == "network" and key in NETWORK_FLAGS and value in (0, 1):
            out[key] = bool(value)  # a REG_DWORD 0 or 1
        elif section == "set_asides" and isinstance(value, str) and value not in ("all", "none"):
            out[key] = [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
        else:
            out[key] = value  # REG_MULTI_SZ comes as a list already
    return out


def _natural(name: str) -> tuple[int, str]:
    return (int(name), "") if name.isdigit() else (1 << 30, name)


#: How deep and how wide the registry is read: a policy key is small.
_MAX_REGISTRY_DEPTH = 3
_MAX_REGISTRY_ENTRIES = 512


def read_windows_registry(hive: str) -> RegistryTree | None:
    """`REGISTRY_KEY` under `hive`, through the 64-bit view (a 32-bit build would otherwise
    read the WOW6432Node copy, where Group Policy does not write)."""
    if sys.platform != "win32":
        return None
    import winreg

    root = winreg.HKEY_LOCAL_MACHINE if hive == "HKLM" else winreg.HKEY_CURRENT_USER

    def read(key: Any, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        n = 0
        while n < _MAX_REGISTRY_ENTRIES:
            try:
                name, data, _kind = winreg.EnumValue(key, n)
            except OSError:
                break
            out[name] = data
            n += 1
        n = 0
        while depth < _MAX_REGISTRY_DEPTH and n < _MAX_REGISTRY_ENTRIES:
            try:
                sub = winreg.EnumKey(key, n)
            except OSError:
                break
            with winreg.OpenKey(key, sub, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as child:
                out[sub] = read(child, depth + 1)
            n += 1
        return out

    try:
        with winreg.OpenKey(root, REGISTRY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
            return read(key, 0)
    except FileNotFoundError:
        return None


def windows_untrusted(path: Path) -> str:
    """Why the ProgramData policy file must not be believed: its owner is neither the
    Administrators group nor SYSTEM. Any user may create files under ProgramData, so a file
    a user wrote there could otherwise turn checks off for every user of the computer."""
    if not path.exists():
        raise FileNotFoundError(path)
    if sys.platform == "win32" and not _owned_by_administrators(path):
        return fmt(
            N_("Not a policy: {place} must belong to the Administrators group or SYSTEM."),
            place=str(path),
        )
    return ""


def _owned_by_administrators(path: Path) -> bool:
    """Whether the Administrators group or SYSTEM owns `path` (Windows security API)."""
    if sys.platform != "win32":
        return False
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    get_info = advapi32.GetNamedSecurityInfoW
    get_info.restype = wintypes.DWORD
    get_info.argtypes = [
        wintypes.LPCWSTR,
        ctypes.c_int,
        wintypes.DWORD,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    well_known = advapi32.IsWellKnownSid
    well_known.restype = wintypes.BOOL
    well_known.argtypes = [ctypes.c_void_p, ctypes.c_int]
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    owner = ctypes.c_void_p()
    descriptor = ctypes.c_void_p()
    file_object, owner_information = 1, 1  # SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION
    failed = get_info(
        str(path),
        file_object,
        owner_information,
        ctypes.byref(owner),
        None,
        None,
        None,
        ctypes.byref(descriptor),
    )
    if failed:
        return False
    try:
        # WinBuiltinAdministratorsSid = 26, WinLocalSystemSid = 22
        return any(bool(well_known(owner, kind)) for kind in (26, 22))
    finally:
        kernel32.LocalFree(descriptor)
