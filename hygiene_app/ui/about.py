"""The About window: version, the app's licence, the licences of the libraries it bundles, and
what the app does and does not send. Reachable from the tray menu and the main window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QWidget

from hygiene_app import __version__
from hygiene_app.ui import theme
from hygiene_app.ui.icons import app_icon
from hygiene_app.ui.widgets import plain_label, scrolling_column, wrapped_label

#: The bundled libraries and their licences (names are proper nouns: not translated).
LIBRARIES: tuple[tuple[str, str], ...] = (
    ("Qt", "LGPL-3.0"),
    ("PySide6", "LGPL-3.0"),
    ("zxcvbn", "MIT"),
    ("psutil", "BSD-3-Clause"),
    ("keyring", "MIT"),
    ("requests", "Apache-2.0"),
    ("platformdirs", "MIT"),
)
APP_LICENCE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Hygiene Checkup"))
        self.setWindowIcon(app_icon())
        column = scrolling_column(self, margins=theme.space(6))
        column.setSpacing(theme.space(3))

        head = QHBoxLayout()
        head.setSpacing(theme.space(4))
        logo = plain_label()
        logo.setPixmap(app_icon().pixmap(QSize(48, 48)))
        head.addWidget(logo)
        title = wrapped_label(self.tr("Hygiene Checkup"))
        title.setFont(theme.scaled_font(title.font(), theme.TypeRole.TITLE))
        head.addWidget(title, 1)
        column.addLayout(head)
        self.version_label = wrapped_label(
            self.tr("Version %1").replace("%1", __version__)
            + "\n"
            + self.tr("Free software under the %1 licence.").replace("%1", APP_LICENCE)
        )
        column.addWidget(self.version_label)

        privacy_head = wrapped_label(self.tr("Your privacy"))
        privacy_head.setFont(theme.scaled_font(privacy_head.font(), theme.TypeRole.SECTION))
        column.addWidget(privacy_head)
        column.addWidget(
            wrapped_label(
                self.tr(
                    "The checkup runs on this computer and its results stay here. There is no "
                    "account, no tracking and no advertising. A password is checked against "
                    "breach lists only by the first 5 characters of its hash; an e-mail address "
                    "is only sent when you ask for it to be checked. Offline mode sends nothing."
                )
            )
        )

        libs_head = wrapped_label(self.tr("Libraries it is built with"))
        libs_head.setFont(theme.scaled_font(libs_head.font(), theme.TypeRole.SECTION))
        column.addWidget(libs_head)
        self.libraries_label = wrapped_label(
            "\n".join(f"{name}: {licence}" for name, licence in LIBRARIES)
        )
        column.addWidget(self.libraries_label)
        column.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setDefault(True)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(buttons)
            layout.setContentsMargins(0, 0, theme.space(4), theme.space(4))
        self.resize(520, 480)


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About window (not modal: it can stay open beside the app)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    return dialog


def about_action(parent: QWidget) -> QAction:
    """The "About Hygiene Checkup" menu entry, for the main window's menu."""
    action = QAction(parent.tr("&About Hygiene Checkup"), parent)
    action.setObjectName("aboutAction")
    action.setStatusTip(parent.tr("Version, licences and privacy"))
    action.triggered.connect(lambda: show_about(parent))
    return action
