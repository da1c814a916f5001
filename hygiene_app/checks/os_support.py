"""UPD-006: the operating system still gets security updates.

Updates only help while the vendor still makes them. Once a release is past its end of security
support (Windows 10 after October 2025, a macOS version Apple no longer patches, an Ubuntu or
Debian release out of standard support, a Fedora release a month after the next-but-one came
out), newly found holes stay open for good, however diligently the machine installs updates.

Where the dates come from: endoflife.date's API (`{base}/{product}.json`, base from
`ctx.options.endoflife_url` or `DEFAULT_ENDOFLIFE_URL`), asked through `ctx.http` like any other
request. On this computer the app installs `services.feed_cache.CachedFeedHttp` in front of the
HTTP seam for that address (see `cli._this_computer`): the answer is then the live data, the cached
copy confirmed by a conditional request, or, when the server cannot be reached, the last copy, and
its headers say which and how old. A replay answers from its recording and never reads this user's
cache. When no answer carries usable data (offline without a cache, a failed request, a replay
recorded offline), the copy bundled with the app (`hygiene_app/data/endoflife/endoflife.json`, with
its "as of" date) is used. The facts always say which copy was used and how old it is; a copy older
than `STALE_DAYS` cannot confirm that a release is still supported (a release may have lost support
since), so that verdict becomes unknown.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    load_json,
    parse_ps_json,
    powershell,
    with_sentences,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, fmt_plural
from hygiene_app.engine.i18n import long_date as i18n_long_date
from hygiene_app.engine.macos import macos_version
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.options import NETWORK_RELEASE_FEEDS, CheckOptions
from hygiene_app.engine.probes import CommandResult, HttpOutcome, HttpResponse, PlatformInfo
from hygiene_app.resources import read_package_text
from hygiene_app.services.feed_cache import (
    CACHE_HEADER,
    CHECKED_HEADER,
    CLOCK_SLACK,
    header,
    header_time,
    judged_now,
    server_time,
)

META = CheckMeta(
    id="UPD-006",
    title=N_("Operating system still supported"),
    category=Category.UPDATES,
    platforms=ALL_OSES,
    weight=8,
    severity=Severity.HIGH,
    leaves_machine=N_(
        "The name of your operating system's product (for example 'ubuntu') in a request for "
        "its public end-of-support dates to endoflife.date (or your organisation's mirror); "
        "nothing about you or this computer."
    ),
    timeout=20.0,
)

DEFAULT_ENDOFLIFE_URL = "https://endoflife.date/api"
#: The products this check knows, by the name endoflife.date gives them.
PRODUCTS = ("debian", "fedora", "macos", "ubuntu", "windows")
#: A copy of the dates older than this cannot confirm support: a release may have lost it since
#: (macOS versions are marked unsupported only when Apple ships the next one).
STALE_DAYS = 180
#: The most an endoflife.date product document may weigh (Windows's is about 60 KB).
MAX_FEED_BYTES = 1 << 20
_HTTP_TIMEOUT = 8.0
_PS_TIMEOUT = 10.0
_PRO_TIMEOUT = 5.0

#: Linux distributions without releases that end: UPD-001 is what matters there.
ROLLING = frozenset(
    {"arch", "manjaro", "endeavouros", "gentoo", "void", "opensuse-tumbleweed", "cachyos"}
)

#: Windows: the edition and feature version, from the registry (ProductName is not used: it says
#: "Windows 10" on Windows 11).
WINDOWS_PROBE = powershell(
    "Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'"
    "|Select-Object EditionID,DisplayVersion,CurrentBuild,InstallationType"
    "|ConvertTo-Json -Compress"
)
#: Ubuntu: whether Expanded Security Maintenance is on (Ubuntu Pro client; no root needed).
PRO_STATUS = ("pro", "status", "--format", "json")

# ----- the data ------------------------------------------------------------------------------


class Source(enum.StrEnum):
    #: Received from the server during this check.
    NETWORK = "network"
    #: The cached copy, confirmed by the server during this check (304) or recently.
    CONFIRMED = "confirmed"
    #: The cached copy; the server could not be asked.
    CACHED = "cached"
    #: The copy bundled with the app.
    BUNDLED = "bundled"


@dataclass(frozen=True, slots=True)
class Cycle:
    """One release line as endoflife.date describes it (v0 or v1 API)."""

    cycle: str
    #: End of security support: a date, True (ended, date not given), False (no end announced).
    eol: date | bool
    codename: str = ""
    label: str = ""
    lts: bool = False
    #: Ubuntu ESM / Debian LTS: a date, True (ended), False or None (none).
    extended: date | bool | None = None
    #: The latest version (Windows: the build, "10.0.22631").
    latest: str = ""


@dataclass(frozen=True, slots=True)
class Dates:
    cycles: tuple[Cycle, ...]
    source: Source
    #: When the data was last confirmed by its publisher (seconds since the epoch).
    as_of: float
    #: Why the server could not be asked, when it could not.
    problem: str = ""
    #: When the server sent the data it just sent (its Date, plus the Age a cache on the way
    #: says it kept it), if it said so; None for any copy.
    server_time: float | None = None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _support(value: object) -> date | bool | None:
    """A v0 date-or-boolean field."""
    if isinstance(value, bool):
        return value
    return _date(value)


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if isinstance(value, str):
        return value.strip()[:80]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _v0_cycle(raw: Mapping[str, Any]) -> Cycle | None:
    name = _text(raw, "cycle")
    eol = _support(raw.get("eol"))
    if not name or eol is None:
        return None
    return Cycle(
        cycle=name,
        eol=eol,
        codename=_text(raw, "codename"),
        label=_text(raw, "releaseLabel"),
        lts=raw.get("lts") is True or _date(raw.get("lts")) is not None,
        extended=_support(raw.get("extendedSupport")),
        latest=_text(raw, "latest"),
    )


def _v1_cycle(raw: Mapping[str, Any]) -> Cycle | None:
    name = _text(raw, "name")
    eol_from = _date(raw.get("eolFrom"))
    is_eol = raw.get("isEol")
    eol: date | bool | None = eol_from if eol_from is not None else None
    if eol is None and isinstance(is_eol, bool):
        eol = is_eol
    if not name or eol is None:
        return None
    extended: date | bool | None = _date(raw.get("eoesFrom"))
    if extended is None and isinstance(raw.get("isEoes"), bool):
        extended = bool(raw.get("isEoes"))
    latest = raw.get("latest")
    return Cycle(
        cycle=name,
        eol=eol,
        codename=_text(raw, "codename"),
        label=_text(raw, "label"),
        lts=raw.get("isLts") is True,
        extended=extended,
        latest=_text(latest, "name") if isinstance(latest, Mapping) else "",
    )


def parse_endoflife(text: str) -> tuple[Cycle, ...]:
    """An endoflife.date product document: the v0 array of cycles, or the v1 envelope
    (`{"result": {"releases": [...]}}`). Cycles whose end of support cannot be read are left
    out; anything else raises ParseError."""
    return cycles_of(load_json(text.lstrip("\ufeff")))


def cycles_of(data: object) -> tuple[Cycle, ...]:
    """`parse_endoflife` on already decoded JSON."""
    if isinstance(data, list):
        items: object = data
        build = _v0_cycle
    elif isinstance(data, dict) and isinstance(data.get("result"), dict):
        items, build = data["result"].get("releases"), _v1_cycle
    else:
        raise ParseError("not an endoflife.date product")
    if not isinstance(items, list):
        raise ParseError("no releases")
    cycles = tuple(c for raw in items if isinstance(raw, dict) and (c := build(raw)) is not None)
    if not cycles:
        raise ParseError("no release with an end-of-support date")
    return cycles


def is_endoflife_document(text: str) -> bool:
    """For the cache: keep only bodies this check can use."""
    try:
        parse_endoflife(text)
    except ParseError:
        return False
    return True


@lru_cache(maxsize=1)
def _bundled_doc() -> dict[str, Any]:
    text = read_package_text("data", "endoflife", "endoflife.json")
    doc = load_json(text)
    return doc if isinstance(doc, dict) else {}


def bundled(product: str) -> Dates:
    """The copy shipped with the app, with its "as of" date."""
    doc = _bundled_doc()
    products = doc.get("products", {})
    raw = products.get(product, []) if isinstance(products, dict) else []
    as_of = _date(doc.get("as_of")) or date(1970, 1, 1)
    cycles = cycles_of(raw) if raw else ()
    moment = datetime(as_of.year, as_of.month, as_of.day, tzinfo=UTC).timestamp()
    return Dates(cycles, Source.BUNDLED, moment)


def endoflife_url(base: str, product: str) -> str:
    return f"{(base or DEFAULT_ENDOFLIFE_URL).rstrip('/')}/{product}.json"


def fetch_dates(ctx: ProbeContext, product: str) -> Dates:
    """The product's dates from endoflife.date (through the seam, maybe a cache), else the
    bundled copy; the result says which and how old. An organisation that turned the release
    feeds off gets the bundled copy without a request."""
    if not ctx.options.network_allowed(NETWORK_RELEASE_FEEDS):
        return replace(
            bundled(product), problem=N_("your organisation turned off looking this up online")
        )
    url = endoflife_url(ctx.options.endoflife_url, product)
    response = ctx.http.get(
        url,
        timeout=_HTTP_TIMEOUT,
        headers={"Accept": "application/json"},
        max_bytes=MAX_FEED_BYTES,
    )
    problem = ""
    if response.ok:
        try:
            cycles = parse_endoflife(response.text)
        except ParseError:
            problem = N_("endoflife.date sent data that could not be read")
        else:
            how = header(response.headers, CACHE_HEADER)
            checked = header_time(response.headers, CHECKED_HEADER)
            if how == "stale":
                source = Source.CACHED
            elif how in ("fresh", "revalidated"):
                source = Source.CONFIRMED
            else:
                source = Source.NETWORK
            server = server_time(response.headers) if source is Source.NETWORK else None
            if server is not None:
                return Dates(cycles, source, server, server_time=server)
            return Dates(cycles, source, checked if checked is not None else ctx.now())
    else:
        problem = _http_problem(response, ctx.offline)
    return replace(bundled(product), problem=problem)


def _http_problem(response: HttpResponse, offline: bool) -> str:
    if offline or response.outcome is HttpOutcome.DISABLED:
        return N_("offline mode is on")
    if response.status is not None and response.outcome is HttpOutcome.HTTP_ERROR:
        return fmt(N_("endoflife.date answered with error {status}"), status=response.status)
    return N_("endoflife.date could not be reached")


# ----- this machine's release ----------------------------------------------------------------


class Edition(enum.StrEnum):
    #: Home, Pro, Pro Education, Pro for Workstations: the (W) dates.
    WORKSTATION = "w"
    #: Enterprise, Education, IoT Enterprise: the (E) dates.
    ENTERPRISE = "e"
    #: Long-Term Servicing Channel.
    LTSC = "lts"
    UNKNOWN = ""


@dataclass(frozen=True, slots=True)
class WindowsRelease:
    build: int | None
    #: "23H2", "22H2"; empty when unknown.
    display_version: str = ""
    edition: Edition = Edition.UNKNOWN
    edition_id: str = ""
    server: bool = False


_LTSC_EDITIONS = ("enterprises", "iotenterprises", "enterprisesn")
_ENTERPRISE_EDITIONS = ("enterprise", "education", "iotenterprise", "enterpriseg", "serverrdsh")


def edition_of(edition_id: str) -> Edition:
    low = edition_id.strip().lower()
    if not low:
        return Edition.UNKNOWN
    if low in _LTSC_EDITIONS or (low.endswith("s") and low.startswith(("enterprise", "iot"))):
        return Edition.LTSC
    if low.rstrip("n") in _ENTERPRISE_EDITIONS or low.startswith(("enterprise", "education")):
        return Edition.ENTERPRISE
    return Edition.WORKSTATION


def windows_build(version: str) -> int | None:
    """The build number of "10.0.22631" (or "10.0.22631.4460")."""
    parts = version.strip().split(".")
    if len(parts) >= 3 and parts[2].isdigit():
        return int(parts[2])
    return None


def parse_windows_release(text: str, platform_version: str) -> WindowsRelease:
    """The registry probe's JSON; the build falls back to the platform's version."""
    build = windows_build(platform_version)
    try:
        items = parse_ps_json(text)
    except ParseError:
        items = []
    raw = items[0] if items else {}
    current = raw.get("CurrentBuild")
    if isinstance(current, str) and current.strip().isdigit():
        build = int(current.strip())
    display = raw.get("DisplayVersion")
    edition_id = raw.get("EditionID")
    installation = raw.get("InstallationType")
    edition_text = edition_id.strip()[:40] if isinstance(edition_id, str) else ""
    return WindowsRelease(
        build=build,
        display_version=display.strip().upper()[:8] if isinstance(display, str) else "",
        edition=edition_of(edition_text),
        edition_id=edition_text,
        server=_is_server(installation, edition_text),
    )


def _is_server(installation: object, edition_id: str) -> bool:
    """Windows Server, whatever its installation type ("Server", "Server Core", "Nano Server"):
    its builds share numbers with Windows 10 and 11 (2019 is 1809's 17763, 2025 is 24H2's 26100)
    but not their dates. "ServerRdsh" is Windows 10/11 Enterprise multi-session, a client."""
    if isinstance(installation, str) and installation.strip():
        return "server" in installation.lower()
    low = edition_id.lower()
    return low.startswith("server") and low != "serverrdsh"


def _cycle_build(cycle: Cycle) -> int | None:
    return windows_build(cycle.latest)


def match_windows(cycles: Sequence[Cycle], release: WindowsRelease) -> Cycle | None:
    """The cycle of this build and edition: cycles share a build across editions ("11-23h2-w",
    "11-23h2-e") or cover every edition ("10-22h2"). Long-term servicing builds match only an
    LTS cycle; an unknown edition takes the Home/Pro dates (the shorter ones)."""
    if release.build is None:
        return None
    same = [c for c in cycles if _cycle_build(c) == release.build]
    if not same:
        major = "11" if release.build >= 22000 else "10"
        prefix = f"{major}-{release.display_version.lower()}" if release.display_version else ""
        same = [c for c in cycles if prefix and c.cycle.lower().startswith(prefix)]
    lts = [c for c in same if "lts" in c.cycle.lower()]
    plain = [c for c in same if "lts" not in c.cycle.lower()]
    if release.edition is Edition.LTSC:
        return lts[0] if lts else None
    suffix = "-e" if release.edition is Edition.ENTERPRISE else "-w"
    for c in plain:
        if c.cycle.lower().endswith(suffix):
            return c
    shared = [c for c in plain if not c.cycle.lower().endswith(("-e", "-w"))]
    return shared[0] if shared else None


def macos_cycle_name(version: str) -> str:
    """ "15.2" -> "15", "10.15.7" -> "10.15", "16.1" (macOS 26.1 to older programs) -> "26"."""
    parts = macos_version(version).split(".")
    if not parts or not parts[0].isdigit():
        return ""
    if parts[0] == "10" and len(parts) >= 2 and parts[1].isdigit():
        return f"10.{int(parts[1])}"
    return str(int(parts[0]))


def match_named(cycles: Sequence[Cycle], name: str) -> Cycle | None:
    return next((c for c in cycles if name and c.cycle == name), None)


@dataclass(frozen=True, slots=True)
class Release:
    """What the check compares: the product, the cycle to look up, the name for people."""

    product: str
    cycle: str
    name: str


def linux_release(platform: PlatformInfo) -> Release | str | None:
    """The product and cycle of this Linux; a reason when it cannot be told, None for a
    rolling release."""
    distro = platform.distribution_id
    if distro in ROLLING:
        return None
    version = platform.os_version.strip()
    if distro in ("debian", "ubuntu", "fedora"):
        # Debian testing and unstable have no VERSION_ID: the version is then the kernel's
        # ("6.12.9-amd64"), which must not be read as Debian 6. Check before cutting it.
        if re.fullmatch(r"\d+(\.\d+)?", version) and distro == "debian":
            version = version.split(".")[0]
        if not re.fullmatch(r"\d+(\.\d+)?", version):
            return fmt(
                N_("{name} does not say which release it is (a testing or development version)"),
                name=platform.distribution_name or distro,
            )
        pretty = {"debian": "Debian", "ubuntu": "Ubuntu", "fedora": "Fedora"}[distro]
        return Release(distro, version, f"{pretty} {version}")
    return fmt(
        N_("end-of-support dates for {name} are not known to this app"),
        name=platform.distribution_name or distro or N_("this Linux distribution"),
    )


# ----- Ubuntu ESM ----------------------------------------------------------------------------


class Esm(enum.StrEnum):
    ENABLED = "enabled"
    DISABLED = "disabled"
    UNKNOWN = "unknown"


def parse_pro_status(text: str) -> Esm:
    """`pro status --format json`: esm-infra's status ("enabled", "disabled", "n/a")."""
    try:
        doc = load_json(text.lstrip("\ufeff"))
    except ParseError:
        return Esm.UNKNOWN
    if isinstance(doc, dict) and doc.get("attached") is False:
        return Esm.DISABLED  # not attached to Ubuntu Pro: no ESM, whatever it offers
    services = doc.get("services") if isinstance(doc, dict) else None
    if not isinstance(services, list):
        return Esm.UNKNOWN
    for service in services:
        if isinstance(service, dict) and service.get("name") == "esm-infra":
            status = service.get("status")
            if status == "enabled":
                return Esm.ENABLED
            if status in ("disabled", "n/a"):
                return Esm.DISABLED
            return Esm.UNKNOWN
    return Esm.UNKNOWN


