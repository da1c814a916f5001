"""The catalog of services: a bundled starter list, merged with 2FA Directory's data when known.

The starter catalog (`starter_catalog.json`, written for this project) names about sixty of the
most used services across the categories, with a link to where each one's MFA settings are and
the methods each one documents, so the screens and MFA-004 work offline and on first run.
2FA Directory (https://2fa.directory, MIT licence) adds which methods every listed site offers
and its documentation; wherever that data is shown, `ATTRIBUTION` must be shown with it.

`DirectoryCache` keeps the directory's v4 `all.json` in the cache folder and refreshes it at most
every `max_age_days` with a conditional request; without network it serves the last copy.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hygiene_app.engine.atomic import atomic_write_text, private_dir
from hygiene_app.engine.i18n import N_, fmt, long_date
from hygiene_app.engine.probes import HttpClient, HttpOutcome
from hygiene_app.resources import read_package_text
from hygiene_app.services.mfa.model import Category, Method, by_strength
from hygiene_app.services.service_url import acceptable_service_url

#: 2FA Directory's required attribution (its content/api.md), shown wherever its data is.
ATTRIBUTION = "Data sourced from 2FA Directory by 2factorauth."
ATTRIBUTION_URL = "https://2fa.directory/"
DIRECTORY_LICENCE = "MIT"
DEFAULT_DIRECTORY_URL = "https://api.2fa.directory/v4/all.json"
#: The most the directory's all.json may weigh: it is about 1 MB (a few thousand sites with
#: their methods and links); this leaves years of growth, and stops a broken or hostile mirror
#: long before memory does.
DIRECTORY_MAX_BYTES = 8 * 1024 * 1024

#: The directory's method names (v4 `methods`, v3 `tfa`) and what they are here. Names not
#: listed (a future method) are ignored rather than guessed.
_DIRECTORY_METHODS: dict[str, Method] = {
    "u2f": Method.SECURITY_KEY,
    "passkey": Method.SECURITY_KEY,
    "passkeys": Method.SECURITY_KEY,
    "webauthn": Method.SECURITY_KEY,
    "security_key": Method.SECURITY_KEY,
    "totp": Method.APP,
    "sms": Method.SMS,
    "email": Method.EMAIL,
    "call": Method.OTHER,
    "custom-software": Method.OTHER,
    "custom-hardware": Method.OTHER,
}


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    domain: str
    category: Category
    #: Where the service's MFA settings are (starter catalog); empty when unknown.
    settings_url: str = ""
    #: 2FA Directory's "documentation": the service's own page on enabling 2FA.
    documentation: str = ""
    #: 2FA Directory's "recovery": what to do when the second factor is lost.
    recovery: str = ""
    #: Methods offered, strongest first (the directory's, else the starter catalog's).
    methods: tuple[Method, ...] = ()
    notes: str = ""
    additional_domains: tuple[str, ...] = ()
    #: True when the methods or documentation shown come from 2FA Directory, whose data must
    #: be shown with `ATTRIBUTION`; the starter catalog's own methods need none.
    from_directory: bool = False

    @property
    def domains(self) -> tuple[str, ...]:
        return (self.domain, *self.additional_domains)

    @property
    def link(self) -> str:
        """The best page to send the user to: the settings page, else the documentation."""
        return self.settings_url or self.documentation


class DirectoryError(ValueError):
    """The directory's data could not be read (not JSON, or not the v4/v3 shape)."""


def normalise_domain(text: str) -> str:
    """'https://www.Example.com/login' -> 'example.com'; '' when there is no host."""
    text = text.strip().lower()
    if not text:
        return ""
    if "://" in text or "/" in text:
        try:
            host = urlsplit(text if "://" in text else "//" + text).hostname or ""
        except ValueError:
            return ""
    else:
        host = text.split(":", 1)[0]
    host = host.strip(".")
    return host.removeprefix("www.")


# --- the starter catalog ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def starter_catalog() -> tuple[Service, ...]:
    """The bundled catalog (package data); it is part of the app, so a broken file is a bug."""
    text = read_package_text("services", "mfa", "starter_catalog.json")
    return parse_starter(text)


def parse_starter(text: str) -> tuple[Service, ...]:
    """The starter catalog's services. Its `methods` use 2FA Directory's words (sms, call,
    email, totp, u2f, custom-software, custom-hardware); an unknown word is a bug in the file
    and raises `ValueError` rather than silently claiming less than the service offers."""
    doc = json.loads(text)
    services = []
    for raw in doc["services"]:
        words = [str(m) for m in raw.get("methods", ())]
        unknown = [w for w in words if w not in _DIRECTORY_METHODS]
        if unknown:
            raise ValueError(f"{raw['domain']}: unknown methods {unknown}")
        services.append(
            Service(
                name=str(raw["name"]),
                domain=str(raw["domain"]),
                category=Category(raw["category"]),
                settings_url=str(raw.get("settings_url", "")),
                methods=by_strength([_DIRECTORY_METHODS[w] for w in words]),
                notes=str(raw.get("notes", "")),
                additional_domains=tuple(str(d) for d in raw.get("additional_domains", ())),
            )
        )
    return tuple(services)


