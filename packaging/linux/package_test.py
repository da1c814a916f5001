"""`make package-test`: install the built .deb on this machine and prove that what we ship works.

Run as root (it installs and removes the package with apt) after `make package`. Every step
prints PASS or FAIL with a reason; the exit code is the number of failed steps (0: all passed).
Figures (sizes, the time from launching the installed app to its first painted window) are
printed, never asserted: the machine is shared and a timing gate would be flaky.

The steps use only the installed copy (`/usr/bin/hygiene-app`), never the source tree's code;
the source tree gives the expected version, the report schema and a replayed snapshot, and the
dev venv's PySide6 takes the screenshot of the X server the installed app draws on.

    .venv/bin/python packaging/linux/package_test.py [--dist DIR] [--keep]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "hygiene-app"
APP_ID = "io.github.hygienecheckup.HygieneCheckup"
COMMAND = Path("/usr/bin/hygiene-app")
PREFIX = Path("/opt/hygiene-app")
DESKTOP = Path(f"/usr/share/applications/{APP_ID}.desktop")
METAINFO = Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml")
MAN_PAGE = Path("/usr/share/man/man1/hygiene-app.1.gz")
DOC_DIR = Path("/usr/share/doc/hygiene-app")
ICON_SIZES = ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256")
SNAPSHOT = ROOT / "tests" / "fixtures" / "snapshots" / "windows-11-cafe.json"
SCHEMA = ROOT / "docs" / "report.schema.json"
AUDIT_ENTRIES = 2000
#: Files only the .deb carries, by Debian policy: its copyright and changelog, and lintian's
#: overrides. The .rpm states its licence in its header and keeps the licence files.
DEB_ONLY = frozenset(
    {
        "usr/share/doc/hygiene-app/copyright",
        "usr/share/doc/hygiene-app/changelog.gz",
        "usr/share/doc/hygiene-app/changelog.Debian.gz",
        "usr/share/lintian/overrides/hygiene-app",
    }
)
#: Caches that triggers of other packages rebuild (the icon theme, desktop and man databases):
#: not ours, and rightly still there after a removal.
SYSTEM_CACHES = (
    "usr/share/icons/hicolor/icon-theme.cache",
    "usr/share/applications/mimeinfo.cache",
    "var/cache/man/",
)
TIMEOUT = 120
LINTIAN_OVERRIDES = ROOT / "packaging" / "linux" / "lintian-overrides"
LINTIAN_OVERRIDES_IN_DEB = "usr/share/lintian/overrides/hygiene-app"
#: System libraries Qt's xcb platform plugin loads that a fresh Debian or Ubuntu desktop may
#: lack (libxcb-cursor0 since Qt 6.5; icccm and keysyms are missing even on this CI image): the
#: .deb must depend on them so that `apt install ./hygiene-app_*.deb` brings them.
QT_SYSTEM_LIBS = (
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xkb1",
)


def expected_paths(version: str) -> list[str]:
    """What the package must install (paths without the leading slash), by owners' contract."""
    del version  # the paths do not carry it; kept for a later versioned doc folder
    icons = [f"usr/share/icons/hicolor/{size}/apps/{APP_ID}.png" for size in ICON_SIZES]
    return [
        "opt/hygiene-app/hygiene-app",
        "usr/bin/hygiene-app",
        str(DESKTOP)[1:],
        str(METAINFO)[1:],
        str(MAN_PAGE)[1:],
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *icons,
    ]


def deb_files(deb: Path) -> set[str]:
    """The .deb's non-directory entries (files and symlinks), without the leading './'."""
    listing = run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture=True, text=False)
    out = Path(tempfile.mkdtemp(prefix="p2-deb-")) / "data.tar"
    try:
        out.write_bytes(listing.stdout)
        with tarfile.open(out) as tar:
            return {_norm(m.name) for m in tar.getmembers() if not m.isdir()}
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


def rpm_files(rpm: Path) -> set[str]:
    """The .rpm's non-directory entries: `rpm -qlp` with each file's mode to drop directories."""
    fmt = "[%{FILEMODES:perms} %{FILENAMES}\\n]"
    listing = run(["rpm", "-qp", "--nosignature", "--qf", fmt, str(rpm)], capture=True)
    return parse_rpm_listing(listing.stdout)


