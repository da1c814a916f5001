"""The fix wizard: why a problem matters, one page per step, an optional automatic fix, and a
"Check again" page that runs the check once more and says whether it worked.

The wizard holds no state worth keeping: closing it half-way loses nothing. Work that outlives
it (an automatic fix waiting at the administrator prompt, a re-check) finishes in the
background and its answer is dropped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDesktopServices,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPalette,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hygiene_app.engine.live import LiveCommandRunner
from hygiene_app.engine.model import AutoFix, CheckResult, FixGuide, FixStep, OSFamily, Status
from hygiene_app.engine.probes import CommandRunner
from hygiene_app.engine.registry import UnknownCheckError
from hygiene_app.engine.score import compute_score
from hygiene_app.services.autofix import (
    AutoFixOutcome,
    display_command,
    elevated_argv,
    readable_command,
    run_auto_fix,
)
from hygiene_app.services.policy import Policy
from hygiene_app.ui.background import run_in_background
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.icons import icon, status_icon
from hygiene_app.ui.organisation import CheckNoteView, ContactCardView
from hygiene_app.ui.widgets import (
    engine_text,
    is_url,
    plain_label,
    plain_titles,
    tr_plural,
    wrapped_label,
)

#: A link Qt can open: a URL scheme (`ms-settings:`, `x-apple.systempreferences:`, `https:`)
#: and no spaces. Anything else (`gnome-control-center network`) is a command to type.
_ICON_PX = 22
#: The step indicator's picture of what a page is about (intro pages show the finding's status).
_STEP_ICON_PX = 36


def _t(text: str) -> str:
    """An engine string (marked with N_, or a `Text`) in the user's language."""
    return engine_text(text)


def _body(page: QWizardPage) -> QVBoxLayout:
    """A scrolling column for the page's content, so nothing is cut off on a small screen."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 4, 0)
    column.setSpacing(10)
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return column


def quiet(label: QLabel) -> None:
    """Secondary text: the window text blended a third of the way towards the background,
    readable in light and dark palettes (a disabled label is too faint to read)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        round(text.red() * 0.68 + back.red() * 0.32),
        round(text.green() * 0.68 + back.green() * 0.32),
        round(text.blue() * 0.68 + back.blue() * 0.32),
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)