# --- 2FA Directory ----------------------------------------------------------------------------


def _methods(raw: Any) -> tuple[Method, ...]:
    if not isinstance(raw, list):
        return ()
    found = [_DIRECTORY_METHODS[m] for m in raw if isinstance(m, str) and m in _DIRECTORY_METHODS]
    return by_strength(found)


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    return value.strip() if isinstance(value, str) else ""


def _url(raw: Mapping[str, Any], key: str) -> str:
    """Only http(s) links are kept: the UI opens them."""
    value = _text(raw, key)
    return value if value.lower().startswith(("https://", "http://")) else ""


def _domains(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list):
        return ()
    out = [normalise_domain(d) for d in raw if isinstance(d, str)]
    return tuple(dict.fromkeys(d for d in out if _valid_domain(d)))


def _valid_domain(domain: str) -> bool:
    return (
        bool(domain)
        and "." in domain
        and len(domain) <= 253
        and all(c.isalnum() or c in ".-" for c in domain)
    )


def _service(name: str, domain: str, raw: Mapping[str, Any], methods_key: str) -> Service:
    return Service(
        name=name,
        domain=domain,
        category=Category.OTHER,
        documentation=_url(raw, "documentation"),
        recovery=_url(raw, "recovery"),
        methods=_methods(raw.get(methods_key)),
        notes=_text(raw, "notes"),
        additional_domains=tuple(d for d in _domains(raw.get("additional-domains")) if d != domain),
        from_directory=True,
    )


def parse_directory(text: str) -> dict[str, Service]:
    """2FA Directory's `all.json`, keyed by every domain it lists.

    v4 (the current API) is an object keyed by domain, `{"example.com": {"methods": [...],
    "documentation": ..., "recovery": ..., "notes": ...}}`, a site without 2FA being `{}`; the
    generator copies an entry under each of its additional domains, so identical entries with
    documentation are treated as one site and list each other as additional domains. v3 (an
    array of `["Site Name", {"domain": ..., "tfa": [...], "additional-domains": [...]}]`) is
    read too. Single malformed entries are skipped; anything else raises `DirectoryError`.
    """
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise DirectoryError(f"not JSON ({exc.__class__.__name__})") from None
    if isinstance(doc, dict):
        return _parse_v4(doc)
    if isinstance(doc, list):
        return _parse_v3(doc)
    raise DirectoryError("neither a v4 object nor a v3 list")


def _parse_v4(doc: Mapping[Any, Any]) -> dict[str, Service]:
    entries: dict[str, Mapping[str, Any]] = {}
    for key, raw in doc.items():
        domain = normalise_domain(key) if isinstance(key, str) else ""
        if not _valid_domain(domain) or not isinstance(raw, dict):
            continue
        entries.setdefault(domain, raw)
    if doc and not entries:
        raise DirectoryError("no entry has the v4 shape")
    # One site's copies share their payload; a payload without documentation is too generic
    # (two unrelated sites with the same methods) to say they are one.
    groups: dict[str, list[str]] = {}
    for domain, raw in entries.items():
        if _url(raw, "documentation"):
            groups.setdefault(json.dumps(raw, sort_keys=True), []).append(domain)
    siblings: dict[str, tuple[str, ...]] = {}
    for members in groups.values():
        if len(members) > 1:
            for domain in members:
                siblings[domain] = tuple(d for d in members if d != domain)
    services = {}
    for domain, raw in entries.items():
        service = _service(domain, domain, raw, "methods")
        extra = siblings.get(domain, ())
        if extra:
            merged = tuple(dict.fromkeys((*service.additional_domains, *extra)))
            service = replace(service, additional_domains=merged)
        services[domain] = service
    return services


def _parse_v3(doc: list[Any]) -> dict[str, Service]:
    services: dict[str, Service] = {}
    shaped = 0
    for item in doc:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], dict)):
            continue
        shaped += 1
        name, raw = item
        raw_domain = raw.get("domain")
        domain = normalise_domain(raw_domain) if isinstance(raw_domain, str) else ""
        if not _valid_domain(domain):
            continue
        name = name.strip() if isinstance(name, str) and name.strip() else domain
        service = _service(name, domain, raw, "tfa")
        for d in service.domains:
            services.setdefault(d, service)
    if doc and not shaped:
        raise DirectoryError("no entry has the v3 shape")
    return services


# --- the merged catalog -----------------------------------------------------------------------


