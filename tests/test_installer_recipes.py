"""The macOS recipe and the hosted-CI workflow for Windows and macOS.

They run only on those systems (.github/workflows/installers.yml); here we check what can be
checked without them: the bundle's Info.plist, that the scripts parse, that signing and
notarisation are gated on credentials, and that the workflow runs the recipes and a smoke test.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hygiene_app import __version__

ROOT = Path(__file__).resolve().parent.parent
MACOS = ROOT / "packaging" / "macos"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
APP_ID = "io.github.hygienecheckup.HygieneCheckup"


def _info_plist() -> dict[str, object]:
    text = (MACOS / "Info.plist").read_text(encoding="utf-8").replace("@VERSION@", __version__)
    return plistlib.loads(text.encode("utf-8"))


def test_info_plist_names_the_bundle_version_and_minimum_macos() -> None:
    info = _info_plist()
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleVersion"] == __version__
    assert info["CFBundlePackageType"] == "APPL"
    assert re.fullmatch(r"\d+\.\d+", str(info["LSMinimumSystemVersion"]))
    assert info["CFBundleIconFile"] == "hygiene-app.icns"


def test_info_plist_is_a_normal_app_that_says_why_it_reads_wifi_names() -> None:
    info = _info_plist()
    assert info["LSUIElement"] is False
    reason = str(info["NSLocationWhenInUseUsageDescription"])
    assert "Wi-Fi" in reason and "never" in reason


def test_info_plist_runs_the_executable_the_spec_builds() -> None:
    """The spec's EXE is named hygiene-app on every system; the bundle must start that file."""
    assert _info_plist()["CFBundleExecutable"] == "hygiene-app"
    spec = ROOT / "packaging" / "hygiene-app.spec"
    if spec.is_file():
        assert 'name="hygiene-app"' in spec.read_text(encoding="utf-8")


def test_entitlements_parse() -> None:
    assert isinstance(plistlib.loads((MACOS / "entitlements.plist").read_bytes()), dict)


def test_dmg_script_parses_and_signs_only_with_an_identity() -> None:
    script = MACOS / "build_dmg.sh"
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    lines = script.read_text(encoding="utf-8").splitlines()
    text = "\n".join(ln for ln in lines if not ln.lstrip().startswith("#"))
    assert "hdiutil create" in text
    guarded = text.split("if [[ -n ${DEVELOPER_ID:-} ]]; then", 1)
    assert len(guarded) == 2, "signing must be behind a DEVELOPER_ID check"
    before = guarded[0]
    assert "notarytool submit" not in before
    assert '--sign "$DEVELOPER_ID"' not in before


@pytest.mark.skipif(shutil.which("plutil") is None, reason="macOS only")
def test_info_plist_lints_on_macos(tmp_path: Path) -> None:  # pragma: no cover - macOS
    out = tmp_path / "Info.plist"
    out.write_bytes(plistlib.dumps(_info_plist()))
    subprocess.run(["plutil", "-lint", str(out)], check=True, timeout=30)


def test_workflow_builds_both_installers_and_smoke_tests_them() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"runs-on: windows-", text)
    assert re.search(r"macos-\d+", text)
    assert r"packaging\windows\build.ps1" in text
    assert "packaging/macos/build_dmg.sh" in text
    assert "--version" in text and "check --offline --format json" in text
    assert "/qn" in text


def test_workflow_says_it_cannot_run_here() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "NOT been run" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Building installers", 1)[1]
    assert "installers.yml" in section and "cannot run" in section


def _render_icon(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icon.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_windows_icon_is_a_256_pixel_ico_drawn_from_the_package_svg(tmp_path: Path) -> None:
    done = _render_icon("ico", str(tmp_path / "app.ico"))
    assert done.returncode == 0, done.stderr
    data = (tmp_path / "app.ico").read_bytes()
    assert data[:4] == b"\0\0\1\0"  # ICONDIR, type 1 = icon
    assert data[6] == 0  # width byte 0 means 256


def test_macos_iconset_has_every_size_iconutil_wants(tmp_path: Path) -> None:
    done = _render_icon("iconset", str(tmp_path / "app.iconset"))
    assert done.returncode == 0, done.stderr
    names = {p.name for p in (tmp_path / "app.iconset").iterdir()}
    assert len(names) == 10 and {"icon_16x16.png", "icon_512x512@2x.png"} <= names
    assert _render_icon().returncode == 2