# ----- the verdict ---------------------------------------------------------------------------


def _today(now: float) -> date:
    return datetime.fromtimestamp(now, UTC).date()


def long_date(day: date) -> str:
    """The day with the month's translated name ("14 October 2025")."""
    return i18n_long_date(day)


def _age_words(dates: Dates, now: float) -> str:
    when = long_date(_today(dates.as_of))
    match dates.source:
        case Source.NETWORK | Source.CONFIRMED if now - dates.as_of < 2 * 86400:
            return N_("from endoflife.date, checked now")
        case Source.NETWORK | Source.CONFIRMED:
            return fmt(N_("from endoflife.date, checked on {date}"), date=when)
        case Source.CACHED:
            return fmt(N_("the copy from {date} ({age})"), date=when, age=_age(dates, now))
        case _:
            return fmt(
                N_("the copy that came with the app, as of {date} ({age})"),
                date=when,
                age=_age(dates, now),
            )


def _age(dates: Dates, now: float) -> str:
    return _facts.days_old(max(0.0, now - dates.as_of) / 86400.0)


@dataclass(frozen=True, slots=True)
class Situation:
    release: Release
    cycle: Cycle | None
    dates: Dates
    warn_days: int
    esm: Esm = Esm.UNKNOWN
    #: Windows: the edition as read (empty when unknown).
    edition: Edition = Edition.UNKNOWN
    #: The clock is a recording's (a replay): right for the machine recorded, which may have
    #: been recorded before the copy of the dates bundled with this app was made.
    recorded_clock: bool = False


