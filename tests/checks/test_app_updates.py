"""UPD-005: outdated apps from winget (Windows), mas and Homebrew (macOS); skipped on Linux."""

from __future__ import annotations

import contextlib
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import app_updates
from hygiene_app.checks._common import ParseError
from hygiene_app.checks.app_updates import (
    BREW_ARGS,
    WINGET_UPGRADE,
    AppUpdatesCheck,
    parse_brew_outdated,
    parse_mas_outdated,
    parse_winget_upgrade,
)
from hygiene_app.engine.model import OSFamily, Status
from hygiene_app.engine.probes import CommandOutcome, CommandResult
from tests.support import fixture_text, machine, run_check

CHECK = AppUpdatesCheck()
MAS = ("mas", "outdated")
BREW = ("brew", *BREW_ARGS)


def fx(name: str) -> str:
    return fixture_text("app_updates", name)


def facts_of(finding) -> dict[str, str]:
    return {f.label: f.value for f in finding.facts}


def names(text: str) -> list[str]:
    return [a.name for a in parse_winget_upgrade(text).apps]


# ----- winget's table ------------------------------------------------------------------------


def test_english_table():
    listed = parse_winget_upgrade(fx("winget_en.txt"))
    assert [(a.name, a.installed, a.available) for a in listed.apps] == [
        ("Signal", "5.27.1", "5.29.0"),
        ("Microsoft Edge", "97.0.1072.62", "97.0.1072.69"),
        ("Postman", "9.8.3", "9.9.3"),
    ]


def test_localized_headers_and_footer_are_not_needed():
    assert names(fx("winget_de.txt")) == [
        "Mozilla Firefox (x64 de)",
        "7-Zip 23.01 (x64)",
        "VLC media player",
    ]


def test_wide_characters_keep_their_columns():
    listed = parse_winget_upgrade(fx("winget_cjk.txt"))
    assert [(a.name, a.available) for a in listed.apps] == [
        ("微信", "3.9.12"),
        ("网易云音乐", "3.0.1"),
    ]


def test_truncated_names_and_unknown_versions_are_kept_as_shown():
    (app,) = parse_winget_upgrade(fx("winget_truncated.txt")).apps
    assert app.name == "Windows Software Development Kit - Windows 10.0.1904…"
    assert app.installed == "< 10.0.22000.832" and app.available == "10.0.22621.2"


def test_the_second_table_lists_apps_to_upgrade_one_by_one_and_footers_are_not_apps():
    listed = parse_winget_upgrade(fx("winget_two_tables.txt"))
    assert [(a.name, a.one_by_one) for a in listed.apps] == [
        ("Clink v1.9.30", False),
        ("Syncthing Tray", False),
        ("Discord", True),
    ]
    assert listed.tables == 2


def test_a_two_word_column_title_is_one_column():
    # "K dispozici" looked like two columns: the versions were cut ("5." for 5.29.0).
    listed = parse_winget_upgrade(fx("winget_cs_two_word_title.txt"))
    assert [(a.name, a.installed, a.available) for a in listed.apps] == [
        ("Signal", "5.27.1", "5.29.0"),
        ("Microsoft Edge", "97.0.1072.62", "97.0.1072.69"),
    ]
    # The same with a name title of three words: the names were cut ("Sign", "Micr").
    french = fx("winget_cs_two_word_title.txt").replace(
        "Název                             ID", "Nom du paquet                     ID"
    )
    assert names(french) == ["Signal", "Microsoft Edge"]
    # Single spaces between titles are columns still, when no row runs through them.
    assert names(fx("winget_two_tables.txt")) == ["Clink v1.9.30", "Syncthing Tray", "Discord"]


def test_a_header_with_no_row_under_it_is_no_answer_not_up_to_date():
    text = "Name   Id   Version   Available   Source\n" + "-" * 40 + "\n\nsomething went wrong\n"
    assert parse_winget_upgrade(text).tables == 0
    assert windows((0, text)).status is Status.UNKNOWN


