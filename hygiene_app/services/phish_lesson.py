""" "Spot the phish": a short lesson of example messages and pages, and a pure model of one run.

People learn the signs of phishing best from examples they judge themselves and an explanation
right after. The content lives here, in Python, with `N_()` around every sentence so that
`make i18n` hands it to translators (a JSON file would not be collected); the window in
`ui/phish_lesson.py` only lays it out.

Every brand, domain and number here is made up on purpose: domains end in `.example` (reserved
by RFC 2606, so no real company is shown running a scam and no link can lead anywhere), the
look-alikes imitate the fictional "Northbank", and the phone number is in the 07700 900xxx range
Ofcom keeps for fiction. Sender addresses, web addresses and file names are data, not prose: they
are shown as they are, never translated.

The model is pure and frozen: a `LessonRun` records the answer to each example; it is `finished`
once every example has an answer (that, and only that, is what "completed the lesson" means).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from hygiene_app.engine.i18n import N_


class Sign(enum.StrEnum):
    """The signs the lesson teaches; every explanation names at least one."""

    SENDER = "sender"
    LINK = "link"
    URGENCY = "urgency"
    ATTACHMENT = "attachment"
    LOGIN_PAGE = "login_page"
    REQUEST = "request"

    @property
    def label(self) -> str:
        return _SIGN_LABELS[self]


_SIGN_LABELS: Mapping[Sign, str] = MappingProxyType(
    {
        Sign.SENDER: N_("Sender"),
        Sign.LINK: N_("Where the link goes"),
        Sign.URGENCY: N_("Urgency"),
        Sign.ATTACHMENT: N_("Attachment type"),
        Sign.LOGIN_PAGE: N_("Login page"),
        Sign.REQUEST: N_("What it asks of you"),
    }
)


class Kind(enum.StrEnum):
    """What the example is, which decides how the window draws it."""

    EMAIL = "email"
    SMS = "sms"
    PAGE = "page"
    PROMPT = "prompt"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.EMAIL: N_("E-mail"),
        Kind.SMS: N_("Text message"),
        Kind.PAGE: N_("Web page"),
        Kind.PROMPT: N_("Sign-in prompt on your phone"),
    }
)


@dataclass(frozen=True, slots=True)
class Link:
    """A link as the message shows it, and where it really goes (revealed after answering)."""

    shown: str
    target: str


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer button: its words (with a mnemonic "&") and whether it is the right one."""

    label: str
    right: bool


@dataclass(frozen=True, slots=True)
class Point:
    """One line of an explanation: the sign it is about and what to notice."""

    sign: Sign
    text: str


@dataclass(frozen=True, slots=True)
class Example:
    """One message or page to judge. Fields that do not apply to its kind are empty."""

    key: str
    kind: Kind
    #: The name the sender shows ("Northbank Security"): translatable words, or "" for none.
    sender_name: str
    #: The address or number it really came from: data, shown as it is.
    sender_address: str
    subject: str
    body: str
    question: str
    choices: tuple[Choice, ...]
    #: One sentence that says what it really is ("This is phishing.").
    verdict: str
    #: The signs, each with what to notice: the explanation as a short list.
    points: tuple[Point, ...]
    link: Link | None = None
    attachment: str = ""
    #: A page's address bar, exactly as the browser shows it.
    address: str = ""
    #: A short name for the summary at the end, when the subject or page title will not do.
    name: str = ""

    @property
    def title(self) -> str:
        """A short name for a summary: the subject, a page's title, or what kind it is."""
        page_title = self.sender_name if self.kind is Kind.PAGE else ""
        return self.name or self.subject or page_title or self.kind.label

    @property
    def right_choice(self) -> int:
        """The index of the right answer (the content has exactly one)."""
        return next(i for i, c in enumerate(self.choices) if c.right)

    def translatable(self) -> Iterator[str]:
        """Every sentence of this example a person reads that a translator translates."""
        yield self.kind.label
        texts = (self.sender_name, self.subject, self.body, self.question, self.verdict, self.name)
        for text in texts:
            if text:
                yield text
        if self.link is not None:
            yield self.link.shown
        for choice in self.choices:
            yield choice.label
        for point in self.points:
            yield point.sign.label
            yield point.text


_SAFE_LABEL = N_("It is &safe")
_PHISH_LABEL = N_("It is &phishing")
#: The usual pair of buttons, for a phishing example and for a genuine one.
PHISH_CHOICES = (Choice(_SAFE_LABEL, right=False), Choice(_PHISH_LABEL, right=True))
SAFE_CHOICES = (Choice(_SAFE_LABEL, right=True), Choice(_PHISH_LABEL, right=False))

IS_IT_SAFE = N_("Is this safe?")
PHISH_VERDICT = N_("This is phishing.")
SAFE_VERDICT = N_("This one is genuine.")

