"""The policy document: its keys, their checks, and the `Policy` it gives.

Every source (a JSON file, the Windows registry, a macOS managed preference) is turned into the
same nested document first and judged here by one set of rules, so a value means the same
wherever an admin set it. `SPEC` is the list of keys: the published JSON Schema
(docs/policy.schema.json) is tested to name exactly these.

Each mistake is a `Mistake`: the key's path in the document and a reason in plain, marked
words. A source with any mistake is not used at all (see `services.policy`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.model import Severity
from hygiene_app.engine.options import VpnRequirement
from hygiene_app.engine.text import terminal_safe
from hygiene_app.services.policy import CheckNote, ContactCard, Policy
from hygiene_app.services.service_url import acceptable_service_url, service_host

#: The policy format's version; a document says which it follows.
POLICY_VERSION = 1

#: A key's place in the document: object keys and list indexes from the top.
KeyPath = tuple[str | int, ...]

#: Longest texts, in characters: short enough for a card or a line under a fix.
MAX_NAME = 100
MAX_EMAIL = 254
MAX_PHONE = 40
MAX_URL = 2048
MAX_MESSAGE = 500
MAX_NOTE = 1000
MAX_LINK_LABEL = 80
MAX_LINKS = 5
MAX_MANAGERS = 20
MAX_MANAGER_NAME = 60
MAX_FOLDER = 1024
MAX_MIRRORS = 16
MAX_FEED_KEY = 24
#: Hours between scheduled checkups: at least one, at most a year (as the settings allow).
MAX_SCHEDULE_HOURS = 24 * 366

#: (key, lowest, highest, unit) of each threshold.
THRESHOLDS: tuple[tuple[str, int, int, str], ...] = (
    ("max_uptime_days", 1, 365, N_("days")),
    ("screen_lock_minutes", 1, 240, N_("minutes")),
    ("browser_grace_days", 0, 365, N_("days")),
    ("eol_warning_days", 0, 365, N_("days")),
    ("mfa_review_months", 1, 60, N_("months")),
)
NETWORK_FLAGS = ("breach_check", "mfa_directory", "release_feeds")
NETWORK_URLS = ("breach_api", "mfa_directory_url", "endoflife_url")
SEVERITIES: Mapping[str, Severity] = {s.name.lower(): s for s in Severity}

#: The document's keys: a nested mapping, a leaf is None. "checks" holds one object per check
#: id (`CHECK_KEYS`); "links" is a list of `LINK_KEYS` objects.
CHECK_KEYS: Mapping[str, Any] = {"enabled": None, "severity": None, "note": None, "links": None}
LINK_KEYS = ("label", "url")
CONTACT_KEYS = ("name", "email", "phone", "url", "message")
SPEC: Mapping[str, Any] = {
    "version": None,
    "checks": None,
    "thresholds": {name: None for name, *_ in THRESHOLDS},
    "vpn_required": None,
    "password_managers": None,
    "network": {
        **{name: None for name in NETWORK_FLAGS},
        **{name: None for name in NETWORK_URLS},
        "release_feed_mirrors": None,
    },
    "contact": {name: None for name in CONTACT_KEYS},
    "set_asides": {"snooze": None, "accept": None},
    "schedule": {"hours": None, "report_folder": None},
}

_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")
_PHONE = re.compile(r"\+?[0-9 ()./-]{3,40}(\s*(ext\.?|x)\s*[0-9]{1,6})?", re.IGNORECASE)
_FEED_KEY = re.compile(r"[a-z0-9_-]{1,24}")


@dataclass(frozen=True, slots=True)
class Mistake:
    """One thing wrong with a document: where (a key path) and why (marked words)."""

    path: KeyPath
    reason: str


def dotted(path: KeyPath) -> str:
    """`("checks", "NET-002", "links", 0)` as "checks.NET-002.links[0]"."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(top)"


def check_document(doc: object, known_checks: frozenset[str]) -> list[Mistake]:
    """Every mistake in `doc`; empty when it is a valid policy."""
    if not isinstance(doc, dict):
        return [Mistake((), N_("A policy must be a JSON object ({ ... }) at the top."))]
    mistakes: list[Mistake] = []
    version = doc.get("version")
    if version != POLICY_VERSION or isinstance(version, bool):
        mistakes.append(
            Mistake(
                ("version",),
                fmt(
                    N_('"version" must be {version} (the policy format this app reads).'),
                    version=POLICY_VERSION,
                ),
            )
        )
    mistakes.extend(_unknown_keys((), doc, SPEC))
    for key, check in _SECTIONS.items():
        if key in doc:
            mistakes.extend(check((key,), doc[key], known_checks))
    return mistakes


