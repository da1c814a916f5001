"""The findings as a tree (category -> findings) for the list, and the filter/sort over it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hygiene_app.engine.i18n import TRANSLATION_CONTEXT
from hygiene_app.engine.model import Category, CheckResult, Severity, Status
from hygiene_app.engine.runner import is_turned_off
from hygiene_app.engine.status_words import ALL_GOOD, StatusWord, status_word
from hygiene_app.services.set_aside import SetAside
from hygiene_app.ui.icons import status_icon
from hygiene_app.ui.widgets import engine_text, plain_tooltip

#: The order categories appear in, as a person thinks of them.
CATEGORY_ORDER = (
    Category.PASSWORDS,
    Category.TWO_STEP,
    Category.PHISHING,
    Category.UPDATES,
    Category.WIFI_VPN,
    Category.DEVICE,
)
#: Problems first, then what could not be told, then the good news.
STATUS_RANK = {
    Status.FAIL: 0,
    Status.WARN: 1,
    Status.ERROR: 2,
    Status.UNKNOWN: 3,
    Status.PASS: 4,
    Status.SKIPPED: 5,
}
NEEDS_ATTENTION = frozenset({Status.FAIL, Status.WARN, Status.ERROR, Status.UNKNOWN})

ResultRole = Qt.ItemDataRole.UserRole + 1
CheckIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
SetAsideRole = Qt.ItemDataRole.UserRole + 4
CategoryRole = Qt.ItemDataRole.UserRole + 5
NameRole = Qt.ItemDataRole.UserRole + 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingsModel", text)


def word_text(word: StatusWord) -> str:
    """A status word as shown: every screen uses this, so they all say the same thing."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, word.label)


def all_good_text() -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, ALL_GOOD)


def status_label(result: CheckResult, set_aside: SetAside | None = None) -> str:
    """The finding's status word (the list, the details pane and the overview share it); a
    check the organisation turned off says so rather than "Not run"."""
    if is_turned_off(result):
        return turned_off_text()
    return word_text(status_word(result, set_aside is not None))


def turned_off_text() -> str:
    """The words for a check the organisation turned off, on its card and its page."""
    return QCoreApplication.translate("Organisation", "Turned off by your organisation")


def turned_off_line(result: CheckResult) -> str:
    """What a check the organisation turned off means for the person (no problem, no score)."""
    if result.finding.evidence.get("network_feature"):
        return QCoreApplication.translate(
            "Organisation",
            "Your organisation turned off the online look-up this check needs. It does not "
            "count in your score.",
        )
    return QCoreApplication.translate(
        "Organisation",
        "Your organisation does not ask for this check. It does not count in your score.",
    )


def second_line(result: CheckResult, set_aside: SetAside | None) -> str:
    finding = result.finding
    if is_turned_off(result):
        return turned_off_line(result)
    if set_aside is not None:
        return f"{engine_text(set_aside.describe())} · {engine_text(finding.summary)}"
    if finding.status.needs_reason:
        # The reason is a sentence of its own.
        return f"{engine_text(finding.summary).rstrip('.')}. {engine_text(finding.reason)}"
    if finding.status.is_problem and finding.severity > 0:
        severity = severity_word(finding.severity)
        return f"{severity} · {engine_text(finding.summary)}"
    return engine_text(finding.summary)


def severity_word(severity: Severity) -> str:
    """A severity ("High", "Medium"...) in the user's language (its `label` is the report's
    English id, never shown as it is)."""
    return {
        Severity.INFO: _tr("Info"),
        Severity.LOW: _tr("Low"),
        Severity.MEDIUM: _tr("Medium"),
        Severity.HIGH: _tr("High"),
        Severity.CRITICAL: _tr("Critical"),
    }[severity]