def _evidence(s: Situation, now: float) -> dict[str, JsonValue]:
    c = s.cycle
    return {
        "product": s.release.product,
        "cycle": s.release.cycle if c is None else c.cycle,
        "name": s.release.name,
        "codename": "" if c is None else c.codename,
        "eol": None if c is None else _json_support(c.eol),
        "extended_support": None if c is None else _json_support(c.extended),
        "lts": None if c is None else c.lts,
        "esm": s.esm.value if s.release.product == "ubuntu" else None,
        "edition": s.edition.value if s.release.product == "windows" else None,
        "data_source": s.dates.source.value,
        "data_as_of": s.dates.as_of,
        "data_problem": s.dates.problem,
        "warn_days": s.warn_days,
        "today": _today(now).isoformat(),
    }


def _json_support(value: date | bool | None) -> JsonValue:
    return value.isoformat() if isinstance(value, date) else value


def _display(s: Situation) -> str:
    if s.cycle is not None and s.cycle.codename and s.release.product in ("ubuntu", "macos"):
        return fmt(N_("{name} ({codename})"), name=s.release.name, codename=s.cycle.codename)
    return s.release.name


def evaluate(s: Situation, now: float) -> Finding:
    if now < s.dates.as_of - CLOCK_SLACK:
        if s.recorded_clock and s.dates.source is Source.BUNDLED:
            return _recorded_before_the_dates(s, now)
        return _clock_behind(s, now)
    return _judge(s, now)


