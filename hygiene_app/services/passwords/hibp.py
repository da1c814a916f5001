"""Which known breaches include the user's e-mail address (Have I Been Pwned, with their key).

Optional: the breached-account API needs a paid key of the user's own. The key is kept only in
the operating system's keyring (Secret Service, macOS Keychain, Windows Credential Locker); when
no usable keyring is there we say so and keep nothing, never a file of our own. The e-mail
address is sent to haveibeenpwned.com (that is the question); the key travels in a header, and
neither is logged.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from hygiene_app import __version__
from hygiene_app.engine.i18n import N_, fmt, joined
from hygiene_app.engine.probes import HttpClient, HttpOutcome

KEYRING_SERVICE = "hygiene-app"
KEYRING_USERNAME = "hibp-api-key"
DEFAULT_HIBP_API = "https://haveibeenpwned.com/api/v3"
USER_AGENT = f"HygieneCheckup/{__version__}"
KEY_PAGE = "https://haveibeenpwned.com/API/Key"
#: The most a breachedaccount answer may weigh. Each breach, description included, is one or
#: two KB, and Have I Been Pwned lists under a thousand breaches in all: an address in every
#: one of them would still be under 2 MB.
BREACHES_MAX_BYTES = 4 * 1024 * 1024
HOW_TO_GET_A_KEY = fmt(
    N_(
        "Checking your e-mail addresses needs a Have I Been Pwned API key of your own (a small "
        "monthly fee to haveibeenpwned.com): buy one at {url}, then paste it here once. It is kept "
        "in your system's keyring only."
    ),
    url=KEY_PAGE,
)
#: Module prefixes of keyring backends that are not the OS keyring.
_NOT_OS_KEYRINGS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyringUnavailable(RuntimeError):
    """No usable OS keyring: the key was not stored anywhere."""


@dataclass(frozen=True, slots=True)
class EmailBreach:
    name: str
    title: str
    #: The breach date, YYYY-MM-DD.
    date: str
    data_classes: tuple[str, ...]
    advice: str
    domain: str = ""
    count: int = 0


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def keyring_usable() -> tuple[bool, str]:
    """(True, backend name) when secrets can go to the OS keyring; (False, why) otherwise."""
    try:
        backend = _backend()
        from keyring.backends import chainer

        if isinstance(backend, chainer.ChainerBackend):
            chained = list(backend.backends)
            if not chained:
                return False, N_("no system keyring was found")
            backend = chained[0]
        kind = type(backend)
        module = kind.__module__
        if any(module == m or module.startswith(m + ".") for m in _NOT_OS_KEYRINGS):
            if module.startswith("keyrings.alt"):
                return False, fmt(
                    N_(
                        "the keyring backend ({name}) keeps secrets in a file, "
                        "not the system keyring"
                    ),
                    name=kind.__name__,
                )
            return False, fmt(
                N_("no system keyring is available (backend {module})"), module=module
            )
        priority = float(backend.priority)
        if priority <= 0:
            return False, fmt(
                N_("the keyring backend {name} is not recommended for use"), name=kind.__name__
            )
    except Exception as exc:  # a broken backend or keyringrc.cfg: say which, not more
        return False, fmt(N_("the keyring could not be opened ({error})"), error=type(exc).__name__)
    return True, f"{kind.__module__}.{kind.__qualname__}"


def store_key(key: str) -> None:
    """Keep the API key in the OS keyring; KeyringUnavailable (and nothing stored) otherwise."""
    key = key.strip()
    if not key or any(c.isspace() for c in key) or not key.isprintable():
        raise ValueError("an API key is one word of letters and digits")
    usable, why = keyring_usable()
    if not usable:
        raise KeyringUnavailable(fmt(N_("The key was not saved: {why}."), why=why))
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, key)
    except KeyringError as exc:
        raise KeyringUnavailable(
            fmt(
                N_("The key was not saved: the keyring refused it ({error})."),
                error=type(exc).__name__,
            )
        ) from None


def load_key() -> str | None:
    """The stored key, or None (no key, or no usable keyring)."""
    if not keyring_usable()[0]:
        return None
    try:
        import keyring

        key = keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME)
    except Exception:  # locked, dismissed unlock prompt, broken backend: no key
        return None
    return key or None


def forget_key() -> bool:
    """Remove the stored key; True when one was removed."""
    if not keyring_usable()[0]:
        return False
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, KEYRING_USERNAME)
    except Exception:  # PasswordDeleteError when there was none
        return False
    return True


def advice_for(title: str, data_classes: tuple[str, ...]) -> str:
    """What to do about one breach, from what leaked."""
    leaked = {d.lower() for d in data_classes}
    steps: list[str] = []
    if leaked & {"passwords", "password hints", "auth tokens"}:
        steps.append(
            fmt(
                N_(
                    "Change your password on {site}, and on every other site where you used the "
                    "same one; turn on two-step sign-in."
                ),
                site=title,
            )
        )
    if "security questions and answers" in leaked:
        steps.append(N_("Change the security questions and answers you gave there."))
    if leaked & {"credit cards", "bank account numbers", "partial credit card data"}:
        steps.append(N_("Check your bank and card statements, and tell your bank."))
    if leaked & {"phone numbers", "email addresses", "physical addresses"}:
        steps.append(
            fmt(
                N_(
                    "Expect convincing phishing that mentions {site}: do not follow links in "
                    "messages about it."
                ),
                site=title,
            )
        )
    if not steps:
        steps.append(
            fmt(
                N_("Be wary of messages that mention {site}; use a unique password there."),
                site=title,
            )
        )
    return joined(*steps)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def parse_breaches(text: str) -> list[EmailBreach] | str:
    """The breachedaccount answer (a JSON list), newest first, or an error sentence."""
    try:
        doc = json.loads(text)
    except ValueError:
        return N_("the answer from Have I Been Pwned could not be read")
    if not isinstance(doc, list):
        return N_("the answer from Have I Been Pwned could not be read")
    breaches = []
    for item in doc:
        if not isinstance(item, Mapping):
            continue
        name = _text(item.get("Name"))
        if not name:
            continue
        title = _text(item.get("Title")) or name
        raw_classes = item.get("DataClasses")
        classes = tuple(
            c for c in (raw_classes if isinstance(raw_classes, list) else []) if isinstance(c, str)
        )
        count = item.get("PwnCount")
        breaches.append(
            EmailBreach(
                name=name,
                title=title,
                date=_text(item.get("BreachDate")),
                data_classes=classes,
                advice=advice_for(title, classes),
                domain=_text(item.get("Domain")),
                count=count if isinstance(count, int) and count > 0 else 0,
            )
        )
    if doc and not breaches:
        # A list, but of nothing this reads (a changed format): not "no breaches".
        return N_("the answer from Have I Been Pwned could not be read")
    breaches.sort(key=lambda b: b.date, reverse=True)
    return breaches


@dataclass(frozen=True, slots=True)
class _Request:
    url: str
    headers: dict[str, str] = field(repr=False)


def _request(email: str, key: str, base_url: str) -> _Request:
    account = quote(email.strip(), safe="")
    return _Request(
        f"{base_url.rstrip('/')}/breachedaccount/{account}?truncateResponse=false",
        {"hibp-api-key": key, "User-Agent": USER_AGENT},
    )


def breaches_for(
    email: str, key: str, http: HttpClient, base_url: str = DEFAULT_HIBP_API
) -> list[EmailBreach] | str:
    """The breaches that include `email`, newest first ([] when none), or an error sentence."""
    email = email.strip()
    if "@" not in email or len(email) > 254 or any(c.isspace() for c in email):
        return N_("this is not an e-mail address")
    key = key.strip()
    if not key:
        return HOW_TO_GET_A_KEY
    request = _request(email, key, base_url)
    try:
        response = http.get(
            request.url, timeout=15.0, headers=request.headers, max_bytes=BREACHES_MAX_BYTES
        )
    except Exception:  # the protocol says never; keep the key and address out of any message
        return N_("the request failed")
    match response.outcome:
        case HttpOutcome.OK:
            return parse_breaches(response.text)
        case HttpOutcome.DISABLED:
            return N_("offline mode is on")
        case HttpOutcome.OFFLINE:
            return N_("offline (no connection to Have I Been Pwned)")
        case HttpOutcome.TIMEOUT:
            return N_("Have I Been Pwned did not answer in time")
        case HttpOutcome.TLS_ERROR:
            return N_("the certificate of Have I Been Pwned could not be verified")
        case HttpOutcome.TOO_LARGE:
            return N_("the answer from Have I Been Pwned was far larger than a list of breaches")
    status = response.status
    if status == 404:
        return []
    if status == 401:
        return N_("the key was refused")
    if status == 429:
        return N_("too many requests, try again in a minute")
    if status == 403:
        return N_("the request was refused (403)")
    if status == 400:
        return N_("Have I Been Pwned did not accept this address")
    return fmt(N_("the server answered {status}"), status=status)