class StepHeader(QWidget):
    """The top of every wizard page: a picture of the kind of step, "Step 2 of 5" and a row of
    segments with the current one highlighted, so a person always sees how far along they are.

    The wizard numbers its pages once they are all added (`number_pages`)."""

    def __init__(self, picture: QIcon, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepHeader")
        #: The icon's name, for tests and screenshots ("step-terminal", "status-fail", ...).
        self.kind = kind
        self.number = 0
        self.total = 0
        self.picture = plain_label()
        self.picture.setObjectName("stepPicture")
        self.picture.setPixmap(picture.pixmap(_STEP_ICON_PX, _STEP_ICON_PX))
        self.picture.setFixedSize(_STEP_ICON_PX, _STEP_ICON_PX)
        self.caption = plain_label()
        self.caption.setObjectName("stepCaption")
        quiet(self.caption)
        self.segments: list[QFrame] = []
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(0, 0, 0, 0)
        self._bar.setSpacing(4)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.caption)
        column.addLayout(self._bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(12)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(column, 1)

    def set_position(self, number: int, total: int) -> None:
        """Show page `number` (from 1) of `total`."""
        self.number, self.total = number, total
        text = self.tr("Step {n} of {m}").format(n=number, m=total)
        self.caption.setText(text)
        self.setAccessibleName(text)
        while len(self.segments) < total:
            segment = QFrame()
            segment.setFixedHeight(4)
            segment.setMinimumWidth(12)
            self.segments.append(segment)
            self._bar.addWidget(segment, 1)
        for index, segment in enumerate(self.segments):
            segment.setVisible(index < total)
            reached = index < number
            segment.setProperty("reached", reached)
            segment.setProperty("current", index == number - 1)
            colour = "palette(highlight)" if reached else "palette(mid)"
            segment.setStyleSheet(f"QFrame {{ background: {colour}; border-radius: 2px; }}")


def _page_body(page: QWizardPage, picture: QIcon, kind: str) -> QVBoxLayout:
    """`_body` with the step indicator on top (kept as `page.header`)."""
    body = _body(page)
    body.setSpacing(12)
    header = StepHeader(picture, kind)
    body.addWidget(header)
    page.header = header  # type: ignore[attr-defined]
    return body


def step_icon(kind: str) -> QIcon:
    """One of the wizard's step pictures (`hygiene_app/data/icons/step-*.svg`)."""
    return icon(kind)


def number_pages(wizard: QWizard) -> None:
    """Number every page that has a step indicator, in the wizard's order."""
    ids = wizard.pageIds()
    for number, page_id in enumerate(ids, 1):
        header = getattr(wizard.page(page_id), "header", None)
        if isinstance(header, StepHeader):
            header.set_position(number, len(ids))


def primary_button(page: QWizardPage | None) -> QPushButton | None:
    """The page's main action, when it is not "Next": opening settings, copying a command."""
    pick = getattr(page, "primary_button", None)
    button = pick() if callable(pick) else None
    return button if isinstance(button, QPushButton) else None


def follow_primary(wizard: QWizard) -> None:
    """Make each page's main action the default button (Enter presses it), and Next or Finish
    on pages without one. QWizard picks its own default whenever a page changes or completes,
    so this runs after it every time."""

    def apply() -> None:
        button = primary_button(wizard.currentPage())
        if button is not None and button.isEnabled():
            button.setDefault(True)

    wizard.currentIdChanged.connect(lambda _id: apply())
    for page_id in wizard.pageIds():
        wizard.page(page_id).completeChanged.connect(apply)


def _paste_hint(os_family: OSFamily, *, here: bool = True) -> str:
    """How to run a copied command; `here` False: on the recorded computer, not this one."""
    tr = QCoreApplication.translate
    if not here:
        return tr(
            "FixWizard",
            "This is for the recorded computer: whoever uses it pastes it there and presses Enter.",
        )
    if os_family is OSFamily.WINDOWS:
        return tr("FixWizard", "Paste it into PowerShell (Ctrl+V) and press Enter.")
    if os_family is OSFamily.MACOS:
        return tr("FixWizard", "Paste it into Terminal (Command+V) and press Enter.")
    return tr("FixWizard", "Paste it into a terminal (Ctrl+Shift+V) and press Enter.")


class CommandView(QTextEdit):
    """A read-only, monospaced, wrapped command that grows to show all of itself."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandField")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setPlainText(text)
        self.setAccessibleName(self.tr("Command"))
        self.setAccessibleDescription(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        height = int(doc.size().height()) + margins.top() + margins.bottom() + 2
        if height != self.height():
            self.setFixedHeight(height)


class CommandBox(QWidget):
    """A command to type, with a Copy button that puts it on the clipboard."""

    def __init__(self, command: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.command = command
        self.field = CommandView(command)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAccessibleName(self.tr("Copy the command"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts the command on the clipboard so you can paste it.")
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self._restore = QTimer(self)
        self._restore.setSingleShot(True)
        self._restore.setInterval(2000)
        self._restore.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy")))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        if hint:
            column.addWidget(wrapped_label(hint))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command)
        self.copy_button.setText(self.tr("Copied"))
        self._restore.start()


# ----- pages --------------------------------------------------------------------------------


class IntroPage(QWizardPage):
    def __init__(
        self,
        result: CheckResult,
        fix: FixGuide,
        os_family: OSFamily,
        *,
        auto: bool,
        no_auto_reason: str = "",
        policy: Policy | None = None,
    ) -> None:
        """`auto`: the wizard offers the guide's automatic fix (it exists and can run here);
        `no_auto_reason`: why a guide that has one does not offer it; `policy`: the
        organisation's, for its note on this check and whom to ask (none for a recording)."""
        super().__init__()
        self.setTitle(_t(fix.title))
        body = _page_body(self, status_icon(result.status), f"status-{result.status.value}")

        body.addWidget(wrapped_label(self.tr("What we found"), bold=True))
        self.found = wrapped_label(_t(result.finding.summary), size_delta=1)
        self.found.setObjectName("foundSummary")
        body.addWidget(self.found)

        body.addWidget(wrapped_label(self.tr("Why it matters"), bold=True))
        self.why = wrapped_label(_t(fix.why))
        body.addWidget(self.why)

        steps = len(fix.steps_for(os_family))
        if auto and steps:
            plan = tr_plural(
                "The app can do it for you, or you can follow one step yourself. Press Next "
                "to start.",
                "The app can do it for you, or you can follow {n} steps yourself. Press Next "
                "to start.",
                steps,
            )
        elif auto:
            plan = self.tr("The app can do it for you. Press Next to start.")
        elif steps:
            plan = tr_plural(
                "Fixing it takes one step. Press Next to start.",
                "Fixing it takes {n} steps. Press Next to start.",
                steps,
            )
        else:
            plan = self.tr("This guide has no steps for {os}. Press Next to check again.").format(
                os=os_family.display_name
            )
        body.addWidget(wrapped_label(plan))
        self.no_auto = wrapped_label(_t(no_auto_reason))
        self.no_auto.setVisible(bool(no_auto_reason))
        body.addWidget(self.no_auto)
        policy = policy if policy is not None else Policy()
        #: The organisation's note on this check, and whom to ask.
        self.org_note = CheckNoteView()
        self.org_note.show_note(policy.note_for(result.meta.id))
        body.addWidget(self.org_note)
        self.contact = ContactCardView(policy.contact, compact=True)
        body.addWidget(self.contact)
        body.addStretch(1)


class StepPage(QWizardPage):
    def __init__(
        self,
        step: FixStep,
        number: int,
        total: int,
        os_family: OSFamily,
        *,
        may_open: Callable[[str], bool] = lambda _link: True,
        here: bool = True,
        reminder: str = "",
    ) -> None:
        """`may_open`: whether a link may be opened from here (a settings page of this
        computer is not opened while looking at a recording of another one); `here`: the
        computer being fixed is this one, so commands are to be run here; `reminder`: the
        finding being fixed, in a line, so a person who comes back to the window knows why.
        `number` of `total`: this step among the guide's own steps (the indicator on top
        counts every page of the wizard)."""
        super().__init__()
        self.step = step
        self.number, self.total = number, total
        link = (step.link or "").strip()
        url = bool(link) and is_url(link)
        web = url and link.lower().startswith(("http:", "https:"))
        if step.command or (link and not url):
            kind = "step-terminal"
            title = self.tr("Copy and run a command")
            does = self.tr(
                "This step uses a command: copy it, paste it where it says, and press Enter."
            )
        elif web:
            kind = "step-web"
            title = self.tr("Open the web page")
            does = self.tr("This step opens the right page in your browser.")
        elif url:
            kind = "step-settings"
            title = self.tr("Open the settings")
            does = self.tr("This step opens the right settings page for you.")
        else:
            kind = "step-list"
            title = self.tr("Do this yourself")
            does = self.tr("Follow this on your computer, then come back here and press Next.")
        self.setTitle(title)
        body = _page_body(self, step_icon(kind), kind)
        self.reminder = wrapped_label(
            self.tr("Fixing: {summary}").format(summary=reminder) if reminder else ""
        )
        self.reminder.setObjectName("stepReminder")
        quiet(self.reminder)  # context, not the instruction
        self.reminder.setVisible(bool(reminder))
        body.addWidget(self.reminder)
        self.does = wrapped_label(does)
        self.does.setObjectName("stepDoes")
        body.addWidget(self.does)
        self.text = wrapped_label(_t(step.text), size_delta=1)
        self.text.setObjectName("stepText")
        body.addWidget(self.text)
        self.open_button: QPushButton | None = None
        self.open_failed = wrapped_label()
        self.command_boxes: list[CommandBox] = []

        if step.link and is_url(step.link) and not may_open(step.link):
            body.addWidget(
                wrapped_label(
                    self.tr("On that computer, this opens: {link}").format(link=step.link.strip())
                )
            )
        elif step.link and is_url(step.link):
            link = step.link.strip()
            web = link.lower().startswith(("http:", "https:"))
            self.open_button = QPushButton(
                self.tr("Open the web page") if web else self.tr("Open settings")
            )
            self.open_button.setObjectName("openSettingsButton")
            self.open_button.setAccessibleName(self.open_button.text())
            self.open_button.setAccessibleDescription(self.tr("Opens {link}").format(link=link))
            self.open_button.setAutoDefault(False)
            self.open_button.clicked.connect(lambda: self._open(link))
            row = QHBoxLayout()
            row.addWidget(self.open_button)
            row.addStretch(1)
            body.addLayout(row)
            self.open_failed.hide()
            body.addWidget(self.open_failed)
        elif step.link:
            body.addWidget(
                wrapped_label(
                    self.tr("To open it, run this command:")
                    if here
                    else self.tr("On that computer, this command opens it:")
                )
            )
            box = CommandBox(step.link.strip(), _paste_hint(os_family, here=here))
            self.command_boxes.append(box)
            body.addWidget(box)

        if step.command:
            box = CommandBox(step.command, _paste_hint(os_family, here=here))
            self.command_boxes.append(box)
            body.addWidget(box)
        body.addStretch(1)

    def primary_button(self) -> QPushButton | None:
        """Open settings (or the page) when the step has a link, else Copy its command."""
        if self.open_button is not None:
            return self.open_button
        return self.command_boxes[0].copy_button if self.command_boxes else None

    def _open(self, link: str) -> None:
        if not QDesktopServices.openUrl(QUrl(link)):
            self.open_failed.setText(
                self.tr("The settings page could not be opened here. Follow the text above.")
            )
            self.open_failed.show()


class AutoFixPage(QWizardPage):
    """Shows exactly what will run, asks for an explicit yes, then runs it in the background.
    Optional: Next skips it; after a successful run, Next goes straight to "Check again"."""

    #: The outcome reached the page (for tests and the main window).
    outcome_shown = Signal(object)

    def __init__(
        self, fix: AutoFix, os_family: OSFamily, runner: CommandRunner, skip_to: Callable[[], int]
    ) -> None:
        super().__init__()
        self.fix = fix
        self.os_family = os_family
        self.runner = runner
        self._skip_to = skip_to
        self.running = False
        self.outcome: AutoFixOutcome | None = None
        self.closed = False
        self.argv = elevated_argv(fix, os_family)

        self.setTitle(self.tr("Let the app do it"))
        body = _page_body(self, step_icon("step-wand"), "step-wand")
        body.addWidget(
            wrapped_label(
                self.tr("The app can make this change for you: {what}.").format(
                    what=_t(fix.description)
                )
            )
        )
        if fix.needs_admin:
            body.addWidget(wrapped_label(self.tr("It will run this, as administrator:")))
        else:
            body.addWidget(wrapped_label(self.tr("It will run this:")))
        self.summary = CommandView(readable_command(fix, os_family))
        body.addWidget(self.summary)
        self.show_exact = QToolButton()
        self.show_exact.setText(self.tr("Show the exact command"))
        self.show_exact.setCheckable(True)
        self.show_exact.setAccessibleName(self.tr("Show the exact command"))
        self.show_exact.setAccessibleDescription(
            self.tr("Shows the full command line, including how administrator rights are asked")
        )
        self.command = CommandView(display_command(self.argv, os_family))
        self.command.setVisible(False)
        self.show_exact.toggled.connect(self.command.setVisible)
        body.addWidget(self.show_exact)
        body.addWidget(self.command)
        if fix.needs_admin:
            if os_family is OSFamily.WINDOWS:
                prompt = self.tr(
                    "Windows will ask you to allow it, in its own window. This app never sees "
                    "your password."
                )
            else:
                prompt = self.tr(
                    "Your computer will ask for an administrator password in its own window. "
                    "This app never sees or keeps your password."
                )
            body.addWidget(wrapped_label(prompt))
        body.addWidget(
            wrapped_label(self.tr("This is optional: to make the change yourself, press Next."))
        )

        self.confirm = QCheckBox(self.tr("I understand what will run and want the app to do it"))
        self.confirm.setObjectName("confirmCheckBox")
        self.confirm.setAccessibleName(self.confirm.text())
        self.confirm.setAccessibleDescription(self.tr("Tick this to enable the Run button."))
        self.confirm.toggled.connect(self._update_run)
        body.addWidget(self.confirm)

        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setObjectName("runButton")
        self.run_button.setAccessibleName(self.tr("Run the automatic fix"))
        self.run_button.setAccessibleDescription(
            self.tr("Runs the command shown above; the system may ask for a password.")
        )
        self.run_button.setAutoDefault(False)
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_fix)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addStretch(1)
        body.addLayout(row)

        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        self.status_icon = plain_label()
        self.status_icon.setFixedSize(_ICON_PX, _ICON_PX)
        self.status_icon.hide()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.status = wrapped_label()
        self.status.setObjectName("autoFixStatus")
        self.status.setAccessibleName(self.tr("Result of the automatic fix"))
        status_row.addWidget(self.status, 1)
        body.addLayout(status_row)

        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.setAccessibleName(self.tr("Show what the command printed"))
        self.details_button.setAccessibleDescription(
            self.tr("Shows or hides the command's own messages.")
        )
        self.details = CommandView("")
        self.details.setObjectName("autoFixDetails")
        self.details.setAccessibleName(self.tr("What the command printed"))
        self.details.hide()
        self.details_button.toggled.connect(self.details.setVisible)
        self.details_button.toggled.connect(
            lambda on: self.details_button.setText(
                self.tr("Hide details") if on else self.tr("Show details")
            )
        )
        self.details_button.hide()
        drow = QHBoxLayout()
        drow.addWidget(self.details_button)
        drow.addStretch(1)
        body.addLayout(drow)
        body.addWidget(self.details)
        body.addStretch(1)

    def _update_run(self) -> None:
        self.run_button.setEnabled(self.confirm.isChecked() and not self.running)

    def isComplete(self) -> bool:
        return not self.running

    def nextId(self) -> int:
        if self.outcome is not None and self.outcome.ok:
            return self._skip_to()
        return super().nextId()

    def run_fix(self) -> None:
        """Run the fix off the UI thread; the outcome arrives in `show_outcome`."""
        if self.running or not self.confirm.isChecked():
            return
        self.running = True
        self.outcome = None
        self._update_run()
        self.completeChanged.emit()
        self.status_icon.hide()
        self.details_button.setChecked(False)
        self.details_button.hide()
        self.status.setText(
            self.tr("Running… Answer the system's prompt if it asks for permission.")
        )
        fix, os_family, runner = self.fix, self.os_family, self.runner
        # The screens' own workers, not the wizard's: closing the wizard must never wait for an
        # administrator prompt, and an answer that arrives after it closed is dropped.
        run_in_background(
            self, lambda _progress: run_auto_fix(fix, os_family, runner), self.show_outcome
        )

    def show_outcome(self, outcome: object) -> None:
        if isinstance(outcome, Exception):  # a bug: report it on the page rather than lose it
            outcome = AutoFixOutcome(False, f"The fix broke: {type(outcome).__name__}: {outcome}")
        if self.closed or not isinstance(outcome, AutoFixOutcome):
            return
        self.running = False
        self.outcome = outcome
        self._update_run()
        self.completeChanged.emit()
        if outcome.ok:
            text = self.tr("{message} Press Next to check that it worked.").format(
                message=_t(outcome.message)
            )
            status = Status.PASS
        elif outcome.cancelled:
            text = self.tr("{message} You can run it again, or press Next to do it yourself.")
            text = text.format(message=_t(outcome.message))
            status = Status.WARN
        else:
            text = _t(outcome.message)
            status = Status.FAIL
        self.status.setText(text)
        self.status_icon.setPixmap(status_icon(status).pixmap(_ICON_PX, _ICON_PX))
        self.status_icon.show()
        self.details.setPlainText(outcome.detail)
        self.details.setAccessibleDescription(outcome.detail)
        self.details_button.setVisible(bool(outcome.detail))
        if not outcome.detail:
            self.details_button.setChecked(False)
        self.outcome_shown.emit(outcome)


