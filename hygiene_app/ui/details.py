"""The right-hand pane: one finding explained, with what the user can do about it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.fix_line import fix_step
from hygiene_app.engine.i18n import N_, fmt, fmt_plural
from hygiene_app.engine.model import (
    CheckResult,
    Fact,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Status,
)
from hygiene_app.engine.runner import is_turned_off
from hygiene_app.services.exports import found_exports
from hygiene_app.services.policy import Policy
from hygiene_app.services.set_aside import SetAside
from hygiene_app.ui import theme
from hygiene_app.ui.findings_model import severity_word, status_label, turned_off_line
from hygiene_app.ui.organisation import CheckNoteView, ContactCardView
from hygiene_app.ui.widgets import engine_text, is_url, plain_label


def _humanize(key: str) -> str:
    return key.replace("_", " ").strip().capitalize()


#: How many items of a list the technical details show before "and N more".
_SHOWN_ITEMS = 8


def _value(value: JsonValue) -> str:
    """A raw evidence value for support staff: data as it is, our own words translated."""
    if isinstance(value, bool):
        return engine_text(N_("yes") if value else N_("no"))
    if isinstance(value, Mapping):
        parts = [f"{_humanize(str(k)).lower()} {_value(v)}" for k, v in value.items()]
        return ", ".join(p for p in parts if p.strip())
    if isinstance(value, list | tuple):
        shown = [_value(v) for v in value[:_SHOWN_ITEMS]]
        joiner = "; " if any(isinstance(v, Mapping) for v in value) else ", "
        items = joiner.join(shown)
        hidden = len(value) - _SHOWN_ITEMS
        if hidden <= 0:
            return items
        more = fmt_plural(
            "{names} and {n} more", "{names} and {n} more", hidden, names=items, n=hidden
        )
        return engine_text(more)
    return "" if value is None else str(value)


def format_facts(facts: Iterable[Fact]) -> str:
    """A finding's facts as "Label: value" lines, in the user's language where translated."""
    return "\n".join(_label_value(engine_text(f.label), engine_text(f.value)) for f in facts)


def _label_value(label: str, value: str) -> str:
    """ "Label: value" with the language's punctuation ("Pare-feu : désactivé" in French)."""
    return engine_text(fmt(N_("{label}: {value}"), label=label, value=value))


def format_evidence(evidence: Mapping[str, JsonValue]) -> str:
    """Raw evidence as "Name: value" lines, for the folded "Technical details" (support staff
    read it; people read the facts); empty values left out."""
    lines = []
    for key, value in evidence.items():
        if value in (None, "", [], {}):
            continue
        if isinstance(value, Mapping) and all(isinstance(v, Mapping) for v in value.values()):
            lines.append(f"{_humanize(key)}:")
            lines += [f"    {k}: {_value(v)}" for k, v in value.items()]
        else:
            lines.append(f"{_humanize(key)}: {_value(value)}")
    return "\n".join(lines)


def first_step(guide: FixGuide | None, os_family: OSFamily | None) -> FixStep | None:
    """The step "What to do" shows inline: the one the CLI's "Fix:" line shows (fix_line), for
    the machine's OS; None without a guide or steps for it. Without an OS, a guide written for
    one OS only is read for that one."""
    if guide is None:
        return None
    if os_family is None and len(guide.steps) == 1:
        os_family = next(iter(guide.steps))
    steps = guide.steps_for(os_family) if os_family is not None else ()
    return fix_step(steps) if steps else None


def step_text(step: FixStep) -> str:
    """A step as plain text: its sentence and, on a line of their own, its command or web
    address (text to read or copy; nothing here runs or opens anything). A settings-page address
    ("ms-settings:...") means nothing to a person: the sentence already names the page, and the
    wizard's button opens it."""
    link = (step.link or "").strip()
    web = link.lower().startswith(("http:", "https:"))
    shown_link = link if web or (link and not is_url(link)) else ""
    extra = step.command or shown_link
    text = engine_text(step.text)
    return f"{text}\n{extra}" if extra else text


def _section(title: str) -> tuple[QLabel, QLabel]:
    heading = plain_label(title)
    heading.setFont(theme.scaled_font(heading.font(), theme.TypeRole.SECTION))
    body = plain_label()
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setTextFormat(Qt.TextFormat.PlainText)
    return heading, body


