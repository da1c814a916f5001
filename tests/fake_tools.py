"""Fake command-line tools (systemctl, schtasks, launchctl, notify-send...) put on PATH in a temp
folder: each call is logged as a JSON list of its arguments, and its answer (exit status,
stdout, stderr) comes from environment variables named after the tool, so a test can script it.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

_SCRIPT = """#!{python}
import json, os, shutil, sys
name = {name!r}
key = name.upper().replace("-", "_").replace(".", "_")
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(json.dumps([name, *sys.argv[1:]]) + "\\n")
if name == "schtasks" and "/XML" in sys.argv and "/Create" in sys.argv:
    # The task file is deleted once registered: keep a copy to look at.
    shutil.copyfile(sys.argv[sys.argv.index("/XML") + 1], {log!r} + ".task.xml")
def env(suffix):
    return os.environ.get("FAKE_" + key + "_" + suffix)
words = [a.upper().replace("-", "_").strip("/") for a in sys.argv[1:]]
word = next((w for w in words if env(w) is not None or env(w + "_RC") is not None), None)
out = env(word) if word and env(word) is not None else env("STDOUT")
code = env(word + "_RC") if word and env(word + "_RC") is not None else env("RC")
sys.stdout.write(out or "")
sys.stderr.write(env("STDERR") or "")
sys.exit(int(code or "0"))
"""


class FakeTools:
    """A folder of fake tools and the log of their calls."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.bin.mkdir(parents=True)
        self.log = folder / "calls.log"

    def add(self, *names: str) -> FakeTools:
        for name in names:
            path = self.bin / name
            path.write_text(_SCRIPT.format(python=sys.executable, name=name, log=str(self.log)))
            path.chmod(path.stat().st_mode | stat.S_IXUSR)
        return self

    def path(self, keep_system: bool = False) -> str:
        """A PATH with the fakes first (and the system's after them if `keep_system`)."""
        rest = os.environ.get("PATH", "") if keep_system else ""
        return os.pathsep.join(p for p in (str(self.bin), rest) if p)

    def calls(self) -> list[list[str]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]

    @property
    def task_xml(self) -> Path:
        return self.log.with_name(self.log.name + ".task.xml")