class FindingsModel(QStandardItemModel):
    """One row per category, the findings beneath it. Items carry the CheckResult."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Finding")])
        self._set_aside: Mapping[str, SetAside] = {}

    def set_results(
        self, results: Sequence[CheckResult], set_aside: Mapping[str, SetAside]
    ) -> None:
        self._set_aside = dict(set_aside)
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        for category in CATEGORY_ORDER:
            members = [r for r in results if r.meta.category is category]
            if not members:
                continue
            header = QStandardItem(category.label)
            header.setEditable(False)
            header.setSelectable(False)
            header.setData(category.value, CategoryRole)
            header.setData(CATEGORY_ORDER.index(category), SortRole)
            header.setData(CATEGORY_ORDER.index(category), NameRole)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for result in members:
                header.appendRow(self._item(result))
            self._label_category(header)
            root.appendRow(header)

    def _item(self, result: CheckResult) -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        self._fill(item, result)
        return item

    def _fill(self, item: QStandardItem, result: CheckResult) -> None:
        aside = self._set_aside.get(result.meta.id)
        title = engine_text(result.meta.title)
        item.setText(f"{title}\n{second_line(result, aside)}")
        item.setIcon(status_icon(result.status, set_aside=aside is not None))
        item.setToolTip(
            plain_tooltip(f"{status_label(result, aside)}: {second_line(result, aside)}")
        )
        item.setData(
            f"{title}, {status_label(result, aside)}",
            Qt.ItemDataRole.AccessibleTextRole,
        )
        item.setData(result, ResultRole)
        item.setData(result.meta.id, CheckIdRole)
        item.setData(aside, SetAsideRole)
        item.setData(title.casefold(), NameRole)  # sorted by the name people read
        # Set-aside problems sort with the good news: they are dealt with, for now.
        rank = STATUS_RANK[Status.PASS] if aside is not None else STATUS_RANK[result.status]
        item.setData((rank, -int(result.severity), result.meta.title), SortRole)

    def _label_category(self, header: QStandardItem) -> None:
        category = Category(header.data(CategoryRole))
        open_problems = 0
        for row in range(header.rowCount()):
            child = header.child(row)
            result: CheckResult = child.data(ResultRole)
            if result.status.is_problem and child.data(SetAsideRole) is None:
                open_problems += 1
        if open_problems:
            header.setText(f"{category.label} — {self.tr('%n to look at', '', open_problems)}")
        else:
            header.setText(category.label)

    def update_result(self, result: CheckResult) -> None:
        """Replace one finding in place (after "Check again")."""
        found = self.item_for(result.meta.id)
        if found is None:
            return
        self._fill(found, result)
        parent = found.parent()
        if parent is not None:
            self._label_category(parent)

    def set_set_aside(self, set_aside: Mapping[str, SetAside]) -> None:
        self._set_aside = dict(set_aside)
        for item in self.finding_items():
            self._fill(item, item.data(ResultRole))
        for row in range(self.rowCount()):
            self._label_category(self.item(row))

    def finding_items(self) -> list[QStandardItem]:
        items: list[QStandardItem] = []
        for row in range(self.rowCount()):
            header = self.item(row)
            items.extend(header.child(i) for i in range(header.rowCount()))
        return items

    def item_for(self, check_id: str) -> QStandardItem | None:
        for item in self.finding_items():
            if item.data(CheckIdRole) == check_id:
                return item
        return None


class FindingsFilter(QSortFilterProxyModel):
    """Shows what needs attention (the default) or everything; sorts problems first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attention_only = True
        self._kept: frozenset[str] = frozenset()
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    @property
    def attention_only(self) -> bool:
        return self._attention_only

    def set_attention_only(self, value: bool) -> None:
        self.beginFilterChange()
        self._attention_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort_by_name(self, by_name: bool) -> None:
        """Most important first (the default), or A to Z within each category."""
        self.setSortRole(NameRole if by_name else SortRole)
        self.sort(0)

    def keep_visible(self, check_ids: frozenset[str]) -> None:
        """Findings shown whatever the filter: one the user just fixed stays in view, turned
        green, until the next full checkup."""
        self.beginFilterChange()
        self._kept = check_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        result = index.data(ResultRole)
        if result is None:  # a category: shown when one of its findings is
            return not self._attention_only and self.sourceModel().hasChildren(index)
        if not self._attention_only or result.meta.id in self._kept:
            return True
        # Set-aside problems stay visible (never hidden), marked as such.
        return result.status in NEEDS_ATTENTION

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if a is None or b is None:
            return False
        return bool(a < b)