def parse_rpm_listing(text: str) -> set[str]:
    """Lines of 'perms path' into the set of non-directory paths."""
    files = set()
    for line in text.splitlines():
        perms, _, path = line.partition(" ")
        if path and not perms.startswith("d"):
            files.add(_norm(path))
    return files


def override_tags(overrides: Path) -> list[str]:
    """The tag names of a lintian overrides file (comments and blank lines skipped)."""
    tags = []
    for line in overrides.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words and not line.startswith("#"):
            tag = words[1] if words[0].endswith(":") else words[0]
            tags.append(tag)
    return tags


def missing_dependencies(depends: str) -> list[str]:
    """The Qt system libraries a Depends field does not name (alternatives `a | b` count)."""
    named = {
        alternative.split("(")[0].split(":")[0].strip()
        for clause in depends.split(",")
        for alternative in clause.split("|")
    }
    return [lib for lib in QT_SYSTEM_LIBS if lib not in named]


def _norm(path: str) -> str:
    return path.removeprefix(".").lstrip("/")


def compare_file_lists(deb: set[str], rpm: set[str]) -> list[str]:
    """Differences between the two packages' file lists, one line each; empty when they match
    (the .deb's own policy files aside, and the rpm's build-id links, which rpm owns)."""
    only_deb = sorted(deb - rpm - DEB_ONLY)
    only_rpm = sorted(p for p in rpm - deb if not p.startswith("usr/lib/.build-id/"))
    return [f"only in the .deb: {p}" for p in only_deb] + [
        f"only in the .rpm: {p}" for p in only_rpm
    ]


#: A painted window has text, icons and anti-aliasing: many colours. A blank grab (the black
#: root window, or a window not drawn yet) has one or two.
PAINTED_COLOURS = 16


def write_export(path: Path, entries: int) -> None:
    """A generic `url,username,password` export with reuse and weak ones, like a real vault.
    Distinct passwords are many, so the audit rates them in its worker processes."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "username", "password"])
        for i in range(entries):
            password = "password1" if i % 50 == 0 else f"Tq{i * 7919 % 100003}-vx{i}!Lm"
            writer.writerow([f"https://site{i}.example.com", f"user{i}", password])


def run(
    argv: Sequence[str],
    *,
    capture: bool = False,
    text: bool = True,
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
    ok: Sequence[int] = (0,),
    cwd: Path | None = None,
) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    """Run a fixed argv (tools found on PATH by design: dpkg, rpm, apt, lintian), no shell."""
    result = subprocess.run(  # noqa: S603
        list(argv),
        cwd=cwd,
        capture_output=capture,
        text=text,
        env=env,
        timeout=timeout,
        check=False,
    )
    if result.returncode not in ok:
        detail = (result.stderr or "")[-2000:] if capture and text else ""
        raise StepError(f"{argv[0]} exited {result.returncode} {detail}".strip())
    return result


class StepError(Exception):
    """A step's failure, with a one-line reason."""


