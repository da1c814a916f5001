"""Which addresses the app may send a question to (a breach mirror, a 2FA Directory mirror).

An address is judged by the host it names, so it must name exactly one host: the one the
HTTP library will connect to. Parsers disagree on odd addresses: `http://evil.example\\@127.0.0.1`
is 127.0.0.1 to `urlsplit` but evil.example to urllib3 (which requests uses), so a rule checked
with one parser is obeyed by the other. Here an address is accepted only when it has none of
what parsers read differently (user info, backslashes, blanks and control characters) and
when urllib3's parser and `urlsplit` agree on its scheme, host and port.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import urlsplit


def acceptable_service_url(url: str) -> bool:
    """An address we may send even a hash prefix to: https, or plain http only to this
    computer (for tests and local mirrors)."""
    judged = service_host(url)
    if judged is None:
        return False
    scheme, host = judged
    if scheme == "https":
        return True
    return _is_this_computer(host)


def service_host(url: str) -> tuple[str, str] | None:
    """(scheme, host) of an http(s) address both parsers read alike; None for anything else."""
    if not isinstance(url, str) or not url or len(url) > 2048:
        return None
    if "\\" in url or any(c.isspace() or unicodedata.category(c)[0] == "C" for c in url):
        return None
    try:
        split = urlsplit(url)
        split_port = split.port
    except ValueError:  # a bad port or bracketed host
        return None
    from urllib3.exceptions import LocationParseError
    from urllib3.util import parse_url

    try:
        parsed = parse_url(url)
    except (LocationParseError, ValueError):
        return None
    if split.username is not None or split.password is not None or "@" in split.netloc:
        return None
    if parsed.auth is not None:
        return None
    scheme = (split.scheme or "").lower()
    if scheme not in ("http", "https") or (parsed.scheme or "").lower() != scheme:
        return None
    host = (split.hostname or "").lower()
    theirs = (parsed.host or "").lower()
    if theirs.startswith("[") and theirs.endswith("]"):
        theirs = theirs[1:-1]
    if not _valid_host(host) or host != theirs or split_port != parsed.port:
        return None
    return scheme, host


#: One label of an ASCII host name (an internationalised name is given in its xn-- form).
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def _valid_host(host: str) -> bool:
    """An IP address or a DNS name: anything else is a parser's guess."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    labels = host.split(".")
    return len(host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def _is_this_computer(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
