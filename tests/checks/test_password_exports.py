import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import password_exports as pe
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import LiveFileReader, live_seams
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import FileOutcome, FileRead
from hygiene_app.engine.snapshot import Recorder
from tests.support import FIXTURES, NOW, machine, run_check

CHECK = pe.PasswordExportsCheck()
DAY = 86400.0
EXPORTS = FIXTURES / "passwords" / "exports"


def export(
    name: str, *, size: int | None = 2048, age_days: float = 3.0, path: str = ""
) -> FileRead:
    text = (EXPORTS / name).read_text(encoding="utf-8")
    return FileRead(path, FileOutcome.OK, text, NOW - age_days * DAY, size)


def full_text(finding) -> str:
    return finding.summary + finding.detail + finding.reason + json.dumps(dict(finding.evidence))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bitwarden.csv", "Bitwarden"),
        ("bitwarden-organization.csv", "Bitwarden"),
        ("chrome.csv", "Chrome, Edge or Brave"),
        ("chrome-old.csv", "Chrome, Edge or Brave"),
        ("firefox.csv", "Firefox"),
        ("keepassxc.csv", "KeePassXC"),
        ("lastpass.csv", "LastPass"),
        ("1password.csv", "1Password"),
        ("protonpass.csv", "Proton Pass"),
        ("apple.csv", "Apple Passwords (Safari)"),
        ("other-semicolon.csv", pe.OTHER_FORMAT),
        ("bank-statement.csv", None),
        ("password-policy.csv", None),
    ],
)
def test_each_export_format_is_recognised_from_its_first_line(name, expected):
    first = (EXPORTS / name).read_text(encoding="utf-8").splitlines()[0]
    assert pe.detect_export(first) == expected


def test_headers_survive_utf16_read_as_utf8_and_spaces():
    utf16 = "\ufffd\ufffd" + "\x00".join("name,url,username,password,note") + "\x00"
    assert pe.detect_export(utf16) == "Chrome, Edge or Brave"
    assert pe.detect_export(" Name , URL ,Username, Password ") == "Chrome, Edge or Brave"
    assert pe.detect_export("") is None
    assert pe.detect_export('"unterminated,password') is None


def linux_exports(**extra_files):
    return machine(
        "debian",
        dirs={
            "/home/user/Downloads": ["bitwarden_export_20250101.json", "export.csv", "photos"],
            "/home/user/Downloads/photos": ["IMG_0001.jpg"],
            "/home/user/Documents": ["Backups", "budget.csv", "notes.txt"],
            "/home/user/Documents/Backups": ["Chrome Passwords.csv", "old"],
            "/home/user/Documents/Backups/old": ["deep"],
            "/home/user/Documents/Backups/old/deep": ["firefox.csv"],
        },
        files={
            "/home/user/Downloads/export.csv": export("bitwarden.csv", size=612),
            "/home/user/Documents/budget.csv": export("bank-statement.csv"),
            "/home/user/Documents/Backups/Chrome Passwords.csv": export(
                "chrome.csv", size=40_000, age_days=200
            ),
            "/home/user/Documents/Backups/old/deep/firefox.csv": export("firefox.csv"),
            **extra_files,
        },
        mtimes={"/home/user/Documents": NOW},
    )


def test_exports_in_downloads_and_a_subfolder_fail_naming_files_never_content():
    finding = run_check(CHECK, linux_exports())
    assert finding.status is Status.FAIL and finding.severity is Severity.HIGH
    exports = finding.evidence["exports"]
    assert [(e["path"], e["format"]) for e in exports] == [
        ("/home/user/Downloads/export.csv", "Bitwarden"),
        ("/home/user/Documents/Backups/Chrome Passwords.csv", "Chrome, Edge or Brave"),
    ]
    assert exports[0]["size"] == 612 and exports[0]["age_days"] == 3.0
    assert exports[1]["age_days"] == 200.0
    assert "FAKE-canary" not in full_text(finding)
    assert "alice" not in full_text(finding)
    assert finding.fix is not None and finding.fix.verify_check == "PWD-003"
    for os_family in OSFamily:
        assert finding.fix.steps_for(os_family)


