"""PWD-001 with the organisation's password managers (`CheckOptions.password_managers`)."""

from __future__ import annotations

from hygiene_app.checks import password_manager as pm
from hygiene_app.checks.password_manager import FoundApp, FoundExtension, Survey
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.options import CheckOptions
from tests.support import machine

BITWARDEN = ("Bitwarden",)


def survey(*apps: str, unreadable: tuple[str, ...] = ()) -> Survey:
    return Survey(
        apps=[FoundApp(name, "/usr/bin/x") for name in apps],
        profiles_read=["Chrome/Default"],
        profiles_unreadable=list(unreadable),
    )


def test_without_a_list_any_manager_passes() -> None:
    assert pm.evaluate(survey("KeePassXC")).status is Status.PASS


def test_the_organisations_manager_passes_in_any_case_and_form() -> None:
    assert pm.evaluate(survey("Bitwarden"), BITWARDEN).status is Status.PASS
    assert pm.evaluate(survey("rbw (Bitwarden)"), ("bitwarden",)).status is Status.PASS
    assert pm.evaluate(survey("Proton Pass"), ("proton_pass",)).status is Status.PASS
    assert pm.evaluate(survey("Proton Pass"), ("Pass",)).status is Status.WARN
    ext = Survey(
        extensions=[FoundExtension("Bitwarden", "Firefox", "default")],
        profiles_read=["Firefox/default"],
    )
    finding = pm.evaluate(ext, BITWARDEN)
    assert finding.status is Status.PASS
    assert finding.evidence["organisation_managers"] == ["Bitwarden"]


def test_another_manager_is_a_finding_that_names_the_organisations() -> None:
    finding = pm.evaluate(survey("KeePassXC"), ("Bitwarden", "1Password"))
    assert finding.status is Status.WARN and finding.severity is Severity.MEDIUM
    assert finding.summary == (
        "Password manager found: KeePassXC; your organisation uses Bitwarden, 1Password"
    )
    assert finding.fix is pm.FIX_ORGANISATION_MANAGER
    assert finding.fix.steps_for(OSFamily.WINDOWS)


def test_another_manager_with_unreadable_profiles_is_unknown() -> None:
    finding = pm.evaluate(survey("KeePassXC", unreadable=("Chrome/Profile 2",)), BITWARDEN)
    assert finding.status is Status.UNKNOWN


def test_no_manager_at_all_fails_and_says_which_the_organisation_uses() -> None:
    finding = pm.evaluate(survey(), BITWARDEN)
    assert finding.status is Status.FAIL and finding.severity is Severity.HIGH
    assert finding.detail.endswith("Your organisation uses Bitwarden.")
    assert finding.fix is pm.FIX_ORGANISATION_MANAGER


def test_the_check_reads_the_list_from_its_options() -> None:
    seams = machine("debian", mtimes={"/usr/bin/keepassxc": 1.0})
    check = pm.PasswordManagerCheck()
    assert check.run(ProbeContext(seams)).status is Status.PASS
    options = CheckOptions(password_managers=BITWARDEN)
    assert check.run(ProbeContext(seams, options=options)).status is Status.WARN