EXAMPLES: tuple[Example, ...] = (
    Example(
        key="mailbox-full",
        kind=Kind.EMAIL,
        sender_name=N_("Mail Administrator"),
        sender_address="admin@mailbox-support.example",
        subject=N_("Your mailbox is 98% full: act within 24 hours"),
        body=N_(
            "Dear user, your mailbox has reached its limit. New messages will be deleted in "
            "24 hours unless you confirm your account now."
        ),
        link=Link(N_("Upgrade my mailbox"), "http://mail-upgrade.example/confirm"),
        question=IS_IT_SAFE,
        choices=PHISH_CHOICES,
        verdict=PHISH_VERDICT,
        points=(
            Point(
                Sign.SENDER,
                N_(
                    "It comes from mailbox-support.example, not from your own mail provider, "
                    'and greets you as "Dear user".'
                ),
            ),
            Point(
                Sign.URGENCY,
                N_("A deadline of 24 hours and a threat to delete mail push you to act fast."),
            ),
            Point(
                Sign.LINK,
                N_("The button leads to mail-upgrade.example over plain http, not to your mail."),
            ),
        ),
    ),
    Example(
        key="bank-statement",
        kind=Kind.EMAIL,
        sender_name=N_("Northbank"),
        sender_address="notices@northbank.example",
        subject=N_("Your March statement is ready"),
        body=N_(
            "Your March statement is now available. To read it, open the Northbank app or type "
            "northbank.example into your browser yourself. We will never ask for your password "
            "or a code by e-mail."
        ),
        question=IS_IT_SAFE,
        choices=SAFE_CHOICES,
        verdict=SAFE_VERDICT,
        points=(
            Point(
                Sign.REQUEST,
                N_(
                    "It asks for nothing: no link to click, no attachment, no password, no "
                    "payment. It tells you to go to the bank your usual way."
                ),
            ),
            Point(
                Sign.SENDER,
                N_(
                    "It comes from northbank.example, the bank's own address. A sender can be "
                    "faked, which is why going there yourself is the safe habit."
                ),
            ),
        ),
    ),
    Example(
        key="parcel-sms",
        kind=Kind.SMS,
        name=N_("Parcel held, pay 1.99"),
        sender_name="",
        sender_address="+44 7700 900461",
        subject="",
        body=N_(
            "Parcelo: your parcel is held at our depot because of an unpaid shipping fee of "
            "1.99. Pay today or it will be returned to the sender."
        ),
        link=Link(N_("parcelo-redelivery.example/pay"), "https://parcelo-redelivery.example/pay"),
        question=IS_IT_SAFE,
        choices=PHISH_CHOICES,
        verdict=PHISH_VERDICT,
        points=(
            Point(
                Sign.REQUEST,
                N_(
                    "A tiny fee is the bait: the page asks for your full card details, which "
                    "are then used for much larger payments."
                ),
            ),
            Point(
                Sign.SENDER,
                N_("It comes from an ordinary mobile number, not from a delivery company."),
            ),
            Point(Sign.URGENCY, N_('"Pay today or it will be returned" rushes you.')),
            Point(
                Sign.LINK,
                N_(
                    "The link is not the delivery company's site. If you expect a parcel, look "
                    "it up on the sender's site with the tracking number from your order."
                ),
            ),
        ),
    ),
    Example(
        key="invoice-exe",
        kind=Kind.EMAIL,
        sender_name=N_("Accounts Department"),
        sender_address="billing@invoices-online.example",
        subject=N_("OVERDUE: invoice 4471, final reminder"),
        body=N_(
            "Please find attached the overdue invoice. Legal action will follow if it is not "
            "paid within 48 hours."
        ),
        attachment="Invoice_4471.pdf.exe",
        question=IS_IT_SAFE,
        choices=PHISH_CHOICES,
        verdict=PHISH_VERDICT,
        points=(
            Point(
                Sign.ATTACHMENT,
                N_(
                    "The file ends in .exe: it is a program dressed up as a PDF. Files ending "
                    "in .exe, .scr, .js, .iso, .img or .html are never an ordinary invoice."
                ),
            ),
            Point(Sign.URGENCY, N_('A "final reminder" and a threat of legal action.')),
            Point(
                Sign.SENDER,
                N_("A company you never bought from, with no name and no invoice details."),
            ),
        ),
    ),
    Example(
        key="deceptive-login",
        kind=Kind.PAGE,
        name=N_("Northbank sign-in page on secure-login.example"),
        sender_name=N_("Northbank: Sign in"),
        sender_address="",
        subject="",
        body=N_(
            "Welcome to Northbank Online. Enter your customer number, password and the code "
            "from your card reader to continue."
        ),
        address="http://northbank.example.secure-login.example/signin",
        question=IS_IT_SAFE,
        choices=PHISH_CHOICES,
        verdict=PHISH_VERDICT,
        points=(
            Point(
                Sign.LOGIN_PAGE,
                N_(
                    "Look at the address right before the first single slash: this page "
                    'belongs to secure-login.example. "northbank.example" at the start is '
                    "only a decoration anyone can add."
                ),
            ),
            Point(
                Sign.LOGIN_PAGE,
                N_(
                    "It uses plain http: what you type travels unprotected. A real bank's "
                    "login page always uses https."
                ),
            ),
            Point(
                Sign.REQUEST,
                N_(
                    "It asks for your password and your card reader's code at once: all someone "
                    "needs to act as you. Your password manager would not fill it in here, "
                    "because it does not know this site."
                ),
            ),
        ),
    ),
    Example(
        key="order-confirmation",
        kind=Kind.EMAIL,
        sender_name=N_("Westbrook Books"),
        sender_address="orders@westbrook-books.example",
        subject=N_("Your order 5521 has shipped"),
        body=N_(
            "Thanks for your order of yesterday. Your two books are on their way and should "
            "arrive on Thursday. You can follow the parcel on your account page."
        ),
        link=Link(N_("westbrook-books.example/orders"), "https://westbrook-books.example/orders"),
        question=N_("You ordered two books from Westbrook Books yesterday. Is this safe?"),
        choices=SAFE_CHOICES,
        verdict=SAFE_VERDICT,
        points=(
            Point(
                Sign.SENDER,
                N_(
                    "You were expecting it: it matches an order you placed, and it comes from "
                    "the shop's own address."
                ),
            ),
            Point(
                Sign.LINK,
                N_(
                    "The link goes exactly where it says, to the shop's own site over https, "
                    "and there is no deadline or threat."
                ),
            ),
        ),
    ),
    Example(
        key="mfa-fatigue",
        kind=Kind.PROMPT,
        sender_name=N_("Northbank sign-in"),
        sender_address="",
        subject=N_("Are you trying to sign in?"),
        body=N_(
            "Sign-in request from a new device, 02:14 at night. This is the fifth request in "
            "ten minutes. You are in bed and did not try to sign in."
        ),
        question=N_("What do you do?"),
        choices=(Choice(N_("&Approve"), right=False), Choice(N_("&Deny"), right=True)),
        verdict=N_("Deny it: someone else is trying to sign in with your password."),
        points=(
            Point(
                Sign.REQUEST,
                N_(
                    "A prompt you did not ask for means someone already has your password. "
                    "Deny it, then change that password."
                ),
            ),
            Point(
                Sign.URGENCY,
                N_(
                    "Prompt after prompt in the middle of the night is meant to wear you down "
                    "until you tap Approve just to make it stop."
                ),
            ),
        ),
    ),
    Example(
        key="shared-html",
        kind=Kind.EMAIL,
        sender_name=N_("Maria Lopez"),
        sender_address="maria.lopez.office@freemail.example",
        subject=N_('Maria shared "Salary review 2026" with you'),
        body=N_(
            "Hi, please review the attached document before our meeting today. You will need "
            "to sign in with your work account to open it."
        ),
        attachment="Salary_review_2026.html",
        question=IS_IT_SAFE,
        choices=PHISH_CHOICES,
        verdict=PHISH_VERDICT,
        points=(
            Point(
                Sign.SENDER,
                N_(
                    "The name is a colleague's, but the address is a free mail account, not "
                    "your company's. Ask Maria another way if you are unsure."
                ),
            ),
            Point(
                Sign.ATTACHMENT,
                N_(
                    "An .html attachment opens a web page from your own computer: here a fake "
                    "work login, which hides where your password goes."
                ),
            ),
            Point(Sign.URGENCY, N_('"Before our meeting today" leaves no time to check.')),
        ),
    ),
    Example(
        key="real-login",
        kind=Kind.PAGE,
        name=N_("Northbank sign-in page from your bookmark"),
        sender_name=N_("Northbank: Sign in"),
        sender_address="",
        subject="",
        body=N_(
            "You opened this page from your own bookmark, and your password manager offers to "
            "fill in your Northbank login."
        ),
        address="https://online.northbank.example/login",
        question=IS_IT_SAFE,
        choices=SAFE_CHOICES,
        verdict=SAFE_VERDICT,
        points=(
            Point(
                Sign.LOGIN_PAGE,
                N_(
                    "Right before the first single slash it reads northbank.example, the bank's "
                    "own address, and it uses https."
                ),
            ),
            Point(
                Sign.LINK,
                N_(
                    "You came from your bookmark, not from a link in a message, and your "
                    "password manager recognised the site."
                ),
            ),
        ),
    ),
    Example(
        key="look-alike",
        kind=Kind.EMAIL,
        sender_name=N_("Northbank Security"),
        sender_address="alert@n0rthbank.example",
        subject=N_("Unusual sign-in: your account will be locked"),
        body=N_(
            "We noticed a sign-in from an unknown device. If this was not you, verify your "
            "identity within 12 hours or your account will be locked."
        ),
        link=Link(N_("https://northbank.example/verify"), "https://n0rthbank.example/verify"),
        question=IS_IT_SAFE,
        choices=PHISH_CHOICES,
        verdict=PHISH_VERDICT,
        points=(
            Point(
                Sign.SENDER,
                N_(
                    "n0rthbank.example has a zero where the o should be: a look-alike of the "
                    "bank's name."
                ),
            ),
            Point(
                Sign.LINK,
                N_(
                    "The link shows the bank's address but really goes to the look-alike. "
                    "Hover over a link (or press and hold on a phone) to see where it goes."
                ),
            ),
            Point(Sign.URGENCY, N_("A lock within 12 hours is there to make you hurry.")),
        ),
    ),
)

