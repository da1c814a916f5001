"""The README points IT admins at what was built for them, and packaging/README.md lists every
folder they deploy from (the links themselves are checked in tests/test_fleet.py)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _section(text: str, heading: str) -> str:
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_the_readme_has_a_section_for_it_admins() -> None:
    section = _section((ROOT / "README.md").read_text(encoding="utf-8"), "For IT admins")
    for link in ("(docs/admins.md)", "(docs/policy.md)"):
        assert link in section
    assert "`hygiene-app report" in section
    shots = re.findall(r"!\[[^\]]+\]\((docs/screenshots/managed-home-[a-z]+\.png)\)", section)
    assert shots and all((ROOT / shot).is_file() for shot in shots)


def test_packaging_readme_lists_every_admin_folder() -> None:
    section = _section(
        (ROOT / "packaging" / "README.md").read_text(encoding="utf-8"), "For IT admins"
    )
    for folder in ("policy", "schedule", "fleet", "intune", "jamf", "rmm"):
        assert f"[`{folder}/`]({folder}/" in section
        assert (ROOT / "packaging" / folder).is_dir()
