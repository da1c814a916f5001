"""Has a password been seen in a data breach? The Pwned Passwords range API, by k-anonymity.

Only the first five hex characters of the password's SHA-1 leave the machine (one of 1,048,576
buckets, each shared by hundreds of real passwords); the server answers with every suffix in that
bucket and the comparison happens here. `Add-Padding: true` makes every answer 800-1,000 lines
long, so its size does not tell an eavesdropper the bucket either; padding lines have a count of
0 and are dropped. Nothing is written to disk, and a failure is "could not check", never "not
found".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from hygiene_app.engine.i18n import N_, Number, fmt, fmt_plural
from hygiene_app.engine.probes import HttpClient, HttpOutcome, HttpResponse
from hygiene_app.services.service_url import acceptable_service_url

DEFAULT_API = "https://api.pwnedpasswords.com"
PADDING_HEADERS = {"Add-Padding": "true"}
PREFIX_LENGTH = 5
SUFFIX_LENGTH = 35
#: The most a range answer may weigh. A padded bucket is 800-1,000 lines of about 40 bytes
#: (35 hex, a colon, a count, CRLF), so about 40 KB; this leaves room for a mirror's largest
#: buckets without padding, and stops a broken or hostile server long before memory does.
RANGE_MAX_BYTES = 512 * 1024

_PREFIX = re.compile(r"[0-9A-F]{5}")
# ASCII only: int() would also accept Arabic-Indic digits, "1_000" and surrounding blanks.
_LINE = re.compile(r"([0-9A-Fa-f]{35}):([0-9]{1,12})")


class BreachStatus(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"
    #: The check could not be made (offline, server error...): never read this as "not found".
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class BreachResult:
    status: BreachStatus
    count: int = 0
    #: Why the status is UNKNOWN ("offline", "the server answered 503", ...).
    reason: str = ""

    @property
    def found(self) -> bool:
        return self.status is BreachStatus.FOUND

    @property
    def bucket(self) -> str:
        """The verdict in plain words, with the count rounded."""
        if self.status is BreachStatus.NOT_FOUND:
            return N_("not found in known breaches")
        if self.status is BreachStatus.UNKNOWN:
            return fmt(N_("could not check: {reason}"), reason=self.reason or N_("no answer"))
        return count_words(self.count)


def count_words(count: int) -> str:
    """'seen in breaches 3 times', 'about 1,200 times', 'more than a million times'."""
    if count >= 1_000_000:
        return N_("seen in breaches more than a million times")
    if count < 10:
        return fmt_plural(
            "seen in breaches {count} time",
            "seen in breaches {count} times",
            max(count, 1),
            count=max(count, 1),
        )
    return fmt(N_("seen in breaches about {count} times"), count=Number(round_count(count)))


def round_count(count: int) -> int:
    """Two significant figures (1,234 -> 1,200; 12,345 -> 12,000); one below 100 (57 -> 60)."""
    if count < 10:
        return count
    digits = len(str(count))
    keep = 1 if digits == 2 else 2
    step = 10 ** (digits - keep)
    rounded = (count + step // 2) // step * step
    return int(rounded)


def sha1_hex(password: str) -> str:
    """Upper-case hex SHA-1 of the UTF-8 password, as Pwned Passwords indexes it. A lone
    surrogate (not valid UTF-8) is hashed as its surrogate bytes rather than raising."""
    data = password.encode("utf-8", errors="surrogatepass")
    return hashlib.sha1(data, usedforsecurity=False).hexdigest().upper()


def _parse(text: str) -> tuple[dict[str, int], int]:
    """The non-zero suffixes, and how many well-formed lines (padding included) there were."""
    found: dict[str, int] = {}
    valid = 0
    for raw in text.splitlines():
        match = _LINE.fullmatch(raw.strip())
        if match is None:
            continue
        valid += 1
        count = int(match.group(2))
        if count <= 0:
            continue
        suffix = match.group(1).upper()
        found[suffix] = max(count, found.get(suffix, 0))
    return found, valid


def _ends_inside_a_line(text: str) -> bool:
    """The answer stops in the middle of a `SUFFIX:COUNT` line: the last line is not one, and
    no line break follows it (the service ends its last line without one)."""
    if text.endswith(("\n", "\r")):
        return False
    last = text.rsplit("\n", 1)[-1].strip()
    return bool(last) and _LINE.fullmatch(last) is None


def parse_range(text: str) -> dict[str, int]:
    """`SUFFIX:COUNT` lines into {SUFFIX (upper-case): count}; CRLF or LF, padding lines (count
    0) dropped, malformed lines skipped. Never raises."""
    return _parse(text)[0]


def _unknown(reason: str) -> BreachResult:
    return BreachResult(BreachStatus.UNKNOWN, reason=reason)


def _why(response: HttpResponse, host: str) -> str:
    match response.outcome:
        case HttpOutcome.DISABLED:
            return N_("offline mode is on")
        case HttpOutcome.OFFLINE:
            return fmt(N_("offline (no connection to {host})"), host=host)
        case HttpOutcome.TIMEOUT:
            return fmt(N_("{host} did not answer in time"), host=host)
        case HttpOutcome.TLS_ERROR:
            return fmt(N_("the certificate of {host} could not be verified"), host=host)
        case HttpOutcome.TOO_LARGE:
            return fmt(N_("{host} sent far more than a breach answer holds"), host=host)
        case HttpOutcome.HTTP_ERROR:
            if response.status is None:
                return N_("the server answered with an error")
            return fmt(N_("the server answered {status}"), status=response.status)
        case HttpOutcome.OK:
            return N_("the server's answer could not be read")
    return N_("no answer")  # pragma: no cover - every outcome is handled above


class RangeClient:
    """Looks passwords up by SHA-1 prefix. Holds no state between calls: safe to share across
    threads (the vault audit runs several lookups at once)."""

    def __init__(
        self, http: HttpClient, base_url: str = DEFAULT_API, timeout: float = 10.0
    ) -> None:
        self._http = http
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._host = urlsplit(self.base_url).hostname or self.base_url

    def __repr__(self) -> str:
        return f"RangeClient({self.base_url!r})"

    def url_for(self, prefix: str) -> str:
        return f"{self.base_url}/range/{prefix}"

    def lookup_prefix(self, prefix: str) -> dict[str, int] | BreachResult:
        """Every breached suffix of the bucket `prefix` (5 upper-case hex characters) with its
        count, or BreachResult(UNKNOWN) saying why there is no answer."""
        if not isinstance(prefix, str) or _PREFIX.fullmatch(prefix) is None:
            raise ValueError("a range prefix is exactly 5 upper-case hex characters")
        if not acceptable_service_url(self.base_url):
            # Settings and flags refuse such an address already; this holds for any caller.
            return _unknown(N_("the breach service address is not https:// (nothing was sent)"))
        try:
            response = self._http.get(
                self.url_for(prefix),
                timeout=self.timeout,
                headers=dict(PADDING_HEADERS),
                max_bytes=RANGE_MAX_BYTES,
            )
        except Exception:  # the protocol says never; a failure is still only "could not check"
            return _unknown(N_("the request failed"))
        if response.outcome is not HttpOutcome.OK:
            return _unknown(_why(response, self._host))
        found, valid = _parse(response.text)
        if valid == 0 or _ends_inside_a_line(response.text):
            # Every real bucket has hundreds of lines: an empty or HTML answer (a captive portal,
            # a misconfigured mirror) says nothing about the password, and one cut off inside
            # a line (a proxy that dropped the connection) may have lost the very suffix.
            return _unknown(_why(response, self._host))
        return found

    def check(self, password: str) -> BreachResult:
        """FOUND with the count, NOT_FOUND, or UNKNOWN with the reason."""
        digest = sha1_hex(password)
        answer = self.lookup_prefix(digest[:PREFIX_LENGTH])
        if isinstance(answer, BreachResult):
            return answer
        count = answer.get(digest[PREFIX_LENGTH:], 0)
        if count > 0:
            return BreachResult(BreachStatus.FOUND, count=count)
        return BreachResult(BreachStatus.NOT_FOUND)