#: What the last page asks people to remember.
REMEMBER: tuple[str, ...] = (
    N_(
        "Check the sender and where a link really goes: the part right before the first single "
        "slash of the address is what counts."
    ),
    N_(
        "Urgency, threats and small fees are a trick to make you hurry: slow down and check "
        "another way."
    ),
    N_(
        "Log in only on a site you opened yourself, and let your password manager fill it in: "
        "it never fills in a look-alike."
    ),
)


@dataclass(frozen=True, slots=True)
class LessonRun:
    """One pass through the lesson: the answer (a choice index) given to each example so far.

    Frozen: `answer` returns a new run. An example keeps its first answer, so looking at the
    explanation and then pressing the other button cannot change the score.
    """

    examples: tuple[Example, ...] = EXAMPLES
    answers: tuple[tuple[str, int], ...] = ()

    def answer(self, key: str, choice: int) -> LessonRun:
        """The run with `choice` given for the example `key`; unknown keys or choices and a
        second answer to the same example are ignored."""
        example = self.example(key)
        if example is None or not 0 <= choice < len(example.choices) or self.given(key) is not None:
            return self
        return LessonRun(self.examples, (*self.answers, (key, choice)))

    def example(self, key: str) -> Example | None:
        return next((e for e in self.examples if e.key == key), None)

    def given(self, key: str) -> int | None:
        """The answer given for `key`, None before it is answered."""
        return next((c for k, c in self.answers if k == key), None)

    def is_right(self, key: str) -> bool | None:
        """Whether the answer given for `key` was right; None before it is answered."""
        example, given = self.example(key), self.given(key)
        if example is None or given is None:
            return None
        return example.choices[given].right

    @property
    def score(self) -> int:
        """How many examples were answered right."""
        return sum(1 for key, _choice in self.answers if self.is_right(key))

    @property
    def answered(self) -> int:
        return len(self.answers)

    @property
    def finished(self) -> bool:
        """Every example has an answer: what "completed the lesson" means."""
        return bool(self.examples) and all(self.given(e.key) is not None for e in self.examples)

    @property
    def next_example(self) -> Example | None:
        """The first example without an answer, in lesson order; None when finished."""
        return next((e for e in self.examples if self.given(e.key) is None), None)


