"""Where the MFA pieces live on this machine, put together once for the app and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_cache_dir

from hygiene_app.engine.probes import HttpClient
from hygiene_app.services.mfa.catalog import (
    DEFAULT_DIRECTORY_URL,
    Catalog,
    DirectoryCache,
    starter_catalog,
)
from hygiene_app.services.mfa.inventory import InventoryStore, default_inventory_path
from hygiene_app.services.mfa.model import Method
from hygiene_app.services.settings import APP_NAME, Settings


@dataclass
class MfaParts:
    catalog: Catalog
    #: What happened to the 2FA Directory data, in plain words (for the Accounts screen).
    directory_status: str
    store: InventoryStore = field(init=False)

    def offered(self, domain: str) -> tuple[Method, ...]:
        """What the current catalog says a service offers: a directory that arrives after the
        store was opened is used from then on."""
        return self.catalog.offered(domain)


def directory_cache(http: HttpClient, settings: Settings) -> DirectoryCache:
    folder = Path(user_cache_dir(APP_NAME, appauthor=False)) / "2fa-directory"
    return DirectoryCache(http, folder, url=settings.mfa_directory_url or DEFAULT_DIRECTORY_URL)


def build_catalog(http: HttpClient, settings: Settings, *, refresh: bool) -> tuple[Catalog, str]:
    """The starter catalog merged with the 2FA Directory: from the cache only unless `refresh`
    (the checkup never waits for the network for this)."""
    directory, status = directory_cache(http, settings).load(refresh=refresh)
    return Catalog.merged(starter_catalog(), directory), status


def open_mfa(
    http: HttpClient, settings: Settings, *, refresh: bool = False, path: Path | None = None
) -> MfaParts:
    catalog, status = build_catalog(http, settings, refresh=refresh)
    parts = MfaParts(catalog, status)
    parts.store = InventoryStore(
        path or default_inventory_path(),
        review_months=lambda: settings.mfa_review_months,
        offered=parts.offered,
    )
    return parts