def build_policy(doc: Mapping[str, Any]) -> Policy:
    """The `Policy` a document that `check_document` found valid says."""
    checks: Mapping[str, Mapping[str, Any]] = {
        _check_id(k): v for k, v in doc.get("checks", {}).items()
    }
    thresholds = doc.get("thresholds", {})
    network = doc.get("network", {})
    contact = doc.get("contact")
    set_asides = doc.get("set_asides", {})
    schedule = doc.get("schedule", {})
    vpn = doc.get("vpn_required")
    mirrors = network.get("release_feed_mirrors")
    return Policy(
        disabled_checks=frozenset(k for k, v in checks.items() if v.get("enabled") is False),
        severity_overrides=tuple(
            sorted((k, SEVERITIES[v["severity"]]) for k, v in checks.items() if "severity" in v)
        ),
        max_uptime_days=thresholds.get("max_uptime_days"),
        screen_lock_minutes=thresholds.get("screen_lock_minutes"),
        browser_grace_days=thresholds.get("browser_grace_days"),
        eol_warning_days=thresholds.get("eol_warning_days"),
        mfa_review_months=thresholds.get("mfa_review_months"),
        vpn_required=None if vpn is None else VpnRequirement(vpn),
        password_managers=tuple(m.strip() for m in doc.get("password_managers", ())),
        breach_check=network.get("breach_check"),
        mfa_directory=network.get("mfa_directory"),
        release_feeds_allowed=network.get("release_feeds"),
        breach_api=network.get("breach_api"),
        mfa_directory_url=network.get("mfa_directory_url"),
        endoflife_url=network.get("endoflife_url"),
        release_feeds=None
        if mirrors is None
        else tuple((k.lower(), v) for k, v in sorted(mirrors.items())),
        contact=None
        if contact is None
        else ContactCard(**{k: v.strip() for k, v in contact.items()}),
        check_notes=tuple(
            (
                k,
                CheckNote(
                    text=v.get("note", "").strip(),
                    links=tuple(
                        (link["label"].strip(), link["url"]) for link in v.get("links", ())
                    ),
                ),
            )
            for k, v in sorted(checks.items())
            if "note" in v or "links" in v
        ),
        snooze_allowed=_scope(set_asides.get("snooze")),
        accept_allowed=_scope(set_asides.get("accept")),
        schedule_hours=schedule.get("hours"),
        report_folder=schedule.get("report_folder"),
    )