def _recorded_before_the_dates(s: Situation, now: float) -> Finding:
    """A replay whose recorded day comes before this app's bundled dates: either an older app
    made the recording (its clock was right) or the recorded clock was wrong, as the live run
    would have said. The verdict stands only where both readings agree (Ubuntu 22.04 in 2025
    and in 2026: supported); where they differ (Windows 10 recorded in June 2025: supported
    then, ended by the copy's date) it cannot be told."""
    then, later = _judge(s, now), _judge(s, s.dates.as_of)
    if then.status is later.status:
        return then
    return _dates_after_the_clock(
        s,
        now,
        N_(
            "this recording says it was made on {today}, before the end-of-support dates "
            "at hand ({date}): whether support had ended on that day cannot be told"
        ),
    )


def _dates_after_the_clock(s: Situation, now: float, template: str) -> Finding:
    """Unknown: the day the check runs (or was recorded) is before the copy of the dates,
    `template` saying why with that {today} and the copy's {date}."""
    return Finding(
        Status.UNKNOWN,
        N_("Could not tell whether this system still gets security updates"),
        reason=fmt(template, today=long_date(_today(now)), date=long_date(_today(s.dates.as_of))),
        evidence=_evidence(s, now),
    )


def _judge(s: Situation, now: float) -> Finding:
    evidence = _evidence(s, now)
    name = _display(s)
    stale = now - s.dates.as_of > STALE_DAYS * 86400
    if s.cycle is None:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether this system still gets security updates"),
            reason=fmt(
                N_("{name} is not in the end-of-support dates ({copy})"),
                name=s.release.name,
                copy=_age_words(s.dates, now),
            ),
            evidence=evidence,
        )
    today = _today(now)
    eol = s.cycle.eol
    ended = eol is True or (isinstance(eol, date) and today > eol)
    extended = s.cycle.extended
    if ended:
        if isinstance(extended, date) and today <= extended and s.release.product == "ubuntu":
            return _ubuntu_esm(s, evidence, name, extended, today)
        if isinstance(extended, date) and today <= extended and s.release.product == "debian":
            return Finding(
                Status.WARN,
                fmt(
                    N_("{name} gets only Long Term Support, until {date}"),
                    name=name,
                    date=long_date(extended),
                ),
                Severity.MEDIUM,
                detail=N_(
                    "The Debian security team no longer supports this release; volunteers "
                    "keep fixing the most used packages on the most common computers for a "
                    "while longer. Plan the upgrade to the next Debian release."
                ),
                evidence=evidence,
                fix=FIX_DEBIAN,
            )
        return Finding(
            Status.FAIL,
            fmt(N_("{name} no longer gets security updates"), name=name),
            Severity.HIGH,
            detail=N_(
                "Holes found in it from now on stay open. Upgrade to a supported version, or "
                "move to one if this computer cannot run it."
            ),
            evidence=evidence,
            fix=fix_for(s.release.product),
        )
    if isinstance(eol, date):
        left = (eol - today).days
        if left <= s.warn_days:
            return Finding(
                Status.WARN,
                fmt_plural(
                    "{name} stops getting security updates on {date} (in {n} day)",
                    "{name} stops getting security updates on {date} (in {n} days)",
                    left,
                    name=name,
                    date=long_date(eol),
                    n=left,
                )
                if left > 0
                else fmt(N_("{name} gets its last security updates today"), name=name),
                Severity.MEDIUM,
                detail=N_("Plan the upgrade now, so the computer is never without them."),
                evidence=evidence,
                fix=fix_for(s.release.product),
            )
    if stale:
        return Finding(
            Status.UNKNOWN,
            N_("Could not confirm that this system still gets security updates"),
            reason=fmt(
                N_(
                    "the end-of-support dates at hand are {copy}, too old to confirm it "
                    "({problem}); it may have lost support since"
                ),
                copy=_age_words(s.dates, now),
                problem=s.dates.problem or N_("endoflife.date could not be asked"),
            ),
            evidence=evidence,
        )
    if isinstance(eol, date):
        summary = fmt(
            N_("{name} gets security updates until {date}"), name=name, date=long_date(eol)
        )
    else:
        summary = fmt(N_("{name} still gets security updates"), name=name)
    return Finding(Status.PASS, summary, evidence=evidence)


