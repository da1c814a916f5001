"""detect_platform: the OS version as the system names it, never the kernel's release."""

import pytest

from hygiene_app.checks import os_support
from hygiene_app.engine import live
from hygiene_app.engine.model import OSFamily


def _linux(monkeypatch, release: dict[str, str], kernel: str = "6.12.9-amd64"):
    monkeypatch.setattr(live, "current_os", lambda: OSFamily.LINUX)
    monkeypatch.setattr(live, "_os_release", lambda: release)
    monkeypatch.setattr(live._platform, "release", lambda: kernel)
    return live.detect_platform()


@pytest.mark.parametrize(
    "release",
    [
        # Debian testing and unstable: no VERSION_ID, only a codename.
        {
            "ID": "debian",
            "PRETTY_NAME": "Debian GNU/Linux trixie/sid",
            "VERSION_CODENAME": "trixie",
        },
        {"ID": "arch", "PRETTY_NAME": "Arch Linux", "BUILD_ID": "rolling"},
        {},  # no os-release at all
    ],
)
def test_linux_without_version_id_has_no_version_not_the_kernels(monkeypatch, release):
    platform = _linux(monkeypatch, release)
    assert platform.os_version == ""
    assert "6.12" not in platform.display_name


def test_linux_version_id_is_the_version(monkeypatch):
    platform = _linux(monkeypatch, {"ID": "fedora", "VERSION_ID": "41", "PRETTY_NAME": "Fedora"})
    assert (platform.os_version, platform.distribution_id) == ("41", "fedora")


def test_debian_testing_is_told_apart_from_a_release(monkeypatch):
    release = {"ID": "debian", "PRETTY_NAME": "Debian GNU/Linux trixie/sid"}
    answer = os_support.linux_release(_linux(monkeypatch, release, kernel="6.1.0-26-amd64"))
    assert isinstance(answer, str) and "testing" in answer


@pytest.mark.parametrize(
    ("reported", "version"),
    [
        ("16.0", "26.0"),  # macOS 26 to a Python built with an older SDK
        ("16.1.2", "26.1.2"),
        ("26.1", "26.1"),
        ("15.2", "15.2"),
        ("10.16", "10.16"),  # Big Sur's compatibility number: which macOS cannot be told
        ("", ""),
    ],
)
def test_macos_version_as_apple_names_it(monkeypatch, reported, version):
    monkeypatch.setattr(live, "current_os", lambda: OSFamily.MACOS)
    monkeypatch.setattr(live._platform, "mac_ver", lambda: (reported, ("", "", ""), "arm64"))
    platform = live.detect_platform()
    assert platform.os_version == version
    # The checks read recordings made before with the very same rule (one rule, not two).
    assert os_support.macos_version is live.macos_version
    assert os_support.macos_version(reported) == version
