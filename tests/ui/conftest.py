"""Fixtures the UI tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from hygiene_app.engine.catalog import Catalog
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.language import CatalogTranslator, install_language


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """`speak(catalog)` installs a language for one test, and undoes it after (once the
    background work the test started, which may still translate, has finished)."""
    installed: list[CatalogTranslator] = []
    previous = QLocale()

    def install(catalog: Catalog) -> CatalogTranslator:
        translator = install_language(qapp, catalog)
        installed.append(translator)
        return translator

    yield install
    wait_for_background(15000)
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        if translator.qt_own is not None:
            QCoreApplication.removeTranslator(translator.qt_own)
        translator.deleteLater()
    QLocale.setDefault(previous)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