def test_depth_is_bounded_and_files_are_not_listed_as_folders():
    seams = linux_exports()
    listed: list[str] = []
    inner = seams.files

    class Spy:
        def read_text(self, path):
            return inner.read_text(path)

        def read_first_line(self, path):
            return inner.read_first_line(path)

        def mtime(self, path):
            return inner.mtime(path)

        def list_dir(self, path):
            listed.append(path)
            return inner.list_dir(path)

    finding = run_check(CHECK, replace(seams, files=Spy()))
    paths = [e["path"] for e in finding.evidence["exports"]]
    assert not any("deep" in p for p in paths)  # three folders down: beyond MAX_DEPTH
    assert "/home/user/Documents/Backups/old/deep" not in listed
    assert not any(p.endswith((".jpg", ".txt", ".json", ".csv")) for p in listed)


def test_big_files_are_not_exports():
    big = export("bitwarden.csv", size=pe.MAX_EXPORT_BYTES + 1)
    seams = machine(
        "macos",
        dirs={"/Users/user/Downloads": ["big.csv"]},
        files={"/Users/user/Downloads/big.csv": big},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["csv_files_checked"] == 1


def test_windows_looks_in_onedrive_too():
    seams = machine(
        "windows",
        dirs={
            "C:\\Users\\user\\Downloads": [],
            "C:\\Users\\user\\OneDrive\\Documents": ["1Password Export.csv"],
        },
        files={
            "C:\\Users\\user\\OneDrive\\Documents\\1Password Export.csv": export("1password.csv")
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["exports"][0]["path"] == (
        "C:\\Users\\user\\OneDrive\\Documents\\1Password Export.csv"
    )


def test_translated_folder_names_come_from_user_dirs():
    user_dirs = (
        "# This file is written by xdg-user-dirs-update\n"
        'XDG_DESKTOP_DIR="$HOME/Bureau"\n'
        'XDG_DOWNLOAD_DIR="$HOME/Téléchargements"\n'
        'XDG_DOCUMENTS_DIR="$HOME/"\n'
        'XDG_MUSIC_DIR="$HOME/../../etc"\n'
    )
    seams = machine(
        "ubuntu",
        files={
            "/home/user/.config/user-dirs.dirs": user_dirs,
            "/home/user/Téléchargements/mots de passe.csv": export("firefox.csv"),
        },
        dirs={"/home/user/Téléchargements": ["mots de passe.csv"], "/home/user/Bureau": []},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["folders_scanned"] == [
        "/home/user/Bureau",
        "/home/user/Téléchargements",
    ]


def test_clean_folders_pass_and_missing_ones_are_not_a_problem():
    seams = machine(
        "debian",
        dirs={"/home/user/Downloads": ["report.csv"], "/home/user/Desktop": []},
        files={"/home/user/Downloads/report.csv": export("bank-statement.csv")},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["folders_scanned"] == ["/home/user/Downloads", "/home/user/Desktop"]


def test_unreadable_folder_is_unknown_not_pass():
    seams = machine(
        "debian",
        dirs={"/home/user/Downloads": [], "/home/user/Documents": None},
        mtimes={"/home/user/Documents": NOW},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "/home/user/Documents" in finding.reason


def test_no_folders_at_all_is_unknown():
    assert run_check(CHECK, machine("macos")).status is Status.UNKNOWN


def test_huge_folders_stop_at_the_bound_and_say_so():
    many = [f"folder {i}" for i in range(2000)]
    seams = machine("debian", dirs={"/home/user/Downloads": many})
    calls = []
    inner = seams.files

    class Counting:
        def read_text(self, path):
            return inner.read_text(path)

        def read_first_line(self, path):
            calls.append(path)
            return inner.read_first_line(path)

        def mtime(self, path):
            return inner.mtime(path)

        def list_dir(self, path):
            calls.append(path)
            return inner.list_dir(path)

    finding = run_check(CHECK, replace(seams, files=Counting()))
    assert len(calls) <= pe.MAX_OPERATIONS
    # Nothing found in the part that was looked at proves nothing about the rest.
    assert finding.status is Status.UNKNOWN and finding.evidence["scan_truncated"] is True
    assert "500" in finding.reason


def test_the_live_reader_reads_only_the_first_line_and_a_recording_keeps_no_password(
    tmp_path: Path,
):
    home = tmp_path / "home"
    downloads = home / "Downloads"
    downloads.mkdir(parents=True)
    (downloads / "passwords.csv").write_bytes((EXPORTS / "chrome.csv").read_bytes())
    (downloads / "sub").mkdir()
    (downloads / "sub" / "lp.csv").write_bytes((EXPORTS / "lastpass.csv").read_bytes())

    read = LiveFileReader().read_first_line(str(downloads / "passwords.csv"))
    assert read.text == "name,url,username,password,note"
    assert read.size == (downloads / "passwords.csv").stat().st_size
    assert LiveFileReader().read_first_line(str(downloads)).outcome is FileOutcome.ERROR
    assert LiveFileReader().read_first_line(str(home / "nope")).outcome is FileOutcome.MISSING

    live = live_seams()
    platform = replace(live.platform, os=OSFamily.LINUX, home=str(home), username="user")
    recorder = Recorder(replace(live, platform=platform))
    finding = CHECK.run(ProbeContext(recorder.seams))
    assert finding.status is Status.FAIL
    assert {e["format"] for e in finding.evidence["exports"]} == {
        "Chrome, Edge or Brave",
        "LastPass",
    }
    snapshot = json.dumps(recorder.snapshot(redact=False).to_json())
    assert "FAKE-canary" not in snapshot
    assert "name,url,username,password,note" in snapshot
    # Replaying the recording gives the same verdict.
    replayed = CHECK.run(ProbeContext(recorder.snapshot(redact=False).seams()))
    assert replayed.evidence["exports"] == finding.evidence["exports"]


@given(st.text(max_size=300))
def test_header_matching_never_crashes(text):
    found = pe.detect_export(text)
    assert found is None or isinstance(found, str)


@given(st.lists(st.sampled_from(sorted(pe._USER_COLUMNS | pe._SITE_COLUMNS | {"note", "x"}))))
def test_no_password_column_is_never_an_export(columns):
    assert pe.detect_layout(frozenset(columns)) is None


@given(st.text(max_size=200))
def test_user_dirs_stay_inside_home(text):
    for folder in pe.parse_user_dirs(text, "/home/user"):
        assert folder.startswith("/home/user/")
        assert "/../" not in folder + "/" and "\x00" not in folder


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("username,username2,username3,title,password,note,url,category,otpSecret", "Dashlane"),
        ("username,username2,username3,title,password,note,url,category,otpUrl", "Dashlane"),
        (
            "name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,"
            "folder,full_name,phone_number,email,address1,address2,city,country,state,type",
            "NordPass",
        ),
        (
            "name,url,additional_urls,username,password,note,cardholdername,cardnumber,cvc,"
            "expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,"
            "country,state,type,custom_fields",
            "NordPass",
        ),
        ('"Title","Field","Value","Field","Value",.........,"Note"', "Enpass"),
        ("title,field,value", None),  # a key-value table, not Enpass's header
    ],
)
def test_dashlane_nordpass_and_enpass_headers_are_recognised(first_line, expected):
    assert pe.detect_export(first_line) == expected


REAL_EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "real"


def _real_with_header() -> list[Path]:
    """Real exports whose first row is a header the export audit names a manager by (files
    without a header row start with a login, which this check never reads)."""
    from hygiene_app.services.passwords import export_text
    from hygiene_app.services.passwords.export_formats import identify

    found = []
    for path in sorted(REAL_EXPORTS.rglob("*.csv")):
        text = export_text.decode(path.read_bytes())
        first = export_text.rows(text, export_text.sniff_delimiter(text))[0]
        info = identify(first).info
        if info is not None and info.listed:
            found.append(path)
    return found


@pytest.mark.parametrize(
    "path", _real_with_header(), ids=lambda p: str(p.relative_to(REAL_EXPORTS))
)
def test_the_check_names_the_manager_the_export_audit_names(path):
    """One registry: PWD-003 finds every real export the audit reads by its header, under the
    same manager's name (Dashlane is not "Apple Passwords", Passman is not "a password list")."""
    from hygiene_app.services.passwords.vault import parse_export

    data = path.read_bytes()
    first_line = data.decode("utf-8-sig").splitlines()[0]
    assert pe.detect_export(first_line) == parse_export(data).format.display_name


@pytest.mark.parametrize(
    "first_line",
    [
        '"Title","Field","Value","Field","Value",.........,"Note"',
        '"Note","Title","Field","Value"',  # Enpass's words, not its header
        '"Title","Field","Value"',
        "title;field;value;note",
    ],
)
def test_the_check_and_the_audit_share_one_enpass_header_rule(first_line: str) -> None:
    """PWD-003 names a file Enpass exactly when the export audit reads its first row as
    Enpass's header."""
    import csv

    from hygiene_app.services.passwords import vault
    from hygiene_app.services.passwords.export_formats import ExportFormat

    delimiter = ";" if ";" in first_line else ","
    row = next(csv.reader([first_line], delimiter=delimiter))
    plan = vault._classify([row])
    audit_says = plan is not None and plan.format is ExportFormat.ENPASS and plan.has_header
    assert (pe.detect_export(first_line) == "Enpass") is audit_says
