"""The app finds its own files by the package's location, as a frozen or installed copy must.

A PyInstaller bundle or an installed wheel has no source tree around the package: anything looked
up relative to the repository (the old `resources/icons`) is missing there, silently (blank icons).
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import hygiene_app
from hygiene_app import resources

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = Path(hygiene_app.__file__).resolve().parent

# Run in a copy of the package with no repository around it, like the frozen bundle's folder.
PROBE = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from hygiene_app.ui.icons import icon, app_icon
from hygiene_app.services.mfa.catalog import starter_catalog
from hygiene_app.checks.os_support import _bundled_doc
from hygiene_app.services import link_check
names = ["hygiene-app", "status-pass", "area-home", "tray-good", "step-key"]
blank = [n for n in names if icon(n).pixmap(32, 32).isNull()]
assert not blank, f"blank icons: {blank}"
assert not app_icon().isNull()
assert starter_catalog(), "empty starter catalog"
assert _bundled_doc(), "no bundled endoflife copy"
assert link_check._lines("link_shorteners.txt"), "no shortener list"
print("ok")
"""


def test_icons_are_package_data_not_repository_files() -> None:
    from hygiene_app.ui.icons import ICONS_DIR

    assert ICONS_DIR.is_relative_to(PACKAGE_DIR)
    assert (ICONS_DIR / "hygiene-app.svg").is_file()
    assert resources.ICONS_DIR == ICONS_DIR


def test_every_shipped_file_is_declared_package_data() -> None:
    """A data file missing from pyproject's package-data works from the checkout and is absent
    from every wheel built from it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["hygiene_app"]
    undeclared = [
        rel
        for path in PACKAGE_DIR.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in {".py", ".pyc", ".md"}  # .md: notes for maintainers
        and not any(
            fnmatch.fnmatch(rel := path.relative_to(PACKAGE_DIR).as_posix(), g) for g in globs
        )
    ]
    assert not undeclared


def test_a_copy_of_the_package_alone_finds_its_icons_and_data(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE_DIR, tmp_path / "hygiene_app", ignore=shutil.ignore_patterns("*.pyc"))
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
