"""The engine, checks and services never import Qt: the CLI and tests run without it."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hygiene_app"
QT_FREE = ("engine", "checks", "services")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_outside_the_ui():
    offenders = []
    for folder in QT_FREE:
        for path in (PACKAGE / folder).rglob("*.py") if (PACKAGE / folder).exists() else ():
            if any(m.split(".")[0] == "PySide6" for m in imported_modules(path)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_cli_checkup_does_not_load_qt_or_requests():
    code = (
        "import sys, hygiene_app.cli, hygiene_app.engine.live;"
        "print(sorted(m for m in ('PySide6', 'requests') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
