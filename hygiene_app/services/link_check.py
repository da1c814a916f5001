"""The link checker: is this link likely a phishing link? Local and offline.

It reads the address only: the link is never fetched, resolved or sent anywhere, so checking a
link cannot tell its sender that it was looked at. What it looks for is what phishing links do
to look like somebody else's: a domain that imitates a brand's (look-alike letters from other
scripts, reduced by a UTS #39 skeleton, digits for letters, one letter off), the brand's name
inside somebody else's domain or in front of it as subdomains, the real host hidden behind a
`user@` part, IP addresses (also written as one big number), shorteners that hide the
destination, plain http for a sign-in page, and brand domains in the path.

The host is read the way a browser reads it (WHATWG URL rules: backslashes as slashes, the last
`@` ends the user part, numeric IPv4 forms), because what matters is where the browser would
go, not what the text seems to say. The bundled data (brands and their real domains, the
look-alike map, multi-part public suffixes, shorteners) lives in `hygiene_app/data/`; each file
says what it covers and what it leaves out.

Every reason is a translatable `Text` with an id (`Sign`) that tests and the JSON output use.
"""

from __future__ import annotations

import enum
import functools
import ipaddress
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from hygiene_app.engine.i18n import N_, Number, Text, as_text, fmt
from hygiene_app.resources import read_package_text

#: Longer than this is not a link anybody pastes (browsers show about 2,000 characters).
MAX_URL_CHARS = 8192
#: Keywords shorter than this only match a whole word of a domain ("ups" in "ups-tracking",
#: not in "groups"); longer ones also match at the start or end of a label ("paypalsecure").
MIN_PART_KEYWORD = 6
#: A label this long or longer that is one letter away from a brand keyword imitates it.
MIN_TYPO_KEYWORD = 6
#: This many labels in front of the registrable domain is unusual for a real site's link.
MANY_SUBDOMAINS = 4
#: How deep a link inside a link (a redirect parameter) is checked.
MAX_NESTING = 2