class VerifyPage(QWizardPage):
    """Runs the guide's check again and says whether the problem is gone."""

    #: The re-check's result reached the page.
    verified = Signal(object)

    def __init__(self, check_id: str, controller: CheckupController) -> None:
        super().__init__()
        self.check_id = check_id
        self.controller = controller
        self.checking = False
        self.result: CheckResult | None = None
        checkup = controller.checkup
        self.score_before = compute_score(checkup.results).value if checkup else None

        self.setTitle(self.tr("Check again"))
        body = _page_body(self, step_icon("step-check"), "step-check")
        body.addWidget(
            wrapped_label(
                self.tr(
                    "Done with the steps? The app runs the check again to see whether the "
                    "problem is gone."
                )
            )
        )
        head = QHBoxLayout()
        head.setSpacing(8)
        self.icon = plain_label()
        self.icon.setFixedSize(_ICON_PX, _ICON_PX)
        self.icon.hide()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.heading = wrapped_label(bold=True, size_delta=2)
        self.heading.setObjectName("verifyHeading")
        head.addWidget(self.heading, 1)
        body.addLayout(head)
        self.message = wrapped_label()
        self.message.setObjectName("verifyMessage")
        body.addWidget(self.message)

        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setObjectName("checkAgainButton")
        self.again_button.setAccessibleName(self.tr("Check again"))
        self.again_button.setAccessibleDescription(
            self.tr("Runs the check again to see whether the fix worked.")
        )
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addStretch(1)
        body.addLayout(row)
        body.addStretch(1)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        if self.checking:
            return
        try:
            self.controller.recheck(self.check_id)
        except UnknownCheckError:
            self._show(
                None,
                self.tr("Cannot check again"),
                self.tr("This version of the app does not know the check {id}.").format(
                    id=self.check_id
                ),
            )
            return
        self.checking = True
        self.again_button.setEnabled(False)
        self._show(None, self.tr("Checking…"), "")

    def on_rechecked(self, result: object) -> None:
        if not isinstance(result, CheckResult) or result.meta.id != self.check_id:
            return
        self.checking = False
        self.result = result
        self.again_button.setEnabled(True)
        finding = result.finding
        summary = _t(finding.summary)
        if result.status is Status.PASS:
            lines = [summary]
            checkup = self.controller.checkup
            after = compute_score(checkup.results).value if checkup else None
            before = self.score_before
            if before is not None and after is not None and after != before:
                lines.append(
                    self.tr("Your score went from {before} to {after}.").format(
                        before=before, after=after
                    )
                )
            elif after is not None:
                lines.append(self.tr("Your score is now {after}.").format(after=after))
            self._show(Status.PASS, self.tr("Fixed"), "\n".join(lines))
        elif result.status.is_problem:
            next_step = self.tr(
                "Press Back to go through the steps again, make sure each one is done, "
                "then check again."
            )
            self._show(result.status, self.tr("Still not fixed"), f"{summary}\n\n{next_step}")
        else:
            why = _t(finding.reason)  # a sentence of its own, under the summary
            next_step = self.tr(
                "Nothing is confirmed yet. Try again in a moment; if it keeps happening, "
                "follow the steps and check again later."
            )
            self._show(
                result.status,
                self.tr("Could not confirm the fix"),
                f"{summary}\n{why}\n\n{next_step}",
            )
        self.verified.emit(result)

    def _show(self, status: Status | None, heading: str, message: str) -> None:
        if status is None:
            self.icon.hide()
        else:
            self.icon.setPixmap(status_icon(status).pixmap(_ICON_PX, _ICON_PX))
            self.icon.show()
        self.heading.setText(heading)
        self.message.setText(message)
        self.message.setVisible(bool(message))


