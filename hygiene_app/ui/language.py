"""The app speaks the user's language from the one catalog the CLI uses (`engine.catalog`).

A `QTranslator` answering from that catalog is installed once at start, so `self.tr` in widgets
(whatever their context: contexts are not used) and `render` in models read the same
translations. The locale (dates, numbers) and the layout direction follow the language: right
to left for right-to-left languages and the `ar-XB` pseudo-locale. A language chosen in
Settings applies from the next start (every widget translates its words once, when built).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from hygiene_app.engine.catalog import (
    ENGLISH,
    NATIVE_NAMES,
    PSEUDO_LOCALES,
    SYSTEM,
    Catalog,
    available_languages,
    catalog_for,
)


class CatalogTranslator(QTranslator):
    """Qt's translator over a `Catalog`: `tr(source)`, and a plural `tr(singular, plural, n)`
    as `fmt_plural`'s messages are looked up (the English plural is the disambiguation)."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        #: Qt's own words in this language (QWizard's "Next >", QMessageBox's "Yes"...).
        self.qt_own: QTranslator | None = None

    def isEmpty(self) -> bool:
        return self.catalog.is_english

    def language(self) -> str:
        return self.catalog.language

    def translate(
        self,
        context: str,  # not used: one translation per English text
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None (a null string to Qt) when there is none, so Qt asks its
        own translations next (a QWizard's "Next >") or keeps the source."""
        if not source:
            return None
        if n >= 0:
            # A plural: `fmt_plural`'s (singular, English plural), or Qt's numerus `%n` text,
            # filed by `make i18n` as its own plural.
            return self.catalog.lookup(source, n, disambiguation or source)
        return self.catalog.lookup(source, None)


def install_language(app: QApplication, catalog: Catalog) -> CatalogTranslator:
    """Make `catalog` the app's language: its translator (and Qt's own translations of its
    standard buttons, shipped with Qt), its locale for dates and numbers, and its reading
    direction. Returns the translator (kept alive by `app`)."""
    translator = CatalogTranslator(catalog, app)
    if not catalog.is_english:
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{catalog.language.split('-')[0]}", folder):
            QCoreApplication.installTranslator(qt_own)
            translator.qt_own = qt_own
    # Installed last, so asked first: the app's own words win over Qt's.
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(catalog.language.replace("-", "_")))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if catalog.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return translator


def start_language(app: QApplication, requested: str | None, chosen_in_settings: str) -> Catalog:
    """The catalog for this run (`--lang`, else Settings, else the system), installed."""
    catalog = catalog_for(requested or chosen_in_settings or None)
    install_language(app, catalog)
    return catalog


def language_choices() -> list[tuple[str, str]]:
    """(value, shown name) for the Settings' "Language" list: "System default", then each
    shipped language by its own name (pseudo-locales only when built, at the end)."""
    system = QCoreApplication.translate("Settings", "System default")
    available = available_languages()
    real = [lang for lang in available if lang not in PSEUDO_LOCALES]
    real.sort(key=lambda lang: NATIVE_NAMES.get(lang, lang).casefold())
    if ENGLISH not in real:
        real.append(ENGLISH)
    pseudo = [lang for lang in available if lang in PSEUDO_LOCALES]
    return [(SYSTEM, system)] + [(lang, NATIVE_NAMES.get(lang, lang)) for lang in real + pseudo]