_SPECIAL_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss"})
_ACTIVE_SCHEMES = frozenset({"javascript", "vbscript", "data", "file", "blob"})
#: Characters a browser refuses in a host name (WHATWG "forbidden host code points").
_FORBIDDEN_IN_HOST = frozenset(" #%/:<>?@[\\]^|")
#: What a browser strips from both ends of a typed address: C0 controls and the space.
_C0_AND_SPACE = "".join(chr(i) for i in range(0x21))
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
_LOGIN_WORDS = re.compile(
    r"log-?in|log-?on|sign-?in|signon|verif|passw|credential|account|webscr|auth|secure"
    r"|banking|unlock|suspend|confirm|update-?billing|wallet",
)
_DOMAIN_IN_TEXT = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")
_URL_IN_QUERY = re.compile(r"(?:https?|ftp)(?::|%3a)(?:/|%2f|\\){2}", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[-_0-9]+")


class Level(enum.StrEnum):
    """How much one sign weighs: a warning makes the link suspicious, a note only explains."""

    WARNING = "warning"
    NOTE = "note"


class Sign(enum.StrEnum):
    """Why a link looks suspicious (the ids tests and `--format json` use)."""

    LOOKALIKE = "lookalike"
    TYPO = "typo"
    MIXED_SCRIPT = "mixed-script"
    PUNYCODE = "punycode"
    BAD_PUNYCODE = "bad-punycode"
    IP_HOST = "ip-host"
    NUMERIC_IP = "numeric-ip"
    USERINFO = "userinfo"
    BRAND_SUBDOMAIN = "brand-subdomain"
    BRAND_IN_DOMAIN = "brand-in-domain"
    MANY_SUBDOMAINS = "many-subdomains"
    SHORTENER = "shortener"
    HTTP_LOGIN = "http-login"
    BRAND_IN_PATH = "brand-in-path"
    ACTIVE_SCHEME = "active-scheme"
    NOT_WEB = "not-web"
    HIDDEN_CHARACTERS = "hidden-characters"
    ENCODED_HOST = "encoded-host"
    ODD_PORT = "odd-port"
    REDIRECT = "redirect"
    NO_SCHEME = "no-scheme"


@dataclass(frozen=True, slots=True)
class Reason:
    sign: Sign
    level: Level
    text: Text


@dataclass(frozen=True, slots=True)
class LinkVerdict:
    """What the checker found. `host` is shown decoded (a punycode host as the letters it
    stands for), `host_ascii` as the browser sends it."""

    url: str
    scheme: str
    host: str
    host_ascii: str
    domain: str
    reasons: tuple[Reason, ...]

    @property
    def suspicious(self) -> bool:
        return any(r.level is Level.WARNING for r in self.reasons)

    @property
    def signs(self) -> frozenset[Sign]:
        return frozenset(r.sign for r in self.reasons)

    @property
    def summary(self) -> Text:
        if self.suspicious:
            return as_text(N_("This link looks suspicious. Do not open it or sign in there."))
        return as_text(N_("Nothing suspicious found in this link's address."))


class LinkError(ValueError):
    """The text is not a link that can be checked; the message says why in one line."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


# ----- bundled data ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Brand:
    name: str
    keywords: tuple[str, ...]
    domains: tuple[str, ...]

    def owns(self, host: str, domain: str) -> bool:
        """`host` (whose registrable domain is `domain`) is one of this brand's sites: under
        one of its domains, and not a customer's own name under a hosting suffix (a page on
        "evil.s3.amazonaws.com" is not Amazon's)."""
        return any(
            (host == d or host.endswith("." + d)) and (d == domain or d.endswith("." + domain))
            for d in self.domains
        )


def _data(name: str) -> str:
    return read_package_text("data", name)


def _lines(name: str) -> tuple[str, ...]:
    out = (line.split("#", 1)[0].strip().lower() for line in _data(name).splitlines())
    return tuple(line for line in out if line)


@functools.cache
def bundled_brands() -> tuple[Brand, ...]:
    doc: Any = json.loads(_data("brands.json"))
    return tuple(
        Brand(
            str(raw["name"]),
            tuple(str(k).lower() for k in raw["keywords"]),
            tuple(str(d).lower() for d in raw["domains"]),
        )
        for raw in doc["brands"]
    )


@functools.cache
def multi_part_suffixes() -> frozenset[str]:
    return frozenset(_lines("link_suffixes.txt"))


@functools.cache
def shorteners() -> frozenset[str]:
    return frozenset(_lines("link_shorteners.txt"))


@functools.cache
def confusables() -> dict[str, str]:
    """Look-alike character -> the Latin letters it passes for (see the data file's header)."""
    table: dict[str, str] = {}
    for line in _data("confusables_subset.txt").splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 2 or not fields[0].strip():
            continue
        source = chr(int(fields[0], 16))
        table[source] = "".join(chr(int(cp, 16)) for cp in fields[1].split())
    return table


# ----- skeletons and scripts ------------------------------------------------------------------

#: Letter pairs that read as one letter in most fonts: the skeleton writes both sides the same.
_DIGRAPHS = (("rn", "m"), ("vv", "w"), ("cl", "d"))


@functools.lru_cache(maxsize=4096)
def skeleton(text: str) -> str:
    """A UTS #39-style skeleton: two strings that look alike get the same one. NFKC and case
    folding first (fullwidth and mathematical letters, capitals), then accents removed, then
    the look-alike map, then "rn"/"vv"/"cl" read as "m"/"w"/"d"."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    table = confusables()
    out = []
    for char in unicodedata.normalize("NFD", folded):
        if unicodedata.combining(char):
            continue
        out.append(table.get(char, char))
    result = unicodedata.normalize("NFC", "".join(out))
    for pair, single in _DIGRAPHS:
        result = result.replace(pair, single)
    return result


_SCRIPT_PREFIXES = (
    ("CJK ", "Han"),
    ("IDEOGRAPHIC", "Han"),
    ("KATAKANA-HIRAGANA", "Japanese"),
    ("HALFWIDTH KATAKANA", "Katakana"),
)
#: Script sets a single domain label may mix (UTS #39 "highly restrictive").
_ALLOWED_MIXES = (
    frozenset({"LATIN", "Han", "HIRAGANA", "KATAKANA", "Japanese"}),
    frozenset({"LATIN", "Han", "BOPOMOFO"}),
    frozenset({"LATIN", "Han", "HANGUL"}),
)


def _script(char: str) -> str | None:
    """The script of a letter, from its Unicode name (the standard library has no script
    property); None for digits, hyphens and combining marks, which go with any script."""
    if not char.isalpha() or unicodedata.combining(char):
        return None
    name = unicodedata.name(char, "")
    if name.startswith("MODIFIER LETTER"):
        return None
    for prefix, script in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return script
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def scripts(label: str) -> frozenset[str]:
    found = (_script(c) for c in unicodedata.normalize("NFKC", label))
    return frozenset(s for s in found if s is not None)


def mixed_script(label: str) -> bool:
    """True when `label` mixes scripts no real name mixes (Latin with Cyrillic, ...)."""
    found = scripts(label)
    if len(found) <= 1:
        return False
    return not any(found <= allowed for allowed in _ALLOWED_MIXES)


# ----- reading the address the way a browser does ---------------------------------------------


@dataclass(frozen=True, slots=True)
class _Parts:
    scheme: str
    userinfo: str | None
    host: str
    port: str
    rest: str  # path, query and fragment


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_AUTHORITY_END = re.compile(r"[/\\?#]")


def _split(url: str, *, had_scheme: bool) -> _Parts:
    match = _SCHEME.match(url)
    scheme = match.group(1).lower() if match and had_scheme else ""
    rest = url[match.end() :] if match and had_scheme else url
    if scheme and scheme not in _SPECIAL_SCHEMES:
        return _Parts(scheme, None, "", "", rest)
    rest = rest.lstrip("/\\")
    end = _AUTHORITY_END.search(rest)
    authority, tail = (rest[: end.start()], rest[end.start() :]) if end else (rest, "")
    userinfo: str | None = None
    if "@" in authority:
        userinfo, authority = authority.rsplit("@", 1)
    host, port = authority, ""
    if host.startswith("["):
        close = host.find("]")
        if close != -1:
            host, port = host[: close + 1], host[close + 1 :].lstrip(":")
    elif ":" in host:
        host, port = host.rsplit(":", 1)
    return _Parts(scheme, userinfo, host, port, tail.replace("\\", "/"))


def _ipv4_number(part: str) -> int | None:
    """One part of a WHATWG IPv4 address: decimal, 0x hex or 0-led octal; None if not one."""
    if not part:
        return None
    try:
        if part[:2] in ("0x", "0X"):
            return int(part[2:], 16) if part[2:] else 0
        if len(part) > 1 and part[0] == "0":
            return int(part[1:], 8)
        return int(part, 10) if part.isascii() and part.isdigit() else None
    except ValueError:
        return None


def parse_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a browser would connect to for `host` (`3232235777`, `0xc0.0250.1.1`,
    `192.168.1.1`), or None when `host` is a name."""
    parts = host.split(".")
    if parts and parts[-1] == "":
        parts = parts[:-1]
    if not parts or len(parts) > 4:
        return None
    numbers = [_ipv4_number(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    if any(n > 255 for n in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        return None
    total = values[-1]
    for i, n in enumerate(values[:-1]):
        total += n * 256 ** (3 - i)
    return ipaddress.IPv4Address(total)


def _decode_label(label: str) -> tuple[str, bool]:
    """A label as people read it, and whether its punycode was broken."""
    if not label.startswith("xn--"):
        return label, False
    try:
        decoded = label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label, True
    valid = (
        not decoded.isascii()
        and all(c.isalnum() or c == "-" or unicodedata.category(c)[0] == "M" for c in decoded)
        and _encode_label(decoded) == label
    )
    return decoded, not valid


def _encode_label(label: str) -> str:
    if label.isascii():
        return label
    try:
        return "xn--" + label.encode("punycode").decode("ascii")
    except UnicodeError:
        return label


def registrable_domain(labels: list[str]) -> int:
    """How many trailing labels of a host make its registrable domain ("evil.co.uk": 3)."""
    suffixes = multi_part_suffixes()
    for size in (3, 2):
        if len(labels) > size and ".".join(labels[-size:]) in suffixes:
            return size + 1
    return min(2, len(labels))


# ----- the checks -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Known:
    """A domain to protect: a brand's or one from the user's account inventory."""

    name: str
    keywords: tuple[str, ...]
    owner: Brand


def _inventory_brands(domains: Iterable[str]) -> tuple[Brand, ...]:
    out = []
    for raw in domains:
        domain = raw.strip().lower().strip(".")
        if not domain or "." not in domain or len(domain) > 253:
            continue
        labels = [_decode_label(label)[0] for label in domain.split(".")]
        main = labels[-registrable_domain(labels)] if labels else ""
        if len(main) < 3 or main.isdigit():
            continue
        out.append(Brand(".".join(labels), (main,), (".".join(labels), domain)))
    return tuple(out)


def _country_suffix(suffix: list[str]) -> bool:
    """A country's domain ("fr", "co.uk", "com.br"), where brands often have a site."""
    return bool(suffix) and len(suffix[-1]) == 2 and suffix[-1].isascii()


def _words(label: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(label) if w]


def _names_brand(label: str, keyword: str) -> bool:
    """`keyword` is a word of `label` ("dhl-express"), or starts or ends it when long enough to
    be unmistakable ("paypalsecure", "secure-paypal"); compared as skeletons, so
    "micros0ft-support" names Microsoft too."""
    label, keyword = skeleton(label), skeleton(keyword)
    if keyword in _words(label):
        return True
    return len(keyword) >= MIN_PART_KEYWORD and (
        label.startswith(keyword) or label.endswith(keyword)
    )


def misspelt(label: str, keyword: str) -> bool:
    """`label` is `keyword` with two neighbouring letters swapped, one letter left out or one
    added ("paypla", "amazn", "gooogle"): the typing slips typosquatters register. A changed
    letter is not counted ("finance" is not a typo of "binance", "cooking" not of "booking"),
    nor a plural ("bookings")."""
    if label == keyword or abs(len(label) - len(keyword)) > 1:
        return False
    if len(label) == len(keyword):
        diff = [i for i in range(len(label)) if label[i] != keyword[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and label[diff[0]] == keyword[diff[1]]
            and label[diff[1]] == keyword[diff[0]]
        )
    if len(label) < len(keyword):
        # Not the first letter: "cloud" is a word of its own, not "icloud" misspelt.
        return any(keyword[:i] + keyword[i + 1 :] == label for i in range(1, len(keyword)))
    if label == keyword + "s":
        return False
    return any(label[:i] + label[i + 1 :] == keyword for i in range(len(label)))


def _reason(sign: Sign, level: Level, template: str, **args: object) -> Reason:
    return Reason(sign, level, fmt(template, **args))


class _Checker:
    def __init__(self, brands: tuple[Brand, ...]) -> None:
        self.brands = brands

    def owner(self, host: str) -> Brand | None:
        labels = host.split(".")
        domain = ".".join(labels[-registrable_domain(labels) :])
        return next((b for b in self.brands if b.owns(host, domain)), None)

    def lookalikes(self, labels: list[str], main: str, owner: Brand | None) -> Iterator[Reason]:
        """Labels whose skeleton is a brand keyword, or a whole domain whose skeleton is a
        brand's domain, without being it; then the site's own name (`main`) one letter away
        from a keyword. A brand's own site imitates nobody."""
        if owner is not None:
            return
        host = ".".join(labels)
        host_skeleton = skeleton(host)
        for brand in self.brands:
            for domain in brand.domains:
                if host == domain or host.endswith("." + domain):
                    continue
                if host_skeleton == skeleton(domain) or host_skeleton.endswith(
                    "." + skeleton(domain)
                ):
                    yield _reason(
                        Sign.LOOKALIKE,
                        Level.WARNING,
                        N_(
                            "\u201c{host}\u201d imitates {brand}'s address {real}: some of its "
                            "letters only look like the real ones."
                        ),
                        host=host,
                        brand=brand.name,
                        real=domain,
                    )
                    return
        for label in labels:
            label_skeleton = skeleton(label)
            for brand in self.brands:
                for keyword in brand.keywords:
                    if label != keyword and label_skeleton == skeleton(keyword):
                        yield _reason(
                            Sign.LOOKALIKE,
                            Level.WARNING,
                            N_(
                                "\u201c{label}\u201d is made to look like \u201c{keyword}\u201d "
                                "({brand}) but is written with other letters."
                            ),
                            label=label,
                            keyword=keyword,
                            brand=brand.name,
                        )
                        return
                    if (
                        len(keyword) >= MIN_TYPO_KEYWORD
                        and label == main
                        and label.isascii()
                        and misspelt(label_skeleton, skeleton(keyword))
                    ):
                        yield _reason(
                            Sign.TYPO,
                            Level.WARNING,
                            N_(
                                "\u201c{label}\u201d is one letter away from \u201c{keyword}\u201d "
                                "({brand}): a misspelt copy of a real name."
                            ),
                            label=label,
                            keyword=keyword,
                            brand=brand.name,
                        )
                        return

    def brand_in_host(
        self, labels: list[str], domain_size: int, owner: Brand | None
    ) -> Iterator[Reason]:
        if owner is not None:
            return
        domain = ".".join(labels[-domain_size:])
        front = labels[:-domain_size]
        front_text = ".".join(front)
        for brand in self.brands:
            in_front = any(
                front_text == d or front_text.endswith("." + d) or f".{d}." in f".{front_text}."
                for d in brand.domains
            ) or any(_names_brand(label, k) for label in front for k in brand.keywords)
            if in_front:
                yield _reason(
                    Sign.BRAND_SUBDOMAIN,
                    Level.WARNING,
                    N_(
                        "The address starts with {brand}'s name, but the site is \u201c{domain}"
                        "\u201d: everything in front of it is chosen by whoever owns {domain}."
                    ),
                    brand=brand.name,
                    domain=domain,
                )
                return
            main = labels[-domain_size]
            if any(_names_brand(main, k) for k in brand.keywords):
                # "paypal.fr" may be the brand's own site in that country; "paypal.support"
                # or "paypal-verify.com" is somebody else's.
                if main in brand.keywords and _country_suffix(labels[-domain_size + 1 :]):
                    yield _reason(
                        Sign.BRAND_IN_DOMAIN,
                        Level.NOTE,
                        N_(
                            "\u201c{domain}\u201d carries the name {brand} but is not among "
                            "{brand}'s addresses known here; it may be its site for that country."
                        ),
                        brand=brand.name,
                        domain=domain,
                    )
                    return
                yield _reason(
                    Sign.BRAND_IN_DOMAIN,
                    Level.WARNING,
                    N_(
                        "\u201c{domain}\u201d contains the name {brand}, but it is not one of "
                        "{brand}'s addresses."
                    ),
                    brand=brand.name,
                    domain=domain,
                )
                return

    def brand_in_path(self, rest: str, owner: Brand | None) -> Iterator[Reason]:
        path = unquote(rest.split("?", 1)[0].split("#", 1)[0]).lower()
        segments = [s for s in path.split("/") if s]
        for index, segment in enumerate(segments):
            candidate = segment.lstrip("@")
            if not _DOMAIN_IN_TEXT.fullmatch(candidate):
                continue
            if not (index == 0 or index < len(segments) - 1 or segment.startswith("@")):
                continue
            brand = self.owner(candidate)
            if brand is not None and brand is not owner:
                yield _reason(
                    Sign.BRAND_IN_PATH,
                    Level.WARNING,
                    N_(
                        "\u201c{name}\u201d appears after the site's address, where anybody "
                        "can write anything: the link does not go to {brand}."
                    ),
                    name=candidate,
                    brand=brand.name,
                )
                return


@functools.lru_cache(maxsize=64)
def _checker(known: tuple[str, ...]) -> _Checker:
    return _Checker(bundled_brands() + _inventory_brands(known))


def _hidden_characters(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") for c in text)


def check_link(url: str, known_domains: Iterable[str] = ()) -> LinkVerdict:
    """What is suspicious about `url`'s address; `known_domains` are the user's own accounts'
    domains (the account inventory), protected like the bundled brands. Raises `LinkError`
    (one line, for people) when the text is empty, too long or has no host to check."""
    return _check(url, tuple(sorted(set(known_domains))), 0)


def _check(url: str, known: tuple[str, ...], depth: int) -> LinkVerdict:
    if len(url) > MAX_URL_CHARS:
        raise LinkError(
            fmt(
                N_("The link is longer than {limit} characters: that is not a web address."),
                limit=Number(MAX_URL_CHARS),
            )
        )
    reasons: list[Reason] = []
    # Browsers drop surrounding spaces and controls, and tabs and newlines anywhere.
    text = url.strip(_C0_AND_SPACE)
    text = re.sub(r"[\t\n\r]", "", text)
    if not text:
        raise LinkError(as_text(N_("There is no link to check: paste a web address.")))
    if _hidden_characters(text):
        reasons.append(
            _reason(
                Sign.HIDDEN_CHARACTERS,
                Level.WARNING,
                N_(
                    "The link contains invisible or direction-changing characters, which can "
                    "make an address read differently from where it goes."
                ),
            )
        )
    # "example.org:8080/x" is a host and a port, not a scheme called "example.org"; but
    # "javascript:1" is a script.
    match = _SCHEME.match(text)
    host_and_port = bool(
        match
        and ("." in match.group(1) or match.group(1).lower() == "localhost")
        and re.match(r"^[^:]+:\d+(?:[/?#]|$)", text)
    )
    had_scheme = bool(match) and not host_and_port
    parts = _split(text, had_scheme=had_scheme)
    if parts.scheme in _ACTIVE_SCHEMES:
        reasons.append(
            _reason(
                Sign.ACTIVE_SCHEME,
                Level.WARNING,
                N_(
                    "This is a \u201c{scheme}:\u201d link, not a web address: it carries a page, "
                    "script or file of its own instead of leading to a site."
                ),
                scheme=parts.scheme,
            )
        )
        return LinkVerdict(url, parts.scheme, "", "", "", tuple(reasons))
    if parts.scheme and parts.scheme not in _SPECIAL_SCHEMES:
        reasons.append(
            _reason(
                Sign.NOT_WEB,
                Level.NOTE,
                N_("This is a \u201c{scheme}:\u201d link, not a web address; it was not checked."),
                scheme=parts.scheme,
            )
        )
        return LinkVerdict(url, parts.scheme, "", "", "", tuple(reasons))
    if not parts.scheme:
        reasons.append(
            _reason(
                Sign.NO_SCHEME,
                Level.NOTE,
                N_("The link has no http:// or https:// in front; it was read as a web address."),
            )
        )
    raw_host = parts.host
    if "%" in raw_host:
        decoded_host = unquote(raw_host)
        if decoded_host != raw_host:
            reasons.append(
                _reason(
                    Sign.ENCODED_HOST,
                    Level.WARNING,
                    N_(
                        "The site's name is disguised with %-codes; it really is "
                        "\u201c{host}\u201d."
                    ),
                    host=decoded_host,
                )
            )
        raw_host = decoded_host
    host = unicodedata.normalize("NFKC", raw_host.translate(_DOTS)).casefold().rstrip(".")
    if not host or host in ("[", "]"):
        raise LinkError(as_text(N_("The link has no site name in it to check.")))
    bracketed = host.startswith("[") and host.endswith("]")
    if len(host) > 253 or any(
        c.isspace() or (c in _FORBIDDEN_IN_HOST and not bracketed) for c in host
    ):
        raise LinkError(as_text(N_("The link's site name is not a valid name.")))
    if parts.userinfo is not None:
        reasons.append(
            _reason(
                Sign.USERINFO,
                Level.WARNING,
                N_(
                    "Everything before the \u201c@\u201d is ignored: this link really goes to "
                    "\u201c{host}\u201d, not to \u201c{fake}\u201d."
                ),
                host=host,
                fake=unquote(parts.userinfo),
            )
        )
    if parts.port and parts.port not in ("80", "443"):
        reasons.append(
            _reason(
                Sign.ODD_PORT,
                Level.NOTE,
                N_("The link names a port ({port}), which ordinary sites do not need."),
                port=parts.port,
            )
        )
    checker = _checker(known)
    ip = _ip_host(host)
    if ip is not None:
        address, canonical = ip
        if canonical:
            reasons.append(
                _reason(
                    Sign.IP_HOST,
                    Level.WARNING,
                    N_(
                        "The link goes to a bare IP address ({address}) instead of a named "
                        "site; real companies' links use their name."
                    ),
                    address=address,
                )
            )
        else:
            reasons.append(
                _reason(
                    Sign.NUMERIC_IP,
                    Level.WARNING,
                    N_(
                        "\u201c{host}\u201d is an IP address ({address}) written in a disguised "
                        "form, a trick to hide where the link goes."
                    ),
                    host=host,
                    address=address,
                )
            )
        reasons.extend(_scheme_reasons(parts, host_is_brand=False))
        return LinkVerdict(url, parts.scheme, host, host, address, tuple(reasons))
    labels = host.split(".")
    decoded: list[str] = []
    for label in labels:
        shown, broken = _decode_label(label)
        decoded.append(shown)
        if broken:
            reasons.append(
                _reason(
                    Sign.BAD_PUNYCODE,
                    Level.WARNING,
                    N_(
                        "The part \u201c{label}\u201d of the address is coded (xn--) in a way no "
                        "real international name is."
                    ),
                    label=label,
                )
            )
    shown_host = ".".join(decoded)
    ascii_host = ".".join(_encode_label(label) for label in decoded)
    if any(label.startswith("xn--") for label in labels):
        reasons.append(
            _reason(
                Sign.PUNYCODE,
                Level.NOTE,
                N_(
                    "The address is written in its coded form (\u201c{ascii}\u201d); it reads "
                    "as \u201c{host}\u201d."
                ),
                ascii=host,
                host=shown_host,
            )
        )
    for label in decoded:
        if mixed_script(label):
            reasons.append(
                _reason(
                    Sign.MIXED_SCRIPT,
                    Level.WARNING,
                    N_(
                        "\u201c{label}\u201d mixes letters of different alphabets ({scripts}), "
                        "which no real name does: a classic way to imitate a known name."
                    ),
                    label=label,
                    scripts=", ".join(sorted(s.title() for s in scripts(label))),
                )
            )
            break
    size = registrable_domain(decoded)
    domain = ".".join(decoded[-size:])
    owner = checker.owner(shown_host) or checker.owner(ascii_host)
    is_shortener = domain in shorteners() or shown_host in shorteners()
    if is_shortener:
        reasons.append(
            _reason(
                Sign.SHORTENER,
                Level.WARNING,
                N_(
                    "\u201c{domain}\u201d is a link shortener: the address hides where the link "
                    "really goes."
                ),
                domain=domain,
            )
        )
    else:
        reasons.extend(checker.lookalikes(decoded, decoded[-size], owner))
        if not any(r.sign in (Sign.LOOKALIKE, Sign.TYPO) for r in reasons):
            reasons.extend(checker.brand_in_host(decoded, size, owner))
    if len(decoded) - size >= MANY_SUBDOMAINS and owner is None:
        reasons.append(
            _reason(
                Sign.MANY_SUBDOMAINS,
                Level.WARNING,
                N_(
                    "The address has {count} parts in front of the site's own name "
                    "\u201c{domain}\u201d, a way to push the real name out of sight."
                ),
                count=len(decoded) - size,
                domain=domain,
            )
        )
    reasons.extend(checker.brand_in_path(parts.rest, owner))
    reasons.extend(_scheme_reasons(parts, host_is_brand=owner is not None))
    if depth < MAX_NESTING:
        reasons.extend(_nested(parts.rest, known, depth, domain))
    return LinkVerdict(url, parts.scheme, shown_host, ascii_host, domain, tuple(reasons))


def _ip_host(host: str) -> tuple[str, bool] | None:
    """(the address, whether it is written the ordinary way) when `host` is an IP address."""
    if host.startswith("[") and host.endswith("]"):
        try:
            return str(ipaddress.IPv6Address(host[1:-1])), True
        except ValueError:
            raise LinkError(as_text(N_("The link's site name is not a valid name."))) from None
    v4 = parse_ipv4(host)
    if v4 is None:
        return None
    return str(v4), str(v4) == host


def _scheme_reasons(parts: _Parts, *, host_is_brand: bool) -> list[Reason]:
    if parts.scheme != "http":
        return []
    where = unquote(parts.rest).lower()
    if _LOGIN_WORDS.search(where) or host_is_brand:
        return [
            _reason(
                Sign.HTTP_LOGIN,
                Level.WARNING,
                N_(
                    "The link opens a sign-in or account page over plain http: what you type "
                    "there is not protected, and real sign-in pages use https."
                ),
            )
        ]
    return []


def _nested(rest: str, known: tuple[str, ...], depth: int, domain: str) -> list[Reason]:
    """A link carried in the query ("...?url=https://evil.example/") is where a redirect
    leads: checked too, and reported when it is suspicious itself."""
    query = rest.split("?", 1)[1] if "?" in rest else ""
    found = _URL_IN_QUERY.search(query)
    if found is None:
        return []
    inner = unquote(re.split(r"[&\s]", query[found.start() :], maxsplit=1)[0])
    try:
        verdict = _check(inner, known, depth + 1)
    except LinkError:
        return []
    if not verdict.suspicious or verdict.domain == domain:
        return []
    return [
        _reason(
            Sign.REDIRECT,
            Level.WARNING,
            N_(
                "The link passes you on to another address, \u201c{host}\u201d, which looks "
                "suspicious itself."
            ),
            host=verdict.host,
        )
    ]
