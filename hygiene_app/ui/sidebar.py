"""The window's sidebar: the whole product at once, as Windows Security shows it.

Home first, then the six areas people think in (engine.model.Category, in its order), then the
tools and the settings. Each entry is a page key the main window maps to a page of its stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from hygiene_app.engine.i18n import TRANSLATION_CONTEXT
from hygiene_app.engine.model import Category
from hygiene_app.ui.icons import area_icon
from hygiene_app.ui.widgets import plain_tooltip

HOME = "home"
TOOLS = "tools"
SETTINGS = "settings"
#: Every page key in sidebar order.
PAGE_KEYS: tuple[str, ...] = (HOME, *(c.value for c in Category), TOOLS, SETTINGS)

KeyRole = Qt.ItemDataRole.UserRole + 1


def page_title(key: str) -> str:
    """The name of a page as the sidebar and the page's heading say it."""
    if key == HOME:
        return QCoreApplication.translate("Sidebar", "Home")
    if key == TOOLS:
        return QCoreApplication.translate("Sidebar", "Tools")
    if key == SETTINGS:
        return QCoreApplication.translate("Sidebar", "Settings")
    return QCoreApplication.translate(TRANSLATION_CONTEXT, Category(key).label)


class Sidebar(QListWidget):
    """One row per page; arrow keys move between them, the page follows the current row."""

    #: The user chose a page: its key.
    page_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(self.tr("Home, the areas of your security, tools, settings"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in PAGE_KEYS:
            item = QListWidgetItem(area_icon(key), page_title(key))
            item.setData(KeyRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, page_title(key))
            item.setSizeHint(QSize(0, 34))
            self.addItem(item)
        widest = max(self.fontMetrics().horizontalAdvance(page_title(k)) for k in PAGE_KEYS)
        self.setFixedWidth(widest + self.iconSize().width() + 48)
        self._tint_selection()
        self.currentItemChanged.connect(self._changed)

    def _tint_selection(self) -> None:
        """The current page as a soft tint of the accent under normal text: the blue icons stay
        visible on it, in light and dark palettes alike."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        tint = QColor(
            round(base.red() + (accent.red() - base.red()) * 0.25),
            round(base.green() + (accent.green() - base.green()) * 0.25),
            round(base.blue() + (accent.blue() - base.blue()) * 0.25),
        )
        palette.setColor(QPalette.ColorRole.Highlight, tint)
        palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)

    def keys(self) -> list[str]:
        return [str(self.item(row).data(KeyRole)) for row in range(self.count())]

    def item_for(self, key: str) -> QListWidgetItem:
        return self.item(PAGE_KEYS.index(key))

    def current_key(self) -> str:
        item = self.currentItem()
        return str(item.data(KeyRole)) if item is not None else HOME

    def choose(self, key: str) -> None:
        """Select `key`'s row (the page follows through `page_chosen`)."""
        self.setCurrentRow(PAGE_KEYS.index(key))

    def set_available(self, key: str, available: bool, why: str = "") -> None:
        """Grey an entry out (a recording has no tools or settings of this user), saying why."""
        item = self.item_for(key)
        flags = item.flags()
        if available:
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        else:
            item.setFlags(flags & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
        item.setToolTip(plain_tooltip(why) if not available else "")

    def is_available(self, key: str) -> bool:
        return bool(self.item_for(key).flags() & Qt.ItemFlag.ItemIsEnabled)

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.page_chosen.emit(str(current.data(KeyRole)))