def _clock_behind(s: Situation, now: float) -> Finding:
    """The clock says a day before the copy of the dates was made: with it, a release whose end
    has passed would read as supported. The bundled copy's date is one that has surely come,
    so a release that had ended by then has ended; a cached copy's date was read from this same
    clock, so nothing is certain."""
    if s.dates.source is Source.BUNDLED:
        then = _judge(s, s.dates.as_of)
        if then.status is Status.FAIL:
            return then
    return _dates_after_the_clock(
        s,
        now,
        N_(
            "this computer's clock says it is {today}, but the end-of-support dates at "
            "hand are from {date}: with the clock wrong, whether support has ended cannot "
            "be told"
        ),
    )


def _ubuntu_esm(
    s: Situation, evidence: dict[str, JsonValue], name: str, extended: date, today: date
) -> Finding:
    if s.esm is Esm.ENABLED:
        return Finding(
            Status.PASS,
            fmt(
                N_("{name} gets security updates through ESM until {date}"),
                name=name,
                date=long_date(extended),
            ),
            evidence=evidence,
        )
    if s.esm is Esm.DISABLED:
        return Finding(
            Status.FAIL,
            fmt(N_("{name} is out of standard support and ESM is not on"), name=name),
            Severity.HIGH,
            detail=fmt(
                N_(
                    "Only Expanded Security Maintenance (ESM, part of Ubuntu Pro, free for "
                    "personal use) still brings security updates, until {date}. Turn it on, "
                    "or upgrade to a supported Ubuntu release."
                ),
                date=long_date(extended),
            ),
            evidence=evidence,
            fix=FIX_UBUNTU_ESM,
        )
    return Finding(
        Status.UNKNOWN,
        fmt(N_("{name} is out of standard support"), name=name),
        reason=fmt(
            N_(
                "only Expanded Security Maintenance (ESM) still brings security updates, until "
                "{date}, and whether it is on could not be told ('pro status' gave no answer)"
            ),
            date=long_date(extended),
        ),
        evidence=evidence,
    )


