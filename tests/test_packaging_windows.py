"""The Windows installer's WiX source, checked here on Linux.

This is a STRUCTURE test, not a Windows build: wixl (msitools) builds an MSI from the same .wxs
that WiX 3 builds on Windows (packaging/windows/build.ps1), over a staged dummy file tree, and
msiinfo reads its tables back. It proves the source is valid WiX and that the MSI installs per
machine, has a Start-menu entry and replaces older versions; it cannot prove the app runs on
Windows (.github/workflows/installers.yml does that on a Windows runner).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WXS = ROOT / "packaging" / "windows" / "hygiene-app.wxs"
NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
#: Fixed for the life of the product: a new one would install side by side instead of upgrading.
UPGRADE_CODE = "29ECCBD1-F06F-435E-A74B-D9762D958961"

needs_msitools = pytest.mark.skipif(
    shutil.which("wixl") is None
    or shutil.which("wixl-heat") is None
    or shutil.which("msiinfo") is None,
    reason="wixl and msitools not installed (apt-get install wixl msitools)",
)


def _product() -> ET.Element:
    product = ET.parse(WXS).getroot().find("w:Product", NS)  # noqa: S314 - our own file
    assert product is not None
    return product


def test_upgrade_code_is_fixed_and_new_versions_replace_old_ones() -> None:
    product = _product()
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Id") == "*"  # a new ProductCode per build, as a major upgrade needs
    assert product.find("w:MajorUpgrade", NS) is not None


def test_installs_per_machine_with_a_start_menu_entry() -> None:
    product = _product()
    package = product.find("w:Package", NS)
    assert package is not None and package.get("InstallScope") == "perMachine"
    shortcuts = product.findall(".//w:DirectoryRef[@Id='ProgramMenuFolder']//w:Shortcut", NS)
    assert [s.get("Target") for s in shortcuts] == ["[INSTALLFOLDER]hygiene-app.exe"]


def test_silent_install_and_uninstall_are_documented() -> None:
    for path in (WXS, ROOT / "packaging" / "README.md", ROOT / "README.md"):
        text = path.read_text(encoding="utf-8")
        assert re.search(r"msiexec /i \S+\.msi /qn", text), path
        assert re.search(r"msiexec /x \S+\.msi /qn", text), path


def _table(msi: Path, name: str) -> list[dict[str, str]]:
    text = subprocess.run(
        ["msiinfo", "export", str(msi), name],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    lines = text.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[3:]]


@needs_msitools
def test_wixl_builds_an_msi_from_the_source_over_a_staged_tree(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    (stage / "_internal" / "PySide6").mkdir(parents=True)
    (stage / "hygiene-app.exe").write_bytes(b"MZ stand-in")
    (stage / "_internal" / "python311.dll").write_bytes(b"dll")
    (stage / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"dll")
    (tmp_path / "app.ico").write_bytes(b"\0\0\1\0")
    files = sorted(str(p.relative_to(tmp_path)) for p in stage.rglob("*") if p.is_file())
    fragment = subprocess.run(
        [
            "wixl-heat",
            "--prefix",
            "stage/",
            "--directory-ref",
            "INSTALLFOLDER",
            "--component-group",
            "AppFiles",
            "--var",
            "var.SourceDir",
            "--win64",
        ],
        input="\n".join(files) + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
        cwd=tmp_path,
    ).stdout
    (tmp_path / "files.wxs").write_text(fragment, encoding="utf-8")
    msi = tmp_path / "hygiene-app.msi"
    # wixl finds sources relative to the working folder, hence the relative paths.
    done = subprocess.run(
        [
            "wixl",
            "-a",
            "x64",
            "-D",
            "Version=0.1.0",
            "-D",
            "SourceDir=stage",
            "-D",
            "IconFile=app.ico",
            "-D",
            "Win64=yes",
            "-o",
            str(msi),
            str(WXS),
            "files.wxs",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert msi.is_file()

    props = {row["Property"]: row["Value"] for row in _table(msi, "Property")}
    assert props["ALLUSERS"] == "1"
    assert props["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    assert props["ProductVersion"] == "0.1.0"
    assert props["ProductName"] == "Hygiene Checkup"
    upgrades = _table(msi, "Upgrade")
    assert {row["ActionProperty"] for row in upgrades} >= {"WIX_UPGRADE_DETECTED"}
    (shortcut,) = _table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Target"] == "[INSTALLFOLDER]hygiene-app.exe"
    names = {row["FileName"] for row in _table(msi, "File")}
    assert names == {"hygiene-app.exe", "python311.dll", "Qt6Core.dll"}
    dirs = {row["Directory"]: row for row in _table(msi, "Directory")}
    assert dirs["INSTALLFOLDER"]["Directory_Parent"] == "ProgramFiles64Folder"