def content_problems(examples: tuple[Example, ...] = EXAMPLES) -> list[str]:
    """What is wrong with the lesson content, one line each (empty: fine). Tests hold the
    bundled content to it: unique keys, exactly one right answer among two or more choices,
    each choice with one shortcut letter, and an explanation that names at least one sign."""
    problems: list[str] = []
    seen: set[str] = set()
    for example in examples:
        key = example.key
        if key in seen:
            problems.append(f"{key}: the key is used twice")
        seen.add(key)
        if len(example.choices) < 2:
            problems.append(f"{key}: fewer than two answers")
        if sum(1 for c in example.choices if c.right) != 1:
            problems.append(f"{key}: not exactly one right answer")
        letters = [_mnemonic(c.label) for c in example.choices]
        if None in letters or len(set(letters)) != len(letters):
            problems.append(f"{key}: each answer needs its own shortcut letter")
        if not example.points:
            problems.append(f"{key}: the explanation names no sign")
        if not example.verdict or not example.question or not example.body:
            problems.append(f"{key}: a question, a body and a verdict are needed")
        if example.kind is Kind.PAGE and not example.address:
            problems.append(f"{key}: a page needs its address bar")
        if example.kind in (Kind.EMAIL, Kind.SMS) and not example.sender_address:
            problems.append(f"{key}: a message needs its sender's address")
    return problems


def _mnemonic(label: str) -> str | None:
    """The shortcut letter of `label` ("It is &safe" -> "s"), None when it has none or several."""
    plain = label.replace("&&", "")
    letters = [plain[i + 1].casefold() for i, ch in enumerate(plain[:-1]) if ch == "&"]
    return letters[0] if len(letters) == 1 else None