def normalized(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A valid document with its check ids written the one way ("net-002" is "NET-002")."""
    out = dict(doc)
    if isinstance(out.get("checks"), dict):
        out["checks"] = {_check_id(k): v for k, v in out["checks"].items()}
    return out


def leaves(doc: Mapping[str, Any]) -> Iterator[tuple[str, KeyPath]]:
    """The document's values that count as one setting each, as (dotted key, path): what
    `policy show` lists with its source, and what one source overrides in another."""
    for key, value in doc.items():
        if key == "version":
            continue
        if key == "checks" and isinstance(value, dict):
            for check_id, entry in value.items():
                for sub in entry if isinstance(entry, dict) else ():
                    path = (key, check_id, sub)
                    yield dotted(path), path
        elif isinstance(SPEC.get(key), Mapping) and key != "contact" and isinstance(value, dict):
            for sub in value:
                yield dotted((key, sub)), (key, sub)
        else:
            yield key, (key,)


def setting_keys() -> tuple[str, ...]:
    """Every dotted key a policy can set besides the per-check ones, as `leaves` names them."""
    keys: list[str] = []
    for key, inner in SPEC.items():
        if key in ("version", "checks"):
            continue
        if isinstance(inner, Mapping) and key != "contact":
            keys.extend(f"{key}.{sub}" for sub in inner)
        else:
            keys.append(key)
    return tuple(keys)


def _check_id(raw: str) -> str:
    return raw.strip().upper()


def _scope(value: object) -> frozenset[str] | None:
    if value is None or value == "all":
        return None
    if value == "none":
        return frozenset()
    return frozenset(_check_id(str(v)) for v in value)  # type: ignore[attr-defined]


# ----- the rules ------------------------------------------------------------------------------

_Check = Callable[[KeyPath, object, frozenset[str]], list[Mistake]]


def _unknown_keys(
    path: KeyPath, value: Mapping[str, Any], allowed: Mapping[str, Any] | Sequence[str]
) -> list[Mistake]:
    return [
        Mistake(
            (*path, key),
            fmt(
                N_('Unknown key "{key}" (the keys here are: {known}).'),
                key=str(key),
                known=", ".join(allowed),
            ),
        )
        for key in value
        if key not in allowed
    ]


def _object(path: KeyPath, value: object) -> Mistake | None:
    if isinstance(value, dict):
        return None
    return Mistake(path, fmt(N_('"{key}" must be an object ({{ ... }}).'), key=dotted(path)))


def _whole(path: KeyPath, value: object, low: int, high: int, unit: str) -> list[Mistake]:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return []
    return [
        Mistake(
            path,
            fmt(
                N_('"{key}" must be a whole number of {unit} from {low} to {high}.'),
                key=dotted(path),
                unit=unit,
                low=low,
                high=high,
            ),
        )
    ]


def _flag(path: KeyPath, value: object) -> list[Mistake]:
    if isinstance(value, bool):
        return []
    return [Mistake(path, fmt(N_('"{key}" must be true or false.'), key=dotted(path)))]


def _text(path: KeyPath, value: object, longest: int, *, empty_ok: bool = True) -> list[Mistake]:
    if not isinstance(value, str):
        return [Mistake(path, fmt(N_('"{key}" must be text.'), key=dotted(path)))]
    if len(value) > longest:
        return [
            Mistake(
                path,
                fmt(
                    N_('"{key}" is too long ({n} characters; at most {longest}).'),
                    key=dotted(path),
                    n=len(value),
                    longest=longest,
                ),
            )
        ]
    # What a terminal would obey (escapes, bidi overrides) is refused; the joiners Persian,
    # Indic scripts and emoji need are not.
    if terminal_safe(value) != value or "\t" in value:
        return [Mistake(path, fmt(N_('"{key}" contains control characters.'), key=dotted(path)))]
    if not empty_ok and not value.strip():
        return [Mistake(path, fmt(N_('"{key}" must not be empty.'), key=dotted(path)))]
    return []


def _https(path: KeyPath, value: object) -> list[Mistake]:
    """A link shown to staff: https only."""
    judged = service_host(value) if isinstance(value, str) else None
    if judged is not None and judged[0] == "https":
        return []
    return [Mistake(path, fmt(N_('"{key}" must be an https:// address.'), key=dotted(path)))]


def _mirror(path: KeyPath, value: object) -> list[Mistake]:
    """A service the app asks: https, or plain http only to this computer (as in settings)."""
    if isinstance(value, str) and acceptable_service_url(value):
        return []
    return [
        Mistake(
            path,
            fmt(
                N_('"{key}" must be an https:// address (or http:// to this computer).'),
                key=dotted(path),
            ),
        )
    ]


def _checks(path: KeyPath, value: object, known: frozenset[str]) -> list[Mistake]:
    wrong = _object(path, value)
    if wrong or not isinstance(value, dict):
        return [wrong] if wrong else []
    mistakes: list[Mistake] = []
    seen: set[str] = set()
    for raw_id, entry in value.items():
        here = (*path, raw_id)
        check_id = _check_id(raw_id)
        if check_id not in known:
            mistakes.append(
                Mistake(
                    here,
                    fmt(N_('Unknown check id "{id}" (hygiene-app checks lists them).'), id=raw_id),
                )
            )
            continue
        if check_id in seen:
            mistakes.append(Mistake(here, fmt(N_('The check "{id}" is named twice.'), id=check_id)))
        seen.add(check_id)
        wrong = _object(here, entry)
        if wrong or not isinstance(entry, dict):
            mistakes.extend([wrong] if wrong else [])
            continue
        mistakes.extend(_unknown_keys(here, entry, CHECK_KEYS))
        if "enabled" in entry:
            mistakes.extend(_flag((*here, "enabled"), entry["enabled"]))
        if "severity" in entry and not (
            isinstance(entry["severity"], str) and entry["severity"] in SEVERITIES
        ):
            mistakes.append(
                Mistake(
                    (*here, "severity"),
                    fmt(
                        N_('"{key}" must be one of: {choices}.'),
                        key=dotted((*here, "severity")),
                        choices=", ".join(SEVERITIES),
                    ),
                )
            )
        if "note" in entry:
            mistakes.extend(_text((*here, "note"), entry["note"], MAX_NOTE))
        if "links" in entry:
            mistakes.extend(_links((*here, "links"), entry["links"]))
    return mistakes


def _links(path: KeyPath, value: object) -> list[Mistake]:
    if not isinstance(value, list) or len(value) > MAX_LINKS:
        return [
            Mistake(
                path,
                fmt(
                    N_(
                        '"{key}" must be a list of at most {n} links ({{"label": ..., '
                        '"url": ...}}).'
                    ),
                    key=dotted(path),
                    n=MAX_LINKS,
                ),
            )
        ]
    mistakes: list[Mistake] = []
    for n, link in enumerate(value):
        here = (*path, n)
        wrong = _object(here, link)
        if wrong or not isinstance(link, dict):
            mistakes.extend([wrong] if wrong else [])
            continue
        mistakes.extend(_unknown_keys(here, link, LINK_KEYS))
        mistakes.extend(_text((*here, "label"), link.get("label"), MAX_LINK_LABEL, empty_ok=False))
        mistakes.extend(_https((*here, "url"), link.get("url")))
    return mistakes


def _thresholds(path: KeyPath, value: object, _known: frozenset[str]) -> list[Mistake]:
    wrong = _object(path, value)
    if wrong or not isinstance(value, dict):
        return [wrong] if wrong else []
    mistakes = _unknown_keys(path, value, SPEC["thresholds"])
    for name, low, high, unit in THRESHOLDS:
        if name in value:
            mistakes.extend(_whole((*path, name), value[name], low, high, unit))
    return mistakes


def _vpn(path: KeyPath, value: object, _known: frozenset[str]) -> list[Mistake]:
    choices = [v.value for v in VpnRequirement]
    if isinstance(value, str) and value in choices:
        return []
    return [
        Mistake(
            path,
            fmt(
                N_('"{key}" must be one of: {choices}.'),
                key=dotted(path),
                choices=", ".join(choices),
            ),
        )
    ]


def _managers(path: KeyPath, value: object, _known: frozenset[str]) -> list[Mistake]:
    if not isinstance(value, list) or len(value) > MAX_MANAGERS:
        return [
            Mistake(
                path,
                fmt(
                    N_('"{key}" must be a list of at most {n} names.'),
                    key=dotted(path),
                    n=MAX_MANAGERS,
                ),
            )
        ]
    mistakes: list[Mistake] = []
    for n, name in enumerate(value):
        mistakes.extend(_text((*path, n), name, MAX_MANAGER_NAME, empty_ok=False))
    return mistakes


def _network(path: KeyPath, value: object, _known: frozenset[str]) -> list[Mistake]:
    wrong = _object(path, value)
    if wrong or not isinstance(value, dict):
        return [wrong] if wrong else []
    mistakes = _unknown_keys(path, value, SPEC["network"])
    for name in NETWORK_FLAGS:
        if name in value:
            mistakes.extend(_flag((*path, name), value[name]))
    for name in NETWORK_URLS:
        if name in value:
            mistakes.extend(_mirror((*path, name), value[name]))
    if "release_feed_mirrors" in value:
        mistakes.extend(_mirrors((*path, "release_feed_mirrors"), value["release_feed_mirrors"]))
    return mistakes


def _mirrors(path: KeyPath, value: object) -> list[Mistake]:
    if not isinstance(value, dict) or len(value) > MAX_MIRRORS:
        return [
            Mistake(
                path,
                fmt(
                    N_('"{key}" must map at most {n} feed names to addresses.'),
                    key=dotted(path),
                    n=MAX_MIRRORS,
                ),
            )
        ]
    mistakes: list[Mistake] = []
    for key, url in value.items():
        if not _FEED_KEY.fullmatch(str(key).lower()):
            mistakes.append(
                Mistake(
                    (*path, key),
                    fmt(
                        N_('"{name}" is not a feed name (1 to {n} letters, digits, - or _).'),
                        name=str(key),
                        n=MAX_FEED_KEY,
                    ),
                )
            )
        else:
            mistakes.extend(_mirror((*path, key), url))
    return mistakes


def _contact(path: KeyPath, value: object, _known: frozenset[str]) -> list[Mistake]:
    wrong = _object(path, value)
    if wrong or not isinstance(value, dict):
        return [wrong] if wrong else []
    mistakes = _unknown_keys(path, value, CONTACT_KEYS)
    longest = {"name": MAX_NAME, "email": MAX_EMAIL, "phone": MAX_PHONE, "message": MAX_MESSAGE}
    for key, most in longest.items():
        if key in value:
            mistakes.extend(_text((*path, key), value[key], most))
    email, phone = value.get("email"), value.get("phone")
    if isinstance(email, str) and email and len(email) <= MAX_EMAIL and not _EMAIL.fullmatch(email):
        mistakes.append(
            Mistake(
                (*path, "email"),
                fmt(N_('"{key}" is not an e-mail address.'), key=dotted((*path, "email"))),
            )
        )
    if isinstance(phone, str) and phone and len(phone) <= MAX_PHONE and not _PHONE.fullmatch(phone):
        mistakes.append(
            Mistake(
                (*path, "phone"),
                fmt(N_('"{key}" is not a phone number.'), key=dotted((*path, "phone"))),
            )
        )
    if "url" in value and value["url"] != "":  # empty, like the other fields: not shown
        mistakes.extend(_https((*path, "url"), value["url"]))
    return mistakes


def _set_asides(path: KeyPath, value: object, known: frozenset[str]) -> list[Mistake]:
    wrong = _object(path, value)
    if wrong or not isinstance(value, dict):
        return [wrong] if wrong else []
    mistakes = _unknown_keys(path, value, SPEC["set_asides"])
    for key in ("snooze", "accept"):
        if key not in value:
            continue
        scope, here = value[key], (*path, key)
        if scope in ("all", "none"):
            continue
        if not isinstance(scope, list) or not all(isinstance(v, str) for v in scope):
            mistakes.append(
                Mistake(
                    here,
                    fmt(
                        N_('"{key}" must be "all", "none" or a list of check ids.'),
                        key=dotted(here),
                    ),
                )
            )
            continue
        for n, check_id in enumerate(scope):
            if _check_id(check_id) not in known:
                mistakes.append(
                    Mistake(
                        (*here, n),
                        fmt(
                            N_('Unknown check id "{id}" (hygiene-app checks lists them).'),
                            id=check_id,
                        ),
                    )
                )
    return mistakes


def _schedule(path: KeyPath, value: object, _known: frozenset[str]) -> list[Mistake]:
    wrong = _object(path, value)
    if wrong or not isinstance(value, dict):
        return [wrong] if wrong else []
    mistakes = _unknown_keys(path, value, SPEC["schedule"])
    if "hours" in value:
        mistakes.extend(
            _whole((*path, "hours"), value["hours"], 1, MAX_SCHEDULE_HOURS, N_("hours"))
        )
    if "report_folder" in value:
        here = (*path, "report_folder")
        folder = value["report_folder"]
        found = _text(here, folder, MAX_FOLDER, empty_ok=False)
        if (
            not found
            and isinstance(folder, str)
            and not (PurePosixPath(folder).is_absolute() or PureWindowsPath(folder).is_absolute())
        ):
            found = [
                Mistake(
                    here,
                    fmt(
                        N_('"{key}" must be a full path (such as /var/lib/hygiene-app/reports).'),
                        key=dotted(here),
                    ),
                )
            ]
        mistakes.extend(found)
    return mistakes


def _version(_path: KeyPath, _value: object, _known: frozenset[str]) -> list[Mistake]:
    return []  # judged first, with a message of its own


_SECTIONS: Mapping[str, _Check] = {
    "version": _version,
    "checks": _checks,
    "thresholds": _thresholds,
    "vpn_required": _vpn,
    "password_managers": _managers,
    "network": _network,
    "contact": _contact,
    "set_asides": _set_asides,
    "schedule": _schedule,
}
