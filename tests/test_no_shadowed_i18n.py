"""No module binds a local name over a translation helper it imports (`fmt`, `N_`, ...):
the next edit that marks a sentence for translation there would call the local instead."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "hygiene_app"
HELPERS = {"fmt", "fmt_plural", "N_", "N_plural"}


def _bound_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    # A comprehension's own variable lives only inside it: harmless, so not counted.
    in_comprehensions = {
        id(name)
        for comp in ast.walk(tree)
        if isinstance(comp, ast.comprehension)
        for name in ast.walk(comp.target)
    }
    for node in ast.walk(tree):
        if id(node) in in_comprehensions:
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_local_name_shadows_an_imported_translation_helper(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert not (_bound_names(tree) & HELPERS & imported)
