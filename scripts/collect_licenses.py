"""Collects the licence texts that must ship with the frozen app, into a folder.

The installers bundle Python, Qt (PySide6) and every runtime dependency, so they must carry
those licences too. Into DEST this writes:
  LICENSE                      the app's own (GPL-3.0-or-later)
  licenses/<dist>/<files>      each bundled distribution's licence files from its *.dist-info,
                               the closure of hygiene-app's runtime requirements (no extras)
  licenses/Python/LICENSE.txt  the interpreter PyInstaller bundles
  copyright                    a Debian machine-readable summary of all of the above
A distribution that ships no licence file (PySide6 and shiboken6 do not) gets the text named
by its licence metadata from /usr/share/common-licenses when it is there; otherwise the
script names it and exits 1, so an installer never ships without a licence silently.
Usage: python scripts/collect_licenses.py DEST
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
APP_DIST = "hygiene-app"
APP_LICENSE = ROOT / "LICENSE"
COMMON_LICENSES = Path("/usr/share/common-licenses")
#: Names that are licence texts when they sit in a .dist-info (or its licenses/ folder).
LICENSE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)", re.IGNORECASE)
#: SPDX ids found in metadata -> the Debian common-licenses file with that text.
SPDX_TEXTS = {
    "LGPL-3.0-only": "LGPL-3",
    "LGPL-3.0-or-later": "LGPL-3",
    "GPL-3.0-only": "GPL-3",
    "GPL-3.0-or-later": "GPL-3",
    "GPL-2.0-only": "GPL-2",
    "Apache-2.0": "Apache-2.0",
    "MPL-2.0": "MPL-2.0",
}


def normalise(name: str) -> str:
    """PEP 503 form, so 'PySide6_Essentials' and 'pyside6-essentials' are one distribution."""
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = APP_DIST) -> list[metadata.Distribution]:
    """`root` and every distribution it needs at run time on this interpreter, sorted by name.
    Extras are left out (the test tools are not bundled); markers are evaluated here."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = normalise(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python that is not installed
        seen[name] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            todo.append(req.name)
    return sorted(seen.values(), key=lambda d: normalise(d.metadata["Name"]))


def license_expression(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression") or meta.get("License") or ""
    expr = expr.strip()
    if not expr or "\n" in expr or len(expr) > 80:  # a whole licence pasted into the field
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        expr = classifiers[0].rsplit(" :: ", 1)[-1] if classifiers else "see the licence files"
    return expr


def license_files(dist: metadata.Distribution) -> list[Path]:
    """The licence files a distribution installed into its .dist-info."""
    found: list[Path] = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if LICENSE_NAME.match(entry.name) or (len(parts) > 2 and parts[1] == "licenses"):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(path)
    return sorted(set(found))


def _fallback_texts(expression: str) -> list[Path]:
    ids = re.findall(r"[A-Za-z0-9.+-]+", expression)
    texts = [COMMON_LICENSES / SPDX_TEXTS[i] for i in ids if i in SPDX_TEXTS]
    return sorted({p for p in texts if p.is_file()})


def collect(dest: Path) -> list[str]:
    """Fill `dest`; return the distributions for which no licence text could be found."""
    missing: list[str] = []
    shutil.copyfile(APP_LICENSE, dest / "LICENSE")
    sections: list[tuple[str, str, str]] = []
    for dist in runtime_closure():
        name = dist.metadata["Name"]
        if normalise(name) == APP_DIST:
            continue
        expr = license_expression(dist)
        files = license_files(dist) or _fallback_texts(expr)
        if not files:
            missing.append(name)
            continue
        folder = dest / "licenses" / f"{name}-{dist.version}"
        folder.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copyfile(path, folder / path.name)
        sections.append((name, dist.version, expr))
    python_license = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    if python_license.is_file():
        (dest / "licenses" / "Python").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(python_license, dest / "licenses" / "Python" / "LICENSE.txt")
        sections.append(("Python", sys.version.split()[0], "PSF-2.0"))
    else:
        missing.append("Python")
    (dest / "copyright").write_text(_copyright(sections), encoding="utf-8")
    return missing


def _copyright(sections: list[tuple[str, str, str]]) -> str:
    """A Debian DEP-5 copyright file: the app's licence, with the bundled components (whose
    files PyInstaller mixes in one folder) listed in the header's comment."""
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: hygiene-app",
        "Comment: The package bundles Python and these libraries (PyInstaller one-folder,",
        " under /opt/hygiene-app/_internal); each one's licence texts are in",
        " /usr/share/doc/hygiene-app/licenses/<name>-<version>/.",
    ]
    out += [f" {name} {version}: {expr}" for name, version, expr in sections]
    out += [
        "",
        "Files: *",
        "Copyright: The Hygiene Checkup maintainers",
        "License: GPL-3+",
        "",
        "License: GPL-3+",
        " This program is free software: you can redistribute it and/or modify it under the",
        " terms of the GNU General Public License as published by the Free Software",
        " Foundation, either version 3 of the License, or (at your option) any later version.",
        " .",
        " On Debian systems, the complete text of the GNU General Public License version 3",
        ' can be found in "/usr/share/common-licenses/GPL-3".',
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: collect_licenses.py DEST", file=sys.stderr)
        return 2
    dest = Path(args[0])
    dest.mkdir(parents=True, exist_ok=True)
    missing = collect(dest)
    if missing:
        print(f"no licence text found for: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