class Catalog:
    def __init__(self, services: Iterable[Service]) -> None:
        self._services: list[Service] = []
        self._by_domain: dict[str, Service] = {}
        for service in services:
            self._services.append(service)
            for domain in service.domains:
                self._by_domain.setdefault(domain.lower(), service)
        self._has_directory = False

    @classmethod
    def merged(cls, starter: Iterable[Service], directory: Mapping[str, Service] | None) -> Catalog:
        """The starter's names, categories and settings links win; the directory fills the
        methods, documentation, recovery and notes, and adds every site it lists beyond."""
        directory = directory or {}
        services: list[Service] = []
        for service in starter:
            found = next((directory[d] for d in service.domains if d in directory), None)
            if found is not None:
                service = replace(
                    service,
                    methods=found.methods or service.methods,
                    documentation=found.documentation or service.documentation,
                    recovery=found.recovery or service.recovery,
                    notes=service.notes or found.notes,
                    from_directory=bool(found.methods or found.documentation),
                    additional_domains=tuple(
                        d
                        for d in dict.fromkeys(
                            (*service.additional_domains, found.domain, *found.additional_domains)
                        )
                        if d != service.domain
                    ),
                )
            services.append(service)
        catalog = cls(services)
        for domain, service in directory.items():
            if domain.lower() not in catalog._by_domain:
                catalog._add(service)
        catalog._has_directory = bool(directory)
        return catalog

    def _add(self, service: Service) -> None:
        self._services.append(service)
        for domain in service.domains:
            self._by_domain.setdefault(domain.lower(), service)

    @property
    def has_directory(self) -> bool:
        """True when 2FA Directory's data is part of this catalog (show `ATTRIBUTION`)."""
        return self._has_directory

    @property
    def services(self) -> tuple[Service, ...]:
        return tuple(self._services)

    def __len__(self) -> int:
        return len(self._services)

    def search(self, text: str, limit: int = 20) -> list[Service]:
        """Services whose name or domain contains `text` (case-insensitive): exact matches,
        then prefixes (of the name, a word of it, or the domain), then the rest; the starter
        catalog's services before the directory's within each. Blank text finds nothing."""
        needle = text.strip().casefold()
        if not needle or limit <= 0:
            return []
        ranked: list[tuple[int, int, Service]] = []
        for order, service in enumerate(self._services):
            name = service.name.casefold()
            domains = [d.casefold() for d in service.domains]
            if needle == name or needle in domains:
                rank = 0
            elif (
                name.startswith(needle)
                or any(w.startswith(needle) for w in name.split())
                or any(d.startswith(needle) for d in domains)
            ):
                rank = 1
            elif needle in name or any(needle in d for d in domains):
                rank = 2
            else:
                continue
            ranked.append((rank, order, service))
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [service for _, _, service in ranked[:limit]]

    def by_domain(self, domain: str) -> Service | None:
        """The service at `domain` (a host or a URL), its additional domains included; a
        subdomain finds its parent ('mail.google.com' -> google.com)."""
        host = normalise_domain(domain)
        labels = host.split(".")
        for i in range(len(labels) - 1):
            found = self._by_domain.get(".".join(labels[i:]))
            if found is not None:
                return found
        return None

    def offered(self, domain: str) -> tuple[Method, ...]:
        """The methods the service at `domain` offers, when known."""
        service = self.by_domain(domain)
        return service.methods if service is not None else ()

    def in_category(self, category: Category) -> list[Service]:
        return [s for s in self._services if s.category is category]


# --- the cache --------------------------------------------------------------------------------


def _format_date(ts: float) -> str:
    return long_date(datetime.fromtimestamp(ts).date())