# ----- the wizard ---------------------------------------------------------------------------


class FixWizard(QWizard):
    """Guides the user through fixing one finding, then checks again.

    Pages: intro, the automatic fix (when the guide has one for this OS), one per step, and
    "Check again"."""

    def __init__(
        self,
        result: CheckResult,
        controller: CheckupController,
        *,
        runner: CommandRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        fix = result.finding.fix
        if fix is None:
            raise ValueError(f"{result.meta.id}: this finding has no fix guide")
        self.check_result = result
        self.fix = fix
        self.controller = controller
        machine = controller.machine
        self.os_family = machine.os_family
        self._closed = False

        self.setWindowTitle(self.tr("Fix: {title}").format(title=_t(fix.title)))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        plain_titles(self)
        self.setMinimumSize(560, 420)
        self.resize(640, 480)

        auto = fix.auto_fix.get(self.os_family)
        #: Why the guide's automatic fix is not offered (a recording, a missing tool); empty
        #: when it is offered or there is none.
        self.auto_fix_blocker = machine.auto_fix_blocker(auto) if auto is not None else ""
        if self.auto_fix_blocker:
            auto = None
        self.intro_page = IntroPage(
            result,
            fix,
            self.os_family,
            auto=auto is not None,
            no_auto_reason=self.auto_fix_blocker,
            policy=machine.policy.policy,
        )
        self.addPage(self.intro_page)

        self.auto_fix_page: AutoFixPage | None = None
        if auto is not None:
            self.auto_fix_page = AutoFixPage(
                auto,
                self.os_family,
                runner if runner is not None else LiveCommandRunner(),
                lambda: self.verify_id,
            )
            self.addPage(self.auto_fix_page)

        steps = fix.steps_for(self.os_family)
        self.step_pages = [
            StepPage(
                step,
                n,
                len(steps),
                self.os_family,
                may_open=machine.may_open,
                here=machine.may_change,
                reminder=_t(result.finding.summary),
            )
            for n, step in enumerate(steps, 1)
        ]
        for page in self.step_pages:
            self.addPage(page)

        self.verify_page = VerifyPage(fix.verify_check, controller)
        self.verify_id = self.addPage(self.verify_page)
        controller.rechecked.connect(self.verify_page.on_rechecked)
        number_pages(self)
        follow_primary(self)

    def _detach(self) -> None:
        """Forget background work: its answers are dropped, nothing runs on a closed wizard."""
        if self._closed:
            return
        self._closed = True
        if self.auto_fix_page is not None:
            self.auto_fix_page.closed = True
        # RuntimeError/TypeError: already gone with its C++ object.
        with contextlib.suppress(RuntimeError, TypeError):
            self.controller.rechecked.disconnect(self.verify_page.on_rechecked)

    def done(self, result: int) -> None:
        self._detach()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._detach()
        super().closeEvent(event)
