"""The app's SVG icons (hygiene_app/data/icons, package data), crisp at any scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from hygiene_app.engine.model import Category, Status
from hygiene_app.resources import ICONS_DIR


@cache
def icon(name: str) -> QIcon:
    """An icon by file stem; a null icon (never an exception) when the file is missing."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def status_icon(status: Status, set_aside: bool = False) -> QIcon:
    return icon("status-set-aside" if set_aside else f"status-{status.value}")


def app_icon() -> QIcon:
    return icon("hygiene-app")


def area_icon(area: Category | str) -> QIcon:
    """The sidebar's and the tiles' icon for an area ("home", "tools", "settings" too)."""
    return icon(f"area-{area.value if isinstance(area, Category) else area}")
