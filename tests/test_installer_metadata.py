"""The Linux packages' metadata: desktop entry, AppStream metainfo, man page and licences.

These files are what software centres, menus, `man` and licence audits read from the installed
package; the build only copies them (scripts/metainfo.py, manpage.py, collect_licenses.py).
"""

from __future__ import annotations

import configparser
import gzip
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app import __version__
from hygiene_app.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.hygienecheckup.HygieneCheckup"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"_script_{name}", ROOT / "scripts" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_the_window_without_a_terminal() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "hygiene-app"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == APP_ID
    assert "Security" in entry["Categories"].split(";")


def test_old_terminal_desktop_entry_is_gone_and_nothing_points_at_it() -> None:
    assert not (ROOT / "resources" / "hygiene-app.desktop").exists()
    for path in (ROOT / "packaging" / "README.md", ROOT / "README.md"):
        assert "resources/hygiene-app.desktop" not in path.read_text(encoding="utf-8")


def test_the_window_tells_the_desktop_which_entry_is_its_own(qapp: object) -> None:
    """Wayland matches a window to its menu entry (name, icon) by the desktop file's name."""
    from hygiene_app.app import application

    assert application().desktopFileName() == APP_ID


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""


def test_metainfo_is_what_the_script_generates() -> None:
    assert METAINFO.read_text(encoding="utf-8") == _script("metainfo").render()


def test_metainfo_names_the_app_its_command_version_and_rating() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own committed file
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "hygiene-app"
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert root.findall("description/p")


def test_metainfo_screenshots_exist_in_the_repository_under_one_base_url() -> None:
    base = _script("metainfo").SCREENSHOT_BASE_URL
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own committed file
    images = [img.text or "" for img in root.findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith(base)
        assert (ROOT / "docs" / "screenshots" / url.removeprefix(base)).is_file(), url
    assert base.endswith("/docs/screenshots/")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _subparsers() -> dict[str, object]:
    import argparse

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the CLI has no subcommands")


def test_man_page_has_every_subcommand_and_option() -> None:
    page = _script("manpage").render()
    assert page.startswith(".TH HYGIENE\\-APP 1 ")
    assert f"hygiene\\-app {__version__}" in page
    subs = _subparsers()
    assert {"check", "snapshot", "checks", "password", "audit-passwords", "link"} <= set(subs)
    for name, sub in subs.items():
        assert f".SS {name.replace('-', chr(92) + '-')}\n" in page
        for action in sub._actions:  # type: ignore[attr-defined]
            for option in action.option_strings:
                assert option.replace("-", "\\-") in page, (name, option)


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff not installed")
def test_man_page_renders_without_warnings(tmp_path: Path) -> None:
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", "-z"],
        input=_script("manpage").render(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0
    assert done.stderr == ""


def test_man_page_gz_is_reproducible(tmp_path: Path) -> None:
    manpage = _script("manpage")
    assert manpage.main([str(tmp_path / "a.1.gz")]) == 0
    assert manpage.main([str(tmp_path / "b.1.gz")]) == 0
    first = (tmp_path / "a.1.gz").read_bytes()
    assert first == (tmp_path / "b.1.gz").read_bytes()
    assert gzip.decompress(first).decode("utf-8") == manpage.render()
    assert manpage.main([]) == 2


_CACHE: dict[str, ModuleType] = {}


def _script_cache(name: str) -> ModuleType:
    if name not in _CACHE:
        _CACHE[name] = _script(name)
    return _CACHE[name]


@given(st.text())
def test_roff_never_starts_a_line_with_a_request(text: str) -> None:
    escaped = _script_cache("manpage").roff(text)
    for line in escaped.splitlines():
        assert not line.startswith((".", "'"))
    assert "\\" not in text or "\\e" in escaped


def test_licences_cover_the_app_every_bundled_library_and_python(tmp_path: Path) -> None:
    collect = _script("collect_licenses")
    assert collect.main([str(tmp_path)]) == 0
    assert (tmp_path / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    folders = {p.name for p in (tmp_path / "licenses").iterdir()}
    bundled = [d for d in collect.runtime_closure() if d.metadata["Name"] != "hygiene-app"]
    names = {collect.normalise(d.metadata["Name"]) for d in bundled}
    assert {"pyside6-essentials", "shiboken6", "zxcvbn", "requests", "keyring"} <= names
    assert "pytest" not in names  # test tools are not bundled
    for dist in bundled:
        folder = tmp_path / "licenses" / f"{dist.metadata['Name']}-{dist.version}"
        assert folder.name in folders
        assert any(folder.iterdir()), folder
    assert (tmp_path / "licenses" / "Python" / "LICENSE.txt").is_file()
    copyright_text = (tmp_path / "copyright").read_text(encoding="utf-8")
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    assert "PySide6_Essentials" in copyright_text


def test_licences_script_refuses_bad_arguments() -> None:
    assert _script("collect_licenses").main([]) == 2
