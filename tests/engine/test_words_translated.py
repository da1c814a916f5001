"""Every word a person reads comes through the translator (issue 9 leftovers).

The fake catalog holds exactly the strings marked in the source (`N_`, `fmt_plural`, `N_plural`,
as `make i18n` collects them) and "translates" each one to upper case, placeholders kept. A
sentence built in English in code (capitalised, joined with " and ", an f-string) is in no
catalog, so it comes out in lower case: after removing the data (names, paths), the rendered
text must hold no lower-case letter at all.
"""

from __future__ import annotations

import ast
import copy
import pickle
import re
from functools import cache
from pathlib import Path

import pytest

from hygiene_app.checks import auto_updates, firewall, mfa, password_exports
from hygiene_app.checks._common import with_sentences
from hygiene_app.engine.i18n import N_, Sentence, and_joined, fmt, fmt_plural, joined, render
from hygiene_app.engine.live import LiveCommandRunner, LiveHttpClient
from hygiene_app.engine.model import AutoFix, Finding, OSFamily, Status
from hygiene_app.engine.probes import CommandOutcome, CommandResult
from hygiene_app.services import autofix
from hygiene_app.services.passwords import vault

PACKAGE = Path(__file__).resolve().parents[2] / "hygiene_app"
_FIELD = re.compile(r"(\{[^{}]*\})|([^{}]+|[{}])")