class DetailsPane(QScrollArea):
    fix_requested = Signal(str)
    recheck_requested = Signal(str)
    set_aside_requested = Signal(str)
    set_aside_removed = Signal(str)
    #: The user asked to delete the files a finding names (password exports).
    delete_requested = Signal(str)

    def __init__(
        self,
        *,
        may_change: bool = True,
        policy: Policy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`may_change`: whether the machine shown is this computer, where findings can be set
        aside and files deleted (a recording offers neither). `policy`: the organisation's,
        for its note on each check, its contact card under every fix, and which findings may
        be set aside (none for a recording)."""
        super().__init__(parent)
        self._may_change = may_change
        self._policy = policy if policy is not None else Policy()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Finding details"))
        self._check_id = ""

        self.title = plain_label()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title.setFont(font)
        self.state = plain_label()
        self.state.setWordWrap(True)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_font = self.summary.font()
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.1)
        self.summary.setFont(summary_font)
        self.set_aside_note = plain_label()
        self.set_aside_note.setWordWrap(True)
        self.set_aside_note.setObjectName("setAsideNote")
        #: Why "Snooze or accept…" is not offered: the organisation asks for a fix.
        self.set_aside_blocked = plain_label(
            self.tr("Your organisation asks that this is fixed rather than set aside.")
        )
        self.set_aside_blocked.setWordWrap(True)
        self.set_aside_blocked.setObjectName("setAsideBlocked")
        #: The organisation's note on this check, and its links.
        self.org_note = CheckNoteView()
        #: Whom to ask, under the fix (the organisation's contact card, in one line).
        self.contact = ContactCardView(self._policy.contact, compact=True)

        self.why_heading, self.why = _section(self.tr("Why it matters"))
        self.reason_heading, self.reason = _section(self.tr("Why it could not be checked"))
        self.found_heading, self.found = _section(self.tr("What was found"))
        self.leaves_heading, self.leaves = _section(self.tr("What leaves this computer"))
        # "What to do": the guide's first step inline, as plain text, above "Fix it…" (which
        # opens the whole guide). Text only, so a recording offers nothing to act on here.
        self.todo_heading, self.todo = _section(self.tr("What to do"))
        self.todo.setObjectName("whatToDo")
        self.todo.setAccessibleName(self.tr("What to do"))
        # The raw evidence, for support staff: folded away until asked for.
        self.technical_toggle = QToolButton()
        self.technical_toggle.setText(self.tr("&Technical details"))
        self.technical_toggle.setCheckable(True)
        self.technical_toggle.setChecked(False)
        self.technical_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.technical_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.technical_toggle.setAutoRaise(True)
        self.technical_toggle.setAccessibleName(self.tr("Technical details"))
        self.technical_toggle.setAccessibleDescription(
            self.tr("Shows or hides the raw data behind this finding, for support staff")
        )
        self.technical = plain_label()
        self.technical.setWordWrap(True)
        self.technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.technical.setTextFormat(Qt.TextFormat.PlainText)
        self.technical.setAccessibleName(self.tr("Technical details"))
        self.technical_toggle.toggled.connect(self._fold_technical)

        self.fix_button = QPushButton(self.tr("&Fix it…"))
        self.fix_button.setObjectName("primary")
        self.fix_button.setAccessibleDescription(self.tr("Step-by-step help to fix this"))
        self.recheck_button = QPushButton(self.tr("Check &again"))
        self.recheck_button.setAccessibleDescription(self.tr("Runs this check once more"))
        self.set_aside_button = QPushButton(self.tr("&Snooze or accept…"))
        self.set_aside_button.setAccessibleDescription(
            self.tr("Mark this finding as snoozed or as an accepted risk, for a while")
        )
        self.unset_button = QPushButton(self.tr("Co&unt it again"))
        self.unset_button.setAccessibleDescription(
            self.tr("Ends the snooze or accepted risk for this finding")
        )
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self._check_id))
        self.recheck_button.clicked.connect(lambda: self.recheck_requested.emit(self._check_id))
        self.set_aside_button.clicked.connect(lambda: self.set_aside_requested.emit(self._check_id))
        self.unset_button.clicked.connect(lambda: self.set_aside_removed.emit(self._check_id))
        self.delete_button = QPushButton(self.tr("&Delete the files…"))
        self.delete_button.setAccessibleDescription(
            self.tr("Deletes the password exports this finding names, after you confirm")
        )
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self._check_id))
        buttons = QHBoxLayout()
        for button in (self.recheck_button, self.set_aside_button):
            buttons.addWidget(button)
        buttons.addWidget(self.unset_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        for widget in (self.title, self.state, self.summary, self.set_aside_note):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.set_aside_blocked)
        for heading, text in (
            (self.found_heading, self.found),
            (self.why_heading, self.why),
            (self.reason_heading, self.reason),
            (None, self.org_note),
            (self.todo_heading, self.todo),
            (self.leaves_heading, self.leaves),
        ):
            # The note brings its own space above it: none is left when there is no note.
            if heading is not None:
                layout.addSpacing(theme.space(2))
                layout.addWidget(heading)
            layout.addWidget(text)
            if text is self.todo:
                # "Fix it…" right under the step it starts with: the whole guide, step by step.
                layout.addSpacing(theme.space(1))
                layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)
                layout.addSpacing(theme.space(1))
                layout.addWidget(self.contact)
        layout.addSpacing(6)
        layout.addWidget(self.technical_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.technical)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_empty()

    @property
    def check_id(self) -> str:
        return self._check_id

    def show_empty(self) -> None:
        self._check_id = ""
        self.title.setText(self.tr("Select a finding"))
        self.state.setText("")
        self.summary.setText(
            self.tr("Pick a finding on the left to see why it matters and how to fix it.")
        )
        for widget in (
            self.set_aside_note,
            self.set_aside_blocked,
            self.org_note,
            self.contact,
            self.todo_heading,
            self.todo,
            self.why_heading,
            self.why,
            self.reason_heading,
            self.reason,
            self.found_heading,
            self.found,
            self.leaves_heading,
            self.leaves,
            self.technical_toggle,
            self.technical,
            self.fix_button,
            self.recheck_button,
            self.set_aside_button,
            self.unset_button,
            self.delete_button,
        ):
            widget.hide()

    def show_result(
        self,
        result: CheckResult,
        set_aside: SetAside | None,
        *,
        os_family: OSFamily | None = None,
    ) -> None:
        """Show one finding; `os_family` picks the fix steps shown under "What to do"."""
        finding = result.finding
        self._check_id = result.meta.id
        self.title.setText(engine_text(result.meta.title))
        severity = (
            self.tr(" · %s severity") % severity_word(finding.severity)
            if finding.status.is_problem and finding.severity > 0
            else ""
        )
        self.state.setText(f"{status_label(result, set_aside)}{severity} · {result.meta.id}")
        off = is_turned_off(result)
        self.summary.setText(turned_off_line(result) if off else engine_text(finding.summary))
        self.set_aside_note.setText(engine_text(set_aside.describe()) if set_aside else "")
        self.set_aside_note.setVisible(set_aside is not None)

        why = engine_text(finding.fix.why) if finding.fix is not None else ""
        if finding.detail:
            why = f"{why}\n\n{engine_text(finding.detail)}".strip()
        self._show(self.why_heading, self.why, why)
        self._show(self.reason_heading, self.reason, "" if off else engine_text(finding.reason))
        self._show(self.found_heading, self.found, format_facts(finding.facts))
        self._show(self.leaves_heading, self.leaves, engine_text(result.meta.leaves_machine))
        self.technical.setText(format_evidence(finding.evidence))
        self.technical_toggle.setVisible(bool(self.technical.text()))
        self._fold_technical(self.technical_toggle.isChecked())

        fixable = finding.fix is not None and finding.status.is_problem
        step = first_step(finding.fix, os_family) if fixable else None
        self._show(self.todo_heading, self.todo, step_text(step) if step is not None else "")
        self.fix_button.setVisible(fixable)
        # Checking a check the organisation turned off again would say the same.
        self.recheck_button.setVisible(not off)
        policy = self._policy
        check_id = result.meta.id
        self.org_note.show_note(policy.note_for(check_id))
        unsure = finding.status in (Status.UNKNOWN, Status.ERROR)
        self.contact.setVisible(
            self.contact.has_card and (finding.status.is_problem or unsure) and not off
        )
        may_change = self._may_change
        open_problem = may_change and finding.status.is_problem and set_aside is None
        may_set_aside = policy.may_snooze(check_id) or policy.may_accept(check_id)
        self.set_aside_button.setVisible(open_problem and may_set_aside)
        self.set_aside_blocked.setVisible(open_problem and not may_set_aside)
        self.unset_button.setVisible(may_change and set_aside is not None)
        self.delete_button.setVisible(
            may_change and finding.status.is_problem and bool(found_exports(result))
        )
        for button, action in (
            (self.fix_button, self.tr("Fix %s")),
            (self.recheck_button, self.tr("Check %s again")),
            (self.set_aside_button, self.tr("Snooze or accept %s")),
            (self.unset_button, self.tr("Count %s again")),
            (self.delete_button, self.tr("Delete the files %s names")),
        ):
            button.setAccessibleName(action % engine_text(result.meta.title))

    def _fold_technical(self, unfolded: bool) -> None:
        """Show the raw evidence only when asked for, and only when there is some."""
        arrow = Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        self.technical_toggle.setArrowType(arrow)
        self.technical.setVisible(
            unfolded and self.technical_toggle.isVisibleTo(self) and bool(self.technical.text())
        )

    @staticmethod
    def _show(heading: QLabel, body: QLabel, text: str) -> None:
        body.setText(text)
        heading.setVisible(bool(text))
        body.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.recheck_button.setEnabled(not busy)
        self.recheck_button.setText(self.tr("Checking…") if busy else self.tr("Check &again"))