# ----- facts ---------------------------------------------------------------------------------


def facts(finding: Finding) -> tuple[Fact, ...]:
    ev = finding.evidence
    name = _facts.text(ev, "name") or N_("This system")
    found: list[Fact] = []
    eol = ev.get("eol")
    eol_day = _date(eol)
    today = _date(ev.get("today"))
    if eol is True or (eol_day is not None and today is not None and today > eol_day):
        words = (
            fmt(N_("security updates ended on {date}"), date=long_date(eol_day))
            if eol_day
            else N_("security updates have ended")
        )
    elif eol_day is not None:
        words = fmt(N_("security updates until {date}"), date=long_date(eol_day))
    elif eol is False:
        words = N_("security updates, no end date announced yet")
    else:
        words = ""
    found.append(Fact(name, words))
    extended = _date(ev.get("extended_support"))
    product = _facts.text(ev, "product")
    if extended is not None and product == "ubuntu":
        found.append(Fact(N_("Expanded Security Maintenance (ESM) until"), long_date(extended)))
        esm = _facts.text(ev, "esm")
        if esm in ("enabled", "disabled"):
            found.append(Fact(N_("ESM switched on"), _facts.yes_no(esm == "enabled")))
    elif extended is not None and product == "debian":
        found.append(Fact(N_("Debian Long Term Support until"), long_date(extended)))
    edition = ev.get("edition")
    if product == "windows":
        found.append(
            Fact(
                N_("Edition"),
                {
                    "w": N_("Home or Pro"),
                    "e": N_("Enterprise or Education"),
                    "lts": N_("Long-Term Servicing Channel"),
                }.get(
                    str(edition),
                    N_("not known")
                    if ev.get("edition_decides") is True
                    else N_("not known: the dates for Home and Pro are used"),
                ),
            )
        )
    as_of = _facts.number(ev, "data_as_of")
    source = _facts.text(ev, "data_source")
    now = _date(ev.get("today"))
    if as_of is not None and source in set(Source) and now is not None:
        moment = datetime(now.year, now.month, now.day, 12, tzinfo=UTC).timestamp()
        dates = Dates((), Source(source), as_of)
        found.append(Fact(N_("End-of-support dates"), _age_words(dates, moment)))
    problem = _facts.text(ev, "data_problem")
    if problem:
        found.append(Fact(N_("Why the dates were not refreshed"), problem))
    warn = _facts.number(ev, "warn_days")
    if warn is not None and finding.status in (Status.PASS, Status.WARN):
        found.append(Fact(N_("Warns this long before the end"), _facts.day_count(warn)))
    return tuple(found)


