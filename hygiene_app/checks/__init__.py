"""The checks, one module each. `default_registry()` lists them in display order."""

from __future__ import annotations

from hygiene_app.checks.app_updates import AppUpdatesCheck
from hygiene_app.checks.auto_login import AutoLoginCheck
from hygiene_app.checks.auto_updates import AutoUpdatesCheck
from hygiene_app.checks.browser_versions import BrowserVersionsCheck
from hygiene_app.checks.disk_encryption import DiskEncryptionCheck
from hygiene_app.checks.extensions import ExtensionsCheck
from hygiene_app.checks.firewall import FirewallCheck
from hygiene_app.checks.keyring_usable import KeyringUsableCheck
from hygiene_app.checks.malware_protection import MalwareProtectionCheck
from hygiene_app.checks.mfa import (
    MfaCoverageCheck,
    MfaInventoryCheck,
    MfaMethodCheck,
    MfaReviewCheck,
)
from hygiene_app.checks.open_wifi import OpenWifiCheck
from hygiene_app.checks.os_support import OsSupportCheck
from hygiene_app.checks.password_exports import PasswordExportsCheck
from hygiene_app.checks.password_manager import PasswordManagerCheck
from hygiene_app.checks.remote_access import RemoteAccessCheck
from hygiene_app.checks.restart_pending import RestartPendingCheck
from hygiene_app.checks.safe_browsing import SafeBrowsingCheck
from hygiene_app.checks.screen_lock import ScreenLockCheck
from hygiene_app.checks.secure_boot import SecureBootCheck
from hygiene_app.checks.ssh_keys import SshKeysCheck
from hygiene_app.checks.updates_pending import UpdatesPendingCheck
from hygiene_app.checks.vpn import VpnCheck
from hygiene_app.engine.registry import Registry


def default_registry() -> Registry:
    return Registry(
        (
            PasswordManagerCheck(),
            KeyringUsableCheck(),
            PasswordExportsCheck(),
            MfaInventoryCheck(),
            MfaCoverageCheck(),
            MfaMethodCheck(),
            MfaReviewCheck(),
            SafeBrowsingCheck(),
            ExtensionsCheck(),
            UpdatesPendingCheck(),
            AutoUpdatesCheck(),
            RestartPendingCheck(),
            BrowserVersionsCheck(),
            AppUpdatesCheck(),
            OsSupportCheck(),
            FirewallCheck(),
            VpnCheck(),
            OpenWifiCheck(),
            DiskEncryptionCheck(),
            ScreenLockCheck(),
            MalwareProtectionCheck(),
            SecureBootCheck(),
            AutoLoginCheck(),
            SshKeysCheck(),
            RemoteAccessCheck(),
        )
    )