def test_spinner_and_carriage_returns_before_the_header():
    assert names(fx("winget_spinner.txt")) == ["Notepad++"]


@pytest.mark.parametrize("text", ["", "\ufeff", "null", "----------", "Name Id\n----------"])
def test_empty_and_garbage_give_no_table(text):
    assert parse_winget_upgrade(text).tables == 0


@given(st.text(max_size=300))
def test_the_table_reader_never_crashes(text):
    parse_winget_upgrade(text)


@given(st.lists(st.sampled_from(fx("winget_two_tables.txt").splitlines()), max_size=12))
def test_fragments_of_a_real_table_never_crash(lines):
    parse_winget_upgrade("\n".join(lines))


# ----- Homebrew and mas ----------------------------------------------------------------------


def test_brew_json():
    apps = parse_brew_outdated(fx("brew_outdated.json"))
    assert [(a.name, a.installed, a.available) for a in apps] == [
        ("firefox", "126.0", "128.0.3"),
        ("visual-studio-code", "1.90.0", "1.91.1"),
    ]
    assert parse_brew_outdated(fx("brew_none.json")) == ()


@pytest.mark.parametrize("text", ["", "null", "[]", '{"casks": 1}', fx("brew_root.txt")])
def test_brew_garbage_is_refused(text):
    with pytest.raises(ParseError):
        parse_brew_outdated(text)


@given(st.text(max_size=200))
def test_brew_never_crashes(text):
    with contextlib.suppress(ParseError):
        parse_brew_outdated(text)


def test_mas():
    apps = parse_mas_outdated(fx("mas_outdated.txt"))
    assert apps is not None
    assert [(a.name, a.installed, a.available) for a in apps] == [
        ("Xcode", "15.0", "15.1"),
        ("Keynote", "13.1", "14.0"),
    ]
    assert parse_mas_outdated("") == ()
    assert parse_mas_outdated("Error: Not signed in") is None


@given(st.text(max_size=200))
def test_mas_never_crashes(text):
    parse_mas_outdated(text)


# ----- verdicts ------------------------------------------------------------------------------


def windows(spec):
    return run_check(CHECK, machine("windows", commands={WINGET_UPGRADE: spec}))


def test_windows_with_outdated_apps_warns_with_names_and_the_winget_guide():
    finding = windows((0, fx("winget_en.txt")))
    assert finding.status is Status.WARN
    assert finding.summary == "3 apps need an update (Signal, Microsoft Edge, Postman)"
    facts = facts_of(finding)
    assert facts["Apps that need an update"] == "3 apps"
    assert facts["Outdated apps"] == "Signal, Microsoft Edge, Postman"
    steps = finding.fix.steps_for(OSFamily.WINDOWS)
    assert any(s.command == "winget upgrade --all --accept-source-agreements" for s in steps)


def test_many_outdated_apps_are_listed_first_five_then_counted():
    rows = "\n".join(f"App {i:<8} Vendor.App{i:<5} 1.0      2.0      winget" for i in range(8))
    table = (
        "Name         Id              Version  Available Source\n"
        "-------------------------------------------------------\n"
        f"{rows}\n8 upgrades available.\n"
    )
    finding = windows((0, table))
    assert finding.summary == "8 apps need an update (App 0, App 1, App 2…)"
    assert facts_of(finding)["Outdated apps"] == "App 0, App 1, App 2, App 3, App 4 and 3 more"


def test_one_by_one_apps_are_said_so():
    finding = windows((0, fx("winget_two_tables.txt")))
    assert facts_of(finding)["To update one by one"] == "Discord"


def test_no_upgrades_passes_in_english_and_by_exit_code_in_any_language():
    assert windows((0, fx("winget_none.txt"))).status is Status.PASS
    german = "Es wurde kein verfügbares Upgrade gefunden."
    assert windows((0x8A15002B, german)).status is Status.PASS
    assert windows((0x8A15002B - (1 << 32), german)).status is Status.PASS