class DirectoryCache:
    """2FA Directory's `all.json` in `cache_dir`, refreshed at most every `max_age_days`.

    Files: `2fa-directory.json` (the body as received) and `2fa-directory.meta.json` (`url`,
    `etag`, `last_modified`, `fetched_at`, `checked_at`). Ages come from the injected clock,
    never from file times. A body that cannot be read is set aside as
    `2fa-directory.json.broken-<time>`.
    """

    BODY = "2fa-directory.json"
    META = "2fa-directory.meta.json"

    def __init__(
        self,
        http: HttpClient,
        cache_dir: Path,
        *,
        url: str = DEFAULT_DIRECTORY_URL,
        clock: Callable[[], float] = time.time,
        max_age_days: float = 7,
        timeout: float = 20.0,
    ) -> None:
        self._http = http
        self._dir = cache_dir
        self._url = url or DEFAULT_DIRECTORY_URL
        self._clock = clock
        self._max_age = max_age_days * 86400.0
        self._timeout = timeout

    @property
    def url(self) -> str:
        return self._url

    @property
    def body_path(self) -> Path:
        return self._dir / self.BODY

    @property
    def meta_path(self) -> Path:
        return self._dir / self.META

    def load(self, *, refresh: bool = True) -> tuple[dict[str, Service] | None, str]:
        """The directory's services and a plain-words status; never raises.

        With `refresh` and a copy older than the maximum age (or none), asks the server, with
        If-None-Match / If-Modified-Since when there is a copy from the same address: 304 keeps
        the copy (now fresh), 200 replaces it atomically once it parsed; any failure keeps it.
        """
        try:
            return self._load(refresh)
        except Exception:  # a cache must never take the app down
            return None, N_("not available offline yet")

    def _load(self, refresh: bool) -> tuple[dict[str, Service] | None, str]:
        now = self._clock()
        meta = self._read_meta()
        cached = self._read_body()
        if cached is None:
            meta = {}
        checked = meta.get("checked_at")
        fresh = isinstance(checked, (int, float)) and 0 <= now - checked < self._max_age
        if cached is not None and fresh:
            return cached, N_("up to date")
        if not refresh:
            if cached is None:
                return None, N_("not available offline yet")
            return cached, self._copy_from(meta, N_("using the copy from {date}"))

        if not acceptable_service_url(self._url):
            # Settings refuse such a mirror already; this holds for any caller.
            return self._fallback(cached, meta, unreadable=False)
        headers = {"Accept": "application/json"}
        same_source = cached is not None and meta.get("url") == self._url
        if same_source:
            if isinstance(meta.get("etag"), str) and meta["etag"]:
                headers["If-None-Match"] = meta["etag"]
            if isinstance(meta.get("last_modified"), str) and meta["last_modified"]:
                headers["If-Modified-Since"] = meta["last_modified"]
        response = self._http.get(
            self._url, timeout=self._timeout, headers=headers, max_bytes=DIRECTORY_MAX_BYTES
        )

        if response.status == 304 and cached is not None and same_source:
            self._write_meta({**meta, "checked_at": now})
            return cached, N_("up to date")
        if response.outcome is HttpOutcome.OK and response.status in (200, None):
            try:
                services = parse_directory(response.text)
            except DirectoryError:
                return self._fallback(cached, meta, unreadable=True)
            if not services:
                return self._fallback(cached, meta, unreadable=True)
            self._write_body(response.text)
            self._write_meta(
                {
                    "url": self._url,
                    "etag": _header(response.headers, "ETag"),
                    "last_modified": _header(response.headers, "Last-Modified"),
                    "fetched_at": now,
                    "checked_at": now,
                }
            )
            return services, N_("refreshed")
        return self._fallback(cached, meta, unreadable=response.outcome is HttpOutcome.TOO_LARGE)

    def _fallback(
        self, cached: dict[str, Service] | None, meta: Mapping[str, Any], *, unreadable: bool
    ) -> tuple[dict[str, Service] | None, str]:
        if cached is None:
            if unreadable:
                return None, N_("the directory sent data that could not be read")
            return None, N_("not available offline yet")
        if unreadable:
            template = N_(
                "the directory sent data that could not be read: using the copy from {date}"
            )
        else:
            template = N_("offline: using the copy from {date}")
        return cached, self._copy_from(meta, template)

    def _copy_from(self, meta: Mapping[str, Any], template: str) -> str:
        fetched = meta.get("fetched_at")
        if not isinstance(fetched, (int, float)):
            try:
                fetched = self.body_path.stat().st_mtime
            except OSError:
                fetched = self._clock()
        return fmt(template, date=_format_date(float(fetched)))

    def _read_meta(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return {}
        return doc if isinstance(doc, dict) else {}

    def _read_body(self) -> dict[str, Service] | None:
        try:
            text = self.body_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError):
            self._set_aside()
            return None
        try:
            services = parse_directory(text)
        except DirectoryError:
            self._set_aside()
            return None
        return services or None

    def _set_aside(self) -> None:
        stamp = datetime.fromtimestamp(self._clock()).strftime("%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            self.body_path.replace(self.body_path.with_name(f"{self.BODY}.broken-{stamp}"))
        with contextlib.suppress(OSError):
            self.meta_path.unlink(missing_ok=True)

    def _write_body(self, text: str) -> None:
        _atomic_write(self.body_path, text)

    def _write_meta(self, meta: Mapping[str, Any]) -> None:
        _atomic_write(self.meta_path, json.dumps(meta, indent=2) + "\n")


def _header(headers: Mapping[str, str], name: str) -> str:
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), "")


def _atomic_write(path: Path, text: str) -> None:
    """Write privately and atomically (see engine.atomic): a crash leaves the old file.
    Failures to write are swallowed: a cache that cannot be written just refreshes next time."""
    try:
        private_dir(path.parent)
        atomic_write_text(path, text)
    except OSError:
        pass