@cache
def catalog() -> frozenset[str]:
    """The marked strings of the whole app, as lupdate would collect them."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            count = {"N_": 1, "fmt_plural": 2, "N_plural": 2}.get(node.func.id, 0)
            for arg in node.args[:count]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return frozenset(found)


def shout(template: str) -> str:
    """The template in upper case, its placeholders untouched."""
    return "".join(m.group(1) or m.group(2).upper() for m in _FIELD.finditer(template))


def upper_catalog(source: str, n: int | None, plural: str | None = None, /) -> str:
    if source not in catalog():
        return source  # as Qt does for a string no catalog holds
    return shout(plural if plural is not None and n != 1 else source)


def untranslated(text: str, *data: str) -> str:
    """What of `text`, rendered through the upper-case catalog, is still English: its lower-case
    letters once the data (names, paths: never translated) is taken out."""
    shown = render(text, upper_catalog)
    for value in sorted(data, key=len, reverse=True):
        shown = shown.replace(value, "")
    return "".join(re.findall(r"[a-z]+", shown))


def test_the_fake_catalog_catches_english_joined_in_code() -> None:
    marked = N_("the firewall rules cannot be read without administrator rights")
    assert untranslated(marked) == ""
    assert untranslated(marked.capitalize()) != ""
    assert untranslated(fmt(N_("'{name}' is not installed"), name="apt"), "apt") == ""


# 1. with_sentences: the reason is made a sentence after translation -------------------------


@pytest.mark.parametrize(
    "reason",
    [
        N_("the firewall rules cannot be read without administrator rights"),
        fmt(N_("'{name}' is not installed"), name="apt"),
        joined(N_("the checkup was cancelled"), N_("no answer in time"), sep="; "),
    ],
)
def test_a_reason_made_a_sentence_keeps_its_template(reason: str) -> None:
    finding = with_sentences(Finding(Status.UNKNOWN, N_("Could not tell"), reason=reason))
    english = str(finding.reason)
    assert english[-1] == "." and english.removeprefix("'")[0] == english.removeprefix("'")[0]
    assert untranslated(finding.reason, "apt") == ""
    shown = render(finding.reason, upper_catalog)
    assert shown.endswith(".") and shown == shown.strip()


def test_a_sentence_is_made_in_the_readers_language() -> None:
    lower = Sentence(N_("the checkup was cancelled"))
    assert lower == "The checkup was cancelled."
    assert render(lower, lambda source, n, plural=None: "la vérification a été annulée") == (
        "La vérification a été annulée."
    )
    for again in (copy.deepcopy(lower), pickle.loads(pickle.dumps(lower))):  # noqa: S301
        assert again == lower and render(again, upper_catalog) == "THE CHECKUP WAS CANCELLED."


def test_a_reason_already_a_sentence_is_left_as_it_is() -> None:
    reason = N_("Your account list could not be read.")
    finding = with_sentences(Finding(Status.UNKNOWN, N_("Could not tell"), reason=reason))
    assert finding.reason is reason


# 2. firewall: notes joined with "; " and sources with "and" ----------------------------------


def test_firewall_notes_and_their_sources_are_translated() -> None:
    note_off = N_("the kernel's rules let everything in")
    note_ufw = N_("ufw is installed but switched off")
    off = firewall.LinuxFirewall(
        (
            firewall.Observation("nftables ruleset", firewall.Signal.OFF, note_off),
            firewall.Observation("ufw", firewall.Signal.OFF, note_ufw),
        ),
        is_admin=True,
    )
    finding = with_sentences(firewall.evaluate_linux(off))
    assert finding.detail.startswith("The kernel's rules let everything in; ufw is installed")
    assert untranslated(finding.detail) == ""
    unclear = N_(
        "the rules drop some traffic, but whether they block unrequested connections is unclear"
    )
    both = firewall.LinuxFirewall(
        (
            firewall.Observation("nftables ruleset", firewall.Signal.NO_ANSWER, unclear),
            firewall.Observation("iptables", firewall.Signal.NO_ANSWER, unclear),
        ),
        is_admin=True,
    )
    finding = with_sentences(firewall.evaluate_linux(both))
    assert "nftables ruleset and iptables: the rules drop" in finding.reason
    assert untranslated(finding.reason, "nftables ruleset", "iptables") == ""


def test_windows_local_firewall_settings_are_translated() -> None:
    state = firewall.WindowsFirewall(
        (firewall.WindowsProfile("DOMAIN", True), firewall.WindowsProfile("PUBLIC", None)),
        None,
        store="PERSISTENTSTORE",
    )
    finding = firewall.evaluate_windows(state)
    assert finding.detail == (
        "The local settings (PERSISTENTSTORE) say: DOMAIN on, PUBLIC not set."
    )
    assert untranslated(finding.detail) == ""


# 3. mfa: kinds of account and methods ----------------------------------------------------------


def test_mfa_facts_name_kinds_and_methods_in_the_readers_language() -> None:
    finding = Finding(
        Status.FAIL,
        N_("x"),
        evidence={
            "accounts": 3,
            "accounts_by_category": {"email": 2, "banking": 1},
            "missing_key_categories": ["social", "work"],
            "sms_only_with_stronger_offered": [
                {"service": "GMAIL", "offered": ["sms", "app", "security_key"]}
            ],
        },
    )
    values = {str(f.label): f.value for f in mfa.facts(finding)}
    kinds = values["Kinds of account"]
    assert kinds == "E-mail: 2, Banking & payments: 1"
    assert untranslated(kinds) == ""
    assert untranslated(values["Important kinds not listed yet"]) == ""
    switch = values["SMS codes where a stronger method is offered"]
    assert switch.startswith("GMAIL (offers ")
    assert untranslated(switch) == ""


# 4. password exports: each file and "and N more" -------------------------------------------


def test_password_export_lines_and_the_rest_count_are_translated() -> None:
    files = tuple(
        password_exports.ExportFile(f"/HOME/U/DOWNLOADS/EXPORT{i}.CSV", "BITWARDEN", 3000, 4.0)
        for i in range(12)
    )
    result = password_exports.ScanResult(files, ("/HOME/U/DOWNLOADS",), (), (), 12, False)
    finding = password_exports.evaluate(result)
    lines = finding.detail.splitlines()
    assert lines[0] == "/HOME/U/DOWNLOADS/EXPORT0.CSV (BITWARDEN, 3 KB, 4 days old)"
    assert lines[-1] == "… and 2 more"
    assert untranslated(finding.detail) == ""
    one = password_exports.ExportFile("/X.CSV", "BITWARDEN", 1, None)
    detail = password_exports.evaluate(password_exports.ScanResult((one,), (), (), (), 1, False))
    assert detail.detail == "/X.CSV (BITWARDEN, 1 byte)"
    assert untranslated(detail.detail) == ""


# 5. autofix: the message and "follow the steps" --------------------------------------------


class _Runner:
    def __init__(self, result: CommandResult) -> None:
        self.result = result

    def run(self, argv, *, timeout=10.0, cancel=None):
        return self.result


@pytest.mark.parametrize(
    ("outcome", "code"),
    [
        (CommandOutcome.NOT_FOUND, None),
        (CommandOutcome.FAILED, None),
        (CommandOutcome.OK, 3),
    ],
)
def test_a_failed_automatic_fix_is_said_in_the_readers_language(outcome, code) -> None:
    fix = AutoFix(N_("x"), ("FIXTOOL",), needs_admin=False)
    result = CommandResult(("FIXTOOL",), outcome, returncode=code, message="OS SAYS NO")
    said = autofix.run_auto_fix(fix, OSFamily.LINUX, _Runner(result)).message
    assert said.endswith(" Please follow the steps in this guide instead.")
    assert untranslated(said) == ""


# 6. vault: the supported formats joined with "and", and every import message ---------------

FORMAT_NAMES = tuple(f.display_name for f in vault.ExportFormat)


def test_the_supported_formats_are_joined_with_a_translated_and() -> None:
    text = vault.supported_formats_text()
    last = vault.supported_formats_text().args["last"]  # the registry's last manager
    assert text.endswith(f" and {last}") and text.startswith("Bitwarden, 1Password, ")
    assert render(text, upper_catalog).endswith(f" AND {last}")


@pytest.mark.parametrize(
    "data",
    [b"", b"\n\n", b"\x00\x01", b"\xff\xfe\x00", b"name;color\nx;y\n", b"a,\xff\n"],
)
def test_an_unreadable_export_is_said_in_the_readers_language(data: bytes) -> None:
    with pytest.raises(vault.VaultImportError) as caught:
        vault.read_export(data)
    assert str(caught.value) == str(caught.value.text)
    assert untranslated(caught.value.text, *FORMAT_NAMES) == ""


def test_a_missing_or_odd_export_path_is_said_in_the_readers_language(tmp_path: Path) -> None:
    for path in (tmp_path / "GONE.CSV", tmp_path):
        with pytest.raises(vault.VaultImportError) as caught:
            vault.read_export_file(path)
        assert str(path) in str(caught.value)
        assert untranslated(caught.value.text, str(path)) == ""
    bad = tmp_path / "BAD.CSV"
    bad.write_bytes(b"\x00")
    with pytest.raises(vault.VaultImportError) as caught:
        vault.read_export_file(bad)
    assert untranslated(caught.value.text, str(bad)) == ""


# 7. probes, the live runner and automatic updates --------------------------------------------


@pytest.mark.parametrize("outcome", list(CommandOutcome))
@pytest.mark.parametrize("stderr", ["", "BOOM"])
def test_why_a_command_gave_no_answer_is_translated(outcome, stderr) -> None:
    result = CommandResult(("TOOL",), outcome, returncode=2, stderr=stderr, message="OS SAYS NO")
    why = result.why_not()
    assert untranslated(with_sentences(Finding(Status.UNKNOWN, "x", reason=why)).reason) == ""
    if outcome is CommandOutcome.OK:
        assert why == ("'TOOL' failed with exit code 2" + (' ("BOOM")' if stderr else ""))


def test_the_live_runner_and_http_client_say_why_in_marked_words() -> None:
    missing = LiveCommandRunner().run(("surely-not-a-command-h6-words",), timeout=5)
    assert missing.outcome is CommandOutcome.NOT_FOUND
    assert untranslated(missing.message) == ""
    offline = LiveHttpClient(offline=True).get("https://127.0.0.1:9/")
    assert offline.message == "offline mode"
    assert untranslated(offline.message) == ""


def test_automatic_update_reasons_are_translated() -> None:
    fedora = auto_updates.fedora_state(
        {"dnf-automatic.timer": "enabled"}, None, None, conf_reason=""
    )
    assert untranslated(fedora.reason, auto_updates.DNF_AUTOMATIC_CONF) == ""
    assert "(no reason given)" in fedora.reason
    timers = auto_updates.fedora_state({"dnf-automatic.timer": None}, {}, None)
    assert untranslated(timers.reason) == ""


# the building blocks ---------------------------------------------------------------------------


def test_and_joined_and_plurals_keep_every_word_translatable() -> None:
    assert and_joined([]) == "" and and_joined(["A"]) == "A"
    listed = and_joined([N_("on"), N_("off"), N_("not set")])
    assert listed == "on, off and not set"
    assert render(listed, upper_catalog) == "ON, OFF AND NOT SET"
    one, many = (fmt_plural("{n} day old", "{n} days old", n, n=n) for n in (1, 4))
    assert (render(one, upper_catalog), render(many, upper_catalog)) == ("1 DAY OLD", "4 DAYS OLD")


def test_a_plural_is_looked_up_by_singular_and_plural_and_untranslated_stays_english() -> None:
    asked: list[tuple[str, int | None, str | None]] = []

    def untranslated_catalog(source: str, n: int | None, plural: str | None = None, /) -> str:
        asked.append((source, n, plural))
        return source  # Qt's answer when no catalog holds the message

    text = fmt_plural("{n} day old", "{n} days old", 4, n=4)
    assert render(text, untranslated_catalog) == "4 days old"
    assert asked == [("{n} day old", 4, "{n} days old")]
    german = {"{n} day old": "einen Tag alt"}  # a form may leave out the count
    shown = render(
        fmt_plural("{n} day old", "{n} days old", 1, n=1), lambda s, n, p=None: german[s]
    )
    assert shown == "einen Tag alt"
    wrong = render(text, lambda s, n, p=None: "{count} Tage alt")
    assert wrong == "4 days old"


# the rest of the checks: reasons and facts that were English joined in code --------------------


def test_a_tool_output_not_understood_is_one_translated_clause() -> None:
    from hygiene_app.checks._common import ParseError, not_understood

    reason = not_understood("PowerShell", ParseError("expected JSON objects"))
    assert reason == "the PowerShell output was not understood (expected JSON objects)"
    assert untranslated(reason, "expected JSON objects", "PowerShell") == ""


def test_restart_reasons_name_the_kernel_and_the_packages_in_translated_words() -> None:
    from hygiene_app.checks import restart_pending

    replaced = restart_pending.compare_kernels("6.1.0-27-AMD64", ["6.1.0-28-AMD64"])
    finding = restart_pending.evaluate(
        restart_pending.RebootState(replaced.flag, (*replaced.because_of, "LIBC6")), None
    )
    assert finding.detail == "Requested by: kernel 6.1.0-27-AMD64 was replaced, LIBC6."
    assert untranslated(finding.detail) == ""
    unknown = restart_pending.parse_needs_restarting(2, "DNF SAYS NO\n")
    assert untranslated(unknown.reason) == ""


def test_password_manager_places_are_translated() -> None:
    from hygiene_app.checks import password_manager as pm

    survey = pm.Survey(
        apps=[pm.FoundApp("BITWARDEN", N_("running"))],
        extensions=[pm.FoundExtension("KEEPASSXC", "FIREFOX", "DEFAULT")],
    )
    finding = pm.evaluate(survey)
    assert finding.detail == ("BITWARDEN: running\nKEEPASSXC: extension on in FIREFOX (DEFAULT)")
    assert untranslated(finding.detail) == ""


def test_an_unknown_wifi_security_is_said_in_translated_words() -> None:
    from hygiene_app.checks import open_wifi

    state = open_wifi.parse_nmcli_wifi("yes:CAFE:QUANTUM9\n")
    assert state.reason == "unrecognised Wi-Fi security 'QUANTUM9'"
    assert untranslated(state.reason) == ""


def test_where_updates_come_from_is_translated() -> None:
    from hygiene_app.checks import updates_pending as up

    finding = up.evaluate(
        up.SourceResult(up.Source.APT, (up.Update("VIM", security=False),)),
        (up.SourceResult(up.Source.FLATPAK, reason=N_("no answer in time")),),
    )
    values = {str(f.label): f.value for f in up.facts(finding)}
    assert untranslated(values["Where they come from"]) == ""
    assert untranslated(values["Could not ask"]) == ""


def test_secret_store_names_are_translated() -> None:
    from hygiene_app.checks.keyring_usable import spoken_name

    assert untranslated(spoken_name("keyring.backends.macOS.Keyring"), "macOS") == ""
