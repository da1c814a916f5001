"""The app's own files (icons, bundled catalogs, word lists), found by the package's location.

Every loader goes through here so the same code works from a source checkout, an installed wheel
and a frozen PyInstaller bundle (where the package sits in the bundle's folder, not in any source
tree): nothing may look for a file relative to the repository or the working directory.
"""

from __future__ import annotations

from pathlib import Path

#: The `hygiene_app` package's folder, wherever it was installed or unpacked.
PACKAGE_DIR = Path(__file__).resolve().parent

#: Data files shipped as package data (pyproject's `package-data`, the spec's `datas`).
DATA_DIR = PACKAGE_DIR / "data"

#: The SVG icons the window, the tray and the installers use.
ICONS_DIR = DATA_DIR / "icons"


def package_file(*parts: str) -> Path:
    """A file shipped inside the package, by its path parts below `hygiene_app/`."""
    return PACKAGE_DIR.joinpath(*parts)


def read_package_text(*parts: str) -> str:
    """A shipped text file's content; it is part of the app, so a missing one is a bug (raises)."""
    return package_file(*parts).read_text(encoding="utf-8")
