"""A snapshot keeps only what the checks need: no unrelated file names, no unrelated processes,
no Wi-Fi names, no IP addresses, no user or host name however short; and it still replays to
the verdicts of the run that recorded it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.redact import NetworkRedactor, Redactor
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.snapshot import Recorder, Snapshot
from tests.snapshot_machines import MACHINES, NOW, ubuntu_22_04

MEDICAL = "Medical results 2026.pdf"
SSIDS = ("HomeNet", "Cafe Free WiFi", "Corp", "weird")
ADDRESSES = ("192.168.1.23", "10.8.0.2", "172.17.0.1", "fe80::e48c:1aff:fe9e:ed1c", "e48c")


def statuses(seams: Any) -> dict[str, str]:
    checkup = run_checkup(tuple(default_registry()), ProbeContext(seams, offline=True))
    return {r.meta.id: r.status.value for r in checkup.results}


def record(doc: dict[str, Any], tmp_path: Path) -> tuple[dict[str, str], Path]:
    """Record a checkup of the composed machine `doc` the way `hygiene-app snapshot` does;
    the live statuses and the saved file."""
    recorder = Recorder(Snapshot.from_json(doc).seams(), minimise=minimise_recording)
    live = statuses(recorder.seams)
    path = tmp_path / "recorded.json"
    recorder.snapshot().save(path)
    return live, path


def cafe_with_documents() -> dict[str, Any]:
    doc = ubuntu_22_04()
    home = doc["platform"]["home"]
    doc["dirs"] += [
        {"path": f"{home}/Downloads", "entries": ["Chrome Passwords.csv", "holiday.jpg"]},
        {"path": f"{home}/Desktop", "entries": []},
        {"path": f"{home}/Documents", "entries": [MEDICAL, "Taxes", "lab.CSV"]},
        {"path": f"{home}/Documents/Taxes", "entries": ["2025 return.pdf", "old"]},
        {"path": f"{home}/Documents/Taxes/old", "entries": ["deep-folder", "x.csv"]},
    ]
    doc["files"] += [
        {
            "path": f"{home}/Downloads/Chrome Passwords.csv",
            "text": "name,url,username,password,note\n",
            "size": 900,
            "mtime": NOW,
        },
        {"path": f"{home}/Documents/lab.CSV", "text": "date,value\n", "size": 20, "mtime": NOW},
    ]
    doc["system"]["processes"] += ["spotify", "bitwarden", "signal-desktop"]
    return doc


def test_a_recording_keeps_only_what_the_checks_need_and_replays_the_same(tmp_path: Path):
    live, path = record(cafe_with_documents(), tmp_path)
    text = path.read_text(encoding="utf-8")
    for private in (MEDICAL, "holiday.jpg", "2025 return.pdf", "deep-folder", "spotify"):
        assert private not in text, private
    for ssid in SSIDS:
        assert ssid not in text, ssid
    for address in ADDRESSES:
        assert address not in text, address
    saved = json.loads(text)
    assert {"bitwarden", "openvpn"} <= set(saved["system"]["processes"])
    documents = next(d for d in saved["dirs"] if d["path"].endswith("/Documents"))
    assert documents["entries"] == ["Taxes", "lab.CSV"]  # what the scan goes into or reads
    # The app's own probe addresses stay, so the recorded commands still answer.
    assert any("1.1.1.1" in c["argv"] for c in saved["commands"])
    assert live["PWD-003"] == "fail" and live["NET-003"] == "pass"
    assert statuses(Snapshot.load(path).seams()) == live


@pytest.mark.parametrize("name", sorted(MACHINES))
def test_every_composed_machine_replays_to_the_same_verdicts_after_recording(
    name: str, tmp_path: Path
):
    live, path = record(MACHINES[name](), tmp_path)
    assert statuses(Snapshot.load(path).seams()) == live


def test_short_names_are_replaced_where_they_can_only_be_names():
    r = Redactor.for_machine("al", "pc7")
    assert r.text("/home/al/Downloads/x.csv") == "/home/user/Downloads/x.csv"
    assert r.text("C:\\Users\\al\\Desktop") == "C:\\Users\\user\\Desktop"
    assert r.text("al@pc7") == "user@host"
    assert r.text("al\n") == "user\n"
    # Ordinary words that merely contain or equal the name are left alone.
    words = "all algorithms are allowed; al fresco"
    assert r.text(words) == words
    one = Redactor.for_machine("a", "b")
    assert one.text("a file is a file in /home/a") == "a file is a file in /home/user"


def test_network_placeholders_keep_shape_and_stay_consistent():
    net = NetworkRedactor.keeping_addresses_in(["1.1.1.1"])
    text = (
        "dst 1.1.1.1 via 192.168.1.1 src 192.168.1.23 dev wlp2s0\n"
        "lo 127.0.0.1 mask 255.255.255.0 net 10.0.0.0/8 any 0.0.0.0/0 ::/0 ::1\n"
        "ll 169.254.3.4 v6 fe80::1c2b:3cff:fe4d:5e6f%en0 pub 2a00:1450:4007:80e::200e\n"
        "firmware 23.50.20.0.41.51.208 version 1.2.3.4.5 time 12:34:56\n"
        "again 192.168.1.23\n"
    )
    out = net.command_output(("ip", "route"), text)
    assert "192.168.1.23" not in out and "192.168.1.1 " not in out
    assert out.count("10.0.0.3") == 2  # the same address, the same placeholder
    assert "dst 1.1.1.1" in out
    for kept in ("127.0.0.1", "255.255.255.0", "10.0.0.0/8", "0.0.0.0/0", "::/0", "::1"):
        assert kept in out
    assert "ll 169.254." in out and "%en0" in out and "fe80::" in out
    assert "1c2b" not in out and "2a00" not in out and "2001:db8::" in out
    assert "23.50.20.0.41.51.208" in out and "1.2.3.4.5" in out and "12:34:56" in out


def test_ipv4_mapped_addresses_are_judged_as_the_ipv4_address_they_carry():
    """`ss` lists an IPv6 socket's IPv4 peers as `::ffff:a.b.c.d`: the loopback one was once
    redacted into a global address, so a loopback-only SSH server replayed as reachable."""
    net = NetworkRedactor.keeping_addresses_in([])
    out = net.command_output(
        ("ss", "-tlnH"),
        "LISTEN 0 128 [::ffff:127.0.0.1]:22 *:*\n"
        "LISTEN 0 128 [::ffff:192.168.1.5]:22 *:*\n"
        "LISTEN 0 128 192.168.1.5:80 *:*\n",
    )
    lines = out.splitlines()
    assert lines[0] == "LISTEN 0 128 [::ffff:127.0.0.1]:22 *:*"
    assert "192.168.1.5" not in out
    mapped = lines[1].split("[::ffff:")[1].split("]")[0]
    assert lines[2] == f"LISTEN 0 128 {mapped}:80 *:*"  # one address, one placeholder


def test_wifi_names_are_replaced_in_each_tools_format():
    net = NetworkRedactor()
    nmcli = ("nmcli", "-t", "-e", "yes", "-f", "ACTIVE,SSID,SECURITY", "device", "wifi", "list")
    out = net.command_output(nmcli, "yes:Cafe Free WiFi:\nno:weird\\:ssid:WPA2\n")
    assert out == "yes:wifi-1:\nno:wifi-2:WPA2\n"
    netsh = net.command_output(
        ("netsh", "wlan", "show", "interfaces"),
        "    SSID                   : Cafe Free WiFi\n    BSSID : 02:00:00:00:00:01\n"
        "    Profile                : Cafe Free WiFi\n",
    )
    assert "Cafe" not in netsh and netsh.count("wifi-1") == 2 and "BSSID" in netsh
    profiler = net.command_output(
        ("system_profiler", "SPAirPortDataType"),
        "        en0:\n          Current Network Information:\n            HomeNet:\n"
        "              Security: WPA2 Personal\n          Other Local Wi-Fi Networks:\n"
        "            <redacted>:\n              Security: None\n",
    )
    assert "HomeNet" not in profiler and "wifi-3:" in profiler and "<redacted>:" in profiler
    assert "Current Network Information:" in profiler and "en0:" in profiler