# ----- fix guides ----------------------------------------------------------------------------

_WHY = N_(
    "A system that no longer gets security updates stays open to every attack found from then "
    "on; an up-to-date browser or antivirus cannot make up for it."
)
_AGAIN = FixStep(N_("Run this check again."))

FIX_WINDOWS = FixGuide(
    title=N_("Move to a supported version of Windows"),
    why=_WHY,
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Open Settings > Windows Update and choose 'Check for updates'; install the "
                    "newest feature update (or Windows 11) it offers."
                ),
                link="ms-settings:windowsupdate",
                headline=True,
            ),
            FixStep(
                N_(
                    "If this PC cannot run Windows 11, enrol it in Extended Security Updates "
                    "(ESU) from the same page while they last, and plan to replace it."
                )
            ),
            FixStep(
                N_("Your organisation's IT decides upgrades on work PCs: ask them."),
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

FIX_MACOS = FixGuide(
    title=N_("Upgrade to a supported macOS"),
    why=_WHY,
    steps={
        OSFamily.MACOS: (
            FixStep(
                N_(
                    "Open System Settings > General > Software Update and choose 'Upgrade Now' "
                    "under the newest macOS."
                ),
                link="x-apple.systempreferences:com.apple.Software-Update-Settings.extension",
                headline=True,
            ),
            FixStep(
                N_(
                    "A Mac too old for any supported macOS should no longer be used for banking, "
                    "e-mail or work: plan to replace it."
                )
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

FIX_UBUNTU = FixGuide(
    title=N_("Upgrade to a supported Ubuntu release"),
    why=_WHY,
    steps={
        OSFamily.LINUX: (
            FixStep(N_("Back up your files first.")),
            FixStep(
                N_("Upgrade to the next release in a terminal (type your password when asked):"),
                command="sudo do-release-upgrade",
                headline=True,
            ),
            FixStep(
                N_(
                    "Long-term releases also get Expanded Security Maintenance (free for "
                    "personal use) with Ubuntu Pro: see ubuntu.com/pro."
                ),
                link="https://ubuntu.com/pro",
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

FIX_UBUNTU_ESM = FixGuide(
    title=N_("Turn on Expanded Security Maintenance"),
    why=_WHY,
    steps={
        OSFamily.LINUX: (
            FixStep(
                N_("Get a free Ubuntu Pro token for personal use at ubuntu.com/pro."),
                link="https://ubuntu.com/pro",
            ),
            FixStep(
                N_("Attach this computer with the token (type your password when asked):"),
                command="sudo pro attach YOUR-TOKEN",
                headline=True,
            ),
            FixStep(
                N_("Install the updates it brings:"), command="sudo apt update && sudo apt upgrade"
            ),
            FixStep(
                N_("Better still, upgrade to a supported release:"),
                command="sudo do-release-upgrade",
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

FIX_DEBIAN = FixGuide(
    title=N_("Upgrade to the current Debian release"),
    why=_WHY,
    steps={
        OSFamily.LINUX: (
            FixStep(N_("Back up your files first.")),
            FixStep(
                N_(
                    "Follow the upgrade chapter of the new release's release notes: it lists "
                    "the steps and what to look out for."
                ),
                link="https://www.debian.org/releases/stable/releasenotes",
                headline=True,
            ),
            FixStep(
                N_(
                    "In short: bring the current release up to date, change the release name in "
                    "/etc/apt/sources.list (and sources.list.d), then upgrade:"
                ),
                command="sudo apt update && sudo apt full-upgrade",
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

FIX_FEDORA = FixGuide(
    title=N_("Upgrade to a supported Fedora release"),
    why=_WHY,
    steps={
        OSFamily.LINUX: (
            FixStep(
                N_(
                    "Open Software, go to Updates and choose 'Download' under the new Fedora "
                    "release; restart when asked."
                ),
                headline=True,
            ),
            FixStep(
                N_("Or in a terminal, bring this release up to date:"),
                command="sudo dnf upgrade --refresh",
            ),
            FixStep(
                N_("Download the next release:"),
                command="sudo dnf system-upgrade download --releasever=$(($(rpm -E %fedora)+1))",
            ),
            FixStep(N_("Restart into the upgrade:"), command="sudo dnf system-upgrade reboot"),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

_FIXES = {
    "windows": FIX_WINDOWS,
    "macos": FIX_MACOS,
    "ubuntu": FIX_UBUNTU,
    "debian": FIX_DEBIAN,
    "fedora": FIX_FEDORA,
}


def fix_for(product: str) -> FixGuide:
    return _FIXES.get(product, FIX_UBUNTU)


# ----- the check -----------------------------------------------------------------------------


def _windows(ctx: ProbeContext) -> tuple[Release | str, WindowsRelease]:
    result: CommandResult = ctx.run(WINDOWS_PROBE, timeout=_PS_TIMEOUT)
    text = result.stdout if result.ran and result.returncode == 0 else ""
    release = parse_windows_release(text, ctx.platform.os_version)
    if release.server:
        return N_("Windows Server releases are not covered by this check"), release
    if release.build is None:
        return N_("the Windows build number could not be read"), release
    major = "11" if release.build >= 22000 else "10" if release.build >= 10240 else ""
    name: str
    if major:
        version = f" {release.display_version}" if release.display_version else ""
        name = fmt(
            N_("Windows {major}{version} (build {build})"),
            major=major,
            version=version,
            build=release.build,
        )
    else:
        name = ctx.platform.display_name
    return Release("windows", str(release.build), name), release


def _esm_matters(cycle: Cycle | None, now: float, options: CheckOptions) -> bool:
    """Whether ESM decides the verdict (standard support over or ending soon): only then is
    `pro` asked, which can take a second."""
    if cycle is None or not isinstance(cycle.extended, date):
        return False
    if cycle.eol is True:
        return True
    if not isinstance(cycle.eol, date):
        return False
    return (cycle.eol - _today(now)).days <= max(0, options.eol_warning_days)


def _either_edition(
    situation: Situation, windows: WindowsRelease, home: Finding, now: float
) -> Finding:
    """Without the edition, the Home/Pro dates decide only when the Enterprise/Education ones
    say the same: an office PC must not read "no longer supported" from the wrong dates."""
    business = match_windows(situation.dates.cycles, replace(windows, edition=Edition.ENTERPRISE))
    if business is None or business == situation.cycle:
        return home
    other = evaluate(replace(situation, cycle=business), now)
    if other.status is home.status:
        return home
    ends = [
        long_date(c.eol) if isinstance(c.eol, date) else ""
        for c in (situation.cycle, business)
        if c is not None
    ]
    return Finding(
        Status.UNKNOWN,
        N_("Could not tell whether this system still gets security updates"),
        reason=fmt(
            N_(
                "the Windows edition could not be read, and it decides: Home and Pro get "
                "security updates until {home}, Enterprise and Education until {business}"
            ),
            home=ends[0] if ends else "",
            business=ends[-1] if ends else "",
        ),
        evidence={**home.evidence, "eol": None, "edition_decides": True},
    )


class OsSupportCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        return with_sentences(_facts.with_facts(self._finding(ctx), facts))

    def _finding(self, ctx: ProbeContext) -> Finding:
        platform = ctx.platform
        windows: WindowsRelease | None = None
        release: Release | str | None
        if platform.os is OSFamily.WINDOWS:
            release, windows = _windows(ctx)
        elif platform.os is OSFamily.MACOS:
            mac_cycle = macos_cycle_name(platform.os_version)
            release = (
                Release("macos", mac_cycle, f"macOS {macos_version(platform.os_version)}")
                if mac_cycle
                else N_("the macOS version could not be read")
            )
        else:
            release = linux_release(platform)
        if release is None:
            return Finding(
                Status.SKIPPED,
                N_("Not run"),
                reason=fmt(
                    N_(
                        "{name} is a rolling release without an end of support; keeping it "
                        "updated is what 'Operating system updates installed' checks"
                    ),
                    name=platform.distribution_name or platform.distribution_id,
                ),
            )
        if isinstance(release, str):
            return Finding.unknown(
                release, N_("Could not tell whether this system still gets security updates")
            )
        dates = fetch_dates(ctx, release.product)
        now = ctx.now()
        # This computer's clock days behind the server that just sent the dates would keep an
        # ended release alive; a server date days behind it (a stale proxy) must not either.
        now = judged_now(now, dates.server_time)
        cycle: Cycle | None
        if windows is not None:
            cycle = match_windows(dates.cycles, windows)
        else:
            cycle = match_named(dates.cycles, release.cycle)
        esm = Esm.UNKNOWN
        if release.product == "ubuntu" and _esm_matters(cycle, now, ctx.options):
            result = ctx.run(PRO_STATUS, timeout=_PRO_TIMEOUT)
            if result.ran and result.returncode == 0:
                esm = parse_pro_status(result.stdout)
        situation = Situation(
            release,
            cycle,
            dates,
            max(0, ctx.options.eol_warning_days),
            esm,
            windows.edition if windows is not None else Edition.UNKNOWN,
            recorded_clock=ctx.seams.replay,
        )
        finding = evaluate(situation, now)
        if windows is not None and windows.edition is Edition.UNKNOWN:
            return _either_edition(situation, windows, finding, now)
        return finding
