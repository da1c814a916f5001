"""Writes packaging/schedule/: the scheduled checkup's definitions the installers put in place.

Generated from `hygiene_app.services.schedule` with each installer's program path, so the files
the packages ship are exactly what `hygiene-app schedule on` would write for an installed app;
tests/test_cli_schedule.py fails when they are not current.
Run `python scripts/schedule_templates.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hygiene_app.services.schedule import (  # noqa: E402
    INSTALLED_COMMANDS,
    LAUNCHD_LABEL,
    SYSTEMD_UNIT,
    launchd_plist,
    systemd_service,
    systemd_timer,
    task_xml,
)

OUT = ROOT / "packaging" / "schedule"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files = {
        f"{SYSTEMD_UNIT}.service": systemd_service(INSTALLED_COMMANDS["linux"]).encode(),
        f"{SYSTEMD_UNIT}.timer": systemd_timer().encode(),
        f"{SYSTEMD_UNIT}.xml": task_xml(INSTALLED_COMMANDS["win32"]),
        f"{LAUNCHD_LABEL}.plist": launchd_plist(INSTALLED_COMMANDS["darwin"]),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(OUT / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
