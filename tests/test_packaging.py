"""The package test's own logic and its wiring into make and CI, without building a package.

`make package-test` (packaging/linux/package_test.py) installs the real .deb as root; these fast
tests pin what it compares and generates, so a wrong comparison cannot pass a broken package.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from hygiene_app.services.passwords.audit import PARALLEL_FROM
from hygiene_app.services.passwords.vault import ExportFormat, read_export_file

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "linux" / "package_test.py"
APP_ID = "io.github.hygienecheckup.HygieneCheckup"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("package_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["package_test"] = module
    spec.loader.exec_module(module)
    return module


pt = _load()

SAME = {"opt/hygiene-app/hygiene-app", "usr/bin/hygiene-app", f"usr/share/metainfo/{APP_ID}.xml"}


def test_identical_file_lists_match() -> None:
    assert pt.compare_file_lists(set(SAME), set(SAME)) == []


def test_a_file_missing_from_the_rpm_is_named() -> None:
    rpm = SAME - {"usr/bin/hygiene-app"}
    assert pt.compare_file_lists(set(SAME), rpm) == ["only in the .deb: usr/bin/hygiene-app"]


def test_a_file_only_in_the_rpm_is_named() -> None:
    rpm = SAME | {"opt/hygiene-app/_internal/extra.so"}
    assert pt.compare_file_lists(set(SAME), rpm) == [
        "only in the .rpm: opt/hygiene-app/_internal/extra.so"
    ]


def test_debian_policy_files_and_rpm_build_ids_are_not_differences() -> None:
    deb = SAME | {"usr/share/doc/hygiene-app/copyright", "usr/share/lintian/overrides/hygiene-app"}
    rpm = SAME | {"usr/lib/.build-id/ab/cdef"}
    assert pt.compare_file_lists(deb, rpm) == []


def test_rpm_listing_keeps_files_and_links_and_drops_directories() -> None:
    listing = (
        "drwxr-xr-x /opt/hygiene-app\n"
        "-rwxr-xr-x /opt/hygiene-app/hygiene-app\n"
        "lrwxrwxrwx /usr/bin/hygiene-app\n"
        "\n"
    )
    assert pt.parse_rpm_listing(listing) == {"opt/hygiene-app/hygiene-app", "usr/bin/hygiene-app"}


def test_expected_paths_are_the_agreed_install_locations() -> None:
    paths = set(pt.expected_paths("1.2.3"))
    assert {
        "opt/hygiene-app/hygiene-app",
        "usr/bin/hygiene-app",
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        "usr/share/man/man1/hygiene-app.1.gz",
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"usr/share/icons/hicolor/16x16/apps/{APP_ID}.png",
    } <= paths
    assert all(not p.startswith("/") for p in paths)


def test_leftovers_ignore_what_packages_own_and_rebuilt_caches() -> None:
    before = {"/usr/bin/ls"}
    after = before | {
        "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0",  # a dependency apt installed
        "/usr/share/icons/hicolor/icon-theme.cache",  # rebuilt by a trigger
        "/opt/hygiene-app/leftover.log",  # ours, and left behind
    }
    owned = {"/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0"}
    assert pt.leftovers(before, after, owned) == {"/opt/hygiene-app/leftover.log"}


def test_the_audit_export_is_read_by_the_app_as_2000_logins_with_reuse(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    pt.write_export(export, pt.AUDIT_ENTRIES)
    fmt, entries = read_export_file(export)
    assert fmt is ExportFormat.GENERIC
    assert len(entries) == 2000
    passwords = [e.password for e in entries]
    assert len(set(passwords)) >= PARALLEL_FROM  # enough distinct ones for the worker processes
    assert passwords.count("password1") == 40  # and some reuse for the audit to find


def test_package_test_refuses_to_run_without_root(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pt.os, "geteuid", lambda: 1000)
    assert pt.main([]) == 2
    assert "root" in capsys.readouterr().err


def test_make_package_test_runs_the_script() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^package-test:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert target is not None
    assert "packaging/linux/package_test.py" in target.group(1)


def test_ci_runs_the_tests_and_installs_the_packaging_tools() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for tool in ("rpm", "desktop-file-utils", "appstream", "lintian", "xvfb", "poppler-utils"):
        assert re.search(rf"\b{re.escape(tool)}\b", ci), tool
    assert "make test" in ci


def test_every_lintian_override_says_why() -> None:
    overrides = ROOT / "packaging" / "linux" / "lintian-overrides"
    if not overrides.exists():
        pytest.skip("no lintian override")
    lines = overrides.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.strip() and not line.startswith("#"):
            assert number > 0 and lines[number - 1].startswith("#"), f"no reason for {line!r}"


def test_depends_missing_a_qt_library_is_named() -> None:
    depends = ", ".join(lib for lib in pt.QT_SYSTEM_LIBS if lib != "libxcb-icccm4")
    assert pt.missing_dependencies(depends) == ["libxcb-icccm4"]


def test_depends_with_versions_arches_and_alternatives_is_complete() -> None:
    first, *rest = pt.QT_SYSTEM_LIBS
    depends = f"libc6 (>= 2.34), {first}:amd64 (>= 1.0) | libfoo, " + ", ".join(rest)
    assert pt.missing_dependencies(depends) == []


def test_override_tags_are_read_with_or_without_the_package_name(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    overrides.write_text(
        "# why\ndir-or-file-in-opt [opt/hygiene-app/*]\n\n# why\nhygiene-app: embedded-library *\n"
    )
    assert pt.override_tags(overrides) == ["dir-or-file-in-opt", "embedded-library"]


def test_the_deb_ships_its_lintian_overrides_where_lintian_reads_them() -> None:
    assert pt.LINTIAN_OVERRIDES_IN_DEB in pt.DEB_ONLY
    assert pt.LINTIAN_OVERRIDES.is_file()
    assert pt.override_tags(pt.LINTIAN_OVERRIDES)


def test_ci_builds_and_tests_the_packages_after_the_tests() -> None:
    commands = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.startswith("make ")
    ]
    assert commands == ["make test", "make package", "make package-test"]