class Runner:
    """Runs named steps, prints PASS/FAIL, and collects the failures."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def step(self, name: str, action: Callable[[], str | None]) -> bool:
        try:
            note = action()
        except (StepError, OSError, subprocess.TimeoutExpired, ValueError, KeyError) as exc:
            print(f"FAIL {name}: {exc}", flush=True)
            self.failed.append(name)
            return False
        print(f"PASS {name}{': ' + note if note else ''}", flush=True)
        return True


class PackageTest:
    def __init__(self, dist: Path, version: str, work: Path) -> None:
        self.dist = dist
        self.version = version
        self.deb = dist / f"{PACKAGE}_{version}_amd64.deb"
        self.rpm = dist / f"{PACKAGE}-{version}-1.x86_64.rpm"
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(work),
        }
        self.before: set[str] = set()
        self.figures: list[str] = []
        self.installed: list[str] = []

    # --- artefacts ---------------------------------------------------------------------
    def checksums(self) -> str:
        result = run(
            ["sha256sum", "--check", "--strict", "SHA256SUMS"],
            cwd=self.dist,
            capture=True,
            ok=range(256),
        )
        if result.returncode != 0:
            raise StepError(f"SHA256SUMS does not match: {result.stdout}{result.stderr}".strip())
        listed = (self.dist / "SHA256SUMS").read_text(encoding="utf-8")
        for artefact in (self.deb.name, self.rpm.name):
            if artefact not in listed:
                raise StepError(f"SHA256SUMS does not list {artefact}")
        return "both packages listed and verified"

    def contents(self) -> str:
        files = deb_files(self.deb)
        missing = [p for p in expected_paths(self.version) if p not in files]
        if missing:
            raise StepError("the .deb lacks " + ", ".join(missing))
        licences = [p for p in files if p.startswith("usr/share/doc/hygiene-app/licenses/")]
        if "usr/share/doc/hygiene-app/copyright" not in files or not licences:
            raise StepError("the .deb lacks its copyright file or the bundled libraries' licences")
        return f"{len(files)} files, {len(licences)} licence files"

    def depends(self) -> str:
        field = run(["dpkg-deb", "--field", str(self.deb), "Depends"], capture=True).stdout
        missing = missing_dependencies(str(field))
        if missing:
            raise StepError("Depends lacks " + ", ".join(missing))
        return f"declares the {len(QT_SYSTEM_LIBS)} system libraries Qt needs"

    def rpm_matches(self) -> str:
        differences = compare_file_lists(deb_files(self.deb), rpm_files(self.rpm))
        if differences:
            shown = "; ".join(differences[:10])
            more = f" (and {len(differences) - 10} more)" if len(differences) > 10 else ""
            raise StepError(shown + more)
        return "rpm -qlp lists the same files as the .deb"

    def lintian(self) -> str:
        """No lintian error. The overrides (packaging/linux/lintian-overrides, each with its
        reason) belong in the .deb; while a build does not ship them, their tags are suppressed
        here instead, and the step says so."""
        argv = ["lintian", "--fail-on", "error", "--tag-display-limit", "0"]
        note = ""
        if LINTIAN_OVERRIDES_IN_DEB not in deb_files(self.deb):
            tags = self.work / "lintian-tags"
            tags.write_text("\n".join(override_tags(LINTIAN_OVERRIDES)) + "\n", encoding="utf-8")
            argv += ["--suppress-tags-from-file", str(tags)]
            note = "; the .deb does not ship its overrides, so their tags were suppressed"
        result = run([*argv, str(self.deb)], capture=True, timeout=900, ok=range(256))
        lines = result.stdout.splitlines()
        errors = [line for line in lines if line.startswith("E:")]
        if result.returncode != 0 or errors:
            raise StepError("; ".join(errors[:10]) or result.stderr.strip()[-500:])
        return f"no errors ({sum(line.startswith('W:') for line in lines)} warnings){note}"

    # --- install -----------------------------------------------------------------------
    def install(self) -> str:
        self.before = snapshot_tree()
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        apt = ["apt-get", "-o", "DPkg::Lock::Timeout=300"]
        install = [*apt, "install", "-y", "-qq", "--no-install-recommends", str(self.deb)]
        try:
            run(install, capture=True, env=env, timeout=900)
        except StepError:
            # Stale or absent package lists cannot resolve the dependencies: refresh, retry once.
            run([*apt, "update", "-qq"], capture=True, env=env, timeout=600)
            run(install, capture=True, env=env, timeout=900)
        listing = run(["dpkg-query", "-L", PACKAGE], capture=True).stdout
        self.installed = [line for line in listing.splitlines() if line.strip()]
        size = run(["dpkg-query", "-W", "-f=${Installed-Size}", PACKAGE], capture=True).stdout
        self_mb = self.deb.stat().st_size / 1e6
        self.figures.append(f".deb size {self_mb:.1f} MB; installed size {int(size) / 1024:.1f} MB")
        return f"{len(self.installed)} paths installed"

    def metadata(self) -> str:
        run(["desktop-file-validate", str(DESKTOP)], capture=True)
        run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)], capture=True)
        return "desktop-file-validate and appstreamcli validate pass"

    def version_matches(self) -> str:
        out = str(run([str(COMMAND), "--version"], capture=True, env=self.env).stdout).strip()
        if out != f"{PACKAGE} {self.version}":
            raise StepError(f"--version says {out!r}, expected '{PACKAGE} {self.version}'")
        return out

    def checkup_json(self) -> str:
        # The dev venv's jsonschema: a test tool, not part of the installed app.
        import jsonschema  # type: ignore[import-untyped]

        result = run(
            [str(COMMAND), "check", "--offline", "--format", "json"],
            capture=True,
            env=self.env,
            ok=(0, 1),
        )
        report = json.loads(result.stdout)
        jsonschema.validate(report, json.loads(SCHEMA.read_text(encoding="utf-8")))
        if report["app_version"] != self.version:
            raise StepError(f"the report's app_version is {report['app_version']}")
        return f"{len(report['checks'])} checks, score {report['score']['value']}, schema valid"

    def audit(self) -> str:
        export = self.work / "export.csv"
        write_export(export, AUDIT_ENTRIES)
        result = run(
            [str(COMMAND), "audit-passwords", str(export), "--format", "json"],
            capture=True,
            env=self.env,
            ok=(0, 1),
            timeout=300,
        )
        summary = json.loads(result.stdout)["summary"]
        if summary["total"] != AUDIT_ENTRIES or summary["reused"] < AUDIT_ENTRIES // 50:
            raise StepError(f"unexpected summary {summary}")
        return f"{summary['total']} entries rated in worker processes, {summary['reused']} reused"

    def first_paint(self) -> str:
        """The installed app over a replayed checkup, offscreen: seconds from launching it to
        its window's first paint (the app's own bench hook prints the paint's wall clock)."""
        times = []
        for _ in range(3):
            env = {**self.env, "HYGIENE_BENCH_GUI": "1"}
            started = time.time()
            out = run(
                [str(COMMAND), "--replay", str(SNAPSHOT)], capture=True, env=env, timeout=120
            ).stdout
            painted = [line for line in out.splitlines() if line.startswith("first-paint-at ")]
            if not painted:
                raise StepError("the window never painted")
            times.append(float(painted[0].split()[1]) - started)
        self.figures.append(
            f"launch to first painted window: first {times[0]:.2f} s, "
            f"median of 3 {statistics.median(times):.2f} s (target <= 1 s)"
        )
        return f"painted in {times[0]:.2f} s (first run)"

    def screenshot(self) -> str:
        """The installed app on a real X server (Xvfb, through the xcb plugin and the system
        libraries the package depends on), grabbed to a PNG that must not be blank."""
        png = self.work / "main-window.png"
        with xvfb() as display:
            env = {**self.env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
            app = subprocess.Popen(  # noqa: S603 - a fixed argv, no shell
                [str(COMMAND), "--replay", str(SNAPSHOT)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                colours = grab_until_painted(display, png, app)
            finally:
                app.terminate()
                try:
                    app.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait(timeout=10)
        keep = ROOT / "build" / "package-test"
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, keep / png.name)
        return f"{colours} colours, saved to build/package-test/{png.name}"

    def bundled_resources(self) -> str:
        """The icons can load (the SVGs and Qt's SVG image plugin are in the bundle) and the
        translations Qt ships are bundled."""
        svgs = list(PREFIX.rglob("area-home.svg"))
        plugin = list(PREFIX.rglob("libqsvg.so"))
        if not svgs:
            raise StepError("the app's SVG icons are not in the bundle")
        if not plugin:
            raise StepError("Qt's SVG image plugin (libqsvg.so) is not in the bundle")
        missing = run(["ldd", str(plugin[0])], capture=True).stdout
        if "not found" in missing:
            raise StepError(f"libqsvg.so cannot load: {missing.strip()}")
        qm = list(PREFIX.rglob("*.qm"))
        return f"icons at {svgs[0].parent}, {plugin[0].name} loads, {len(qm)} translation files"

    # --- remove ------------------------------------------------------------------------
    def remove(self) -> str:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run(
            ["apt-get", "-o", "DPkg::Lock::Timeout=300", "purge", "-y", "-qq", PACKAGE],
            capture=True,
            env=env,
            timeout=600,
        )
        left = [p for p in self.installed if Path(p).is_file() or Path(p).is_symlink()]
        if PREFIX.exists():
            left.append(str(PREFIX))
        after = snapshot_tree()
        new = sorted(leftovers(self.before, after, owned_by_packages()))
        if left or new:
            raise StepError("left behind: " + ", ".join((left + new)[:15]))
        return "nothing left outside the user's own data"


def snapshot_tree() -> set[str]:
    """Every path under the folders a package writes to (not /home, /root: user data)."""
    paths: set[str] = set()
    for top in ("/opt", "/usr", "/etc"):
        for folder, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            paths.update(f"{folder}/{name}" for name in [*files, *dirs])
    return paths


def owned_by_packages() -> set[str]:
    """Every path some installed package owns: a dependency apt added stays, and is no leftover."""
    owned: set[str] = set()
    for listing in Path("/var/lib/dpkg/info").glob("*.list"):
        owned.update(listing.read_text(encoding="utf-8", errors="replace").splitlines())
    return owned


def leftovers(before: set[str], after: set[str], owned: set[str]) -> set[str]:
    """Paths that appeared between install and removal, that no package owns and that are not
    a cache other packages' triggers rebuild."""
    return {
        p
        for p in after - before
        if p not in owned and not any(p.lstrip("/").startswith(c) for c in SYSTEM_CACHES)
    }


class xvfb:
    """A private Xvfb server (black root window, no TCP) for the screenshot."""

    def __enter__(self) -> str:
        number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())  # noqa: S108
        self.display = f":{number}"
        argv = ["Xvfb", self.display, "-screen", "0", "1280x900x24", "-br", "-nolisten", "tcp"]
        self.proc = subprocess.Popen(  # noqa: S603 - a fixed argv, no shell
            argv,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")  # noqa: S108 - where X puts its socket
        deadline = time.monotonic() + 30
        while not socket.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise StepError("Xvfb did not start")
            time.sleep(0.1)
        return self.display

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
step = 4
colours = {image.pixel(x, y) for x in range(0, image.width(), step)
           for y in range(0, image.height(), step)}
print(len(colours))
"""


def grab_until_painted(display: str, png: Path, app: subprocess.Popen) -> int:  # type: ignore[type-arg]
    """Grab the screen until the window shows (at most a minute), then once more after the
    replayed checkup has had time to fill it; the number of colours in the final grab."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    deadline = time.monotonic() + 60
    colours = 0
    settled = False
    while time.monotonic() < deadline:
        if app.poll() is not None:
            err = app.stderr.read() if app.stderr else ""
            raise StepError(f"the app exited {app.returncode}: {err.strip()[-500:]}")
        result = run([sys.executable, "-c", GRAB, str(png)], capture=True, env=env, timeout=60)
        colours = int(result.stdout.strip().splitlines()[-1])
        if colours >= PAINTED_COLOURS:
            if settled:
                return colours
            settled = True
            time.sleep(3)
            continue
        time.sleep(0.5)
    raise StepError(f"the window never painted (the screen has {colours} colours)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("package-test: installs the .deb with apt, so it runs as root", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from hygiene_app import __version__

    runner = Runner()
    with tempfile.TemporaryDirectory(prefix="package-test-") as tmp:
        work = Path(tmp)
        work.chmod(0o700)
        test = PackageTest(args.dist.resolve(), __version__, work)
        if not runner.step("artefacts", test.checksums):
            return 1
        runner.step("deb contents", test.contents)
        runner.step("deb depends on Qt's system libraries", test.depends)
        runner.step("rpm file list matches the deb", test.rpm_matches)
        runner.step("lintian", test.lintian)
        if runner.step("install with apt", test.install):
            try:
                runner.step("desktop and AppStream metadata", test.metadata)
                runner.step("--version", test.version_matches)
                runner.step("check --offline --format json", test.checkup_json)
                runner.step(f"audit-passwords ({AUDIT_ENTRIES} entries)", test.audit)
                runner.step("icons and translations bundled", test.bundled_resources)
                runner.step("first painted window (offscreen)", test.first_paint)
                runner.step("main window screenshot (Xvfb)", test.screenshot)
            finally:
                runner.step("remove", test.remove)
    for figure in test.figures:
        print(f"figure: {figure}")
    if runner.failed:
        print(f"package-test: {len(runner.failed)} step(s) failed: {', '.join(runner.failed)}")
        return 1
    print("package-test: every step passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
