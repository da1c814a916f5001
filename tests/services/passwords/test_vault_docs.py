"""The supported list in README.md, docs/cli.md, `--help` and the refusal message comes from
the one registry of formats, so they cannot disagree."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from hygiene_app.cli import build_parser
from hygiene_app.services.passwords.export_formats import supported_names
from hygiene_app.services.passwords.vault import VaultImportError, read_export

ROOT = Path(__file__).resolve().parents[3]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "export_formats_doc", ROOT / "scripts" / "export_formats_doc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_lists_in_the_docs_are_current() -> None:
    # Fails when the registry changed and `python scripts/export_formats_doc.py` was not run.
    assert _script().main(["--check"]) == 0


def _in_order(text: str, names: list[str]) -> bool:
    at = 0
    for name in names:
        at = text.find(name, at)
        if at < 0:
            return False
        at += len(name)
    return True


@pytest.mark.parametrize("doc", ["README.md", "docs/cli.md"])
def test_the_docs_name_every_manager_of_the_registry_in_its_order(doc: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    names = supported_names()
    assert _in_order(text, [f"| {name} |" for name in names])
    assert f"recognises and names the CSV exports of {len(names)} password managers" in text


def test_the_refusal_message_and_help_name_the_same_managers() -> None:
    with pytest.raises(VaultImportError) as info:
        read_export("colour,size\nred,1\n")
    assert _in_order(str(info.value), supported_names())
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    help_text = " ".join(sub.choices["audit-passwords"].description.split())  # type: ignore[attr-defined]
    assert _in_order(help_text, supported_names())


def test_the_script_replaces_only_its_block() -> None:
    script = _script()
    text = f"before\n{script.BEGIN_PREFIX} -->\nstale list\n{script.END}\nafter\n"
    new = script.update(text)
    assert new.startswith("before\n") and new.endswith("\nafter\n")
    assert "stale list" not in new and "| Keeper |" in new
    with pytest.raises(ValueError, match="marker"):
        script.update("no markers here")