@pytest.mark.parametrize(
    "spec",
    [CommandOutcome.NOT_FOUND, CommandOutcome.TIMEOUT, CommandOutcome.PERMISSION_DENIED],
)
def test_winget_missing_or_slow_is_unknown(spec):
    finding = windows(spec)
    assert finding.status is Status.UNKNOWN
    assert "winget" in finding.reason


def test_the_source_agreement_prompt_is_unknown_with_what_to_do():
    finding = windows((0, fx("winget_agreement.txt")))
    assert finding.status is Status.UNKNOWN
    assert "accept a source's terms" in finding.reason


def test_an_answer_without_a_table_is_never_a_pass():
    assert windows((0, "Zugriff verweigert")).status is Status.UNKNOWN
    assert windows((1, "")).status is Status.UNKNOWN


def test_linux_is_skipped_with_the_reason_that_upd_001_covers_it():
    finding = run_check(CHECK, machine("debian"))
    assert finding.status is Status.SKIPPED
    assert finding.reason == (
        "On Linux, apps from apt, dnf, Flatpak and Snap are covered by "
        "'Operating system updates installed' (UPD-001)."
    )


def mac(commands, *, admin: bool = False):
    seams = machine("macos", commands=commands)
    seams = replace(seams, platform=replace(seams.platform, is_admin=admin))
    return run_check(CHECK, seams)


def test_macos_brew_and_mas_outdated_apps_together():
    finding = mac({MAS: (0, fx("mas_outdated.txt")), BREW: (0, fx("brew_outdated.json"))})
    assert finding.status is Status.WARN
    assert finding.summary == "4 apps need an update (Xcode, Keynote, firefox…)"
    facts = facts_of(finding)
    assert facts["App Store apps"] == "checked" and facts["Homebrew apps"] == "checked"
    steps = finding.fix.steps_for(OSFamily.MACOS)
    assert any(s.command == "brew upgrade --cask --greedy" for s in steps)


def test_macos_brew_found_where_its_installer_puts_it():
    brew = "/opt/homebrew/bin/brew"
    seams = machine(
        "macos", commands={(brew, *BREW_ARGS): (0, fx("brew_none.json"))}, mtimes={brew: 1.0}
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert facts_of(finding)["App Store apps"] == "not checked (the tool is not installed)"


def test_macos_brew_as_root_is_unknown_and_not_even_asked():
    finding = mac({BREW: (1, "", fx("brew_root.txt"))}, admin=True)
    assert finding.status is Status.UNKNOWN
    assert "administrator rights" in finding.reason


def test_macos_brew_refusing_as_root_is_unknown():
    finding = mac({BREW: (1, "", fx("brew_root.txt"))})
    assert finding.status is Status.UNKNOWN
    assert "administrator rights" in finding.reason


def test_macos_without_any_list_is_unknown_and_says_where_updates_are():
    finding = mac({})
    assert finding.status is Status.UNKNOWN
    assert "neither 'mas'" in finding.reason


def test_macos_one_source_failing_is_never_a_pass():
    finding = mac({MAS: (0, ""), BREW: CommandResult(BREW, CommandOutcome.TIMEOUT)})
    assert finding.status is Status.UNKNOWN


def test_probes_fit_the_checks_budget():
    assert app_updates.META.timeout > app_updates._WINGET_TIMEOUT
    assert app_updates.META.timeout >= 2 * app_updates._TOOL_TIMEOUT


def test_two_tools_stopped_alike_are_one_clause():
    finding = mac(
        {
            MAS: CommandResult(MAS, CommandOutcome.TIMEOUT),
            BREW: CommandResult(BREW, CommandOutcome.TIMEOUT),
        }
    )
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "'mas' and 'brew' did not answer in time."
