"""Measure the terminal checkup on this machine: wall time, each check's time, the slowest
check, their ratio, and the CLI's peak memory. Prints figures; asserts nothing.

Targets on a 2-core machine: checkup <= 2 s, checkup / slowest check <= 1.3, peak RSS <= 80 MB.
Run with `make bench`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil

RUNS = 5
COMMAND = [
    sys.executable,
    "-m",
    "hygiene_app",
    "check",
    "--format",
    "json",
    "--fail-on",
    "critical",
]


def _sample_rss(pid: int, peak: list[int], done: threading.Event) -> None:
    """The CLI process's own resident memory, sampled every 5 ms (its probes excluded)."""
    try:
        me = psutil.Process(pid)
        while not done.is_set():
            peak[0] = max(peak[0], me.memory_info().rss)
            time.sleep(0.005)
    except psutil.Error:
        pass


def run_once() -> tuple[float, float, float, dict[str, Any]]:
    """One CLI process: (wall seconds, own peak RSS MB, peak RSS MB of it or any probe it ran,
    the JSON report)."""
    started = time.perf_counter()
    proc = subprocess.Popen(COMMAND, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak, done = [0], threading.Event()
    sampler = threading.Thread(target=_sample_rss, args=(proc.pid, peak, done))
    sampler.start()
    out = proc.stdout.read() if proc.stdout else b""
    done.set()
    sampler.join()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"the checkup failed with exit code {proc.returncode}")
    # ru_maxrss (the largest of the process and its waited-for children) is KiB on Linux,
    # bytes on macOS.
    tree_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return wall, peak[0] / (1024 * 1024), tree_mb, json.loads(out)


GUI_SNAPSHOT = (
    Path(__file__).resolve().parent.parent / "tests/fixtures/snapshots/windows-11-cafe.json"
)


def gui_once() -> tuple[float, float]:
    """The desktop app over a replayed checkup: (seconds from process start to the first painted
    window, peak RSS in MB). Offscreen: no display needed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HYGIENE_BENCH_GUI": "1"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "hygiene_app", "--replay", str(GUI_SNAPSHOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    ).stdout
    figures = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
    try:
        return float(figures["first-paint-at"]) - started, float(figures["gui-peak-rss-mb"])
    except (KeyError, ValueError):
        sys.exit(f"the desktop app did not report its figures: {out[-500:]!r}")


def strength_p95() -> tuple[float, float, int]:
    """Per-keystroke evaluation time of the password lab over a corpus of typical, long and
    Unicode inputs: (p95 ms, worst ms, inputs)."""
    from hygiene_app.services.passwords.strength import bench_corpus, rate, warm_up

    warm_up()
    corpus = bench_corpus()
    times = []
    for _ in range(3):
        for text in corpus:
            started = time.perf_counter()
            rate(text, ("Ada Lovelace", "ada@example.org"))
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return times[int(len(times) * 0.95) - 1], times[-1], len(corpus)


def main() -> None:
    run_once()  # warm the disk cache and bytecode, as a second launch would be
    walls, rsses, trees, checkups = [], [], [], []
    per_check: dict[str, list[float]] = {}
    titles: dict[str, str] = {}
    for _ in range(RUNS):
        wall, rss, tree, report = run_once()
        walls.append(wall)
        rsses.append(rss)
        trees.append(tree)
        checkups.append(float(report["duration"]))
        for check in report["checks"]:
            per_check.setdefault(check["id"], []).append(float(check["duration"]))
            titles[check["id"]] = f"{check['title']} [{check['status']}]"
    medians = {cid: statistics.median(times) for cid, times in per_check.items()}
    slowest_id = max(medians, key=lambda cid: medians[cid])
    checkup = statistics.median(checkups)
    print(f"Hygiene Checkup bench: {RUNS} runs after one warm-up, medians, {os.cpu_count()} CPUs")
    print()
    for cid, seconds in sorted(medians.items(), key=lambda kv: -kv[1]):
        print(f"  {cid}  {seconds * 1000:7.0f} ms  {titles[cid]}")
    print()
    print(f"checkup wall time (engine)     {checkup * 1000:7.0f} ms   target <= 2000 ms")
    print(f"CLI process wall time          {statistics.median(walls) * 1000:7.0f} ms")
    print(f"slowest check                  {medians[slowest_id] * 1000:7.0f} ms   ({slowest_id})")
    slowest = medians[slowest_id]
    # "n/a" when every check finished within a millisecond: the ratio would be noise.
    ratio = f"{checkup / slowest:7.2f}" if slowest >= 0.001 else "    n/a"
    print(f"checkup / slowest check        {ratio}      target <= 1.30")
    print(f"peak RSS of the CLI            {max(rsses):7.1f} MB   target <= 80 MB")
    print(f"peak RSS, CLI or any probe     {max(trees):7.1f} MB   (apt alone is ~50 MB)")
    gui_once()  # warm-up
    paints, gui_rss = zip(*(gui_once() for _ in range(RUNS)), strict=True)
    paint_ms = statistics.median(paints) * 1000
    print(f"GUI: process start to painted  {paint_ms:7.0f} ms   target <= 1000 ms")
    print(f"GUI: peak RSS (replayed run)   {max(gui_rss):7.1f} MB   target <= 200 MB")
    p95, worst, inputs = strength_p95()
    print(
        f"password rating, p95           {p95:7.1f} ms   target <= 16 ms "
        f"({inputs} inputs, worst {worst:.0f} ms)"
    )


if __name__ == "__main__":
    main()
